"""The itinerary preview (Print, Save as PDF, document language) and the lab batch dialog
(one file each or merged, progress, cancel), driven without blocking dialogs."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from desktop.i18n import catalogue, set_language
from desktop.reports import itinerary_texts as T
from desktop.services import itinerary_docs as docs
from desktop.services import records
from desktop.ui import errors, navigation


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


@pytest.fixture
def person(demo_store):
    people = records.list_all(demo_store, "participant", order_by="code")
    return next(p for p in people if p["preferred_language"] == "fr")


@pytest.fixture
def busiest_lab(demo_store):
    labs = records.list_all(demo_store, "lab")
    return max(labs, key=lambda lab: len(docs.lab_participants(demo_store, lab["id"])))


@pytest.fixture
def shown_errors(monkeypatch):
    shown = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc: shown.append(exc))
    return shown


def test_participant_action_opens_the_preview_in_the_participants_language(
    qtbot, demo_store, person, tmp_path, monkeypatch
):
    targets = [t for key, t, _label in navigation.PARTICIPANT_ACTIONS if key == "itinerary"]
    dialog = navigation.resolve(targets[0])(None, demo_store, person["id"])
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.document_language == "fr"
    assert dialog.page_labels and not dialog.page_labels[0].pixmap().isNull()
    assert dialog.page_labels[0].pixmap().width() > 500
    name = f"{person['first_name']} {person['last_name']}"
    text = pdf_text(dialog.pdf)
    assert name in text and catalogue("fr").translate(T.CONTEXT, T.H_PLAN) in text

    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert catalogue("es").translate(T.CONTEXT, T.H_PLAN) in pdf_text(dialog.pdf)

    # Save as PDF: the file dialog proposes a name made of the code only
    proposed = []

    def fake_save(parent, title, path, filters):
        proposed.append(path)
        return str(tmp_path / "chosen"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert proposed and proposed[0].endswith(docs.file_name(person["code"]))
    assert person["last_name"] not in proposed[0]
    saved = tmp_path / "chosen.pdf"
    assert saved.read_bytes() == dialog.pdf


def test_print_goes_to_the_chosen_printer_and_cancel_prints_nothing(
    qtbot, demo_store, person, tmp_path, monkeypatch
):
    from desktop.ui.itinerary import print_participant_itinerary

    dialog = print_participant_itinerary(None, demo_store, person["id"])
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert dialog.print_document() == 0

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert dialog.print_document(printer) == dialog.pages.count
    assert len(PdfReader(str(out)).pages) == dialog.pages.count


def test_preview_retranslates_on_language_change(qtbot, demo_store, person):
    from desktop.ui.itinerary.preview import ItineraryPreview

    dialog = ItineraryPreview(demo_store, person["id"])
    qtbot.addWidget(dialog)
    try:
        for lang in ("fr", "es"):
            set_language(lang)
            QCoreApplication.processEvents()
            expected = catalogue(lang).translate("ItineraryPreview", "&Save as PDF…")
            assert dialog.save_button.text() == expected
            assert dialog.windowTitle() == catalogue(lang).translate(
                "ItineraryPreview", "Itinerary of {code}"
            ).format(code=person["code"])
        assert dialog.save_button.text() == "&Guardar como PDF…"  # the shipped Spanish catalogue
        assert dialog.document_language == "fr"  # the document keeps the participant's language
    finally:
        set_language("en")


def test_lab_batch_one_file_per_participant(qtbot, demo_store, busiest_lab, tmp_path):
    targets = [t for key, t, _label in navigation.LAB_ACTIONS if key == "itineraries"]
    dialog = navigation.resolve(targets[0])(None, demo_store, busiest_lab["id"])
    qtbot.addWidget(dialog)
    people = docs.lab_participants(demo_store, busiest_lab["id"])
    assert len(people) >= 3
    steps = []
    dialog_progress = []
    with qtbot.waitSignal(dialog.finished_batch, timeout=120_000) as blocker:
        assert dialog.start(tmp_path / "out")
        dialog.worker.progressed.connect(lambda d, t: steps.append(d))
        dialog_progress.append(dialog.progress.maximum())
    outcome, files = blocker.args
    assert outcome == "done"
    assert sorted(f.name for f in files) == sorted(docs.file_name(p["code"]) for p in people)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f.name for f in files)
    assert dialog_progress == [len(people)] and steps  # the GUI thread received progress as it went
    assert dialog.progress is None and dialog.create_button.isEnabled()


def test_lab_batch_merged_in_each_language(qtbot, demo_store, busiest_lab, tmp_path):
    from desktop.ui.itinerary.batch import LabItinerariesDialog

    dialog = LabItinerariesDialog(demo_store, busiest_lab["id"])
    qtbot.addWidget(dialog)
    dialog.merged.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    with qtbot.waitSignal(dialog.finished_batch, timeout=120_000) as blocker:
        assert dialog.start(tmp_path / "all")
    outcome, files = blocker.args
    assert outcome == "done" and [f.name for f in files] == ["all.pdf"]
    text = pdf_text(files[0].read_bytes())
    people = docs.lab_participants(demo_store, busiest_lab["id"])
    for p in people:
        row = records.get(demo_store, "participant", p["id"])
        assert f"{row['first_name']} {row['last_name']}" in text
    assert text.count(catalogue("en").translate(T.CONTEXT, T.H_PLAN)) == len(people)


def test_lab_batch_cancel_stops_early(qtbot, demo_store, busiest_lab, tmp_path):
    from desktop.ui.itinerary.batch import LabItinerariesDialog

    dialog = LabItinerariesDialog(demo_store, busiest_lab["id"])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_batch, timeout=120_000) as blocker:
        assert dialog.start(tmp_path / "out")
        qtbot.mouseClick(dialog.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    outcome, files = blocker.args
    assert outcome == "cancelled"
    assert len(files) < len(dialog.people)
    assert (
        dialog.tr("Cancelled: %n PDF file(s) had been written.", None, len(files))
        == dialog.result.text()
    )


def test_lab_batch_unwritable_target_is_shown_not_raised(
    qtbot, demo_store, busiest_lab, shown_errors
):
    from desktop.ui.itinerary.batch import LabItinerariesDialog

    dialog = LabItinerariesDialog(demo_store, busiest_lab["id"])
    qtbot.addWidget(dialog)
    assert not dialog.start("/proc/no/such/folder")
    assert len(shown_errors) == 1 and "/proc/no/such/folder" in str(shown_errors[0])
    assert dialog.worker is None


def test_buttons_on_the_participant_and_lab_pages_open_the_dialogs(
    qtbot, demo_store, person, busiest_lab, shown_errors
):
    from desktop.ui.pages.labs import LabsPage
    from desktop.ui.participants.detail import ParticipantView

    view = ParticipantView(demo_store, person["id"])
    qtbot.addWidget(view)
    button = view.findChild(QPushButton, "action_itinerary")
    assert button.text() == catalogue("en").translate("Navigation", "Print itinerary…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    preview = view.findChild(QDialog, "itinerary_preview")
    assert preview is not None and preview.isVisible() and preview.code == person["code"]

    page = LabsPage(demo_store)
    qtbot.addWidget(page)
    page.refresh()
    assert page.select(busiest_lab["id"])
    button = page.findChild(QPushButton, "action_itineraries")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    batch = page.window().findChild(QDialog, "lab_itineraries")
    assert batch is not None and batch.lab["id"] == busiest_lab["id"]
    assert not shown_errors


def test_lab_dialog_retranslates_on_language_change(qtbot, demo_store, busiest_lab):
    from desktop.ui.itinerary.batch import LabItinerariesDialog

    dialog = LabItinerariesDialog(demo_store, busiest_lab["id"])
    qtbot.addWidget(dialog)
    try:
        set_language("fr")
        QCoreApplication.processEvents()
        assert dialog.create_button.text() == "&Créer les fichiers PDF…"
        assert dialog.merged.text() == catalogue("fr").translate(
            "LabItinerariesDialog", "All itineraries in one PDF file"
        )
        assert dialog.language.itemText(2) == "Anglais"  # the language names follow too
    finally:
        set_language("en")
    assert dialog.create_button.text() == "&Create PDF files…"
