"""The referrals of a connector meeting, edited in the meeting dialog: up to three connectors
the participant was referred to, each followed (pending, happened, cancelled) until it has
happened, with why it was dropped when cancelled and a message under each row. Connectors are
referred to at a meeting held: for a meeting planned or cancelled the rows wait, unless they
already hold referrals (which the meetings service then refuses, saying why)."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from desktop.domain import enums as E
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop.domain.schema import KINDS
from desktop.domain.validation import NO_DROP_REASON
from desktop.i18n import render, translate
from desktop.services import records
from desktop.ui.widgets.editors import (
    DateEditor,
    EnumEditor,
    FieldEditor,
    LineEditor,
    RefEditor,
)
from desktop.ui.widgets.record_form import ref_label

MAX_REFERRALS = 3
REFERRAL_FIELDS = ("connector_id", "status", "happened_on", "dropped_reason")
ROW_LINES = 3  # the inputs, why it was dropped, the message
ERROR_STYLE = "color: #b3261e;"

SAME_CONNECTOR = Message(
    "Meetings",
    QT_TRANSLATE_NOOP("Meetings", "Choose a connector other than the one of the meeting."),
)
TWICE = Message("Meetings", QT_TRANSLATE_NOOP("Meetings", "This connector is already in the list."))
WHEN_HAPPENED = Message("Meetings", QT_TRANSLATE_NOOP("Meetings", "Say on which date it happened."))
CHOOSE_CONNECTOR = Message("Meetings", QT_TRANSLATE_NOOP("Meetings", "Choose the connector first."))


class ReferralRow:
    """One referred connector: who, status, date it happened, why it was dropped (shown when
    cancelled), and a message below."""

    def __init__(self, parent: QWidget):
        spec = KINDS["referral"]
        # the schema's editors for these fields, named so that their own methods are typed
        self.connector = RefEditor(
            dataclasses.replace(spec.field("connector_id"), required=False), parent
        )
        self.status = EnumEditor(spec.field("status"), parent)
        self.status.set_value(E.ReferralStatus.PENDING.value)
        self.happened_on = DateEditor(spec.field("happened_on"), parent)
        self.reason = LineEditor(spec.field("dropped_reason"), parent)
        self.reason.hide()
        self.error = QLabel(parent)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.referral_id: str | None = None

    def cancelled(self) -> bool:
        return self.status.get_value() == E.ReferralStatus.CANCELLED.value

    def values(self) -> dict:
        """Why it was dropped only while cancelled (one that happens again has no reason)."""
        reason = (self.reason.get_value() or "").strip() or None
        return {
            "connector_id": self.connector.get_value(),
            "status": self.status.get_value(),
            "happened_on": self.happened_on.get_value(),
            "dropped_reason": reason if self.cancelled() else None,
        }

    def set_values(self, values: dict) -> None:
        self.referral_id = values.get("id")
        self.set_inputs(values)

    def set_inputs(self, values: dict) -> None:
        self.connector.set_value(values.get("connector_id"))
        self.status.set_value(values.get("status") or E.ReferralStatus.PENDING.value)
        self.happened_on.set_value(values.get("happened_on"))
        self.reason.set_value(values.get("dropped_reason"))
        self.show_reason()

    def show_reason(self) -> None:
        self.reason.setVisible(self.cancelled())

    def show_error(self, message: Message | None) -> None:
        self.error.setText(render(message) if message else "")
        self.error.setVisible(message is not None)


class ReferralsEditor(QGroupBox):
    """The rows of referrals of one meeting; ``edited`` when any of their inputs changes."""

    edited = Signal()

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        self.waiting = QLabel(self)  # why the rows wait, for a meeting not held
        self.waiting.setObjectName("referrals_waiting")
        self.waiting.setWordWrap(True)
        self.waiting.hide()
        grid.addWidget(self.waiting, 0, 0, 1, 3)
        self.head_connector, self.head_status, self.head_date = (QLabel(self) for _ in range(3))
        grid.addWidget(self.head_connector, 1, 0)
        grid.addWidget(self.head_status, 1, 1)
        grid.addWidget(self.head_date, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        choices = sorted(
            ((c["id"], ref_label("connector", c)) for c in records.list_all(store, "connector")),
            key=lambda c: c[1].casefold(),
        )
        self.rows: list[ReferralRow] = []
        for i in range(MAX_REFERRALS):
            row = ReferralRow(self)
            row.connector.set_choices(choices)
            row.connector.setObjectName(f"referral{i}_connector")
            row.status.setObjectName(f"referral{i}_status")
            row.happened_on.setObjectName(f"referral{i}_happened_on")
            row.reason.setObjectName(f"referral{i}_dropped_reason")
            top = 2 + i * ROW_LINES
            grid.addWidget(row.connector, top, 0)
            grid.addWidget(row.status, top, 1)
            grid.addWidget(row.happened_on, top, 2)
            grid.addWidget(row.reason, top + 1, 0, 1, 3)
            grid.addWidget(row.error, top + 2, 0, 1, 3)
            for w in (row.connector, row.status, row.happened_on, row.reason):
                w.edited.connect(self.edited)
            row.status.edited.connect(lambda r=row: self._status_changed(r))
            self.rows.append(row)

    def inputs(self) -> list[QWidget]:
        """The inputs in the order the Tab key visits them."""
        return [
            w for row in self.rows for w in (row.connector, row.status, row.happened_on, row.reason)
        ]

    def allow(self, held: bool) -> None:
        """Referrals are made at a meeting held: the rows wait for a meeting planned or
        cancelled, unless they already name a connector (to be removed)."""
        filled = any(row.connector.get_value() for row in self.rows)
        for row in self.rows:
            for w in (row.connector, row.status, row.happened_on, row.reason):
                w.setEnabled(held or filled)
        self.waiting.setVisible(not held)

    # ---- values -----------------------------------------------------------------------
    def load(self, referrals: list[dict]) -> None:
        for row, ref in zip(self.rows, referrals[:MAX_REFERRALS], strict=False):
            row.set_values(ref)

    def values(self) -> dict:
        """The rows' values, as referral{i}_{field} (the form of a draft)."""
        return {
            f"referral{i}_{k}": v
            for i, row in enumerate(self.rows)
            for k, v in row.values().items()
        }

    def set_values(self, values: dict) -> None:
        for i, row in enumerate(self.rows):
            row.set_inputs({k: values.get(f"referral{i}_{k}") for k in REFERRAL_FIELDS})

    def to_save(self) -> list[tuple[str | None, dict]]:
        """Each row as the meetings service takes it: (existing id or None, values)."""
        return [(row.referral_id, row.values()) for row in self.rows]

    def _status_changed(self, row: ReferralRow) -> None:
        if (
            row.status.get_value() == E.ReferralStatus.HAPPENED.value
            and row.happened_on.get_value() is None
        ):
            row.happened_on.set_value(date.today())
        row.show_reason()

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
                elif v["status"] == E.ReferralStatus.CANCELLED.value and not v["dropped_reason"]:
                    problem = NO_DROP_REASON
                seen.add(v["connector_id"])
            elif v["happened_on"] or v["status"] != E.ReferralStatus.PENDING.value:
                problem = CHOOSE_CONNECTOR
            problem = problem or row.happened_on.problem(
                Message("Field", KINDS["referral"].field("happened_on").label)
            )
            row.show_error(problem)
            ok = ok and problem is None
        return ok

    def show_error(self, index: int, message: Message) -> None:
        self.rows[index].show_error(message)

    def index_of(self, referral_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.referral_id == referral_id), 0)

    def connector_text(self, value) -> str:
        return next(
            (t for v, t in self.rows[0].connector.choices if v == value),
            "" if value is None else str(value),
        )

    def take_stored(self, index: int, name: str, value) -> None:
        """Show a value saved meanwhile in its row."""
        row = self.rows[index]
        editors: dict[str, FieldEditor] = {
            "happened_on": row.happened_on,
            "status": row.status,
            "dropped_reason": row.reason,
        }
        editors.get(name, row.connector).set_value(value)
        row.show_reason()

    def retranslate(self) -> None:
        self.setTitle(translate("Meetings", "Referred to (up to three connectors)"))
        spec = KINDS["referral"]
        self.head_connector.setText(translate("Field", spec.field("connector_id").label))
        self.head_status.setText(translate("Field", spec.field("status").label))
        self.head_date.setText(translate("Field", spec.field("happened_on").label))
        for i, row in enumerate(self.rows):
            n = i + 1
            row.connector.setAccessibleName(
                translate("Meetings", "Referred connector {n}").format(n=n)
            )
            row.status.setAccessibleName(
                translate("Meetings", "Status of referral {n}").format(n=n)
            )
            row.happened_on.setAccessibleName(
                translate("Meetings", "Date referral {n} happened").format(n=n)
            )
            row.reason.setAccessibleName(
                translate("Meetings", "Why referral {n} was dropped").format(n=n)
            )
            row.reason.setPlaceholderText(translate("Field", spec.field("dropped_reason").label))
            row.status.retranslate()
        self.waiting.setText(
            translate(
                "Meetings",
                "Connectors are referred to at a meeting held: once this "
                "meeting has taken place, mark it as held to record them.",
            )
        )
