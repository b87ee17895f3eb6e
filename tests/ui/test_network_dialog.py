"""The participant's network, drawn from the Connector meetings tab: the participant, the
connectors met and those referred to through them, each a circle with their name, the lines
telling what each link means (solid, dashed, grey) with a legend, translated; printed to a PDF
file through QPrinter."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from desktop import i18n
from desktop.domain import network as N
from desktop.services import audit, connectors, meetings, participants, records


@pytest.fixture
def tab(qtbot, store):
    from desktop.ui.main_window import MainWindow

    person = participants.register(
        store,
        {
            "first_name": "Aminata",
            "last_name": "Diop",
            "birth_date": "1992-04-04",
            "gender": "female",
            "migrant_status": "refugee",
        },
    )
    hosts = {
        n: records.create(
            store, "connector", {"full_name": n, "field": "Cocina", "origin": "local"}
        )
        for n in ("Ana López", "Luis Pérez", "Rosa Vidal", "Pedro Ruiz", "Sara Núñez")
    }
    met = meetings.save_meeting(
        store,
        person["id"],
        {"connector_id": hosts["Ana López"]["id"], "met_on": date(2026, 3, 3), "mode": "in_person"},
        [
            (None, {"connector_id": hosts[n]["id"], "status": "pending"})
            for n in ("Luis Pérez", "Rosa Vidal", "Pedro Ruiz")
        ],
    )
    refs = {
        r["connector_id"]: r["id"]
        for r in records.list_all(store, "referral", meeting_id=met["id"])
    }
    connectors.mark_happened(store, refs[hosts["Luis Pérez"]["id"]], date(2026, 3, 9))
    connectors.mark_dropped(store, refs[hosts["Pedro Ruiz"]["id"]], "Se mudó")
    meetings.save_meeting(
        store,
        person["id"],
        {
            "connector_id": hosts["Sara Núñez"]["id"],
            "met_on": date(2030, 1, 1),
            "mode": "virtual",
            "status": "planned",
        },
        [],
    )
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    page = w.show_page("participants")
    page.open_participant(person["id"])
    page.detail.show_tab(page.detail.meetings)
    tab = page.detail.meetings
    tab.hosts, tab.person = hosts, person
    yield tab
    i18n.set_language("en")


def open_network(qtbot, tab):
    assert tab.network_button.isVisible()
    qtbot.mouseClick(tab.network_button, Qt.MouseButton.LeftButton)
    dialog = tab.network_dialog
    qtbot.waitExposed(dialog)
    return dialog


def texts(dialog) -> list[str]:
    return [i.text() for i in dialog.scene.items() if isinstance(i, QGraphicsSimpleTextItem)]


def test_the_network_shows_whom_they_met_and_through_whom(qtbot, tab):
    dialog = open_network(qtbot, tab)
    h = {name: c["id"] for name, c in tab.hosts.items()}
    pid = tab.person["id"]
    # a circle for each connector met or referred to; none for a meeting only planned
    assert set(dialog.nodes) == {h["Ana López"], h["Luis Pérez"], h["Rosa Vidal"], h["Pedro Ruiz"]}
    shown = texts(dialog)
    for name in ("Aminata Diop", "Ana López", "Luis Pérez", "Rosa Vidal", "Pedro Ruiz"):
        assert name in shown
    assert "Sara Núñez" not in shown
    # what each line means: met solid and thick, happened solid, pending dashed, dropped grey dots
    kinds = {key: line.pen() for key, line in dialog.edges.items()}
    assert kinds[(pid, h["Ana López"], "met")].style() == Qt.PenStyle.SolidLine
    assert kinds[(h["Ana López"], h["Luis Pérez"], N.HAPPENED)].style() == Qt.PenStyle.SolidLine
    assert kinds[(h["Ana López"], h["Rosa Vidal"], N.PENDING)].style() == Qt.PenStyle.DashLine
    dropped = kinds[(h["Ana López"], h["Pedro Ruiz"], N.DROPPED)]
    assert (
        dropped.style() == Qt.PenStyle.DotLine
        and dropped.color() != kinds[(pid, h["Ana López"], "met")].color()
    )
    assert (
        "Referred through them: the introduction is pending" in shown
    )  # the legend is in the drawing
    # every node and label lies within what the view shows
    assert (
        dialog.view.mapFromScene(dialog.scene.itemsBoundingRect()).boundingRect().width()
        <= dialog.view.width()
    )


def test_the_network_prints_to_a_pdf_file(qtbot, tab, tmp_path, store):
    dialog = open_network(qtbot, tab)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "network.pdf"
    printer.setOutputFileName(str(target))
    assert dialog.print_network(printer) == 1
    reader = PdfReader(str(target))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for words in ("Network of Aminata Diop", "Ana López", "Rosa Vidal", "Met at a meeting held"):
        assert words in text
    entries = audit.entries(store, record_id=tab.person["id"], actions=["print"])
    assert entries and entries[0]["detail"]["document"] == "network"


def test_the_network_speaks_the_interface_language(qtbot, tab):
    i18n.set_language("es")
    dialog = open_network(qtbot, tab)
    assert tab.network_button.text().replace("&", "") != "Network…"
    shown = texts(dialog)
    assert "Met at a meeting held" not in shown and "Ana López" in shown
    assert (
        dialog.windowTitle() != "Network of Aminata Diop" and "Aminata Diop" in dialog.windowTitle()
    )
