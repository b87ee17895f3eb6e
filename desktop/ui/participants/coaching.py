"""The Coaching sessions tab: the sessions, the notes and agreed actions of the one selected,
and the dialog to log a session (date and time, duration, individual or group, topics, notes,
agreed actions, next appointment)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.domain.schema import KINDS
from desktop.i18n import translate
from desktop.ui.participants.sections import RecordSection

FIELDS = [
    "starts_at",
    "duration_minutes",
    "kind",
    "topics",
    "notes",
    "agreed_actions",
    "next_appointment",
    "technician_id",
]
COLUMNS = ["starts_at", "duration_minutes", "kind", "topics", "next_appointment", "technician_id"]


def _now_rounded() -> datetime:
    now = datetime.now().replace(second=0, microsecond=0)
    return now - timedelta(minutes=now.minute % 15)


class CoachingTab(QWidget):
    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.setObjectName("tab_coaching")
        self.sessions = RecordSection(
            view.store,
            view.participant_id,
            "coaching_session",
            COLUMNS,
            FIELDS,
            lambda: translate("Participant", "Coaching sessions"),
            defaults=lambda: {
                "starts_at": _now_rounded(),
                "duration_minutes": 60,
                "kind": "individual",
                "technician_id": view.store.meta.get("technician_id") or None,
            },
            add_text=lambda: translate("Participant", "&Log a session…"),
            parent=self,
        )
        self.notes_box = QGroupBox(self)
        self.notes_title = QLabel(self.notes_box)
        self.notes = QTextBrowser(self.notes_box)
        self.notes.setObjectName("session_notes")
        self.actions_title = QLabel(self.notes_box)
        self.agreed_actions = QTextBrowser(self.notes_box)
        self.agreed_actions.setObjectName("session_actions")
        box = QVBoxLayout(self.notes_box)
        box.addWidget(self.notes_title)
        box.addWidget(self.notes, 2)
        box.addWidget(self.actions_title)
        box.addWidget(self.agreed_actions, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.sessions, 3)
        layout.addWidget(self.notes_box, 2)
        self.sessions.view.selectionModel().selectionChanged.connect(
            lambda *_a: self._show_selected()
        )
        self.retranslate()

    def set_data(self, person: dict, data: dict) -> None:
        rows = sorted(data.get("coaching_session", []), key=lambda r: r["starts_at"], reverse=True)
        self.sessions.set_rows(rows)
        if rows and self.sessions.selected() is None:
            self.sessions.view.selectRow(0)
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.sessions.selected()
        self.notes.setPlainText((row or {}).get("notes") or "")
        self.agreed_actions.setPlainText((row or {}).get("agreed_actions") or "")

    def retranslate(self) -> None:
        spec = KINDS["coaching_session"]
        self.notes_box.setTitle(translate("Participant", "Selected session"))
        self.notes_title.setText(translate("Field", spec.field("notes").label))
        self.actions_title.setText(translate("Field", spec.field("agreed_actions").label))
        self.notes.setAccessibleName(translate("Field", spec.field("notes").label))
        self.agreed_actions.setAccessibleName(
            translate("Field", spec.field("agreed_actions").label)
        )

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
