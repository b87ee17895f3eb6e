"""File > Backups: the backups of this data folder by date (why each was made, its size), Back up
now, Restore (after a question), and the second folder (a USB stick) that receives a copy of each
automatic backup. The work runs in the runner (desktop.ui.jobs), off the UI thread; a restore
tells every screen that everything changed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.schema import KINDS
from desktop.i18n import format_datetime, format_size, translate
from desktop.services import backups
from desktop.storage.store import Store
from desktop.ui import jobs
from desktop.ui.errors import ask, message_of
from desktop.ui.widgets.geometry import fit_to_screen
from desktop.ui.widgets.table_model import Column, RowsModel
from desktop.ui.widgets.tables import compact_rows, keep_fitted, read_only_table

log = logging.getLogger("milma.ui")


def kind_text(kind: str) -> str:
    return translate("Backups", backups.KIND_LABELS[kind]) if kind in backups.KIND_LABELS else kind


def _backup(r) -> backups.Backup:
    return r["backup"]


class BackupsModel(RowsModel):
    COLUMNS = (
        Column(
            "made",
            lambda: translate("Backups", "Made"),
            lambda r: format_datetime(_backup(r).made_at),
            lambda r: _backup(r).made_at.isoformat(),
        ),
        Column("kind", lambda: translate("Backups", "Why"), lambda r: kind_text(_backup(r).kind)),
        Column(
            "size",
            lambda: translate("Backups", "Size"),
            lambda r: format_size(_backup(r).size),
            lambda r: _backup(r).size,
            align_right=True,
        ),
        # made before an erasure: it still holds the people erased, until the rotation deletes it
        Column(
            "erased",
            lambda: translate("Backups", "Erased people it holds"),
            lambda r: _erased_text(r),
            lambda r: r["erased"],
        ),
    )

    def set_backups(self, found: list[backups.Backup], erasures: list | None = None) -> None:
        times = erasures or []
        self.set_rows(
            [
                {
                    "id": str(b.path),
                    "backup": b,
                    "erased": backups.erased_in(b, times),
                    "until": backups.removed_by(times, b),
                }
                for b in found
            ]
        )


def _erased_text(r) -> str:
    if not r["erased"]:
        return ""
    return translate("Backups", "%n, deleted by {when}", None, r["erased"]).format(
        when=format_datetime(r["until"])
    )


class BackupsDialog(QDialog):
    """Built as BackupsDialog(store, parent)."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("BackupsDialog")
        self.store = store
        self.runner = jobs.runner()
        self.runner.busy_changed.connect(self._update_buttons)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = BackupsModel(parent=self)
        self.table = read_only_table(self.model, self, "backups")
        compact_rows(self.table)
        keep_fitted(self.table, stretch=1)  # the reasons take the room; the size keeps to the right
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty = QLabel(self)
        self.empty.setObjectName("empty")
        self.back_up_button = QPushButton(self)
        self.back_up_button.setObjectName("back_up")
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self)
        self.restore_file_button.setObjectName("restore_file")
        self.restore_file_button.clicked.connect(self.restore_from_file)

        self.second_box = QGroupBox(self)
        self.second_label = QLabel(self.second_box)
        self.second_label.setObjectName("second_folder")
        self.second_label.setWordWrap(True)
        self.choose_button = QPushButton(self.second_box)
        self.choose_button.setObjectName("choose_second")
        self.choose_button.clicked.connect(self.choose_second_folder)
        self.stop_button = QPushButton(self.second_box)
        self.stop_button.setObjectName("stop_second")
        self.stop_button.clicked.connect(lambda: self.set_second_folder(None))
        second = QHBoxLayout(self.second_box)
        second.addWidget(self.second_label, 1)
        second.addWidget(self.choose_button)
        second.addWidget(self.stop_button)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        actions = QHBoxLayout()
        actions.addWidget(self.back_up_button)
        actions.addStretch(1)
        actions.addWidget(self.restore_button)
        actions.addWidget(self.restore_file_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        layout.addWidget(self.second_box)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.refresh()
        fit_to_screen(self, 760, 520)

    # ---- what is shown ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(translate("Backups", "Backups"))
        self.intro.setText(
            translate(
                "Backups",
                "A backup is made at the first start of each day, and before every upgrade, import,"
                " merge and erasure. Kept: the daily ones of the last 7 days and of the last 4"
                " weeks, the last 5 made before a risky step and the last 5 made on request.",
            )
        )
        self.empty.setText(translate("Backups", "No backups yet."))
        self.back_up_button.setText(translate("Backups", "&Back up now"))
        self.restore_button.setText(translate("Backups", "&Restore…"))
        self.restore_file_button.setText(translate("Backups", "Restore from a &file…"))
        self.second_box.setTitle(translate("Backups", "Second copy (a USB stick)"))
        self.choose_button.setText(translate("Backups", "&Choose a folder…"))
        self.stop_button.setText(translate("Backups", "&Stop copying"))
        self.model.retranslate()
        self._show_second_folder()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.model.set_backups(backups.list_backups(self.store), backups.erasure_times(self.store))
        self.empty.setVisible(not self.model.rows)
        self.table.setVisible(bool(self.model.rows))
        self._update_buttons()

    def _show_second_folder(self) -> None:
        folder = backups.second_folder(self.store.data_dir)
        if folder is None:
            self.second_label.setText(
                translate("Backups", "None: backups are kept in the data folder only.")
            )
        elif folder.is_dir():
            self.second_label.setText(
                translate("Backups", "Every automatic backup is also copied to {folder}.").format(
                    folder=folder
                )
            )
        else:
            self.second_label.setText(
                translate(
                    "Backups",
                    "Every automatic backup is also copied to {folder} when it is plugged in (not"
                    " now).",
                ).format(folder=folder)
            )
        self.stop_button.setEnabled(folder is not None)

    def _update_buttons(self, *_args) -> None:
        busy = self.runner.busy
        self.back_up_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected() is not None)
        self.restore_file_button.setEnabled(not busy)

    def selected(self) -> backups.Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()]["backup"] if rows else None

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    # ---- actions ------------------------------------------------------------------------------
    def _run(self, name: str, fn, on_done) -> None:
        def failed(exc: BaseException) -> None:
            self._say(message_of(exc), error=True)
            self.refresh()

        self.runner.run(
            name, lambda _job: fn(), on_done=on_done, on_failed=failed, cancellable=False
        )
        self._update_buttons()

    def back_up_now(self) -> None:
        self._say(translate("Backups", "Backing up…"))

        def done(path: Path) -> None:
            self.refresh()
            self._say(translate("Backups", "Backup made: {file}").format(file=path.name))

        self._run("backup", lambda: backups.back_up(self.store), done)

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.restore(chosen.path)

    def restore_from_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("Backups", "Restore a backup"),
            str(Path.home()),
            translate("Backups", "MILMA backups (*.sqlite3);;All files (*)"),
        )
        if path:
            self.restore(Path(path))

    def restore(self, path: Path) -> None:
        try:
            backups.check(path)  # a file that is not a backup is refused before any question
        except backups.BackupError as exc:
            self._say(message_of(exc), error=True)
            return
        when = backups.made_at(path)
        question = translate(
            "Backups",
            "Replace the data of this laptop by the backup made {when}? What is there now is backed"
            " up first, and can be restored the same way.",
        ).format(when=format_datetime(when) if when else path.name)
        if ask(self, question, title=translate("Backups", "Restore a backup")) != "yes":
            return
        self._say(translate("Backups", "Restoring…"))
        store = self.store

        def done(result: backups.Restored) -> None:
            self.runner.broadcast(
                set(KINDS) | {"technician"}
            )  # every screen shows the restored data
            self.refresh()
            self._say(
                translate(
                    "Backups",
                    "Restored the backup of {when}. What was there before is kept as a backup.",
                ).format(
                    when=format_datetime(result.made_at) if result.made_at else result.backup.name
                )
            )
            log.info("a backup was restored from the window")

        self._run("restore", lambda: backups.restore(store.data_dir, path, store), done)

    def choose_second_folder(self) -> None:
        current = backups.second_folder(self.store.data_dir)
        folder = QFileDialog.getExistingDirectory(
            self, translate("Backups", "Second copy of the backups"), str(current or Path.home())
        )
        if folder:
            self.set_second_folder(Path(folder))

    def set_second_folder(self, folder: Path | None) -> None:
        try:
            backups.set_second_folder(self.store.data_dir, folder)
        except backups.BackupError as exc:
            self._say(message_of(exc), error=True)
            return
        self._show_second_folder()
        self._say(
            translate("Backups", "Backups will be copied to {folder} too.").format(folder=folder)
            if folder
            else translate("Backups", "Backups are no longer copied to a second folder.")
        )
