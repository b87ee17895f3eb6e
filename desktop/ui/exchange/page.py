"""The Exchange screen. Export and import are jobs of the application's runner (desktop.ui.jobs):
off the UI thread, one at a time; the screen stays responsive, shows their progress in the shared
job panel, and is told the result by a signal."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from desktop.domain.ids import device_prefix
from desktop.domain.schema import KINDS
from desktop.i18n import format_datetime, format_number, translate
from desktop.services import exchange as svc
from desktop.ui import errors, jobs
from desktop.ui.exchange.drives import remember_folder, remembered_folder, removable_drives
from desktop.ui.exchange.passphrase import PassphraseDialog
from desktop.ui.jobs import Job
from desktop.ui.widgets.progress import JobProgress
from desktop.ui.widgets.table_model import Column, RowsModel
from desktop.ui.widgets.tables import keep_fitted, read_only_table
from desktop.ui.widgets.titles import title_label

log = logging.getLogger("milma.ui.exchange")

COUNT_KEYS = ("new", "updated", "unchanged", "conflicting", "deleted", "quarantined")


def _kind_label(row: dict) -> str:
    kind = row["kind"]
    return translate("Kind", KINDS[kind].label) if kind in KINDS else kind


def _count_column(key: str, header) -> Column:
    return Column(key, header, display=lambda r: format_number(r.get(key, 0)), sort=lambda r: r.get(key, 0), align_right=True)


def preview_columns() -> list[Column]:
    return [
        Column("kind", lambda: translate("ExchangePage", "Kind of record"), display=_kind_label),
        _count_column("new", lambda: translate("ExchangePage", "New")),
        _count_column("updated", lambda: translate("ExchangePage", "Updated")),
        _count_column("unchanged", lambda: translate("ExchangePage", "Unchanged")),
        _count_column("conflicting", lambda: translate("ExchangePage", "Conflicting")),
        _count_column("deleted", lambda: translate("ExchangePage", "Deleted")),
        _count_column("quarantined", lambda: translate("ExchangePage", "Quarantined")),
    ]


def _direction(row: dict) -> str:
    if row["direction"] == "export":
        return translate("ExchangePage", "Export")
    return translate("ExchangePage", "Import")


def _bundle_type(row: dict) -> str:
    if row["bundle_type"] == "reference":
        return translate("ExchangePage", "Reference data")
    return translate("ExchangePage", "Laptop changes")


def _records(row: dict) -> int:
    return sum((row.get("summary") or {}).get("counts", {}).values())


def laptop_label(device_id: str, name: str | None) -> str:
    """A laptop as people know it: its name, else its tag (the one in its participants' codes)."""
    if name:
        return name
    try:
        tag = device_prefix(device_id)
    except ValueError:
        return device_id[-12:]
    return translate("ExchangePage", "Laptop {tag}").format(tag=tag)


def history_columns() -> list[Column]:
    return [
        Column("at", lambda: translate("ExchangePage", "When"), display=lambda r: format_datetime(r["at"].astimezone()),
               sort=lambda r: r["at_ms"]),
        Column("direction", lambda: translate("ExchangePage", "Direction"), display=_direction),
        Column("bundle_type", lambda: translate("ExchangePage", "Contents"), display=_bundle_type),
        Column("device_id", lambda: translate("ExchangePage", "Laptop"),
               display=lambda r: laptop_label(r["device_id"], r.get("device_name"))),
        Column("records", lambda: translate("ExchangePage", "Records"), display=lambda r: format_number(_records(r)),
               sort=_records, align_right=True),
        Column("file_name", lambda: translate("ExchangePage", "File")),
    ]


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
        self.folder: Path | None = None
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
        self.drive_label = QLabel(self)
        self.drives = QComboBox(self)
        self.drives.setObjectName("drives")
        self.drive_label.setBuddy(self.drives)
        self.refresh_drives_button = QPushButton(self)
        self.refresh_drives_button.setObjectName("refresh_drives")
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("choose_folder")
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
        drive_row = QHBoxLayout()
        drive_row.addWidget(self.drive_label)
        drive_row.addWidget(self.drives, 1)
        drive_row.addWidget(self.refresh_drives_button)
        drive_row.addWidget(self.choose_button)
        action_row = QHBoxLayout()
        action_row.addWidget(self.export_button)
        action_row.addWidget(self.full)
        action_row.addStretch(1)
        action_row.addWidget(self.import_button)
        drive_box = QVBoxLayout(self.drive_group)
        drive_box.addLayout(drive_row)
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
        self.refresh_drives_button.clicked.connect(self.refresh_drives)
        self.choose_button.clicked.connect(self.choose_folder)
        self.drives.currentIndexChanged.connect(self._drive_chosen)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.choose_bundle)
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.cancel_preview)

        self.retranslate()
        self.refresh_drives()
        remembered = remembered_folder(store.data_dir)
        if remembered is not None:  # the folder chosen last time, when it is there
            self.set_folder(remembered, remember=False)
        self.drives.activated.connect(self._remember_chosen)
        self.refresh()
        self.drive_timer = QTimer(self)  # a stick plugged in or pulled out shows up by itself
        self.drive_timer.setInterval(3000)
        self.drive_timer.timeout.connect(self._poll_drives)
        self.drive_timer.start()
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
        self.drive_label.setText(self.tr("&Save to / open from:"))
        self.refresh_drives_button.setText(self.tr("&Look for drives"))
        self.choose_button.setText(self.tr("C&hoose folder…"))
        self.full.setText(self.tr("Everything, not only what the coordinator has not acknowledged"))
        self.import_button.setText(self.tr("&Import a bundle…"))
        self.apply_button.setText(self.tr("&Apply"))
        self.tabs.setTabText(0, self.tr("Past exports and imports"))
        self.retitle_reviews()
        self.preview_model.retranslate()
        self.history_model.retranslate()
        self._show_role()
        self._fill_drive_names()
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
            self.role.setText(self.tr("This computer is the coordinator: import the laptops' bundles, then export reference data for them."))
            self.export_button.setText(self.tr("&Export reference data"))
            self.full.setVisible(False)
        else:
            text = self.tr("This laptop exports its changes for the coordinator and imports the reference data the coordinator sends back.")
            if self.key_state.get("revoked"):
                text += " " + self.tr("Warning: the coordinator has revoked this laptop's key; its bundles will be refused.")
            elif not self.key_state.get("trusted_coordinator"):
                text += " " + self.tr("Before the first export, trust the coordinator under Keys and laptops.")
            self.role.setText(text)
            self.export_button.setText(self.tr("&Export my changes"))
            self.full.setVisible(True)

    # ---- drives ---------------------------------------------------------------------------
    def refresh_drives(self) -> None:
        current = self.folder
        before = {d.path for d in getattr(self, "_drive_list", [])}
        self.drives.blockSignals(True)
        self.drives.clear()
        self._drive_list = removable_drives()
        if current is not None and str(current) in before and str(current) not in {d.path for d in self._drive_list}:
            current = self.folder = None  # that stick was pulled out
        for drive in self._drive_list:
            self.drives.addItem("", drive.path)
        if current is not None and str(current) not in [d.path for d in self._drive_list]:
            self.drives.addItem("", str(current))
        self.drives.blockSignals(False)
        self._fill_drive_names()
        if current is not None:
            self.drives.setCurrentIndex(self.drives.findData(str(current)))
        elif self.drives.count():
            self.drives.setCurrentIndex(0)
            self._drive_chosen(0)
        self._update_buttons()

    def _poll_drives(self) -> None:
        if self.busy or not self.isVisible():
            return
        if [d.path for d in removable_drives()] != [d.path for d in self._drive_list]:
            self.refresh_drives()

    def _fill_drive_names(self) -> None:
        if not hasattr(self, "_drive_list"):
            return
        names = {d.path: d for d in self._drive_list}
        for i in range(self.drives.count()):
            path = self.drives.itemData(i)
            drive = names.get(path)
            if drive is not None:
                text = self.tr("{name} ({free} free) - {path}").format(
                    name=drive.name, free=_size(drive.free_bytes), path=path)
            else:
                text = self.tr("Folder {path}").format(path=path)
            self.drives.setItemText(i, text)
        self.drives.setPlaceholderText(self.tr("No USB drive found: plug one in, or choose a folder"))

    def _drive_chosen(self, index: int) -> None:
        path = self.drives.itemData(index) if index >= 0 else None
        self.folder = Path(path) if path else None
        self._update_buttons()

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for the bundles"),
                                                str(self.folder or Path.home()))
        if path:
            self.set_folder(Path(path))

    def _remember_chosen(self, index: int) -> None:
        path = self.drives.itemData(index) if index >= 0 else None
        if path:
            remember_folder(self.store.data_dir, Path(path))

    def set_folder(self, folder: Path, remember: bool = True) -> None:
        folder = Path(folder)
        self.folder = folder
        if remember:  # offered again at the next start
            remember_folder(self.store.data_dir, folder)
        if self.drives.findData(str(folder)) < 0:
            self.drives.addItem("", str(folder))
            self._fill_drive_names()
        self.drives.setCurrentIndex(self.drives.findData(str(folder)))
        self._update_buttons()

    # ---- state ----------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.job is not None

    def _update_buttons(self) -> None:
        idle = not self.busy
        self.export_button.setEnabled(idle and self.folder is not None)
        self.import_button.setEnabled(idle)
        self.keys_button.setEnabled(idle)
        self.choose_button.setEnabled(idle)
        self.refresh_drives_button.setEnabled(idle)
        self.drives.setEnabled(idle)
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
            return fn(lambda percent, _stage: job.progress(max(percent, 0), 0 if percent < 0 else 100))

        self.job = jobs.runner().run(name, work, on_done=on_done, on_failed=self._failed, cancellable=False)
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
        store, folder, full = self.store, self.folder, self.full.isChecked() and not self.coordinator
        self._set_status(lambda: self.tr("Exporting…"))

        def run(progress):
            return svc.export(store, folder, full=full, passphrase=passphrase, progress=progress)
        self._start("export", run, self._exported)

    def _exported(self, result) -> None:
        path, n, laptops = str(result.path), result.total, result.laptops
        if result.bundle_type == "reference":
            self._set_status(lambda: self.tr("Reference data exported (%n record change(s)) to {path}. You can remove the drive.",
                                             None, n).format(path=path) + " "
                             + self.tr("%n laptop(s) can open it.", None, laptops))
        else:
            self._set_status(lambda: self.tr("Exported %n change(s) to {path}. You can remove the drive.",
                                             None, n).format(path=path))
        self.refresh()

    # ---- import ---------------------------------------------------------------------------
    def choose_bundle(self) -> None:
        start = str(self.folder or Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a bundle"), start,
                                              self.tr("MILMA bundles (*.age);;All files (*)"))
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
            summary = self.tr("Reference data from the coordinator: %n record change(s).", None, result["changes"])
        else:
            summary = self.tr("Changes of laptop {device}: %n record change(s).", None, result["changes"]).format(
                device=result["device_id"][-12:])
        if result.get("already_imported"):
            summary += " " + self.tr("This bundle was imported before; importing it again changes nothing.")
        if self.pending_file is None:
            summary += " " + self.tr("Applied.")
        self.preview_summary.setText(summary)
        gaps = [self.tr("Entries {start} to {end} of this laptop's journal have not arrived yet: a bundle is missing or not imported.").format(
            start=format_number(g["from"]), end=format_number(g["to"])) for g in result.get("gaps", [])]
        conflicts = result["report"].get("conflicts", 0)
        if conflicts:
            gaps.append(self.tr("%n conflicting edit(s) will be kept for review.", None, conflicts))
        from desktop.ui.audit import import_lines
        gaps += import_lines(result["report"])
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
        self._set_status(lambda: self.tr("Imported in one go: %n record(s) new, updated or deleted.", None, n))
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


def _size(n: int) -> str:
    gb = n / 1024 ** 3
    if gb >= 1:
        return translate("ExchangePage", "{size} GB").format(size=format_number(round(gb, 1)))
    return translate("ExchangePage", "{size} MB").format(size=format_number(round(n / 1024 ** 2)))
