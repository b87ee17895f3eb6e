"""The Itinerary tab: development-plan goals, lab enrolments, work placements, job outcomes
and the agreed next steps."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import UserError, ValidationError
from desktop.domain.schema import KINDS
from desktop.i18n import render, translate
from desktop.services import participants
from desktop.ui import errors, jobs
from desktop.ui.pages.lab_attendance import register_hours_lock
from desktop.ui.participants.sections import RecordSection
from desktop.ui.widgets.editors import TextEditor

log = logging.getLogger("milma.ui.participants")


class NextSteps(QGroupBox):
    """The participant's agreed next steps, edited in place (Save or Ctrl+S)."""

    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.view = view
        self.setObjectName("next_steps")
        self.editor = TextEditor(KINDS["participant"].field("next_steps"), self)
        self.editor.setObjectName("next_steps_editor")
        self.editor.edited.connect(self._edited)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_next_steps")
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addStretch(0)
        row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)
        self._loading = False
        self.retranslate()

    def set_value(self, text: str | None) -> None:
        if self.is_dirty():
            return  # keep what the user is typing
        self._loading = True
        self.editor.set_value(text)
        self._loading = False
        self.save_button.setEnabled(False)

    def is_dirty(self) -> bool:
        return self.save_button.isEnabled()

    def _edited(self) -> None:
        if not self._loading:
            self.save_button.setEnabled(True)
            self.error.hide()

    def save(self) -> bool:
        if not self.save_button.isEnabled():
            return True
        try:
            steps = self.editor.get_value()
            jobs.runner().write(
                lambda: participants.update(
                    self.view.store, self.view.participant_id, {"next_steps": steps}
                )
            )
        except ValidationError as exc:
            message = exc.for_field("next_steps") or exc.problems[0].message
            self.error.setText(render(message))
            self.error.show()
            return False
        except UserError as exc:
            errors.show_error(self, exc)
            return False
        log.info("next steps saved for participant %s", self.view.participant_id)
        self.save_button.setEnabled(False)
        return True

    def retranslate(self) -> None:
        self.setTitle(translate("Field", KINDS["participant"].field("next_steps").label))
        self.editor.setAccessibleName(
            translate("Field", KINDS["participant"].field("next_steps").label)
        )
        self.save_button.setText(translate("Participant", "Save &next steps"))


class ItineraryTab(QWidget):
    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.setObjectName("tab_itinerary")
        store, pid = view.store, view.participant_id
        self.goals = RecordSection(
            store,
            pid,
            "goal",
            ["title", "area", "status", "target_date"],
            ["title", "area", "status", "target_date", "notes"],
            lambda: translate("Participant", "Development-plan goals"),
            defaults=lambda: {"status": "planned"},
            parent=self,
        )
        self.enrolments = RecordSection(
            store,
            pid,
            "enrolment",
            ["lab_id", "status", "enrolled_on", "ended_on", "hours_attended"],
            ["lab_id", "status", "enrolled_on", "ended_on", "hours_attended"],
            lambda: translate("Participant", "Lab enrolments"),
            defaults=lambda: {"status": "enrolled", "enrolled_on": date.today()},
            parent=self,
            locked=register_hours_lock(store),
        )
        self.placements = RecordSection(
            store,
            pid,
            "placement",
            ["company_id", "role", "start_date", "end_date", "status"],
            ["company_id", "role", "start_date", "end_date", "status"],
            lambda: translate("Participant", "Work placements"),
            defaults=lambda: {"status": "planned"},
            parent=self,
        )
        self.outcomes = RecordSection(
            store,
            pid,
            "employment_outcome",
            ["occupation", "company_id", "contract_type", "start_date"],
            [
                "occupation",
                "company_id",
                "employer_name",
                "contract_type",
                "start_date",
                "end_date",
            ],
            lambda: translate("Participant", "Job outcomes"),
            parent=self,
        )
        self.next_steps = NextSteps(view, self)
        # scrolls rather than overflowing a small or high-DPI screen
        body = QWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        grid = QGridLayout(body)
        grid.addWidget(self.goals, 0, 0)
        grid.addWidget(self.enrolments, 0, 1)
        grid.addWidget(self.placements, 1, 0)
        grid.addWidget(self.outcomes, 1, 1)
        grid.addWidget(self.next_steps, 2, 0, 1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(2, 1)
        self.sections = (self.goals, self.enrolments, self.placements, self.outcomes)

    def set_data(self, person: dict, data: dict) -> None:
        for section in self.sections:  # "Inscrita", "Travailleuse indépendante" for a woman
            section.gender = person.get("gender")
        self.goals.set_rows(data.get("goal", []))
        self.enrolments.set_rows(data.get("enrolment", []))
        self.placements.set_rows(data.get("placement", []))
        # one Employer column: the company from the list, else the employer not in it
        self.outcomes.set_rows(
            [
                {**o, "company_name": o.get("company_name") or o.get("employer_name")}
                for o in data.get("employment_outcome", [])
            ]
        )
        self.next_steps.set_value(person.get("next_steps"))

    def save(self) -> None:
        self.next_steps.save()

    def can_close(self) -> bool:
        if not self.next_steps.is_dirty():
            return True
        answer = errors.ask(
            self, translate("Participant", "Save the changes to the next steps?"), discard=True
        )
        if answer == "save":
            return self.next_steps.save()
        if answer == "discard":
            self.next_steps.save_button.setEnabled(False)
            return True
        return False

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.next_steps.retranslate()
        super().changeEvent(event)
