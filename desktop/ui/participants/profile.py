"""The Profile tab: the participant's details (read-only, Edit opens the form) and consents."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.schema import KINDS
from desktop.i18n import translate
from desktop.i18n.values import value_text
from desktop.ui.participants.consents import ConsentsSection

SHOWN = (
    "code",
    "first_name",
    "last_name",
    "birth_date",
    "gender",
    "nationality",
    "migrant_status",
    "arrival_date",
    "languages",
    "spanish_level",
    "education",
    "document_type",
    "document_number",
    "phone",
    "email",
    "neighbourhood",
    "preferred_language",
    "unemployed_since",
    "desired_occupation",
    "desired_occupation_group",
    "employment_history",
    "site",
    "technician_id",
)


class ProfileTab(QWidget):
    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.setObjectName("tab_profile")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit_participant")
        self.edit_button.clicked.connect(self.edit)
        self.details = QGroupBox(self)
        form = QFormLayout(self.details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, tuple[QLabel, QLabel]] = {}
        for name in SHOWN:
            label, value = QLabel(self.details), QLabel(self.details)
            value.setWordWrap(True)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            value.setObjectName(f"profile_{name}")
            form.addRow(label, value)
            self.labels[name] = (label, value)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        self.consents = ConsentsSection(view.store, view.participant_id, parent=self)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.edit_button)
        columns = QHBoxLayout()
        columns.addWidget(scroll, 2)
        columns.addWidget(self.consents, 3)  # the consents' history reads in full
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        self.person: dict = {}
        self.retranslate()

    def set_data(self, person: dict, data: dict) -> None:
        self.person = person
        self._technician = self._technician_name(person.get("technician_id"))
        self.consents.set_rows(data.get("consent", []))
        self._fill()

    def _fill(self) -> None:
        p = self.person
        if not p:
            return
        for name, (_label, value) in self.labels.items():
            if name == "technician_id":
                text = self._technician
            else:  # the employment history whole, other texts by their first line
                text = value_text(
                    "participant",
                    name,
                    p.get(name),
                    gender=p.get("gender"),
                    one_line=name != "employment_history",
                )
            value.setText(text)

    def _technician_name(self, tid) -> str:
        if not tid:
            return ""
        from desktop.domain.messages import NotFound
        from desktop.services import records

        try:
            return records.get(self.view.store, "technician", tid)["full_name"]
        except NotFound:
            return ""

    def retranslate(self) -> None:
        self.edit_button.setText(translate("Participant", "&Edit details…"))
        self.details.setTitle(translate("Participant", "Details"))
        for name, (label, _value) in self.labels.items():
            label.setText(translate("Field", KINDS["participant"].field(name).label))
        self._fill()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def edit(self):
        page = self.view.parent()
        while page is not None and not hasattr(page, "edit_participant"):
            page = page.parent()
        if page is not None:
            return page.edit_participant(self.view.participant_id)
        from desktop.ui.participants.form import ParticipantDialog

        dialog = ParticipantDialog(self.view.store, self.view.participant_id, self)
        dialog.open()
        return dialog
