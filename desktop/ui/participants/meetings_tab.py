"""The Connector meetings tab: the participant's meetings with connectors (each opened in the
meeting dialog, desktop.ui.participants.meetings), the referrals still to follow, and
recruiting a participant who found work as a connector."""

from __future__ import annotations

import logging
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import enums as E
from desktop.domain.messages import UserError
from desktop.i18n import format_date, translate
from desktop.services import records
from desktop.ui import errors, jobs
from desktop.ui.events import data_changed
from desktop.ui.participants.meetings import MeetingDialog
from desktop.ui.participants.sections import RecordSection, fit_columns, make_table, record_columns
from desktop.ui.widgets.record_dialog import RecordDialog, open_once
from desktop.ui.widgets.table_model import RowsModel

log = logging.getLogger("milma.ui.participants")

RECRUIT_FIELDS = [
    "full_name",
    "field",
    "occupation_group",
    "languages",
    "neighbourhood",
    "availability",
    "origin",
    "capacity",
    "contact_consent_on",
    "phone",
    "email",
]


class MeetingsTab(QWidget):
    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.store = view.store
        self.setObjectName("tab_meetings")
        self.meetings_box = QGroupBox(self)
        self.model = RowsModel(
            record_columns(
                "connector_meeting", ["met_on", "status", "connector_id", "mode", "notes"]
            ),
            self,
            kind="connector_meeting",
        )
        self.table = make_table(self.model, self.meetings_box)
        self.table.setObjectName("table_connector_meeting")
        # activated is a double-click (or Enter, or a click where the platform opens on one)
        self.table.activated.connect(lambda _i: self.edit_meeting())
        self.add_button = QPushButton(self.meetings_box)
        self.add_button.setObjectName("add_meeting")
        self.add_button.clicked.connect(self.add_meeting)
        self.edit_button = QPushButton(self.meetings_box)
        self.edit_button.setObjectName("edit_meeting")
        self.edit_button.clicked.connect(self.edit_meeting)
        self.delete_button = QPushButton(self.meetings_box)
        self.delete_button.setObjectName("delete_meeting")
        self.delete_button.clicked.connect(self.delete_meeting)
        self.held_button = QPushButton(self.meetings_box)
        self.held_button.setObjectName("meeting_held")
        self.held_button.clicked.connect(self.mark_held)
        self.suggest_button = QPushButton(self.meetings_box)
        self.suggest_button.setObjectName("suggest_connectors")
        self.suggest_button.clicked.connect(self.suggest_connectors)
        self.network_button = QPushButton(self.meetings_box)
        self.network_button.setObjectName("network")
        self.network_button.clicked.connect(self.show_network)
        # two rows, so that the tab fits a 1366-pixel screen in the longer languages: a new
        # meeting and the drawing above, what is done to the selected meeting below
        new_row = QHBoxLayout()
        for b in (self.add_button, self.suggest_button):
            new_row.addWidget(b)
        new_row.addStretch(1)
        new_row.addWidget(self.network_button)
        selected_row = QHBoxLayout()
        for b in (self.edit_button, self.held_button, self.delete_button):
            selected_row.addWidget(b)
        selected_row.addStretch(1)
        box = QVBoxLayout(self.meetings_box)
        box.addWidget(self.table, 1)
        box.addLayout(new_row)
        box.addLayout(selected_row)
        order = (
            self.table,
            self.add_button,
            self.suggest_button,
            self.network_button,
            self.edit_button,
            self.held_button,
            self.delete_button,
        )  # Tab goes through them as they are shown
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)

        self.referrals = RecordSection(
            self.store,
            view.participant_id,
            "referral",
            ["connector_id", "status", "happened_on", "meeting_id"],
            ["status", "happened_on"],
            lambda: translate("Meetings", "Referrals to follow"),
            parent=self,
        )
        self.referrals.add_button.hide()
        self.happened_button = QPushButton(self.referrals)
        self.happened_button.setObjectName("referral_happened")
        self.happened_button.clicked.connect(self.mark_happened)
        self.referrals.button_row.insertWidget(0, self.happened_button)
        self.referrals.view.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons()
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        # recruiting: a participant who found work can become a connector (the records linked)
        self.recruit_label = QLabel(self)
        self.recruit_label.setObjectName("connector_since")
        self.recruit_button = QPushButton(self)
        self.recruit_button.setObjectName("become_connector")
        self.recruit_button.clicked.connect(self.become_connector)
        top = QHBoxLayout()
        top.addWidget(self.recruit_label)
        top.addWidget(self.recruit_button)
        top.addStretch(1)
        parts = QHBoxLayout()
        parts.addWidget(self.meetings_box, 4)  # five columns, the notes among them
        parts.addWidget(self.referrals, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(parts, 1)
        self.person: dict | None = None
        self.linked: dict | None = None
        self.has_job = False
        self.meetings: list[dict] = []
        self.all_referrals: list[dict] = []
        self.dialog: MeetingDialog | None = None
        self.network_dialog = None  # the network drawn, once opened
        self.retranslate()
        self._update_buttons()

    def set_data(self, person: dict, data: dict) -> None:
        from desktop.services import recruiting

        self.person, self.has_job = person, bool(data.get("employment_outcome"))
        self.linked = recruiting.connector_of(self.store, person["id"])
        self._show_recruiting()
        self.meetings = sorted(
            data.get("connector_meeting", []), key=lambda m: m["met_on"], reverse=True
        )
        dates = {m["id"]: m["met_on"] for m in self.meetings}
        refs = []
        for r in data.get("referral", []):
            r = dict(r)
            r["meeting_date"] = format_date(dates.get(r["meeting_id"]), fmt="medium")
            refs.append(r)
        order = {
            E.ReferralStatus.PENDING.value: 0,
            E.ReferralStatus.HAPPENED.value: 1,
            E.ReferralStatus.CANCELLED.value: 2,
        }
        refs.sort(key=lambda r: (order.get(r["status"], 3), r.get("connector_name") or ""))
        self.all_referrals = refs
        selected = self.selected_meeting()
        self.model.set_rows(self.meetings)
        fit_columns(self.table)
        if selected:
            for i, m in enumerate(self.meetings):
                if m["id"] == selected["id"]:
                    self.table.selectRow(i)
        # to follow: the pending ones (those that happened or were cancelled are in their meeting)
        self.referrals.set_rows([r for r in refs if r["status"] == E.ReferralStatus.PENDING.value])
        self._update_buttons()

    def selected_meeting(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        meeting = self.selected_meeting()
        has = meeting is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.held_button.setEnabled(
            meeting is not None and meeting.get("status") == E.MeetingStatus.PLANNED.value
        )
        ref = self.referrals.selected()
        self.happened_button.setEnabled(
            ref is not None and ref.get("status") != E.ReferralStatus.HAPPENED.value
        )

    def _show_recruiting(self) -> None:
        from desktop.services import recruiting

        self.recruit_button.setVisible(self.linked is None and self.has_job)
        self.recruit_label.setVisible(self.linked is not None)
        if self.linked is not None:
            self.recruit_label.setText(
                translate("Recruiting", "Connector since {date}").format(
                    date=format_date(recruiting.since(self.linked), fmt="medium")
                )
            )

    def become_connector(self) -> RecordDialog | None:
        """A connector record prefilled from the participant; saving it links the two."""
        from desktop.services import recruiting

        person = self.person
        if person is None:
            return None
        pid = self.view.participant_id

        def make() -> RecordDialog:
            values = recruiting.prefill(self.store, person)
            return RecordDialog(
                "connector",
                translate("Recruiting", "Become a connector"),
                lambda v: jobs.runner().write(lambda: recruiting.recruit(self.store, pid, v)),
                values=values,
                fields=RECRUIT_FIELDS,
                store=self.store,
                parent=self,
            )

        dialog = open_once(f"connector:new:{pid}", make, self)
        if dialog is not None:
            self.dialog = dialog
        return dialog

    def add_meeting(self) -> MeetingDialog | None:
        pid = self.view.participant_id
        return self._open(
            f"connector_meeting:new:{pid}", lambda: MeetingDialog(self.store, pid, parent=self)
        )

    def suggest_connectors(self):
        """Suggested connectors, best first; the one chosen starts a new meeting record."""
        from desktop.ui.connectors.suggestions import SuggestionsDialog

        chooser = SuggestionsDialog(self.store, self.view.participant_id, self)
        chooser.accepted.connect(lambda: self._meet_chosen(chooser.chosen))
        chooser.finished.connect(chooser.deleteLater)
        chooser.open()
        return chooser

    def show_network(self):
        """The participant's network drawn: whom they met, and through whom (printable)."""
        from desktop.ui.participants.network import NetworkDialog

        person = self.person or {}
        name = " ".join(x for x in (person.get("first_name"), person.get("last_name")) if x)
        dialog = NetworkDialog(self.store, self.view.participant_id, name, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.network_dialog = dialog
        return dialog

    def _meet_chosen(self, connector_id: str | None) -> None:
        dialog = self.add_meeting() if connector_id else None
        if dialog is not None:
            dialog.form.set_values({"connector_id": connector_id}, clean=False)

    def edit_meeting(self, meeting: dict | None = None) -> MeetingDialog | None:
        """Edit the selected meeting (or ``meeting``) as stored now, with its referrals; one
        already open in a form is brought to the front."""
        meeting = meeting or self.selected_meeting()
        if meeting is None:
            return None

        def make() -> MeetingDialog | None:
            try:
                stored = records.get(self.store, "connector_meeting", meeting["id"])
            except UserError as exc:  # deleted meanwhile
                errors.show_error(self, exc)
                return None
            refs = sorted(
                records.list_all(self.store, "referral", meeting_id=meeting["id"]),
                key=lambda r: r["id"],
            )
            return MeetingDialog(self.store, self.view.participant_id, stored, refs, parent=self)

        return self._open(f"connector_meeting:{meeting['id']}", make)

    def _open(self, key: str, make) -> MeetingDialog | None:
        dialog = open_once(key, make, self)
        if dialog is not None:
            self.dialog = dialog
        return dialog

    def delete_meeting(self) -> None:
        meeting = self.selected_meeting()
        if meeting is None:
            return
        if (
            errors.ask(
                self,
                translate(
                    "Meetings", "Delete this meeting and its referrals? This cannot be undone."
                ),
            )
            != "yes"
        ):
            return
        try:
            # its referrals go with it
            jobs.runner().write(
                lambda: records.delete(self.store, "connector_meeting", meeting["id"])
            )
        except UserError as exc:
            errors.show_error(self, exc)
            return
        log.info("connector meeting deleted for participant %s", self.view.participant_id)

    def mark_held(self) -> None:
        """The selected planned meeting took place: held, in one action (dated today if it
        was planned for a day still to come)."""
        from desktop.services import meetings as meetings_service

        meeting = self.selected_meeting()
        if meeting is None:
            return
        try:
            jobs.runner().write(lambda: meetings_service.mark_held(self.store, meeting["id"]))
        except UserError as exc:
            errors.show_error(self, exc)
            data_changed({"connector_meeting"})  # nothing written: show it as it is now
            return
        log.info("connector meeting held for participant %s", self.view.participant_id)

    def mark_happened(self) -> None:
        ref = self.referrals.selected()
        if ref is None:
            return
        try:
            jobs.runner().write(
                lambda: records.update(
                    self.store,
                    "referral",
                    ref["id"],
                    {
                        "status": E.ReferralStatus.HAPPENED.value,
                        "happened_on": ref.get("happened_on") or date.today(),
                    },
                )
            )
        except UserError as exc:
            errors.show_error(self, exc)

    def retranslate(self) -> None:
        self.meetings_box.setTitle(translate("Meetings", "Meetings with connectors"))
        self.table.setAccessibleName(translate("Meetings", "Meetings with connectors"))
        self.suggest_button.setText(translate("Meetings", "S&uggest connectors…"))
        self.network_button.setText(translate("Meetings", "Net&work…"))
        self.network_button.setToolTip(
            translate("Meetings", "Whom the participant met, and through whom: a drawing to print")
        )
        self.add_button.setText(translate("Meetings", "&Record a meeting…"))
        self.edit_button.setText(translate("Meetings", "Edit &meeting…"))
        self.delete_button.setText(translate("Meetings", "Delete meeting"))
        self.held_button.setText(translate("Meetings", "Mar&k as held"))
        self.held_button.setToolTip(
            translate(
                "Meetings",
                "The planned meeting took place (dated today if it was planned for a later day)",
            )
        )
        self.happened_button.setText(translate("Meetings", "Mark as &happened"))
        self.recruit_button.setText(translate("Recruiting", "Become a connector…"))
        self._show_recruiting()
        self.model.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
