"""A lab's attendance by participant on the labs screen: days present, absent and excused,
hours attended and their share of the lab's hours, with the rows below a chosen share
highlighted and counted; and, in an enrolment's form, its hours shown read-only where they
come from the register."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from desktop.i18n import format_number, format_percent, preferences, translate
from desktop.services import attendance
from desktop.ui.widgets.table_model import Column, RowsModel

SETTING = "labs/attendance_warning_percent"
WARN_BACKGROUND = QColor("#fde2c4")  # a light amber, dark text stays readable on it
WARN_TEXT = QColor("#5f2a00")


def _share_sort(row: dict) -> float:
    share = row.get("share")
    return share if share is not None else float("-inf")


def attendance_columns() -> list[Column]:
    """Columns of a lab's participants fed with attendance.summary()'s fields."""

    def hours(row: dict) -> str:
        return format_number(row["hours"]) if row.get("hours") is not None else ""

    def share(row: dict) -> str:
        return format_percent(row["share"]) if row.get("share") is not None else "—"

    def days(key: str, header) -> Column:
        # days are counted from a register: none without one
        return Column(
            key,
            header,
            lambda row: format_number(row.get(key) or 0) if row.get("from_register") else "",
            lambda row: float(row.get(key) or 0) if row.get("from_register") else float("-inf"),
            align_right=True,
        )

    return [
        days("present", lambda: translate("LabsPage", "Present")),
        days("absent", lambda: translate("LabsPage", "Absent")),
        days("excused", lambda: translate("LabsPage", "Excused")),
        Column(
            "hours",
            lambda: translate("LabsPage", "Hours attended"),
            hours,
            lambda row: row["hours"] if row.get("hours") is not None else float("-inf"),
            align_right=True,
        ),
        Column(
            "share",
            lambda: translate("LabsPage", "Share of hours"),
            share,
            _share_sort,
            align_right=True,
        ),
    ]


class AttendanceRowsModel(RowsModel):
    """The lab's participants; those whose share of hours is below ``threshold`` are highlighted."""

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(columns, parent)
        self.threshold = attendance.DEFAULT_THRESHOLD

    def warned(self, row: dict) -> bool:
        return attendance.below(row.get("share"), self.threshold)

    def warned_count(self) -> int:
        return sum(1 for r in self.rows if self.warned(r))

    def set_threshold(self, threshold: float) -> None:
        self.threshold = threshold
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1)
            )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            if self.warned(self.rows[index.row()]):
                return QBrush(
                    WARN_BACKGROUND if role == Qt.ItemDataRole.BackgroundRole else WARN_TEXT
                )
            return None
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            row, key = self.rows[index.row()], self.columns[index.column()].key
            if key == "hours" and row.get("hours") is not None:
                return (
                    translate("LabsPage", "From the attendance register")
                    if row.get("from_register")
                    else translate("LabsPage", "As typed in the enrolment (no attendance register)")
                )
            if key == "share":
                if (
                    row.get("share") is None
                    and not row.get("from_register")
                    and row.get("planned") is None
                ):
                    return translate(
                        "LabsPage",
                        "Not known: no attendance register, and the lab's planned hours "
                        "are to be completed",
                    )
                if row.get("share") is None:
                    return translate(
                        "LabsPage",
                        "Not known: no attendance register, and the lab is still running "
                        "or no hours were typed",
                    )
                if row.get("from_register"):
                    return translate(
                        "LabsPage", "{hours} of the {held} hours the lab held on the days recorded"
                    ).format(hours=format_number(row["hours"]), held=format_number(row["held"]))
                return translate("LabsPage", "{hours} of the lab's {planned} planned hours").format(
                    hours=format_number(row["hours"]), planned=format_number(row["planned"])
                )
        return super().data(index, role)


class ThresholdRow(QWidget):
    """ "Warn below [75 %] of the hours" and how many participants fall below it."""

    changed = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.spin = QSpinBox(self)
        self.spin.setObjectName("warning_threshold")
        self.spin.setRange(1, 100)
        self.spin.setSingleStep(5)
        stored = preferences.settings().value(SETTING)
        try:
            value = int(stored) if stored is not None else round(attendance.DEFAULT_THRESHOLD * 100)
        except (TypeError, ValueError):
            value = round(attendance.DEFAULT_THRESHOLD * 100)
        self.spin.setValue(min(max(value, 1), 100))
        self.label.setBuddy(self.spin)
        self.warning = QLabel(self)
        self.warning.setObjectName("attendance_warning")
        self.warning.setWordWrap(True)
        self.spin.valueChanged.connect(self._changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.spin)
        layout.addWidget(self.warning, 1)
        self.retranslate()

    def threshold(self) -> float:
        return self.spin.value() / 100

    def _changed(self, value: int) -> None:
        preferences.settings().setValue(SETTING, value)
        self.changed.emit(value / 100)

    def show_count(self, warned: int, known: bool) -> None:
        """``warned`` participants below the threshold (``known``: any share is known at all)."""
        share = format_percent(self.threshold())
        if not known:
            self.warning.setText("")
            self.warning.setStyleSheet("")
        elif warned:
            self.warning.setText(
                translate(
                    "LabsPage",
                    "%n participant(s) below {share} of the hours, highlighted.",
                    None,
                    warned,
                ).format(share=share)
            )
            self.warning.setStyleSheet(
                f"color: {WARN_TEXT.name()}; background: {WARN_BACKGROUND.name()}; padding: 2px"
                " 6px;"
            )
        else:
            self.warning.setText(
                translate("LabsPage", "Nobody below {share} of the hours.").format(share=share)
            )
            self.warning.setStyleSheet("")

    def retranslate(self) -> None:
        self.label.setText(translate("LabsPage", "&Warn below"))
        self.spin.setSuffix(translate("LabsPage", "% of the hours"))
        self.spin.setAccessibleName(
            translate("LabsPage", "Warn about participants below this share of the hours")
        )
        self.spin.setToolTip(
            translate(
                "LabsPage",
                "Participants who attended less than this share of the lab's hours are highlighted",
            )
        )


# ---- an enrolment's hours in its form: computed, not typed, where a register exists ------------


def register_hours_lock(store):
    """For a record form of enrolments: given the stored enrolment, the fields shown read-only
    and left out of the save, with the value shown and a note: its hours attended, when the lab
    register has days for it."""

    def locked(enrolment: dict) -> dict[str, tuple[float, str]]:
        with store.read() as s:
            computed = attendance.register_hours(s, [enrolment["id"]])
        if enrolment["id"] not in computed:
            return {}
        return {
            "hours_attended": (
                computed[enrolment["id"]],
                translate(
                    "Register",
                    "From the lab's attendance register: the sum of the days recorded. To change"
                    " it, correct the register (Labs, Attendance register…).",
                ),
            )
        }

    return locked


def lock_field(form, name: str, value, note: str) -> None:
    """Show ``value`` in a form's field, read-only, with ``note`` below it."""
    editor = form.widget(name)
    editor.set_value(value)
    editor.setEnabled(False)
    label = QLabel(note, editor.parentWidget())
    label.setObjectName(f"note_{name}")
    label.setWordWrap(True)
    editor.parentWidget().layout().insertWidget(1, label)
    form.mark_clean()
