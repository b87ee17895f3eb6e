"""The Community tab: the participant's introductions to the areas that help inclusion (their
neighbourhood, a local association of the coordinator's list, the Coexistence Board and the
Anti-Rumours network), each with its date and whether they would like to join."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.domain import enums as E
from desktop.i18n import translate
from desktop.services import associations
from desktop.ui.participants.sections import RecordSection
from desktop.ui.widgets.editors import RefEditor
from desktop.ui.widgets.record_dialog import RecordDialog

KIND = "inclusion_introduction"
FIELDS = ["introduced_on", "area", "association_id", "interest", "notes"]


class IntroductionsSection(RecordSection):
    """The introductions, added and edited through the record form, whose association is
    chosen among the active associations (and the one already named) when the area is a
    local association, and left empty otherwise."""

    def __init__(self, store, participant_id: str, parent: QWidget | None = None):
        super().__init__(
            store,
            participant_id,
            KIND,
            FIELDS,
            FIELDS,
            lambda: translate("Inclusion", "Introductions to areas that help inclusion"),
            defaults=lambda: {"introduced_on": date.today()},
            add_text=lambda: translate("Inclusion", "&Record an introduction…"),
            parent=parent,
        )

    def _open(self, key: str, make) -> RecordDialog | None:
        def prepared():
            dialog = make()
            if dialog is not None:
                self._prepare(dialog)
            return dialog

        return super()._open(key, prepared)

    def _prepare(self, dialog: RecordDialog) -> None:
        area = dialog.form.input("area")
        association = cast(RefEditor, dialog.form.widget("association_id"))  # a "ref" field
        association.set_choices(
            associations.association_choices(self.store, association.get_value())
        )

        def follow_area(edited: bool = True) -> None:
            chosen = area.get_value() == E.InclusionArea.ASSOCIATION.value
            if edited and not chosen and association.get_value() is not None:
                association.set_value(None)
            association.setEnabled(chosen)

        area.edited.connect(follow_area)
        follow_area(edited=False)


class InclusionTab(QWidget):
    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.setObjectName("tab_inclusion")
        self.intro = QLabel(self)
        self.intro.setObjectName("inclusion_intro")
        self.intro.setWordWrap(True)
        self.section = IntroductionsSection(view.store, view.participant_id, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.section, 1)
        self.retranslate()

    def set_data(self, person: dict, data: dict) -> None:
        self.section.gender = person.get("gender")
        rows = sorted(data.get(KIND, []), key=lambda r: (r["introduced_on"], r["id"]), reverse=True)
        self.section.set_rows(rows)

    def retranslate(self) -> None:
        self.intro.setText(
            translate(
                "Inclusion",
                "Introductions to the areas that help a newcomer's inclusion: their neighbourhood,"
                " a local association (from the coordinator's list, on the Associations screen),"
                " the Coexistence Board (Mesa por la Convivencia) and the Anti-Rumours network,"
                " with the date and whether they would like to join.",
            )
        )

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
