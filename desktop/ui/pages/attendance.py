"""The attendance register of a lab day: for a date, each participant enrolled that day present,
absent or excused, with the hours attended (the day's hours for those present) and a note.
Saved in one transaction; a day recorded before opens as recorded and is corrected in place."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import AttendanceStatus
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.domain.schema import KINDS
from desktop.domain.text import person_name
from desktop.i18n import enum_label, format_date, render, translate
from desktop.services import attendance
from desktop.ui import errors, jobs
from desktop.ui.widgets.editors import DateEditor
from desktop.ui.widgets.geometry import fit_to_screen

log = logging.getLogger("milma.ui.labs")

STATUSES = (AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)
ERROR_STYLE = "color: #b3261e;"
_FIELD = KINDS["attendance"]


def hours_box(parent: QWidget) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(0, _FIELD.field("hours").max)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    return box


class RegisterRow:
    """One participant's line of the register: name, three choices, hours, note."""

    def __init__(self, dialog: RegisterDialog, row: dict):
        self.dialog = dialog
        self.enrolment_id = row["enrolment_id"]
        self.name = QLabel(
            translate("RecordForm", "{name} ({code})").format(
                name=person_name(row), code=row["code"]
            ),
            dialog.body,
        )
        self.group = QButtonGroup(dialog.body)
        self.radios: dict[str, QRadioButton] = {}
        for status in STATUSES:
            radio = QRadioButton(dialog.body)
            radio.setObjectName(f"{status.value}_{self.enrolment_id}")
            self.group.addButton(radio)
            self.radios[status.value] = radio
        self.hours = hours_box(dialog.body)
        self.hours.setObjectName(f"hours_{self.enrolment_id}")
        self.note = QLineEdit(dialog.body)
        self.note.setObjectName(f"note_{self.enrolment_id}")
        self.note.setMaxLength(_FIELD.field("note").max_len)
        self.set(row["status"], row["hours"], row["note"])
        self.group.buttonToggled.connect(self._status_changed)
        self.hours.valueChanged.connect(lambda _v: dialog.edited())
        self.note.textEdited.connect(lambda _t: dialog.edited())

    def widgets(self) -> list[QWidget]:
        return [self.name, *self.radios.values(), self.hours, self.note]

    def set(self, status: str, hours: float, note: str | None) -> None:
        self.radios[status].setChecked(True)
        self.hours.setValue(hours)
        self.hours.setEnabled(status == AttendanceStatus.PRESENT)
        self.note.setText(note or "")

    def status(self) -> str:
        return next(s for s, radio in self.radios.items() if radio.isChecked())

    def _status_changed(self, _button, checked: bool) -> None:
        if not checked:
            return
        present = self.status() == AttendanceStatus.PRESENT
        self.hours.setEnabled(present)
        self.hours.setValue(self.dialog.day_hours.value() if present else 0.0)
        self.dialog.edited()

    def entry(self) -> dict:
        return {
            "enrolment_id": self.enrolment_id,
            "status": self.status(),
            "hours": self.hours.value(),
            "note": self.note.text().strip() or None,
        }

    def mark(self, wrong: bool) -> None:
        self.name.setStyleSheet(ERROR_STYLE if wrong else "")

    def retranslate(self, labels: dict[str, str]) -> None:
        who = self.name.text()
        for status, radio in self.radios.items():
            radio.setAccessibleName(
                translate("Register", "{status}: {name}").format(status=labels[status], name=who)
            )
        self.hours.setAccessibleName(
            translate("Register", "Hours attended: {name}").format(name=who)
        )
        self.note.setAccessibleName(translate("Register", "Note: {name}").format(name=who))


class RegisterDialog(QDialog):
    """The register of one lab day; the day can be changed to open another one."""

    def __init__(self, store, lab_id: str, day: date | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("register_dialog")
        self.store = store
        self.lab_id = lab_id
        self.rows: list[RegisterRow] = []
        self.saved = 0
        self._dirty = False
        self._loading = False
        self.data: dict | None = None

        self.day_label = QLabel(self)
        self.day = DateEditor(_FIELD.field("day"), self)
        self.day.setObjectName("day")
        self.day_label.setBuddy(self.day)
        self.hours_label = QLabel(self)
        self.day_hours = hours_box(self)
        self.day_hours.setObjectName("day_hours")
        self.day_hours.setMinimum(0.5)
        self.hours_label.setBuddy(self.day_hours)
        self.recorded = QComboBox(self)
        self.recorded.setObjectName("recorded_days")
        self.recorded.activated.connect(self._go_to_recorded)
        self.all_present = QPushButton(self)
        self.all_present.setObjectName("all_present")
        self.all_present.clicked.connect(self._all_present)
        self.state = QLabel(self)
        self.state.setObjectName("state")
        self.state.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()

        self.body = QWidget(self)
        self.grid = QGridLayout(self.body)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(5, 2)
        self.headers = [QLabel(self.body) for _ in range(6)]
        bold = QFont(self.font())
        bold.setBold(True)
        for col, label in enumerate(self.headers):
            label.setFont(bold)
            self.grid.addWidget(
                label,
                0,
                col,
                Qt.AlignmentFlag.AlignLeft if col in (0, 5) else Qt.AlignmentFlag.AlignCenter,
            )
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.day_label)
        top.addWidget(self.day)
        top.addSpacing(12)
        top.addWidget(self.hours_label)
        top.addWidget(self.day_hours)
        top.addSpacing(12)
        top.addWidget(self.recorded)
        top.addStretch(1)
        top.addWidget(self.all_present)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.retranslate()
        self.day.set_value(day or self._default_day())
        self._shown_day = self.day.get_value()
        self.load(self._shown_day)
        self.day.edited.connect(self._day_changed)
        self.day_hours.valueChanged.connect(self._day_hours_changed)
        fit_to_screen(self, 900, 640)

    def _default_day(self) -> date:
        """Today, within the lab's dates."""
        from desktop.services import records

        lab = records.get(self.store, "lab", self.lab_id)
        return min(max(date.today(), lab["start_date"]), lab["end_date"])

    # ---- loading a day ---------------------------------------------------------------------
    def _fill_recorded(self) -> None:
        """The days recorded so far, latest first, to open one of them."""
        days = attendance.recorded_days(self.store, self.lab_id)
        self.recorded.blockSignals(True)
        self.recorded.clear()
        self.recorded.addItem(translate("Register", "Recorded days (%n)…", None, len(days)), None)
        for d in days:
            self.recorded.addItem(format_date(d, fmt="full"), d)
        self.recorded.setCurrentIndex(0)
        self.recorded.setEnabled(bool(days))
        self.recorded.blockSignals(False)

    def _go_to_recorded(self, index: int) -> None:
        day = self.recorded.itemData(index)
        self.recorded.setCurrentIndex(0)
        if day is not None:
            self.day.set_value(day)  # opens it (asking first about unsaved changes)

    def load(self, day: date) -> None:
        self._loading = True
        try:
            self.data = attendance.register(self.store, self.lab_id, day)
            for row in self.rows:
                for w in row.widgets():
                    self.grid.removeWidget(w)
                    w.deleteLater()
            self.rows = [RegisterRow(self, r) for r in self.data["rows"]]
            for i, row in enumerate(self.rows, start=1):
                for col, w in enumerate(row.widgets()):
                    self.grid.addWidget(
                        w,
                        i,
                        col,
                        Qt.AlignmentFlag.AlignCenter if col in (1, 2, 3) else Qt.AlignmentFlag(0),
                    )
            self.grid.setRowStretch(len(self.rows) + 1, 1)
            self.day_hours.setValue(self.data["day_hours"])
            self._prev_day_hours = self.data["day_hours"]
        finally:
            self._loading = False
        self._dirty = False
        self.message.hide()
        self.retranslate()

    def _day_problem(self) -> str | None:
        """What is wrong with the day typed, if anything (translated)."""
        problem = self.day.problem(Message("Field", _FIELD.field("day").label))
        if problem is None and not isinstance(self.day.get_value(), date):
            problem = Message(
                "Register", QT_TRANSLATE_NOOP("Register", "Date: type the day of the register.")
            )
        return render(problem) if problem is not None else None

    def _day_changed(self) -> None:
        """A whole date typed or chosen opens that day's register."""
        day = self.day.get_value()
        if not isinstance(day, date) or len(self.day.text().strip()) < 10 or day == self._shown_day:
            return
        if (
            self._dirty
            and errors.ask(
                self,
                translate(
                    "Register",
                    "The register of {day} has changes that are not "
                    "saved. Open {other} without them?",
                ).format(
                    day=format_date(self._shown_day, fmt="medium"),
                    other=format_date(day, fmt="medium"),
                ),
            )
            != "yes"
        ):
            self.day.blockSignals(True)
            self.day.set_value(self._shown_day)
            self.day.blockSignals(False)
            return
        self._shown_day = day
        self.load(day)

    def _day_hours_changed(self, value: float) -> None:
        """Those present for the whole day follow the day's hours."""
        if self._loading:
            return
        for row in self.rows:
            if (
                row.status() == AttendanceStatus.PRESENT
                and abs(row.hours.value() - self._prev_day_hours) < 1e-9
            ):
                row.hours.setValue(value)
        self._prev_day_hours = value
        self.edited()

    def _all_present(self) -> None:
        for row in self.rows:
            if row.status() != AttendanceStatus.PRESENT:
                row.radios[AttendanceStatus.PRESENT.value].setChecked(True)

    def edited(self) -> None:
        if not self._loading:
            self._dirty = True
            self.message.hide()

    def is_dirty(self) -> bool:
        return self._dirty

    # ---- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        for row in self.rows:
            row.mark(False)
        problem = self._day_problem()
        if problem is None and self.day.get_value() != self._shown_day:
            self._day_changed()  # a day typed and not opened yet: open it first
            return False
        if problem is not None:
            self._show(problem)
            self.day.setFocus()
            return False
        try:
            entries = [r.entry() for r in self.rows]
            self.saved = jobs.runner().write(
                lambda: attendance.save_day(self.store, self.lab_id, self._shown_day, entries)
            )
        except attendance.AttendanceError as exc:
            self._show(render(exc.message))
            for row in self.rows:
                if row.enrolment_id == exc.enrolment_id:
                    row.mark(True)
                    (row.hours if exc.field == "hours" else row.radios[row.status()]).setFocus()
            if exc.field == "day":
                self.day.setFocus()
            return False
        except UserError as exc:
            self._show(render(exc.message))
            return False
        log.info("register of a lab day saved: %d record(s) written", self.saved)
        self._dirty = False
        self.accept()
        return True

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def reject(self) -> None:
        if self._dirty:
            answer = errors.ask(
                self, translate("Register", "Save the changes to the register?"), discard=True
            )
            if answer == "save":
                self.save()
                return
            if answer != "discard":
                return
        self._dirty = False
        super().reject()

    def closeEvent(self, event):  # noqa: N802 - Qt override
        if self._dirty:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    # ---- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lab = self.data["lab"]["name"] if self.data else ""
        self.setWindowTitle(translate("Register", "Attendance register: {lab}").format(lab=lab))
        self.day_label.setText(translate("Field", _FIELD.field("day").label))
        self.day.setAccessibleName(translate("Register", "Day of the register"))
        self.hours_label.setText(translate("Register", "Hours of the day"))
        self.day_hours.setAccessibleName(translate("Register", "Hours of the day"))
        self.day_hours.setToolTip(
            translate("Register", "Those present for the whole day get these hours")
        )
        self.all_present.setText(translate("Register", "&All present"))
        self.recorded.setAccessibleName(translate("Register", "Open a recorded day"))
        self._fill_recorded()
        labels = {s.value: enum_label(s) for s in STATUSES}
        texts = [
            translate("Kind", KINDS["participant"].label),
            *labels.values(),
            translate("Register", "Hours attended"),
            translate("Field", _FIELD.field("note").label),
        ]
        for label, text in zip(self.headers, texts, strict=True):
            label.setText(text)
        for row in self.rows:
            row.retranslate(labels)
        if self.data is None:
            return
        day = format_date(self.data["day"], fmt="full")
        n = len(self.rows)
        if not n:
            self.state.setText(
                translate("Register", "{day}: nobody is enrolled in the lab on this day.").format(
                    day=day
                )
            )
        elif self.data["recorded"]:
            self.state.setText(
                translate("Register", "{day} was recorded before: saving corrects it.").format(
                    day=day
                )
            )
        else:
            self.state.setText(
                translate(
                    "Register",
                    "{day} is not recorded yet: the %n participant(s) enrolled "
                    "are marked present. Mark who was absent, then save.",
                    None,
                    n,
                ).format(day=day)
            )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(n > 0)
