"""Retention review (the participants list's *Retention review…*, on the coordinator's store): the
people whose last activity is older than the retention period, the longest inactive first, each
to erase (the participant page's question, desktop.ui.erasure) or keep with a reason
(desktop.services.retention). The list is found in the runner, off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import format_date, translate
from desktop.services import retention
from desktop.storage.store import Store
from desktop.ui import errors, jobs
from desktop.ui.widgets.geometry import fit_to_screen
from desktop.ui.widgets.table_model import Column, RowsModel
from desktop.ui.widgets.tables import compact_rows, keep_fitted, read_only_table


def _due(r) -> retention.Due:
    return r["due"]


class DueModel(RowsModel):
    COLUMNS = (
        Column("code", lambda: translate("Retention", "Code"), lambda r: _due(r).code),
        Column("name", lambda: translate("Retention", "Name"), lambda r: _due(r).name),
        Column(
            "last",
            lambda: translate("Retention", "Last activity"),
            lambda r: format_date(_due(r).last_activity) if _due(r).last_activity else "",
            lambda r: (_due(r).last_activity or "").__str__(),
        ),
        Column(
            "kept",
            lambda: translate("Retention", "Kept before because"),
            lambda r: _due(r).kept_reason or "",
        ),
    )

    def set_due(self, found: list[retention.Due]) -> None:
        self.set_rows([{"id": d.id, "due": d} for d in found])


class RetentionDialog(QDialog):
    """Built as RetentionDialog(store, parent)."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("RetentionDialog")
        self.store = store
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = DueModel(parent=self)
        self.table = read_only_table(self.model, self, "retention")
        compact_rows(self.table)
        keep_fitted(self.table, stretch=3)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self)
        self.empty.setObjectName("empty")
        self.erase_button = QPushButton(self)
        self.erase_button.setObjectName("erase")
        self.erase_button.clicked.connect(self.erase_selected)
        self.keep_button = QPushButton(self)
        self.keep_button.setObjectName("keep")
        self.keep_button.clicked.connect(self.keep_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.keep_button)
        actions.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.loaded = False
        self.retranslate()
        self.refresh()
        fit_to_screen(self, 760, 520)

    def retranslate(self) -> None:
        years = retention.period(self.store)
        self.setWindowTitle(translate("Retention", "Retention review"))
        self.intro.setText(
            translate(
                "Retention",
                "People whose last activity (the latest day their records hold or were written) is"
                " more than %n year(s) ago, the longest inactive first. Erase each, or keep them"
                " with a reason: they are listed again in a year.",
                None,
                years,
            )
        )
        self.empty.setText(translate("Retention", "Nobody is due for review."))
        self.erase_button.setText(translate("Retention", "&Erase…"))
        self.keep_button.setText(translate("Retention", "&Keep…"))
        self.model.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        def done(found) -> None:
            self.model.set_due(found)
            self.loaded = True
            self.empty.setVisible(not found)
            self.table.setVisible(bool(found))
            self._update_buttons()

        self._update_buttons()
        jobs.runner().run(
            "retention review",
            lambda _job: retention.due(self.store),
            on_done=done,
            cancellable=False,
        )

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected() is not None
        self.erase_button.setEnabled(chosen)
        self.keep_button.setEnabled(chosen)

    def selected(self) -> retention.Due | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.rows[rows[0].row()]["due"] if rows else None

    def erase_selected(self) -> None:
        from desktop.ui.erasure import erase_participant

        due = self.selected()
        if due is None:
            return
        job = erase_participant(self, self.store, due.id)
        if job is not None:
            job.finished.connect(lambda _job: self.refresh())

    def keep_selected(self) -> None:
        due = self.selected()
        if due is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            translate("Retention", "Keep {code}").format(code=due.code),
            translate("Retention", "Why is this person kept? (no personal data)"),
        )
        if not ok:
            return
        try:
            jobs.runner().write(lambda: retention.keep(self.store, due.code, reason))
        except Exception as exc:  # noqa: BLE001 - shown
            errors.show_error(self, exc)
            return
        self.refresh()


def open_review(parent: QWidget | None, store: Store) -> RetentionDialog:
    dialog = RetentionDialog(store, parent)
    dialog.open()
    return dialog
