"""A participant's records of one kind as a small table with Add / Edit / Delete, editing
through the generic RecordDialog (validation next to each field, drafts, unsaved-changes
question)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import NotFound
from desktop.domain.schema import KINDS
from desktop.i18n import translate
from desktop.services import accounts, records
from desktop.storage.store import Store
from desktop.ui import errors, jobs
from desktop.ui.pages.lab_attendance import lock_field
from desktop.ui.widgets.record_dialog import RecordDialog, open_once
from desktop.ui.widgets.table_model import Column, RowsModel, field_column
from desktop.ui.widgets.tables import fit_columns, keep_fitted, read_only_table

log = logging.getLogger("milma.ui.participants")


def record_columns(
    kind: str, names: Sequence, gender: Callable[[dict], str | None] | None = None
) -> list[Column]:
    """The columns of a table of records of ``kind``: each name a stored field (a Column as
    it is); a label that describes the person agrees with ``gender(row)``."""
    return [
        name if isinstance(name, Column) else field_column(kind, name, gender=gender)
        for name in names
    ]


def make_table(model, parent) -> QTableView:
    view = read_only_table(model, parent)
    view.horizontalHeader().setMinimumSectionSize(view.fontMetrics().averageCharWidth() * 8)
    view.setTabKeyNavigation(False)
    keep_fitted(view)  # within the table's width, refitted when it is resized
    return view


class RecordSection(QGroupBox):
    """Records of one kind for one participant: table + Add / Edit / Delete buttons.

    ``fields`` are the fields shown in the dialog; the participant id is added on save.
    ``check`` may raise ValidationError before the service is called (rules of the screen).
    ``locked`` gives, for a stored record, the fields its form shows read-only and leaves out of
    the save: {field: (value shown, note)} (an enrolment's hours computed from the lab register).
    """

    changed = Signal()

    def __init__(
        self,
        store: Store,
        participant_id: str,
        kind: str,
        columns: Sequence[str | Column],
        fields: list[str],
        title: Callable[[], str],
        defaults: Callable[[], dict] | None = None,
        check: Callable[[dict, dict | None], None] | None = None,
        add_text: Callable[[], str] | None = None,
        parent: QWidget | None = None,
        locked: Callable[[dict], dict] | None = None,
    ):
        super().__init__(parent)
        self.locked = locked
        self.store = store
        self.participant_id = participant_id
        self.kind = kind
        self.fields = fields
        self.title_fn = title
        self.defaults = defaults or (lambda: {})
        self.check = check
        self.add_text = add_text
        self.setObjectName(f"section_{kind}")
        self.gender: str | None = None  # the participant's, for labels that describe them
        self.model = RowsModel(
            record_columns(kind, columns, lambda row: self.gender or row.get("gender")),
            self,
            kind=kind,
        )
        self.view = make_table(self.model, self)
        self.view.setObjectName(f"table_{kind}")
        # activated is a double-click (or Enter, or a click where the platform opens on one)
        self.view.activated.connect(lambda _i: self.edit())
        self.add_button = QPushButton(self)
        self.add_button.setObjectName(f"add_{kind}")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName(f"edit_{kind}")
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName(f"delete_{kind}")
        self.delete_button.clicked.connect(self.delete)
        # the row of buttons under the table, which a section may add its own to
        self.button_row = buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.dialog: RecordDialog | None = None
        self.retranslate()
        self._update_buttons()
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

    def set_rows(self, rows: list[dict]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        fit_columns(self.view)
        if selected:
            for i, r in enumerate(rows):
                if r["id"] == selected["id"]:
                    self.view.selectRow(i)
        self._update_buttons()

    def selected(self) -> dict | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def retranslate(self) -> None:
        self.setTitle(self.title_fn())
        kind_label = translate("Kind", KINDS[self.kind].label)
        self.add_button.setText(
            self.add_text() if self.add_text else translate("Participant", "&Add…")
        )
        self.add_button.setAccessibleName(
            translate("Participant", "Add: {kind}").format(kind=kind_label)
        )
        self.edit_button.setText(translate("Participant", "&Edit…"))
        self.edit_button.setAccessibleName(
            translate("Participant", "Edit: {kind}").format(kind=kind_label)
        )
        self.delete_button.setText(translate("Participant", "&Delete"))
        self.delete_button.setAccessibleName(
            translate("Participant", "Delete: {kind}").format(kind=kind_label)
        )
        self.view.setAccessibleName(self.title_fn())
        self.model.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- actions ----------------------------------------------------------------------
    def _save_new(self, values: dict) -> dict:
        values = {**values, "participant_id": self.participant_id}
        if self.check:
            self.check(values, None)
        return jobs.runner().write(lambda: records.create(self.store, self.kind, values))

    def add(self) -> RecordDialog | None:
        kind_label = translate("Kind", KINDS[self.kind].label)
        key = f"{self.kind}:new:{self.participant_id}"

        def make() -> RecordDialog:
            dialog = RecordDialog(
                self.kind,
                translate("Participant", "New: {kind}").format(kind=kind_label),
                self._save_new,
                values=self.defaults(),
                fields=self.fields,
                store=self.store,
                draft_key=key,
                parent=self,
            )
            account = accounts.current(self.store)
            self._lock_stamp(dialog, account.technician_id if account else None)
            return dialog

        return self._open(key, make)

    def _lock_stamp(self, dialog: RecordDialog, value) -> None:
        """Who recorded it is the logged-in account's technician, not a choice (the service
        stamps it: desktop.services.accounts.STAMPED)."""
        field = accounts.STAMPED.get(self.kind)
        if field in self.fields and accounts.current(self.store) is not None:
            lock_field(
                dialog.form,
                field,
                value,
                translate("Participant", "The technician of the account that records it."),
            )

    def edit(self, row: dict | None = None) -> RecordDialog | None:
        """Edit the selected record (or ``row``), with its values as stored now; a save refused
        if it changed meanwhile. A record already open in a form is brought to the front."""
        row = row or self.selected()
        if row is None:
            return None
        key = f"{self.kind}:{row['id']}"
        kind_label = translate("Kind", KINDS[self.kind].label)

        def make() -> RecordDialog | None:
            try:
                stored = records.get(self.store, self.kind, row["id"])
            except NotFound as exc:  # deleted meanwhile (a merge, another window)
                errors.show_error(self, exc)
                return None

            locked = self.locked(stored) if self.locked else {}

            def save(values: dict, seen: dict) -> dict:
                values = {k: v for k, v in values.items() if k not in locked}
                if self.check:
                    self.check({**row, **stored, **values}, row)
                return jobs.runner().write(
                    lambda: records.update(self.store, self.kind, row["id"], values, seen=seen)
                )

            dialog = RecordDialog(
                self.kind,
                translate("Participant", "Edit: {kind}").format(kind=kind_label),
                save,
                values=stored,
                fields=self.fields,
                store=self.store,
                draft_key=key,
                parent=self,
                seen=records.stamps_of(stored),
            )
            for name, (value, note) in locked.items():
                lock_field(dialog.form, name, value, note)
            self._lock_stamp(dialog, stored.get(accounts.STAMPED.get(self.kind, "")))
            return dialog

        return self._open(key, make)

    def _open(self, key: str, make) -> RecordDialog | None:
        def build():
            dialog = make()
            if dialog is not None:
                dialog.accepted.connect(self._saved)
            return dialog

        dialog = open_once(key, build, self)
        if dialog is not None:
            self.dialog = dialog
        return dialog

    def _saved(self) -> None:
        log.info("%s saved for participant %s", self.kind, self.participant_id)
        self.changed.emit()

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        kind_label = translate("Kind", KINDS[self.kind].label)
        if (
            errors.ask(
                self,
                translate(
                    "Participant", "Delete this record ({kind})? This cannot be undone."
                ).format(kind=kind_label),
            )
            != "yes"
        ):
            return
        try:
            jobs.runner().write(lambda: records.delete(self.store, self.kind, row["id"]))
        except Exception as exc:  # noqa: BLE001 - shown and logged
            errors.show_error(self, exc)
            return
        log.info("%s deleted for participant %s", self.kind, self.participant_id)
        self.changed.emit()
