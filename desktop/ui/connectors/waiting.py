"""Referrals waiting: introductions to a connector still pending longer than a number of days
(21 unless changed here), oldest first, with the connector's phone to call them; each can be
marked as happened or dropped (with the reason)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop.domain import phones
from desktop.domain.messages import QT_TRANSLATE_NOOP, UserError
from desktop.domain.text import person_name
from desktop.i18n import format_date, format_number, translate
from desktop.services import connectors
from desktop.ui import errors, jobs
from desktop.ui.connectors.screen import WatchingScreen, title_label
from desktop.ui.pages.list_page import open_participant_page
from desktop.ui.widgets.table_model import Column, RowsModel
from desktop.ui.widgets.tables import keep_fitted, read_only_table


def _columns() -> list[Column]:
    def t(text):
        return lambda: translate("Waiting", text)

    return [
        Column(
            "met_on",
            t(QT_TRANSLATE_NOOP("Waiting", "Met on")),
            lambda r: format_date(r["met_on"], fmt="medium"),
            lambda r: r["met_on"].isoformat(),
        ),
        Column(
            "days",
            t(QT_TRANSLATE_NOOP("Waiting", "Days waiting")),
            lambda r: format_number(r["days"]),
            lambda r: r["days"],
            align_right=True,
        ),
        Column(
            "participant",
            t(QT_TRANSLATE_NOOP("Waiting", "Participant")),
            lambda r: f"{person_name(r)} ({r['code']})",
        ),
        Column("met_connector_name", t(QT_TRANSLATE_NOOP("Waiting", "Met"))),
        Column("connector_name", t(QT_TRANSLATE_NOOP("Waiting", "Referred to"))),
        Column(
            "connector_phone",
            t(QT_TRANSLATE_NOOP("Waiting", "Phone")),
            lambda r: phones.display(r["connector_phone"]) or "—",
        ),
    ]


class WaitingReferralsPage(WatchingScreen):
    watched = frozenset({"referral", "connector_meeting", "connector", "participant"})

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.setObjectName("WaitingReferralsPage")
        self.title = title_label(self)
        self.days_label = QLabel(self)
        self.days = QSpinBox(self)
        self.days.setObjectName("waiting_days")
        self.days.setRange(0, 365)
        self.days.setValue(connectors.WAITING_DAYS)
        self.days_label.setBuddy(self.days)
        self.days.valueChanged.connect(lambda _v: self.refresh())
        self.count = QLabel(self)
        self.model = RowsModel(_columns(), self)
        self.table = read_only_table(self.model, self, "waiting_referrals")
        self.table.activated.connect(lambda _i: self.open_participant())
        keep_fitted(self.table, 2)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.happened_button = QPushButton(self)
        self.happened_button.setObjectName("waiting_happened")
        self.happened_button.clicked.connect(self.mark_happened)
        self.dropped_button = QPushButton(self)
        self.dropped_button.setObjectName("waiting_dropped")
        self.dropped_button.clicked.connect(self.mark_dropped)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.days_label)
        top.addWidget(self.days)
        buttons = QHBoxLayout()
        buttons.addWidget(self.happened_button)
        buttons.addWidget(self.dropped_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.rows: list[dict] = []
        self.retranslate()

    def load(self) -> None:
        self.rows = connectors.waiting_referrals(self.store, self.days.value())
        self.model.set_rows(self.rows)
        self._show_count()
        self._update_buttons()

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.happened_button.setEnabled(has)
        self.dropped_button.setEnabled(has)

    def open_participant(self) -> None:
        row = self.selected()
        if row is not None:
            open_participant_page(self, row["participant_id"])

    def mark_happened(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._write(lambda: connectors.mark_happened(self.store, row["id"], date.today()))

    def mark_dropped(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            translate("Waiting", "Drop the referral"),
            translate("Waiting", "Why will the introduction to {connector} not happen?").format(
                connector=row["connector_name"]
            ),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if ok:
            self._write(lambda: connectors.mark_dropped(self.store, row["id"], reason))

    def _write(self, action) -> None:
        try:
            jobs.runner().write(action)
        except UserError as exc:
            errors.show_error(self, exc)

    def retranslate(self) -> None:
        self.title.setText(translate("Waiting", "Referrals waiting"))
        self.days_label.setText(translate("Waiting", "Pending for more than (&days):"))
        self.days.setSuffix(translate("Waiting", " days"))
        self.happened_button.setText(translate("Waiting", "Mark as &happened"))
        self.dropped_button.setText(translate("Waiting", "Dro&pped…"))
        self.table.setAccessibleName(translate("Waiting", "Referrals waiting"))
        self.table.setToolTip(
            translate(
                "Waiting",
                "Double-click a referral (or press Enter) to open the participant's page.",
            )
        )
        self.model.retranslate()  # the rows already read, in the new language: no store read
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(translate("Waiting", "%n referral(s) waiting", None, len(self.rows)))
