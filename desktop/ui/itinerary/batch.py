"""Every itinerary of a lab at once: one PDF per participant or all in one, built by the job
runner off the UI thread (never touching widgets), its progress and Cancel shown inside the
dialog by the shared job panel."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.enums import DocLanguage
from desktop.i18n import LANGUAGES, catalogue
from desktop.i18n.values import enum_text
from desktop.services import audit, records
from desktop.services import itinerary_docs as docs
from desktop.ui import errors, jobs
from desktop.ui.jobs import Job
from desktop.ui.widgets.geometry import fit_to_screen
from desktop.ui.widgets.progress import JobProgress

log = logging.getLogger("milma.ui.itinerary")


def build_batch(job: Job, items, merge: bool, target: Path, written: list[Path]) -> list[Path]:
    """The runner's job: build and write the PDFs from plain data, appending each file written
    to ``written`` (read by the dialog whatever the outcome). ``target``: the PDF file when
    merging, else the folder of the files."""
    if merge:
        [(_none, pdf)] = docs.lab_pdfs(items, True, progress=job.progress)
        written.append(docs.save_pdf(target, pdf))
    else:
        total = len(items)
        for i, item in enumerate(items):
            job.progress(i, total)
            [(name, pdf)] = docs.lab_pdfs([item], False)
            written.append(docs.save_pdf(target / name, pdf))
        job.progress(total, total)
    return list(written)


class LabItinerariesDialog(QDialog):
    """Choose the language and one-per-participant or merged, then where to write."""

    finished_batch = Signal(str, object)  # "done" | "cancelled" | "failed", files written

    def __init__(self, store, lab_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lab_itineraries")
        self.store = store
        self.lab = records.get(store, "lab", lab_id)
        self.people = docs.lab_participants(store, lab_id)
        self.worker: Job | None = None  # the runner's job while the files are made
        self.progress: JobProgress | None = None  # its panel meanwhile
        self.written: list[Path] = []
        for lang in LANGUAGES:  # created in the GUI thread, read by the worker
            catalogue(lang)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName("document_language")
        self.language.addItem("", None)
        for lang in LANGUAGES:
            self.language.addItem("", lang)
        self.language_label.setBuddy(self.language)
        self.separate = QRadioButton(self)
        self.separate.setObjectName("separate")
        self.merged = QRadioButton(self)
        self.merged.setObjectName("merged")
        self.separate.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.separate)
        group.addButton(self.merged)
        self.result = QLabel(self)
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("create")
        self.create_button.setDefault(True)
        self.create_button.setEnabled(bool(self.people))
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")

        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.separate)
        form.addRow(self.merged)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.body = layout

        self.create_button.clicked.connect(lambda: self.start())
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        fit_to_screen(self, max(self.sizeHint().width(), 480))

    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Itineraries of the lab {lab}").format(lab=self.lab["name"]))
        self.summary.setText(
            self.tr("%n participant(s) enrolled in this lab.", None, len(self.people))
        )
        self.language_label.setText(self.tr("&Language of the documents:"))
        self.language.setItemText(0, self.tr("Each participant's preferred language"))
        for i, lang in enumerate(LANGUAGES, start=1):
            self.language.setItemText(i, enum_text(DocLanguage, lang))
        self.separate.setText(self.tr("One PDF file per participant"))
        self.merged.setText(self.tr("All itineraries in one PDF file"))
        self.create_button.setText(self.tr("&Create PDF files…"))
        self.close_button.setText(self.tr("Close"))

    # -- where to write
    def ask_target(self) -> str:
        if self.merged.isChecked():
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the itineraries as one PDF"),
                str(Path.home() / docs.merged_file_name(self.lab)),
                self.tr("PDF documents (*.pdf)"),
            )
            return path
        return QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the itineraries"), str(Path.home())
        )

    # -- running
    def start(self, target: str | Path | None = None) -> bool:
        """Ask where to write (unless given), then build in the background. Returns whether it
        started."""
        if self.worker is not None or not self.people:
            return False
        target = target or self.ask_target()
        if not target:
            return False
        target = Path(target)
        merge = self.merged.isChecked()
        if merge and target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            if not merge:
                docs.prepare_folder(target)
            items = docs.lab_items(self.store, self.lab["id"], self.language.currentData())
        except Exception as exc:  # noqa: BLE001 - shown, logged
            errors.show_error(self, exc)
            return False
        self.result.clear()
        self.written = []
        written = self.written
        store = self.store

        def make(job):
            files = build_batch(job, items, merge, target, written)
            audit.printed(store, [data["participant"]["id"] for data, _lang in items])
            return files

        self.worker = jobs.runner().run(
            "lab itineraries",
            make,
            on_done=lambda files: self._finish("done", files),
            on_cancelled=lambda: self._finish("cancelled", written),
            on_failed=lambda exc: self._failed(exc, written),
        )
        self.progress = JobProgress(self, "batch_progress")
        self.progress.follow(self.worker, self._progress_text, maximum=len(items))
        self.body.insertWidget(self.body.indexOf(self.result), self.progress)
        self.create_button.setEnabled(False)
        for choice in (self.language, self.separate, self.merged):
            choice.setEnabled(False)  # fixed while the files are made
        log.info("lab %s: building %d itineraries (merged=%s)", self.lab["id"], len(items), merge)
        return True

    def _progress_text(self, done: int, total: int) -> str:
        return self.tr("Itinerary %n of {total}…", None, min(done + 1, total)).format(total=total)

    def done(self, result: int) -> None:  # noqa: D401 - QDialog API: closing stops the batch first
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
        super().done(result)

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()

    def _failed(self, exc, files: list) -> None:
        if not isValid(self):
            return
        self._finish("failed", files)
        errors.show_error(self, exc)

    def _finish(self, outcome: str, files: list) -> None:
        if not isValid(self):  # closed and freed while the job stopped
            return
        self.worker = None
        if self.progress is not None:
            self.body.removeWidget(self.progress)
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        self.written = [Path(f) for f in files]
        self.create_button.setEnabled(True)
        for choice in (self.language, self.separate, self.merged):
            choice.setEnabled(True)
        if outcome == "done":
            self.result.setText(self.tr("%n PDF file(s) written.", None, len(files)))
        elif outcome == "cancelled":
            self.result.setText(
                self.tr("Cancelled: %n PDF file(s) had been written.", None, len(files))
            )
        else:
            self.result.setText(
                self.tr("Stopped by an error: %n PDF file(s) had been written.", None, len(files))
            )
        log.info("lab %s: itineraries %s, %d file(s)", self.lab["id"], outcome, len(files))
        self.finished_batch.emit(outcome, self.written)
