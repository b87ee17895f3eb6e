"""The Connector meetings tab: meetings with a connector (date, in person or virtual, notes)
and the up to three connectors the participant was referred to, each followed (pending,
happened, cancelled) until it has happened."""

from __future__ import annotations

import dataclasses
import logging
from datetime import date

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import enums as E
from desktop.domain.messages import (
    QT_TRANSLATE_NOOP,
    Message,
    UserError,
    ValidationError,
)
from desktop.domain.schema import KINDS
from desktop.i18n import format_date, render, translate
from desktop.services import meetings as meetings_service
from desktop.services import records
from desktop.storage.store import Store
from desktop.ui import errors, jobs
from desktop.ui.events import data_changed
from desktop.ui.participants.sections import RecordSection, RecordsModel, fit_columns, make_table
from desktop.ui.widgets.conflict_panel import ConflictPanel
from desktop.ui.widgets.drafts import Drafts
from desktop.ui.widgets.editors import editor_for
from desktop.ui.widgets.geometry import fit_to_screen
from desktop.ui.widgets.record_form import RecordDialog, RecordForm, open_once, ref_label

log = logging.getLogger("milma.ui.participants")

MAX_REFERRALS = 3
MEETING_FIELDS = ["connector_id", "met_on", "mode", "notes"]
RECRUIT_FIELDS = ["full_name", "field", "occupation_group", "languages", "neighbourhood", "availability", "origin",
                  "capacity", "contact_consent_on", "phone", "email"]
ERROR_STYLE = "color: #b3261e;"
DRAFT_DELAY_MS = 1000

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


class MeetingDialog(QDialog):
    """Record (or edit) a meeting with a connector and the connectors it referred to, saved
    in one action. An edit is given the records as stored (with their stamps): a save over
    a change made meanwhile is refused, showing both values."""

    def __init__(self, store: Store, participant_id: str, meeting: dict | None = None,
                 referrals: list[dict] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MeetingDialog")
        self.store = store
        self.participant_id = participant_id
        self.meeting = meeting
        self.saved: dict | None = None
        self.drafts = Drafts(store.data_dir)
        self.key = self.record_key = (f"connector_meeting:{meeting['id']}" if meeting
                                      else f"connector_meeting:new:{participant_id}")
        # the stamps of what is shown: record id -> field -> [clock, device]
        self.seen = ({r["id"]: records.stamps_of(r) for r in [meeting, *(referrals or [])] if "stamps" in r}
                     if meeting and "stamps" in meeting else None)
        self.stale = None
        self._decided = False
        self._baseline: dict | None = None
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)

        self.form = RecordForm("connector_meeting", MEETING_FIELDS, store, self)
        self.referral_box = QGroupBox(self)
        grid = QGridLayout(self.referral_box)
        self.head_connector, self.head_status, self.head_date = (QLabel(self.referral_box) for _ in range(3))
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
            row = ReferralRow(self.referral_box)
            row.connector.set_choices(choices)
            row.connector.setObjectName(f"referral{i}_connector")
            row.status.setObjectName(f"referral{i}_status")
            row.happened_on.setObjectName(f"referral{i}_happened_on")
            grid.addWidget(row.connector, 1 + i * 2, 0)
            grid.addWidget(row.status, 1 + i * 2, 1)
            grid.addWidget(row.happened_on, 1 + i * 2, 2)
            grid.addWidget(row.error, 2 + i * 2, 0, 1, 3)
            for w in (row.connector, row.status, row.happened_on):
                w.edited.connect(self._changed)
            row.status.edited.connect(lambda r=row: self._status_changed(r))
            self.rows.append(row)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.conflict = ConflictPanel(self)
        self.conflict.keep_mine.connect(self.keep_mine)
        self.conflict.take_saved.connect(self.take_saved)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.referral_box)
        layout.addWidget(self.message)
        layout.addWidget(self.conflict)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        prev = self.form.widget(MEETING_FIELDS[-1])
        for row in self.rows:
            for w in (row.connector, row.status, row.happened_on):
                QWidget.setTabOrder(prev, w)
                prev = w
        QWidget.setTabOrder(prev, self.buttons.button(QDialogButtonBox.StandardButton.Save))

        self._load(meeting, referrals or [])
        self.form.changed.connect(self._changed)
        self._offered = self._offered_done = False
        self.retranslate()
        fit_to_screen(self, max(self.sizeHint().width(), 640))

    # ---- values -----------------------------------------------------------------------
    def _load(self, meeting: dict | None, referrals: list[dict]) -> None:
        if meeting:
            self.form.set_values(meeting)
        else:
            self.form.set_values({"met_on": date.today(), "mode": E.MeetingMode.IN_PERSON.value})
        for row, ref in zip(self.rows, referrals[:MAX_REFERRALS], strict=False):
            row.set_values(ref)
        self._baseline = self.values()

    def values(self) -> dict:
        out = dict(self.form.values())
        for i, row in enumerate(self.rows):
            for k, v in row.values().items():
                out[f"referral{i}_{k}"] = v
        return out

    def set_values(self, values: dict) -> None:
        self.form.set_values({k: v for k, v in values.items() if k in MEETING_FIELDS}, clean=False)
        for i, row in enumerate(self.rows):
            row.connector.set_value(values.get(f"referral{i}_connector_id"))
            row.status.set_value(values.get(f"referral{i}_status") or E.ReferralStatus.PENDING.value)
            row.happened_on.set_value(values.get(f"referral{i}_happened_on"))

    def is_dirty(self) -> bool:
        return self._baseline is not None and self.values() != self._baseline

    def _changed(self) -> None:
        self.message.hide()
        if self.is_dirty():
            self._draft_timer.start()

    def _status_changed(self, row: ReferralRow) -> None:
        if row.status.get_value() == E.ReferralStatus.HAPPENED.value and row.happened_on.get_value() is None:
            row.happened_on.set_value(date.today())

    # ---- drafts -----------------------------------------------------------------------
    def save_draft(self) -> None:
        if not self._decided and self.is_dirty():
            try:
                self.drafts.save(self.key, self.values())
            except OSError as exc:
                log.warning("could not keep a draft: %s", type(exc).__name__)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._offered:
            self._offered = True
            QTimer.singleShot(0, self, self.offer_draft)

    def offer_draft(self) -> None:
        """If a draft of this meeting survived (a crash, a flat battery), offer it back."""
        if self._offered_done:
            return
        self._offered_done = True
        draft = self.drafts.load(self.key)
        if draft is not None:
            if errors.ask(self, translate(
                    "Meetings", "This meeting has unsaved changes kept from an earlier session. Restore them?")) == "yes":
                self.set_values(draft)
            else:
                self.drafts.discard(self.key)

    def resume_draft(self) -> bool:
        """Put the kept draft in the form without asking (the user chose to resume it)."""
        self._offered_done = True
        draft = self.drafts.load(self.key)
        if draft is None:
            return False
        self.set_values(draft)
        return True

    # ---- saving -----------------------------------------------------------------------
    def check_referrals(self) -> bool:
        meeting_connector = self.form.values().get("connector_id")
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

    def save(self) -> bool:
        self.form.clear_errors()
        self.message.hide()
        referrals_ok = self.check_referrals()
        values = {**self.form.values(), "participant_id": self.participant_id}
        typed = self.form.input_problems()
        if typed:
            self.form.show_errors(ValidationError(typed))
            return False
        if not referrals_ok:
            try:  # show the meeting's own problems too
                from desktop.domain.validation import validate

                validate("connector_meeting", values)
            except ValidationError as exc:
                self.form.show_errors(exc)
            return False
        try:
            meeting = meetings_service.save_meeting(
                self.store, self.participant_id, values, [(row.referral_id, row.values()) for row in self.rows],
                meeting_id=self.meeting["id"] if self.meeting else None, seen=self.seen)
        except records.StaleRecord as exc:
            self.show_stale(exc)
            return False
        except meetings_service.ReferralError as exc:
            self.rows[exc.index].show_error(exc.problems[0].message)
            return False
        except ValidationError as exc:
            self.form.show_errors(exc)
            return False
        except UserError as exc:
            self.message.setText(render(exc.message))
            self.message.show()
            return False
        self.saved = meeting
        self.stale = None
        self.conflict.hide()
        self._decided = True
        self._draft_timer.stop()
        self.drafts.discard(self.key)
        log.info("connector meeting saved for participant %s", self.participant_id)
        data_changed({"connector_meeting", "referral"})
        super().accept()
        return True

    # ---- the meeting or a referral changed since it was opened ----------------------------
    def _field_of(self, difference) -> tuple[str, object]:
        """Where a changed field is shown: (the form's field name, or the referral row's
        editor) and its label."""
        if difference.kind == "connector_meeting":
            return difference.field, self.form.field_label(difference.field)
        index = next((i for i, r in enumerate(self.rows) if r.referral_id == difference.row_id), 0)
        label = translate("Field", KINDS["referral"].field(difference.field).label)
        return (index, difference.field), translate("Meetings", "Referral {n}: {field}").format(n=index + 1, field=label)

    def _value_text(self, difference, value) -> str:
        if difference.kind == "connector_meeting":
            return self.form.value_text(difference.field, value)
        if difference.field == "connector_id":
            return next((t for v, t in self.rows[0].connector.choices if v == value), "" if value is None else str(value))
        from desktop.ui.pages.table import show_value

        return show_value("referral", difference.field, value)

    def show_stale(self, exc) -> None:
        self.stale = exc
        was_shown = self.conflict.isVisible()
        self.conflict.show_differences(render(exc.message), [
            (self._field_of(d)[1], self._value_text(d, d.stored), self._value_text(d, d.yours))
            for d in exc.differences])
        if not was_shown:  # room for the comparison (within the screen)
            fit_to_screen(self, self.width(), self.height() + self.conflict.sizeHint().height())

    def keep_mine(self) -> None:
        """Save what is shown here over the values saved meanwhile (now seen)."""
        if self.stale is not None:
            self.seen = {**(self.seen or {}), **self.stale.stamps}
            self.conflict.hide()
            self.save()

    def take_saved(self) -> None:
        """Show the values saved meanwhile; other changes typed here stay."""
        if self.stale is None:
            return
        meeting = {d.field: d.stored for d in self.stale.differences if d.kind == "connector_meeting"}
        self.form.take_stored(meeting)
        for d in self.stale.differences:
            if d.kind == "referral":
                (index, name), _label = self._field_of(d)
                getattr(self.rows[index], "happened_on" if name == "happened_on" else
                        "status" if name == "status" else "connector").set_value(d.stored)
                self._baseline[f"referral{index}_{name}"] = d.stored
        self._baseline.update(meeting)
        self.seen = {**(self.seen or {}), **self.stale.stamps}
        self.stale = None
        self.conflict.hide()

    def reject(self) -> None:
        if not self._decided and self.is_dirty():
            answer = errors.ask(self, translate("Meetings", "Save this meeting?"), discard=True)
            if answer == "save":
                self.save()
                return
            if answer == "cancel":
                return
        self._decided = True
        self._draft_timer.stop()
        self.drafts.discard(self.key)
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self._decided and self.is_dirty():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.save_draft()
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Meetings", "Edit meeting with a connector") if self.meeting
                            else translate("Meetings", "Meeting with a connector"))
        self.referral_box.setTitle(translate("Meetings", "Referred to (up to three connectors)"))
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
        self.conflict.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MeetingsTab(QWidget):
    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.store = view.store
        self.setObjectName("tab_meetings")
        self.meetings_box = QGroupBox(self)
        self.model = RecordsModel("connector_meeting", ["met_on", "connector_id", "mode", "notes"], self)
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
        self.suggest_button = QPushButton(self.meetings_box)
        self.suggest_button.setObjectName("suggest_connectors")
        self.suggest_button.clicked.connect(self.suggest_connectors)
        buttons = QHBoxLayout()
        for b in (self.suggest_button, self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QVBoxLayout(self.meetings_box)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)

        self.referrals = RecordSection(
            self.store, view.participant_id, "referral", ["connector_id", "status", "happened_on", "meeting_id"],
            ["status", "happened_on"], lambda: translate("Meetings", "Referrals to follow"), parent=self)
        self.referrals.add_button.hide()
        self.happened_button = QPushButton(self.referrals)
        self.happened_button.setObjectName("referral_happened")
        self.happened_button.clicked.connect(self.mark_happened)
        self.referrals.layout().itemAt(1).layout().insertWidget(0, self.happened_button)
        self.referrals.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
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
        parts.addWidget(self.meetings_box, 1)
        parts.addWidget(self.referrals, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(parts, 1)
        self.person: dict | None = None
        self.linked: dict | None = None
        self.has_job = False
        self.meetings: list[dict] = []
        self.all_referrals: list[dict] = []
        self.dialog: MeetingDialog | None = None
        self.retranslate()
        self._update_buttons()

    def set_data(self, person: dict, data: dict) -> None:
        from desktop.services import recruiting

        self.person, self.has_job = person, bool(data.get("employment_outcome"))
        self.linked = recruiting.connector_of(self.store, person["id"])
        self._show_recruiting()
        self.meetings = sorted(data.get("connector_meeting", []), key=lambda m: m["met_on"], reverse=True)
        dates = {m["id"]: m["met_on"] for m in self.meetings}
        refs = []
        for r in data.get("referral", []):
            r = dict(r)
            r["meeting_date"] = format_date(dates.get(r["meeting_id"]), fmt="medium")
            refs.append(r)
        order = {E.ReferralStatus.PENDING.value: 0, E.ReferralStatus.HAPPENED.value: 1, E.ReferralStatus.CANCELLED.value: 2}
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
        has = self.selected_meeting() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        ref = self.referrals.selected()
        self.happened_button.setEnabled(ref is not None and ref.get("status") != E.ReferralStatus.HAPPENED.value)

    def _show_recruiting(self) -> None:
        from desktop.services import recruiting

        self.recruit_button.setVisible(self.linked is None and self.has_job)
        self.recruit_label.setVisible(self.linked is not None)
        if self.linked is not None:
            self.recruit_label.setText(translate("Recruiting", "Connector since {date}").format(
                date=format_date(recruiting.since(self.linked), fmt="medium")))

    def become_connector(self) -> RecordDialog | None:
        """A connector record prefilled from the participant; saving it links the two."""
        from desktop.services import recruiting

        if self.person is None:
            return None
        pid = self.view.participant_id

        def make() -> RecordDialog:
            values = recruiting.prefill(self.store, self.person)
            return RecordDialog("connector", translate("Recruiting", "Become a connector"),
                                lambda v: jobs.runner().write(lambda: recruiting.recruit(self.store, pid, v)),
                                values=values, fields=RECRUIT_FIELDS, store=self.store, parent=self)

        dialog = open_once(f"connector:new:{pid}", make, self)
        if dialog is not None:
            self.dialog = dialog
        return dialog

    def add_meeting(self) -> MeetingDialog:
        pid = self.view.participant_id
        return self._open(f"connector_meeting:new:{pid}", lambda: MeetingDialog(self.store, pid, parent=self))

    def suggest_connectors(self):
        """Suggested connectors, best first; the one chosen starts a new meeting record."""
        from desktop.ui.connectors.suggestions import SuggestionsDialog

        chooser = SuggestionsDialog(self.store, self.view.participant_id, self)
        chooser.accepted.connect(lambda: self._meet_chosen(chooser.chosen))
        chooser.finished.connect(chooser.deleteLater)
        chooser.open()
        return chooser

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
            refs = sorted(records.list_all(self.store, "referral", meeting_id=meeting["id"]), key=lambda r: r["id"])
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
        if errors.ask(self, translate("Meetings", "Delete this meeting and its referrals? This cannot be undone.")) != "yes":
            return
        try:
            records.delete(self.store, "connector_meeting", meeting["id"])  # its referrals go with it
        except UserError as exc:
            errors.show_error(self, exc)
            return
        log.info("connector meeting deleted for participant %s", self.view.participant_id)
        data_changed({"connector_meeting", "referral"})

    def mark_happened(self) -> None:
        ref = self.referrals.selected()
        if ref is None:
            return
        try:
            records.update(self.store, "referral", ref["id"], {"status": E.ReferralStatus.HAPPENED.value,
                                                                "happened_on": ref.get("happened_on") or date.today()})
        except UserError as exc:
            errors.show_error(self, exc)
            return
        data_changed({"referral"})

    def retranslate(self) -> None:
        self.meetings_box.setTitle(translate("Meetings", "Meetings with connectors"))
        self.table.setAccessibleName(translate("Meetings", "Meetings with connectors"))
        self.suggest_button.setText(translate("Meetings", "S&uggest connectors…"))
        self.add_button.setText(translate("Meetings", "&Record a meeting…"))
        self.edit_button.setText(translate("Meetings", "Edit &meeting…"))
        self.delete_button.setText(translate("Meetings", "Delete meeting"))
        self.happened_button.setText(translate("Meetings", "Mark as &happened"))
        self.recruit_button.setText(translate("Recruiting", "Become a connector…"))
        self._show_recruiting()
        self.model.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

