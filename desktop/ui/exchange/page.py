"""The Exchange screen. Export and import are jobs of the application's runner (desktop.ui.jobs):
off the UI thread, one at a time; the screen stays responsive, shows their progress in the shared
job panel, and is told the result by a signal."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import format_number, render_kept
from desktop.services import exchange as svc
from desktop.ui import errors, jobs
from desktop.ui.exchange.columns import history_columns, preview_columns
from desktop.ui.exchange.drive_picker import DrivePicker
from desktop.ui.exchange.passphrase import PassphraseDialog
from desktop.ui.jobs import Job
from desktop.ui.widgets.progress import JobProgress
from desktop.ui.widgets.table_model import RowsModel
from desktop.ui.widgets.tables import keep_fitted, read_only_table
from desktop.ui.widgets.titles import title_label

log = logging.getLogger("milma.ui.exchange")


def _table(model, parent, name: str, stretch_first: bool = False) -> QTableView:
    view = read_only_table(model, parent, name)
    keep_fitted(view, 0 if stretch_first else None)
    return view


class ExchangePage(QWidget):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exchange_page")
        self.store = store
        self.job: Job | None = None
        self.pending_file: Path | None = None
        self.last_result: dict | None = None
        self._status = None  # a function giving the status text in the current language
        self.coordinator = False
        self.key_state: dict = {}
        self._load_role()

        self.title = title_label(self)
        self.role = QLabel(self)
        self.role.setObjectName("role")
        self.role.setWordWrap(True)
        self.keys_button = QPushButton(self)
        self.keys_button.setObjectName("keys")
        self.audit_button = QPushButton(self)
        self.audit_button.setObjectName("audit_log")

        self.drive_group = QGroupBox(self)
        self.picker = DrivePicker(store.data_dir, self.drive_group)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export")
        self.full = QCheckBox(self)
        self.full.setObjectName("full")
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("import")
        self.progress = JobProgress(self, "progress")
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview_group = QGroupBox(self)
        self.preview_group.setObjectName("preview")
        self.preview_summary = QLabel(self)
        self.preview_summary.setObjectName("preview_summary")
        self.preview_summary.setWordWrap(True)
        self.preview_model = RowsModel(preview_columns(), self)
        self.preview_view = _table(self.preview_model, self, "preview_table", stretch_first=True)
        self.gaps = QLabel(self)
        self.gaps.setObjectName("gaps")
        self.gaps.setWordWrap(True)
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("apply")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel_preview")
        self.preview_group.setVisible(False)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.history_model = RowsModel(history_columns(), self)
        self.history_view = _table(self.history_model, self, "history")
        self.history_view.setSortingEnabled(False)
        self.history_view.setWordWrap(False)
        self.tabs.addTab(self.history_view, "")
        self.reviews = self._review_tabs()
        for widget in self.reviews:
            self.tabs.addTab(widget, "")

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.audit_button)
        top.addWidget(self.keys_button)
        action_row = QHBoxLayout()
        action_row.addWidget(self.export_button)
        action_row.addWidget(self.full)
        action_row.addStretch(1)
        action_row.addWidget(self.import_button)
        drive_box = QVBoxLayout(self.drive_group)
        drive_box.addWidget(self.picker)
        drive_box.addLayout(action_row)
        drive_box.addWidget(self.progress)
        preview_buttons = QHBoxLayout()
        preview_buttons.addStretch(1)
        preview_buttons.addWidget(self.apply_button)
        preview_buttons.addWidget(self.cancel_button)
        preview_box = QVBoxLayout(self.preview_group)
        preview_box.addWidget(self.preview_summary)
        preview_box.addWidget(self.preview_view)
        preview_box.addWidget(self.gaps)
        preview_box.addLayout(preview_buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.role)
        layout.addWidget(self.drive_group)
        layout.addWidget(self.status)
        layout.addWidget(self.preview_group, 1)
        layout.addWidget(self.tabs, 2)

        self.keys_button.clicked.connect(self.open_keys)
        self.audit_button.clicked.connect(self.open_audit_log)
        self.picker.changed.connect(self._update_buttons)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.choose_bundle)
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.cancel_preview)

        self.retranslate()
        self.refresh()
        self._update_buttons()
        app = QCoreApplication.instance()
        if app is not None:  # never quit in the middle of writing a bundle or an import
            app.aboutToQuit.connect(lambda: self.wait(120000))

    def _review_tabs(self) -> list[QWidget]:
        from desktop.ui.exchange.reviews import review_widgets

        return review_widgets(self.store, self)

    # ---- language -------------------------------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("USB exchange"))
        self.keys_button.setText(self.tr("&Keys and laptops…"))
        self.audit_button.setText(self.tr("Audit log…"))
        self.drive_group.setTitle(self.tr("Drive"))
        self.full.setText(self.tr("Everything, not only what the coordinator has not acknowledged"))
        self.import_button.setText(self.tr("&Import a bundle…"))
        self.apply_button.setText(self.tr("&Apply"))
        self.tabs.setTabText(0, self.tr("Past exports and imports"))
        self.retitle_reviews()
        self.preview_model.retranslate()
        self.history_model.retranslate()
        self._show_role()
        self._show_preview()
        self._show_status()

    def _load_role(self) -> None:
        """Role and trust, read here and not on a language change."""
        try:
            self.key_state = svc.key_info(self.store)
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            errors.show_error(self, exc)
            return
        self.coordinator = self.key_state["role"] == "coordinator"

    def _show_role(self) -> None:
        if self.coordinator:
            self.role.setText(
                self.tr(
                    "This computer is the coordinator: import the laptops' bundles, then export"
                    " reference data for them."
                )
            )
            self.export_button.setText(self.tr("&Export reference data"))
            self.full.setVisible(False)
        else:
            text = self.tr(
                "This laptop exports its changes for the coordinator and imports the reference data"
                " the coordinator sends back."
            )
            if self.key_state.get("revoked"):
                text += " " + self.tr(
                    "Warning: the coordinator has revoked this laptop's key; its bundles will be"
                    " refused."
                )
            elif not self.key_state.get("trusted_coordinator"):
                text += " " + self.tr(
                    "Before the first export, trust the coordinator under Keys and laptops."
                )
            self.role.setText(text)
            self.export_button.setText(self.tr("&Export my changes"))
            self.full.setVisible(True)

    # ---- the folder ---------------------------------------------------------------------
    @property
    def folder(self) -> Path | None:
        return self.picker.folder

    def set_folder(self, folder: Path, remember: bool = True) -> None:
        self.picker.set_folder(folder, remember)

    # ---- state ----------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.job is not None

    def _update_buttons(self) -> None:
        idle = not self.busy
        self.export_button.setEnabled(idle and self.folder is not None)
        self.import_button.setEnabled(idle)
        self.keys_button.setEnabled(idle)
        self.picker.setEnabled(idle)
        self.apply_button.setEnabled(idle and self.pending_file is not None)
        self.cancel_button.setEnabled(idle)

    def refresh(self) -> None:
        try:
            self.history_model.set_rows(svc.history(self.store))
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            errors.show_error(self, exc)
        for widget in self.reviews:
            widget.refresh()
        self.retitle_reviews()
        self._load_role()
        self._show_role()

    def retitle_reviews(self) -> None:
        for i, widget in enumerate(self.reviews, start=1):
            self.tabs.setTabText(i, widget.tab_title())

    def _set_status(self, text_fn=None) -> None:
        self._status = text_fn
        self._show_status()

    def _show_status(self) -> None:
        self.status.setText(self._status() if self._status else "")

    # ---- passphrase -----------------------------------------------------------------------
    def ask_passphrase(self, confirm: bool = False) -> str | None:
        dialog = PassphraseDialog(self, confirm=confirm)
        if dialog.exec():
            return dialog.passphrase()
        return None

    def _unlock_step(self):
        """A passphrase to unlock the coordinator identity in the job, if needed. Returns
        (ok, passphrase)."""
        if not svc.needs_passphrase(self.store):
            return True, None
        value = self.ask_passphrase()
        return (value is not None), value

    # ---- jobs -----------------------------------------------------------------------------
    def _start(self, name: str, fn, on_done) -> None:
        """Hand ``fn(progress)`` to the runner; ``progress(percent, stage)`` as the exchange
        services call it, a percentage or -1 for a step of unknown length. Export and import
        are not cancelled halfway: the bar has no Cancel."""

        def work(job: Job):
            return fn(
                lambda percent, _stage: job.progress(max(percent, 0), 0 if percent < 0 else 100)
            )

        self.job = jobs.runner().run(
            name, work, on_done=on_done, on_failed=self._failed, cancellable=False
        )
        self.job.finished.connect(self._job_finished)
        self.progress.follow(self.job)
        self._update_buttons()

    def _job_finished(self, _job=None) -> None:
        self.job = None
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._set_status(None)
        errors.show_error(self, exc)

    def wait(self, timeout_ms: int = 60000) -> None:
        """Wait for the running job (tests, and closing the window)."""
        if self.job is not None:
            self.job.wait(timeout_ms / 1000)

    # ---- export ---------------------------------------------------------------------------
    def export(self) -> None:
        if self.busy or self.folder is None:
            return
        ok, passphrase = self._unlock_step()
        if not ok:
            return
        store, folder, full = (
            self.store,
            self.folder,
            self.full.isChecked() and not self.coordinator,
        )
        self._set_status(lambda: self.tr("Exporting…"))

        def run(progress):
            return svc.export(store, folder, full=full, passphrase=passphrase, progress=progress)

        self._start("export", run, self._exported)

    def _exported(self, result) -> None:
        path, n, laptops = str(result.path), result.total, result.laptops
        if result.bundle_type == "reference":
            self._set_status(
                lambda: (
                    self.tr(
                        "Reference data exported (%n record change(s)) to {path}. You can remove"
                        " the drive.",
                        None,
                        n,
                    ).format(path=path)
                    + " "
                    + self.tr("%n laptop(s) can open it.", None, laptops)
                )
            )
        else:
            self._set_status(
                lambda: self.tr(
                    "Exported %n change(s) to {path}. You can remove the drive.", None, n
                ).format(path=path)
            )
        self.refresh()

    # ---- import ---------------------------------------------------------------------------
    def choose_bundle(self) -> None:
        start = str(self.folder or Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a bundle"), start, self.tr("MILMA bundles (*.age);;All files (*)")
        )
        if path:
            self.preview_file(Path(path))

    def preview_file(self, path: Path) -> None:
        if self.busy:
            return
        ok, passphrase = self._unlock_step()
        if not ok:
            return
        store = self.store
        self.cancel_preview()
        self._set_status(lambda: self.tr("Reading the bundle…"))

        def run(progress):
            progress(-1, "verify")
            result = svc.preview_import(store, path, passphrase)
            progress(100, "done")
            return path, result

        self._start("preview", run, self._previewed)

    def _previewed(self, outcome) -> None:
        path, result = outcome
        self.pending_file = path
        self.last_result = result
        self._set_status(None)
        self._show_preview()
        self._update_buttons()

    def _show_preview(self) -> None:
        result = self.last_result
        if result is None:
            self.preview_group.setVisible(False)
            return
        self.preview_group.setVisible(True)
        if self.pending_file is None:
            self.preview_group.setTitle(self.tr("What the import did"))
            self.cancel_button.setText(self.tr("Close"))
        else:
            self.preview_group.setTitle(self.tr("What the import will do"))
            self.cancel_button.setText(self.tr("Cancel"))
        rows = [dict(v, kind=k) for k, v in result["report"].get("kinds", {}).items()]
        self.preview_model.set_rows(rows)
        if result["type"] == "reference":
            summary = self.tr(
                "Reference data from the coordinator: %n record change(s).", None, result["changes"]
            )
        else:
            summary = self.tr(
                "Changes of laptop {device}: %n record change(s).", None, result["changes"]
            ).format(device=result["device_id"][-12:])
        if result.get("already_imported"):
            summary += " " + self.tr(
                "This bundle was imported before; importing it again changes nothing."
            )
        if self.pending_file is None:
            summary += " " + self.tr("Applied.")
        self.preview_summary.setText(summary)
        gaps = [
            self.tr(
                "Entries {start} to {end} of this laptop's journal have not arrived yet: a bundle"
                " is missing or not imported."
            ).format(start=format_number(g["from"]), end=format_number(g["to"]))
            for g in result.get("gaps", [])
        ]
        conflicts = result["report"].get("conflicts", 0)
        if conflicts:
            gaps.append(self.tr("%n conflicting edit(s) will be kept for review.", None, conflicts))
        from desktop.ui.audit import import_lines

        gaps += import_lines(result["report"])
        gaps += [render_kept(p) for p in result["report"].get("problems", [])]
        self.gaps.setText("\n".join(gaps))
        self.gaps.setVisible(bool(gaps))

    def cancel_preview(self) -> None:
        self.pending_file = None
        self.last_result = None
        self._show_preview()
        self._update_buttons()

    def apply(self) -> None:
        if self.busy or self.pending_file is None:
            return
        ok, passphrase = self._unlock_step()
        if not ok:
            return
        store, path = self.store, self.pending_file
        self._set_status(lambda: self.tr("Importing…"))

        def run(progress):
            progress(-1, "apply")
            result = svc.apply_import(store, path, passphrase)
            progress(100, "done")
            return result

        self._start("apply", run, self._applied)

    def _applied(self, result) -> None:
        self.pending_file = None
        self.last_result = result
        totals = result["report"].get("totals", {})
        n = totals.get("new", 0) + totals.get("updated", 0) + totals.get("deleted", 0)
        self._set_status(
            lambda: self.tr("Imported in one go: %n record(s) new, updated or deleted.", None, n)
        )
        self._show_preview()
        self._update_buttons()
        self.refresh()  # the other screens hear what changed from the runner

    # ---- keys -----------------------------------------------------------------------------
    def open_audit_log(self):
        from desktop.ui.audit import open_audit_log

        return open_audit_log(self, self.store)

    def open_keys(self) -> None:
        from desktop.ui.exchange.keys_dialog import KeysDialog

        dialog = KeysDialog(self.store, self)
        dialog.exec()
        self.refresh()
