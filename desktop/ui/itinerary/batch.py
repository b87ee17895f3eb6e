"""Every itinerary of a lab at once: one PDF per participant or all in one, built in a worker
thread (which never touches widgets), its progress and Cancel shown inside the dialog."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QThread, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import DocLanguage
from desktop.i18n import LANGUAGES, catalogue, translate
from desktop.services import itinerary_docs as docs
from desktop.services import records
from desktop.ui import errors
from desktop.ui.widgets.geometry import fit_to_screen

log = logging.getLogger("milma.ui.itinerary")


class BatchWorker(QThread):
    """Builds and writes the PDFs from plain data; reports through signals only."""

    progressed = Signal(int, int)
    done = Signal(object)  # the files written (a list)
    failed = Signal(object)  # the exception
    cancelled = Signal(object)  # the files written before cancelling

    def __init__(self, items, merge: bool, target: Path, parent=None):
        """``target``: the PDF file when merging, else the folder of the files."""
        super().__init__(parent)
        self.items = items
        self.merge = merge
        self.target = target
        self.stop = threading.Event()
        self.written: list[Path] = []

    def run(self):
        def progress(done, total):
            if self.stop.is_set():
                raise docs.Cancelled()
            self.progressed.emit(done, total)

        try:
            if self.merge:
                [(_none, pdf)] = docs.lab_pdfs(self.items, True, progress=progress)
                self.written.append(docs.save_pdf(self.target, pdf))
            else:
                total = len(self.items)
                for i, item in enumerate(self.items):
                    progress(i, total)
                    [(name, pdf)] = docs.lab_pdfs([item], False)
                    self.written.append(docs.save_pdf(self.target / name, pdf))
                progress(total, total)
        except docs.Cancelled:
            self.cancelled.emit(list(self.written))
        except Exception as exc:  # noqa: BLE001 - shown by the dialog, in the GUI thread
            self.failed.emit(exc)
        else:
            self.done.emit(list(self.written))


class BatchProgress(QFrame):
    """The batch's progress inside its dialog (a window of its own would cover the dialog):
    what is being made, a bar, and Cancel."""

    canceled = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("batch_progress")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel_batch")
        self.cancel_button.clicked.connect(self.canceled.emit)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)

    def setRange(self, low: int, high: int) -> None:  # noqa: N802 - as QProgressDialog
        self.bar.setRange(low, high)

    def setValue(self, value: int) -> None:  # noqa: N802
        self.bar.setValue(value)

    def maximum(self) -> int:
        return self.bar.maximum()

    def setLabelText(self, text: str) -> None:  # noqa: N802
        self.label.setText(text)

    def setCancelButtonText(self, text: str) -> None:  # noqa: N802
        self.cancel_button.setText(text)


class LabItinerariesDialog(QDialog):
    """Choose the language and one-per-participant or merged, then where to write."""

    finished_batch = Signal(str, object)  # "done" | "cancelled" | "failed", files written

    def __init__(self, store, lab_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lab_itineraries")
        self.store = store
        self.lab = records.get(store, "lab", lab_id)
        self.people = docs.lab_participants(store, lab_id)
        self.worker: BatchWorker | None = None
        self.progress: BatchProgress | None = None
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
        self.summary.setText(self.tr("%n participant(s) enrolled in this lab.", None, len(self.people)))
        self.language_label.setText(self.tr("&Language of the documents:"))
        self.language.setItemText(0, self.tr("Each participant's preferred language"))
        for i, lang in enumerate(LANGUAGES, start=1):
            self.language.setItemText(i, translate("Enum", DocLanguage(lang).label))
        self.separate.setText(self.tr("One PDF file per participant"))
        self.merged.setText(self.tr("All itineraries in one PDF file"))
        self.create_button.setText(self.tr("&Create PDF files…"))
        self.close_button.setText(self.tr("Close"))
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Preparing the itineraries…"))
            self.progress.setCancelButtonText(self.tr("Cancel"))

    # -- where to write
    def ask_target(self) -> str:
        if self.merged.isChecked():
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the itineraries as one PDF"),
                str(Path.home() / docs.merged_file_name(self.lab)), self.tr("PDF documents (*.pdf)"))
            return path
        return QFileDialog.getExistingDirectory(self, self.tr("Folder for the itineraries"), str(Path.home()))

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
        self.progress = BatchProgress(self)
        self.progress.setRange(0, len(items))
        self.progress.canceled.connect(self.cancel)
        self.body.insertWidget(self.body.indexOf(self.result), self.progress)
        self.retranslate()
        self.create_button.setEnabled(False)
        for choice in (self.language, self.separate, self.merged):
            choice.setEnabled(False)  # fixed while the files are made
        self.worker = BatchWorker(items, merge, target, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.done.connect(lambda files: self._finish("done", files))
        self.worker.cancelled.connect(lambda files: self._finish("cancelled", files))
        self.worker.failed.connect(self._failed)
        self.worker.start()
        log.info("lab %s: building %d itineraries (merged=%s)", self.lab["id"], len(items), merge)
        return True

    def done(self, result: int) -> None:  # noqa: D401 - QDialog API: closing stops the batch first
        if self.worker is not None:
            self.worker.stop.set()
            self.worker.wait()
        super().done(result)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.stop.set()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setValue(done)
            self.progress.setLabelText(self.tr("Itinerary %n of {total}…", None, min(done + 1, total))
                                       .format(total=total))

    def _failed(self, exc) -> None:
        files = self.worker.written if self.worker else []
        self._finish("failed", files)
        errors.show_error(self, exc)

    def _finish(self, outcome: str, files: list) -> None:
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
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
            self.result.setText(self.tr("Cancelled: %n PDF file(s) had been written.", None, len(files)))
        else:
            self.result.setText(self.tr("Stopped by an error: %n PDF file(s) had been written.", None, len(files)))
        log.info("lab %s: itineraries %s, %d file(s)", self.lab["id"], outcome, len(files))
        self.finished_batch.emit(outcome, self.written)
