"""A participant's page: a header (name, code, current lab, next appointment), the actions
registered in navigation.PARTICIPANT_ACTIONS, and the tabs Profile, Itinerary, Coaching
sessions, Life story, Connector meetings, Community (introductions to the areas that help
inclusion) and Surveys."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import enums as E
from desktop.domain.messages import NotFound
from desktop.i18n import format_datetime, translate
from desktop.i18n.values import value_text
from desktop.services import itinerary, records
from desktop.storage.store import Store
from desktop.ui import errors, navigation

log = logging.getLogger("milma.ui.participants")


def current_lab(enrolments: list[dict]) -> dict | None:
    """The enrolment that counts now: an ongoing one, else the latest."""
    if not enrolments:
        return None
    ongoing = [e for e in enrolments if e.get("status") == E.EnrolmentStatus.ENROLLED.value]
    pool = ongoing or enrolments
    return max(pool, key=lambda e: e.get("enrolled_on") or datetime.min.date())


def next_appointment(sessions: list[dict], now: datetime | None = None) -> datetime | None:
    now = now or datetime.now()
    times = [
        s["next_appointment"]
        for s in sessions
        if s.get("next_appointment") and s["next_appointment"] >= now
    ]
    times += [s["starts_at"] for s in sessions if s.get("starts_at") and s["starts_at"] >= now]
    return min(times) if times else None


class Header(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("participant_header")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel(self)
        self.name.setObjectName("header_name")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = QLabel(self)
        self.code.setObjectName("header_code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lab = QLabel(self)
        self.lab.setObjectName("header_lab")
        self.appointment = QLabel(self)
        self.appointment.setObjectName("header_appointment")
        grid = QGridLayout(self)
        grid.addWidget(self.name, 0, 0, 1, 3)
        grid.addWidget(self.code, 1, 0)
        grid.addWidget(self.lab, 1, 1)
        grid.addWidget(self.appointment, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        grid.setHorizontalSpacing(24)
        self.person: dict = {}
        self.data: dict = {}

    def set_data(self, person: dict, data: dict) -> None:
        self.person, self.data = person, data
        self.retranslate()

    def retranslate(self) -> None:
        p = self.person
        if not p:
            return
        self.name.setText(
            translate("Participant", "{first} {last}").format(
                first=p.get("first_name") or "", last=p.get("last_name") or ""
            )
        )
        status = value_text(
            "participant", "migrant_status", p.get("migrant_status"), gender=p.get("gender")
        )
        self.code.setText(
            translate("Participant", "Code {code} · {status}").format(
                code=p.get("code") or "", status=status
            )
        )
        lab = current_lab(self.data.get("enrolment", []))
        if lab:
            self.lab.setText(
                translate("Participant", "Current lab: {lab} ({status})").format(
                    lab=lab.get("lab_name") or "",
                    status=value_text("enrolment", "status", lab["status"], gender=p.get("gender")),
                )
            )
        else:
            self.lab.setText(translate("Participant", "Not enrolled in a lab"))
        nxt = next_appointment(self.data.get("coaching_session", []))
        if nxt:
            self.appointment.setText(
                translate("Participant", "Next appointment: {when}").format(
                    when=format_datetime(nxt)
                )
            )
        else:
            self.appointment.setText(translate("Participant", "No appointment planned"))
        self.setAccessibleName(self.name.text())


class ParticipantView(QWidget):
    back_requested = Signal()

    def __init__(self, store: Store, participant_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        from desktop.ui.participants.coaching import CoachingTab
        from desktop.ui.participants.inclusion import InclusionTab
        from desktop.ui.participants.itinerary_tab import ItineraryTab
        from desktop.ui.participants.life_story import LifeStoryTab
        from desktop.ui.participants.meetings_tab import MeetingsTab
        from desktop.ui.participants.profile import ProfileTab
        from desktop.ui.participants.surveys import SurveysTab

        self.store = store
        self.participant_id = participant_id
        self.person = records.get(store, "participant", participant_id)  # NotFound -> caller
        self.setObjectName("participant_view")
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.back_requested.emit)
        self.header = Header(self)
        self.action_buttons: list[tuple[QPushButton, str]] = []
        actions = QHBoxLayout()
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        for key, target, label in navigation.PARTICIPANT_ACTIONS:
            button = QPushButton(self)
            button.setObjectName(f"action_{key}")
            button.clicked.connect(lambda _=False, t=target: self.run_action(t))
            if key in navigation.ACTION_ALLOWED:
                button.setVisible(navigation.resolve(navigation.ACTION_ALLOWED[key])(store))
            actions.addWidget(button)
            self.action_buttons.append((button, label))

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("participant_tabs")
        self.profile = ProfileTab(self)
        self.itinerary = ItineraryTab(self)
        self.coaching = CoachingTab(self)
        self.life_story = LifeStoryTab(self)
        self.meetings = MeetingsTab(self)
        self.inclusion = InclusionTab(self)
        self.surveys = SurveysTab(self)
        self.tab_list: list[
            ProfileTab
            | ItineraryTab
            | CoachingTab
            | LifeStoryTab
            | MeetingsTab
            | InclusionTab
            | SurveysTab
        ] = [
            self.profile,
            self.itinerary,
            self.coaching,
            self.life_story,
            self.meetings,
            self.inclusion,
            self.surveys,
        ]
        for tab in self.tab_list:
            self.tabs.addTab(tab, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        try:
            self.person = records.get(self.store, "participant", self.participant_id)
        except NotFound as exc:
            errors.show_error(self, exc)
            self.back_requested.emit()
            return
        data = itinerary.records_of(self.store, self.participant_id)
        self.header.set_data(self.person, data)
        for tab in self.tab_list:
            tab.set_data(self.person, data)

    def retranslate(self) -> None:
        self.back_button.setText(translate("Participant", "← &Back to the list"))
        self.back_button.setAccessibleName(
            translate("Participant", "Back to the list of participants")
        )
        for button, label in self.action_buttons:
            button.setText(translate("Navigation", label))
        titles = (
            translate("Participant", "&Profile"),
            translate("Participant", "&Itinerary"),
            translate("Participant", "&Coaching sessions"),
            translate("Participant", "&Life story"),
            translate("Participant", "Connector &meetings"),
            translate("Participant", "Communit&y"),
            translate("Participant", "Sur&veys"),
        )
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        self.header.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def run_action(self, target: str) -> None:
        try:
            navigation.resolve(target)(self, self.store, self.participant_id)
        except Exception as exc:  # noqa: BLE001 - shown, logged
            errors.show_error(self, exc)

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)

    def save(self) -> None:
        tab = self.tabs.currentWidget()
        if hasattr(tab, "save"):
            tab.save()

    def can_close(self) -> bool:
        return all(tab.can_close() for tab in self.tab_list if hasattr(tab, "can_close"))
