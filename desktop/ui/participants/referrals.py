"""The referrals of a connector meeting, edited in the meeting dialog: up to three connectors
the participant was referred to, each followed (pending, happened, cancelled) until it has
happened, with a message under each row."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from desktop.domain import enums as E
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop.domain.schema import KINDS
from desktop.i18n import render, translate
from desktop.services import records
from desktop.ui.widgets.editors import editor_for
from desktop.ui.widgets.record_form import ref_label

MAX_REFERRALS = 3
ERROR_STYLE = "color: #b3261e;"

SAME_CONNECTOR = Message("Meetings", QT_TRANSLATE_NOOP(
    "Meetings", "Choose a connector other than the one of the meeting."))
TWICE = Message("Meetings", QT_TRANSLATE_NOOP("Meetings", "This connector is already in the list."))
WHEN_HAPPENED = Message("Meetings", QT_TRANSLATE_NOOP("Meetings", "Say on which date it happened."))
CHOOSE_CONNECTOR = Message("Meetings", QT_TRANSLATE_NOOP("Meetings", "Choose the connector first."))


class ReferralRow:
    """One referred connector: who, status, date it happened, and a message below."""

    def __init__(self, parent: QWidget):
        spec = KINDS["referral"]
        self.connector = editor_for(dataclasses.replace(spec.field("connector_id"), required=False), parent)
        self.status = editor_for(spec.field("status"), parent)
        self.status.set_value(E.ReferralStatus.PENDING.value)
        self.happened_on = editor_for(spec.field("happened_on"), parent)
        self.error = QLabel(parent)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.referral_id: str | None = None

    def values(self) -> dict:
        return {"connector_id": self.connector.get_value(), "status": self.status.get_value(),
                "happened_on": self.happened_on.get_value()}

    def set_values(self, values: dict) -> None:
        self.referral_id = values.get("id")
        self.connector.set_value(values.get("connector_id"))
        self.status.set_value(values.get("status") or E.ReferralStatus.PENDING.value)
        self.happened_on.set_value(values.get("happened_on"))

    def show_error(self, message: Message | None) -> None:
        self.error.setText(render(message) if message else "")
        self.error.setVisible(message is not None)


class ReferralsEditor(QGroupBox):
    """The rows of referrals of one meeting; ``edited`` when any of their inputs changes."""

    edited = Signal()

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        self.head_connector, self.head_status, self.head_date = (QLabel(self) for _ in range(3))
        grid.addWidget(self.head_connector, 0, 0)
        grid.addWidget(self.head_status, 0, 1)
        grid.addWidget(self.head_date, 0, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        choices = sorted(((c["id"], ref_label("connector", c)) for c in records.list_all(store, "connector")),
                         key=lambda c: c[1].casefold())
        self.rows: list[ReferralRow] = []
        for i in range(MAX_REFERRALS):
            row = ReferralRow(self)
            row.connector.set_choices(choices)
            row.connector.setObjectName(f"referral{i}_connector")
            row.status.setObjectName(f"referral{i}_status")
            row.happened_on.setObjectName(f"referral{i}_happened_on")
            grid.addWidget(row.connector, 1 + i * 2, 0)
            grid.addWidget(row.status, 1 + i * 2, 1)
            grid.addWidget(row.happened_on, 1 + i * 2, 2)
            grid.addWidget(row.error, 2 + i * 2, 0, 1, 3)
            for w in (row.connector, row.status, row.happened_on):
                w.edited.connect(self.edited)
            row.status.edited.connect(lambda r=row: self._status_changed(r))
            self.rows.append(row)

    def inputs(self) -> list[QWidget]:
        """The inputs in the order the Tab key visits them."""
        return [w for row in self.rows for w in (row.connector, row.status, row.happened_on)]

    # ---- values -----------------------------------------------------------------------
    def load(self, referrals: list[dict]) -> None:
        for row, ref in zip(self.rows, referrals[:MAX_REFERRALS], strict=False):
            row.set_values(ref)

    def values(self) -> dict:
        """The rows' values, as referral{i}_{field} (the form of a draft)."""
        return {f"referral{i}_{k}": v for i, row in enumerate(self.rows) for k, v in row.values().items()}

    def set_values(self, values: dict) -> None:
        for i, row in enumerate(self.rows):
            row.connector.set_value(values.get(f"referral{i}_connector_id"))
            row.status.set_value(values.get(f"referral{i}_status") or E.ReferralStatus.PENDING.value)
            row.happened_on.set_value(values.get(f"referral{i}_happened_on"))

    def to_save(self) -> list[tuple[str | None, dict]]:
        """Each row as the meetings service takes it: (existing id or None, values)."""
        return [(row.referral_id, row.values()) for row in self.rows]

    def _status_changed(self, row: ReferralRow) -> None:
        if row.status.get_value() == E.ReferralStatus.HAPPENED.value and row.happened_on.get_value() is None:
            row.happened_on.set_value(date.today())

    # ---- checks and differences -------------------------------------------------------
    def check(self, meeting_connector: str | None) -> bool:
        """Show under each row what is wrong with it; whether every row is right."""
        seen: set[str] = set()
        ok = True
        for row in self.rows:
            v = row.values()
            problem = None
            if v["connector_id"]:
                if v["connector_id"] == meeting_connector:
                    problem = SAME_CONNECTOR
                elif v["connector_id"] in seen:
                    problem = TWICE
                elif v["status"] == E.ReferralStatus.HAPPENED.value and not v["happened_on"]:
                    problem = WHEN_HAPPENED
                seen.add(v["connector_id"])
            elif v["happened_on"] or v["status"] != E.ReferralStatus.PENDING.value:
                problem = CHOOSE_CONNECTOR
            problem = problem or row.happened_on.problem(
                Message("Field", KINDS["referral"].field("happened_on").label))
            row.show_error(problem)
            ok = ok and problem is None
        return ok

    def show_error(self, index: int, message: Message) -> None:
        self.rows[index].show_error(message)

    def index_of(self, referral_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.referral_id == referral_id), 0)

    def connector_text(self, value) -> str:
        return next((t for v, t in self.rows[0].connector.choices if v == value), "" if value is None else str(value))

    def take_stored(self, index: int, name: str, value) -> None:
        """Show a value saved meanwhile in its row."""
        row = self.rows[index]
        getattr(row, "happened_on" if name == "happened_on" else
                "status" if name == "status" else "connector").set_value(value)

    def retranslate(self) -> None:
        self.setTitle(translate("Meetings", "Referred to (up to three connectors)"))
        spec = KINDS["referral"]
        self.head_connector.setText(translate("Field", spec.field("connector_id").label))
        self.head_status.setText(translate("Field", spec.field("status").label))
        self.head_date.setText(translate("Field", spec.field("happened_on").label))
        for i, row in enumerate(self.rows):
            n = i + 1
            row.connector.setAccessibleName(translate("Meetings", "Referred connector {n}").format(n=n))
            row.status.setAccessibleName(translate("Meetings", "Status of referral {n}").format(n=n))
            row.happened_on.setAccessibleName(translate("Meetings", "Date referral {n} happened").format(n=n))
            row.status.retranslate()
