"""The filters of a list of participants (the Participants screen, and the list a lab's
enrolment is chosen from): lab, site, local or migrant, gender and enrolment status, each a
combo box whose first item means "any"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.domain import enums as E
from desktop.i18n import enum_label, translate
from desktop.services import participant_list


class FilterCombo(QComboBox):
    """A filter: the first item means "any"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        # shrinkable, so that the window fits a small or high-DPI screen
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.currentTextChanged.connect(self.setToolTip)  # the whole choice, should it be cut

    def set_items(self, any_text: str, items: list[tuple[str, str]]) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(any_text, None)
        for value, text in items:
            self.addItem(text, value)
        i = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(i, 0))
        self.blockSignals(False)
        self.setToolTip(self.currentText())


def _all_labs() -> tuple[str, str]:
    return translate("Participants", "All labs"), translate("Participants", "Filter by lab")


class PersonFilters(QObject):
    """The five filters, made in ``parent``; ``changed`` when the user picks another choice.
    ``lab_texts()`` gives the lab filter's "any" text and accessible name (the enrolment
    dialog's lab filter names the other labs)."""

    changed = Signal()

    def __init__(self, parent: QWidget, lab_texts: Callable[[], tuple[str, str]] = _all_labs):
        super().__init__(parent)
        self.lab_texts = lab_texts
        self.labs: list[tuple[str, str]] = []
        self.lab, self.site, self.origin, self.gender, self.status = (
            FilterCombo(parent) for _ in range(5)
        )
        for name, combo in zip(
            ("lab", "site", "origin", "gender", "status"), self.combos, strict=True
        ):
            combo.setObjectName(f"filter_{name}")
            combo.currentIndexChanged.connect(self.changed)

    @property
    def combos(self) -> tuple[FilterCombo, ...]:
        return self.lab, self.site, self.origin, self.gender, self.status

    def fill(self, labs: list[tuple[str, str]] | None = None) -> None:
        """The choices in the current language; the labs (id, name) when given anew."""
        if labs is not None:
            self.labs = labs
        any_lab, lab_name = self.lab_texts()
        self.lab.set_items(any_lab, self.labs)
        self.site.set_items(
            translate("Participants", "All sites"),
            [(s.value, enum_label(s)) for s in E.Site],
        )
        self.origin.set_items(
            translate("Participants", "Locals and migrants"),
            [
                ("local", translate("Participants", "Locals")),
                ("migrant", translate("Participants", "Migrants and refugees")),
            ],
        )
        self.gender.set_items(
            translate("Participants", "All genders"),
            [(g.value, enum_label(g)) for g in E.Gender],
        )
        self.status.set_items(
            translate("Participants", "Any enrolment status"),
            [(s.value, enum_label(s)) for s in E.EnrolmentStatus],
        )
        for combo, name in (
            (self.lab, lab_name),
            (self.site, translate("Participants", "Filter by site")),
            (self.origin, translate("Participants", "Filter by local or migrant")),
            (self.gender, translate("Participants", "Filter by gender")),
            (self.status, translate("Participants", "Filter by enrolment status")),
        ):
            combo.setAccessibleName(name)

    def filters(self, **more) -> participant_list.Filters:
        """What the list shows: the filters chosen (and ``more``, e.g. a technician)."""
        return participant_list.Filters(
            lab_id=self.lab.currentData(),
            site=self.site.currentData(),
            origin=self.origin.currentData(),
            gender=self.gender.currentData(),
            enrolment_status=self.status.currentData(),
            **more,
        )

    def clear(self) -> None:
        """Every filter back to "any", without a signal per filter."""
        for combo in self.combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
