"""The one date editor of every form: a date (or a date and time) typed as day/month/year
(25/03/1990, 25-3-1990, 25031990 or 1990-03-25; "25/03/2026 09:30" with a time), with a
calendar button. An empty field is an empty value, never a made-up date; text that is not a
date is kept as typed and reported by ``problem()``, saying whether it is written another way
or is a day that does not exist (31/02/1990)."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QToolButton

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop.i18n import translate
from desktop.ui.widgets.geometry import available_geometry

CTX = "DateEditor"
WRITE_DATE = QT_TRANSLATE_NOOP(
    "DateEditor", "{field}: type the date as day/month/year, e.g. 25/03/1990."
)
WRITE_DATETIME = QT_TRANSLATE_NOOP(
    "DateEditor",
    "{field}: type the date and time as day/month/year hours:minutes, e.g. 25/03/2026 09:30.",
)
NO_SUCH_DATE = QT_TRANSLATE_NOOP(
    "DateEditor", "{field}: {text} does not exist; check the day and the month."
)
NO_SUCH_TIME = QT_TRANSLATE_NOOP(
    "DateEditor", "{field}: {text} is not a time of day; check the hours and minutes."
)

_DMY = re.compile(r"^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
_TIME = re.compile(r"^(\d{1,2})\s*[:.h]\s*(\d{2})$")
_DATE_TIME = re.compile(r"^(.*?\d{4}(?:-\d{1,2}-\d{1,2})?)(?:\s+|T)(\d{1,2}\s*[:.h]\s*\d{2})$")


class DateTextError(ValueError):
    """Text that is not a date: ``exists`` is False for a date written correctly that is not
    in the calendar (31/02/1990), ``part`` says whether the date or the time is wrong."""

    def __init__(self, text: str, exists: bool, part: str = "date"):
        super().__init__(text)
        self.text, self.exists, self.part = text, exists, part


def _ymd(text: str) -> tuple[int, int, int] | None:
    m = _DMY.match(text) or _DIGITS.match(text)
    if m:
        day, month, year = (int(g) for g in m.groups())
        return year, month, day
    m = _ISO.match(text)
    if m:
        year, month, day = (int(g) for g in m.groups())
        return year, month, day
    return None


def parse_date(text: str) -> date | None:
    """The date in the text; None when empty. Raises DateTextError when it is not a date."""
    text = text.strip()
    if not text:
        return None
    ymd = _ymd(text)
    if ymd is None:
        raise DateTextError(text, exists=True)
    try:
        return date(*ymd)
    except ValueError:
        raise DateTextError(text, exists=False) from None


def parse_datetime(text: str, default_time: time = time(9, 0)) -> datetime | None:
    """A date with an optional time (``default_time`` when none is typed); None when empty."""
    text = text.strip()
    if not text:
        return None
    m = _DATE_TIME.match(text)
    day_text, time_text = (m.group(1), m.group(2)) if m else (text, None)
    day = parse_date(day_text)
    if day is None:  # only blanks before the time: no date at all
        return None
    if time_text is None:
        return datetime.combine(day, default_time)
    clock = _TIME.match(time_text)
    if clock is None:
        raise DateTextError(time_text, exists=False, part="time")
    hours, minutes = (int(g) for g in clock.groups())
    try:
        return datetime.combine(day, time(hours, minutes))
    except ValueError:
        raise DateTextError(time_text, exists=False, part="time") from None


class DateLine(QLineEdit):
    """A date, or with ``with_time`` a date and time, typed or chosen in a calendar. The
    ``edited`` / get_value / set_value / retranslate interface of desktop.ui.widgets.editors;
    ``start_today`` shows today (now) instead of an empty field when given no value."""

    edited = Signal()

    def __init__(self, parent=None, *, with_time: bool = False, start_today: bool = False):
        super().__init__(parent)
        self.with_time = with_time
        self.start_today = start_today
        self.setMaxLength(19 if with_time else 10)
        self.textChanged.connect(lambda _t: self.edited.emit())
        self.editingFinished.connect(self._tidy)
        icon = QIcon.fromTheme("x-office-calendar")
        if icon.isNull():
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        self.calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.triggered.connect(self.open_calendar)
        self._calendar: QCalendarWidget | None = None
        self.set_value(None)
        self.retranslate()

    # ---- values ------------------------------------------------------------------------
    def _parse(self):
        return parse_datetime(self.text()) if self.with_time else parse_date(self.text())

    def is_valid(self) -> bool:
        return self.problem(Message("Field", "")) is None

    def get_value(self):
        """A date (datetime), None when empty, or the text as typed when it is not a date
        (``problem()`` says what is wrong with it)."""
        try:
            return self._parse()
        except DateTextError:
            return self.text().strip()

    def set_value(self, value) -> None:
        if value is None or value == "":
            if self.start_today:
                now = datetime.now().replace(second=0, microsecond=0)
                value = now if self.with_time else now.date()
            else:
                self._fresh = True
                self.setText("")
                return
        self._fresh = True
        if isinstance(value, str):
            self.setText(value)
            self._tidy()
            return
        self.setText(self._format(value))

    def _format(self, value) -> str:
        if self.with_time:
            if not isinstance(value, datetime):
                value = datetime.combine(value, time(9, 0))
            return value.strftime("%d/%m/%Y %H:%M")
        if isinstance(value, datetime):
            value = value.date()
        return value.strftime("%d/%m/%Y")

    def _tidy(self) -> None:
        value = self.get_value()
        if isinstance(value, date):
            text = self._format(value)
            if text != self.text():
                self.setText(text)

    def problem(self, field: Message) -> Message | None:
        """What is wrong with the text typed (None when it is a date or empty), naming ``field``."""
        try:
            self._parse()
        except DateTextError as exc:
            if exc.exists:
                return Message(
                    CTX, WRITE_DATETIME if self.with_time else WRITE_DATE, {"field": field}
                )
            return Message(
                CTX,
                NO_SUCH_TIME if exc.part == "time" else NO_SUCH_DATE,
                {"field": field, "text": exc.text},
            )
        return None

    # ---- typing: a date shown is replaced by what is typed, unless a click placed the cursor
    _fresh = True

    def focusInEvent(self, event):  # noqa: N802 - Qt override
        super().focusInEvent(event)
        if event.reason() not in (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.PopupFocusReason):
            self._fresh = True
            self.selectAll()

    def mousePressEvent(self, event):  # noqa: N802 - Qt override
        self._fresh = False
        super().mousePressEvent(event)

    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        if self._fresh and event.text() and event.text().isprintable():
            self.selectAll()
        self._fresh = False
        super().keyPressEvent(event)

    # ---- the calendar ------------------------------------------------------------------
    def calendarWidget(self) -> QCalendarWidget:  # noqa: N802 - named as QDateEdit's
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setGridVisible(True)
            self._calendar.activated.connect(self._chosen)
            self._calendar.clicked.connect(self._chosen)
        return self._calendar

    def open_calendar(self) -> None:
        """The calendar at the date shown, or today for an empty field (which stays empty
        until a day is chosen)."""
        calendar = self.calendarWidget()
        value = self.get_value()
        day = (
            value.date()
            if isinstance(value, datetime)
            else value
            if isinstance(value, date)
            else date.today()
        )
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        calendar.adjustSize()
        below = self.mapToGlobal(self.rect().bottomLeft())
        screen = available_geometry(self)
        if below.y() + calendar.height() > screen.bottom():
            below = self.mapToGlobal(self.rect().topLeft())
            below.setY(below.y() - calendar.height())
        calendar.move(below)
        calendar.show()
        calendar.setFocus()

    def _chosen(self, qdate: QDate) -> None:
        day = date(qdate.year(), qdate.month(), qdate.day())
        value = self.get_value()
        if self.with_time:
            clock = value.time() if isinstance(value, datetime) else time(9, 0)
            self.set_value(datetime.combine(day, clock))
        else:
            self.set_value(day)
        self.calendarWidget().hide()
        QTimer.singleShot(0, self.setFocus)

    # ---- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        if self.with_time:
            self.setPlaceholderText(translate("DateEditor", "dd/mm/yyyy hh:mm"))
            self.setToolTip(
                translate(
                    "DateEditor",
                    "Type the date and time as day/month/year hours:minutes, e.g. "
                    "25/03/2026 09:30, or choose the day in the calendar.",
                )
            )
        else:
            self.setPlaceholderText(translate("DateEditor", "dd/mm/yyyy"))
            self.setToolTip(
                translate(
                    "DateEditor",
                    "Type the date as day/month/year, e.g. 25/03/1990, or choose it "
                    "in the calendar.",
                )
            )
        self.calendar_action.setToolTip(translate("DateEditor", "Choose in the calendar"))
        self.calendar_action.setText(translate("DateEditor", "Choose in the calendar"))

    def changeEvent(self, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def calendar_button(edit: DateLine) -> QToolButton | None:
    """The button that opens the calendar (at the right end of the field)."""
    return next(
        (b for b in edit.findChildren(QToolButton) if b.defaultAction() is edit.calendar_action),
        None,
    )
