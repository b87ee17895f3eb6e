"""The Consents section of a participant's page: every consent recorded, in force or withdrawn
(the history), with Record a consent and Withdraw. A grant is never edited nor deleted: a new
scope of the life story is a new grant (desktop.services.consents replaces the one in force),
a withdrawal gives the grant its withdrawal date. Dates are shown by babel in the user's
language."""

from __future__ import annotations

import logging
from datetime import date
from typing import cast

from PySide6.QtWidgets import QPushButton

from desktop.domain import enums as E
from desktop.i18n import format_date, translate
from desktop.i18n.values import value_text
from desktop.services import consents
from desktop.storage.store import Store
from desktop.ui import jobs
from desktop.ui.participants.sections import RecordSection
from desktop.ui.widgets.editors import EnumEditor
from desktop.ui.widgets.record_dialog import RecordDialog
from desktop.ui.widgets.table_model import Column

log = logging.getLogger("milma.ui.participants")

FIELDS = ["kind", "scope", "given_on"]


def state_text(row: dict, today: date | None = None) -> str:
    """In force, withdrawn (on which day) or refused, in the user's language."""
    today = today or date.today()
    if not row.get("granted"):
        return translate("Consents", "Refused")
    if row.get("withdrawn_on") and row["withdrawn_on"] <= today:
        return translate("Consents", "Withdrawn on {date}").format(
            date=format_date(row["withdrawn_on"], fmt="medium")
        )
    if row.get("withdrawn_on"):
        return translate("Consents", "In force until {date}").format(
            date=format_date(row["withdrawn_on"], fmt="medium")
        )
    return translate("Consents", "In force")


def in_force_now(row: dict) -> bool:
    return bool(consents.in_force([row], row["kind"]))


class ConsentsSection(RecordSection):
    def __init__(self, store: Store, participant_id: str, parent=None):
        # the table shows the history, with a State column that is not a field (in force,
        # withdrawn on...)
        columns: list[str | Column] = [
            *FIELDS,
            Column("state", lambda: translate("Consents", "State"), state_text),
        ]
        super().__init__(
            store,
            participant_id,
            "consent",
            columns,
            FIELDS,
            lambda: translate("Participant", "Consents"),
            defaults=lambda: {"given_on": date.today()},
            add_text=lambda: translate("Consents", "&Record a consent…"),
            parent=parent,
        )
        self.view.activated.disconnect()
        # a grant is never edited: a new grant or a withdrawal is the change
        self.edit_button.hide()
        self.delete_button.hide()  # nor deleted: the history is what the programme can show
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.setObjectName("withdraw_consent")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.button_row.insertWidget(1, self.withdraw_button)
        self.retranslate()
        self._update_buttons()

    def set_rows(self, rows: list[dict]) -> None:
        """In force first, then the newest first."""
        ordered = sorted(rows, key=lambda r: (r["given_on"], r["id"]), reverse=True)
        super().set_rows(sorted(ordered, key=lambda r: not in_force_now(r)))

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "withdraw_button"):
            row = self.selected()
            self.withdraw_button.setEnabled(
                row is not None and bool(row.get("granted")) and not row.get("withdrawn_on")
            )

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "withdraw_button"):
            self.withdraw_button.setText(translate("Consents", "&Withdraw…"))
            self.withdraw_button.setAccessibleName(
                translate("Consents", "Withdraw the consent chosen")
            )
            self.withdraw_button.setToolTip(
                translate(
                    "Consents",
                    "The person withdrew this consent: give the date. It stays in the history.",
                )
            )

    # ---- actions ----------------------------------------------------------------------
    def _save_new(self, values: dict) -> dict:
        return jobs.runner().write(
            lambda: consents.grant(
                self.store,
                self.participant_id,
                values["kind"],
                values["given_on"],
                values.get("scope"),
            )
        )

    def add(self) -> RecordDialog | None:
        dialog = super().add()
        if dialog is None:
            return None
        form = dialog.form
        kind = cast(EnumEditor, form.widget("kind"))  # the schema's kind is a choice

        def follow_kind(*_a) -> None:  # the scope is the life story's only
            story = kind.currentData() == E.ConsentKind.LIFE_STORY.value
            form.widget("scope").setEnabled(story)
            if not story:
                form.input("scope").set_value(None)

        kind.currentIndexChanged.connect(follow_kind)
        follow_kind()
        return dialog

    def withdraw(self, row: dict | None = None) -> RecordDialog | None:
        row = row or self.selected()
        if row is None or row.get("withdrawn_on") or not row.get("granted"):
            return None
        label = value_text("consent", "kind", row["kind"])

        def save(values: dict) -> dict:
            return jobs.runner().write(
                lambda: consents.withdraw(self.store, row["id"], values["withdrawn_on"])
            )

        key = f"consent:withdraw:{row['id']}"
        return self._open(
            key,
            lambda: RecordDialog(
                "consent",
                translate("Consents", "Withdraw: {consent}").format(consent=label),
                save,
                values={"withdrawn_on": date.today()},
                fields=["withdrawn_on"],
                store=self.store,
                parent=self,
            ),
        )
