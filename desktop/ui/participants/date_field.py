"""A date typed as day/month/year (25/03/1990, 25-3-1990, 25031990 or 1990-03-25): quick
to type for a technician entering data from a document, and checked before saving."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLineEdit

from desktop.i18n import translate

_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")


def parse_date(text: str) -> date | None:
    """The date in the text; None when empty. Raises ValueError when it is not a date."""
    if not text.strip():
        return None
    m = _DMY.match(text) or _DIGITS.match(text)
    if m:
        day, month, year = (int(g) for g in m.groups())
        return date(year, month, day)
    m = _ISO.match(text)
    if m:
        year, month, day = (int(g) for g in m.groups())
        return date(year, month, day)
    raise ValueError(text)


class DateLine(QLineEdit):
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMaxLength(10)
        self.textEdited.connect(lambda _t: self.edited.emit())
        self.editingFinished.connect(self._tidy)
        self.retranslate()

    def is_valid(self) -> bool:
        try:
            parse_date(self.text())
        except ValueError:
            return False
        return True

    def get_value(self):
        try:
            return parse_date(self.text())
        except ValueError:
            return self.text().strip()  # kept as typed; the form reports it

    def set_value(self, value) -> None:
        if isinstance(value, str) and value:
            try:
                value = parse_date(value)
            except ValueError:
                self.setText(value)
                return
        self.setText(value.strftime("%d/%m/%Y") if value else "")

    def _tidy(self) -> None:
        value = self.get_value()
        if isinstance(value, date):
            self.setText(value.strftime("%d/%m/%Y"))

    def retranslate(self) -> None:
        self.setPlaceholderText(translate("ParticipantForm", "dd/mm/yyyy"))
        self.setToolTip(translate("ParticipantForm", "Type the date as day/month/year, e.g. 25/03/1990."))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
