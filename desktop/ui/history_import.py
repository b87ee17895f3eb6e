"""File > Import history: the programme's past from a spreadsheet (desktop.services.history_import).
Choosing the file checks it at once in the background (nothing written) and shows either what
each row adds, or every problem, row by row, in the user's language; Import then writes it all
in one transaction, its progress and Cancel in the dialog's own panel."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.schema import KINDS
from desktop.i18n import format_date, format_number, render, translate
from desktop.i18n.values import value_text
from desktop.services import history_import, history_sheet
from desktop.services.connector_import import ImportRefused
from desktop.ui import errors, jobs
from desktop.ui.jobs import Job
from desktop.ui.widgets.geometry import fit_to_screen
from desktop.ui.widgets.progress import JobProgress
from desktop.ui.widgets.table_model import Column, RowsModel
from desktop.ui.widgets.tables import compact_rows, keep_fitted, read_only_table

log = logging.getLogger("milma.ui.history_import")


def added_text(result: history_import.HistoryResult) -> str:
    """What the import adds, kind by kind: "Participant: 2 · Lab: 1"."""
    return " · ".join(
        f"{translate('Kind', KINDS[kind].label)}: {format_number(result.added[kind])}"
        for kind in history_import.KINDS
        if result.added.get(kind)
    )


class HistoryImportDialog(QDialog):
    imported = Signal(object)  # the HistoryResult of an import that was written

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history_import")
        self.store = store
        self.path: Path | None = None
        self.preview: history_import.HistoryResult | None = None
        self.worker: Job | None = None
        self.refused: ImportRefused | None = None
        history_sheet.vocabulary()  # the words of the three languages, read here, used by the job

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("file")
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("choose_file")
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.rows_model = RowsModel(
            [
                Column(
                    "number",
                    lambda: translate("HistoryImportDialog", "Row"),
                    lambda r: str(r["number"]),
                ),
                Column("first_name", lambda: translate("Field", "First name")),
                Column("last_name", lambda: translate("Field", "Last name")),
                Column("lab", lambda: translate("Kind", "Lab")),
                Column(
                    "lab_start",
                    lambda: translate("Field", "Start date"),
                    lambda r: format_date(r["lab_start"], fmt="medium"),
                ),
                Column(
                    "status",
                    lambda: translate("Field", "Status"),
                    lambda r: value_text("enrolment", "status", r["status"]),
                ),
                Column(
                    "new",
                    lambda: translate("HistoryImportDialog", "In the store"),
                    lambda r: (
                        translate("HistoryImportDialog", "New")
                        if r["new"]
                        else translate("HistoryImportDialog", "Already recorded")
                    ),
                ),
            ],
            self,
        )
        self.rows_view = read_only_table(self.rows_model, self, "preview")
        self.problems_model = RowsModel(
            [
                Column(
                    "row",
                    lambda: translate("HistoryImportDialog", "Row"),
                    lambda r: str(r["row"]) if r["row"] else "",
                ),
                Column("column", lambda: translate("HistoryImportDialog", "Column")),
                Column(
                    "problem",
                    lambda: translate("HistoryImportDialog", "Problem"),
                    lambda r: render(r["message"]),
                ),
            ],
            self,
        )
        self.problems_view = read_only_table(self.problems_model, self, "problems")
        for view in (self.rows_view, self.problems_view):
            compact_rows(view)
            view.hide()
        self.progress = JobProgress(self, "import_progress")
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("import")
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(file_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.rows_view, 1)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)

        self.choose_button.clicked.connect(lambda: self.choose_file())
        self.import_button.clicked.connect(lambda: self.start_import())
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        fit_to_screen(self, 980, 600)
        keep_fitted(self.rows_view, stretch=3)
        keep_fitted(self.problems_view, stretch=2)

    # ---- texts ------------------------------------------------------------------------------
    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("HistoryImportDialog", "Import the programme's history"))
        self.intro.setText(
            translate(
                "HistoryImportDialog",
                "A CSV or Excel sheet, one row per lab enrolment, headings in row 1 in English,"
                " Spanish or French: first_name, last_name, birth_date, gender, nationality,"
                " migrant_status, unemployed_since, document_number, lab, lab_site, lab_start,"
                " lab_end, enrolment_status, employment_start, employer, improved_opportunities"
                " (and lab_niche, planned_hours and occupation where known). A lab not recorded yet"
                " is created, what the sheet does not give (its niche, its planned hours) left"
                " empty for a technician to complete on the Labs screen. The same person is one"
                " participant: the same document number or, without one, the same names and birth"
                " date. What is recorded already is left as it is, so importing a sheet twice adds"
                " nothing.",
            )
        )
        self.file_label.setText(
            translate("HistoryImportDialog", "File: {name}").format(name=self.path.name)
            if self.path
            else translate("HistoryImportDialog", "No file chosen.")
        )
        self.choose_button.setText(translate("HistoryImportDialog", "&Choose file…"))
        self.import_button.setText(translate("HistoryImportDialog", "&Import"))
        self.close_button.setText(translate("HistoryImportDialog", "Close"))
        self.rows_model.retranslate()
        self.problems_model.retranslate()
        if self.worker is None:
            self._show_outcome()

    def _show_outcome(self) -> None:
        if self.refused is not None:
            self.summary.setText(
                translate(
                    "HistoryImportDialog",
                    "Nothing can be imported: correct the rows listed in the sheet and choose it "
                    "again.",
                )
            )
        elif self.preview is not None and self.preview.dry_run:
            added = added_text(self.preview)
            self.summary.setText(
                translate("HistoryImportDialog", "%n row(s) checked.", None, len(self.preview.rows))
                + " "
                + (
                    translate("HistoryImportDialog", "Importing adds: {records}.").format(
                        records=added
                    )
                    if added
                    else translate(
                        "HistoryImportDialog",
                        "Everything in it is recorded already: importing adds nothing.",
                    )
                )
            )
        elif self.preview is not None:
            added = added_text(self.preview)
            self.summary.setText(
                translate(
                    "HistoryImportDialog", "Imported: %n row(s).", None, len(self.preview.rows)
                )
                + " "
                + (
                    translate("HistoryImportDialog", "Added: {records}.").format(records=added)
                    if added
                    else translate("HistoryImportDialog", "Nothing new was added.")
                )
            )
        else:
            self.summary.setText("")

    # ---- choosing and checking --------------------------------------------------------------
    def choose_file(self, path: str | Path | None = None) -> bool:
        """Ask for the sheet (unless given), then check it in the background. Returns whether
        the check started."""
        if self.worker is not None:
            return False
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                translate("HistoryImportDialog", "The sheet of the programme's history"),
                str(Path.home()),
                translate("HistoryImportDialog", "Spreadsheets (*.csv *.xlsx)"),
            )
        if not path:
            return False
        self.path = Path(path)
        self.retranslate()
        self._run("history check", True)
        return True

    def start_import(self) -> bool:
        if (
            self.worker is not None
            or self.path is None
            or self.preview is None
            or not self.preview.dry_run
        ):
            return False
        self._run("history import", False)
        return True

    def _run(self, name: str, dry_run: bool) -> None:
        store, path = self.store, self.path
        self.refused = None
        self.summary.setText(
            translate("HistoryImportDialog", "Checking the sheet…")
            if dry_run
            else translate("HistoryImportDialog", "Importing…")
        )
        self.worker = jobs.runner().run(
            name,
            lambda job: history_import.import_history(
                store, path, dry_run=dry_run, progress=job.progress
            ),
            on_done=self._finished,
            on_failed=self._failed,
            on_cancelled=lambda: self._finished(None),
        )
        self.progress.follow(
            self.worker,
            lambda done, total: (
                translate("HistoryImportDialog", "Checking the sheet…")
                if dry_run
                else translate("HistoryImportDialog", "Importing…")
            ),
        )
        for button in (self.choose_button, self.import_button):
            button.setEnabled(False)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(exc, ImportRefused):
            self.worker = None
            self.refused = exc
            self.preview = None
            self.problems_model.set_rows(
                [{"row": p.row, "column": p.column, "message": p.message} for p in exc.problems]
            )
            self._show_tables()
            return
        self._finished(None)
        errors.show_error(self, exc)

    def _finished(self, result: history_import.HistoryResult | None) -> None:
        if not isValid(self):  # closed and freed while the job stopped
            return
        self.worker = None
        if result is not None:
            self.preview = result
            self.rows_model.set_rows([vars(r) for r in result.rows])
            if not result.dry_run:
                log.info("history imported from the dialog: %d rows", len(result.rows))
                self.imported.emit(result)
        self._show_tables()

    def _show_tables(self) -> None:
        refused = self.refused is not None
        self.problems_view.setVisible(refused)
        self.rows_view.setVisible(not refused and self.preview is not None)
        self.choose_button.setEnabled(True)
        self.import_button.setEnabled(
            bool(
                not refused
                and self.preview is not None
                and self.preview.dry_run
                and sum(self.preview.added.values())
            )
        )
        self._show_outcome()

    def done(self, result: int) -> None:  # noqa: D401 - QDialog API: closing stops the job first
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
        super().done(result)
