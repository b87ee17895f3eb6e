"""The meeting dialog of the Connector meetings tab: a meeting with a connector (date,
planned, held or cancelled, in person or virtual, notes) and the connectors it referred the
participant to (desktop.ui.participants.referrals), saved together in one action. A meeting
planned may be dated ahead; one held cannot."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import enums as E
from desktop.domain.messages import UserError, ValidationError
from desktop.domain.schema import KINDS
from desktop.i18n import render, translate
from desktop.i18n.values import value_text
from desktop.services import accounts, records
from desktop.services import meetings as meetings_service
from desktop.storage.drafts import Drafts
from desktop.storage.store import Store
from desktop.ui import errors, jobs
from desktop.ui.pages.lab_attendance import lock_field
from desktop.ui.participants.referrals import ERROR_STYLE, ReferralRow, ReferralsEditor
from desktop.ui.widgets.conflict_panel import ConflictPanel
from desktop.ui.widgets.draft_keeper import CLOSE, SAVE, DraftKeeper
from desktop.ui.widgets.geometry import fit_to_screen
from desktop.ui.widgets.record_form import RecordForm

log = logging.getLogger("milma.ui.participants")

MEETING_FIELDS = ["connector_id", "met_on", "status", "mode", "recorded_by", "notes"]


class MeetingDialog(QDialog):
    """Record (or edit) a meeting with a connector and the connectors it referred to, saved
    in one action. An edit is given the records as stored (with their stamps): a save over
    a change made meanwhile is refused, showing both values."""

    def __init__(
        self,
        store: Store,
        participant_id: str,
        meeting: dict | None = None,
        referrals: list[dict] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("MeetingDialog")
        self.store = store
        self.participant_id = participant_id
        self.meeting = meeting
        self.saved: dict | None = None
        self.drafts = Drafts(store.data_dir)
        self.key = self.record_key = (
            f"connector_meeting:{meeting['id']}"
            if meeting
            else f"connector_meeting:new:{participant_id}"
        )
        # the stamps of what is shown: record id -> field -> [clock, device]
        self.seen = (
            {r["id"]: records.stamps_of(r) for r in [meeting, *(referrals or [])] if "stamps" in r}
            if meeting and "stamps" in meeting
            else None
        )
        self.stale = None
        self._baseline: dict | None = None
        self.keeper = DraftKeeper(self, self.drafts, self.key, self.values, self.is_dirty)

        self.form = RecordForm("connector_meeting", MEETING_FIELDS, store, self)
        self.referral_box = ReferralsEditor(store, self)
        self.referral_box.edited.connect(self._changed)
        self.referral_box.edited.connect(self._allow_referrals)
        self.form.input("status").edited.connect(self._allow_referrals)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.conflict = ConflictPanel(self)
        self.conflict.keep_mine.connect(self.keep_mine)
        self.conflict.take_saved.connect(self.take_saved)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.referral_box)
        layout.addWidget(self.message)
        layout.addWidget(self.conflict)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        prev = self.form.widget(MEETING_FIELDS[-1])
        for w in self.referral_box.inputs():
            QWidget.setTabOrder(prev, w)
            prev = w
        QWidget.setTabOrder(prev, self.buttons.button(QDialogButtonBox.StandardButton.Save))

        self._load(meeting, referrals or [])
        self.form.changed.connect(self._changed)
        self._offered = self._offered_done = False
        self.retranslate()
        fit_to_screen(self, max(self.sizeHint().width(), 640))

    @property
    def rows(self) -> list[ReferralRow]:
        return self.referral_box.rows

    # ---- values -----------------------------------------------------------------------
    def _load(self, meeting: dict | None, referrals: list[dict]) -> None:
        account = accounts.current(self.store)
        if meeting:
            self.form.set_values(meeting)
        else:
            self.form.set_values(
                {
                    "met_on": date.today(),
                    "status": E.MeetingStatus.HELD.value,
                    "mode": E.MeetingMode.IN_PERSON.value,
                    "recorded_by": account.technician_id if account else None,
                }
            )
        if account is not None:  # who logged it is the account's technician, not a choice
            lock_field(
                self.form,
                "recorded_by",
                meeting.get("recorded_by") if meeting else account.technician_id,
                translate("Participant", "The technician of the account that records it."),
            )
        self.referral_box.load(referrals)
        self._allow_referrals()
        self._baseline = self.values()

    def values(self) -> dict:
        return {**self.form.values(), **self.referral_box.values()}

    def set_values(self, values: dict) -> None:
        locked = {"recorded_by"} if accounts.current(self.store) is not None else set()
        self.form.set_values(
            {k: v for k, v in values.items() if k in MEETING_FIELDS and k not in locked},
            clean=False,
        )
        self.referral_box.set_values(values)
        self._allow_referrals()

    def _allow_referrals(self) -> None:
        self.referral_box.allow(self.form.values().get("status") == E.MeetingStatus.HELD.value)

    def is_dirty(self) -> bool:
        return self._baseline is not None and self.values() != self._baseline

    def _changed(self) -> None:
        self.message.hide()
        self.keeper.edited()

    # ---- drafts -----------------------------------------------------------------------
    def save_draft(self) -> None:
        """Keep the draft now (what the keeper does a moment after each edit)."""
        self.keeper.keep()

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
        draft = self.keeper.load()
        if draft is not None:
            if (
                errors.ask(
                    self,
                    translate(
                        "Meetings",
                        "This meeting has unsaved changes kept from an earlier session. Restore"
                        " them?",
                    ),
                )
                == "yes"
            ):
                self.set_values(draft)
            else:
                self.keeper.discard()

    def resume_draft(self) -> bool:
        """Put the kept draft in the form without asking (the user chose to resume it)."""
        self._offered_done = True
        draft = self.keeper.load()
        if draft is None:
            return False
        self.set_values(draft)
        return True

    # ---- saving -----------------------------------------------------------------------
    def check_referrals(self) -> bool:
        return self.referral_box.check(self.form.values().get("connector_id"))

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
            referrals = self.referral_box.to_save()
            meeting = jobs.runner().write(
                lambda: meetings_service.save_meeting(
                    self.store,
                    self.participant_id,
                    values,
                    referrals,
                    meeting_id=self.meeting["id"] if self.meeting else None,
                    seen=self.seen,
                )
            )
        except records.StaleRecord as exc:
            self.show_stale(exc)
            return False
        except meetings_service.ReferralError as exc:
            self.referral_box.show_error(exc.index, exc.problems[0].message)
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
        self.keeper.finish()
        log.info("connector meeting saved for participant %s", self.participant_id)
        super().accept()
        return True

    # ---- the meeting or a referral changed since it was opened ----------------------------
    def _field_of(self, difference) -> tuple[str | tuple[int, str], str]:
        """Where a changed field is shown: (the form's field name, or the referral row's
        editor) and its label."""
        if difference.kind == "connector_meeting":
            return difference.field, self.form.field_label(difference.field)
        index = self.referral_box.index_of(difference.row_id)
        label = translate("Field", KINDS["referral"].field(difference.field).label)
        return (index, difference.field), translate("Meetings", "Referral {n}: {field}").format(
            n=index + 1, field=label
        )

    def _value_text(self, difference, value) -> str:
        if difference.kind == "connector_meeting":
            return self.form.value_text(difference.field, value)
        if difference.field == "connector_id":
            return self.referral_box.connector_text(value)
        return value_text("referral", difference.field, value)

    def show_stale(self, exc) -> None:
        self.stale = exc
        was_shown = self.conflict.isVisible()
        self.conflict.show_differences(
            render(exc.message),
            [
                (self._field_of(d)[1], self._value_text(d, d.stored), self._value_text(d, d.yours))
                for d in exc.differences
            ],
        )
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
        meeting = {
            d.field: d.stored for d in self.stale.differences if d.kind == "connector_meeting"
        }
        self.form.take_stored(meeting)
        for d in self.stale.differences:
            if d.kind == "referral":
                (index, name), _label = self._field_of(d)
                self.referral_box.take_stored(index, name, d.stored)
                self._baseline[f"referral{index}_{name}"] = d.stored
        self._baseline.update(meeting)
        self.seen = {**(self.seen or {}), **self.stale.stamps}
        self.stale = None
        self.conflict.hide()

    def reject(self) -> None:
        step = self.keeper.leaving(
            lambda: errors.ask(self, translate("Meetings", "Save this meeting?"), discard=True)
        )
        if step == SAVE:
            self.save()
        elif step == CLOSE:
            super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.keeper.must_ask():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.keeper.hidden()
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(
            translate("Meetings", "Edit meeting with a connector")
            if self.meeting
            else translate("Meetings", "Meeting with a connector")
        )
        self.referral_box.retranslate()
        self.conflict.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
