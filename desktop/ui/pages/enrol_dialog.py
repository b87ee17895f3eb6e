"""Enrol several participants in a lab at once: the participants list (its service, search and
filters) with a check box a person; those already enrolled in the lab are shown as such and
cannot be chosen again. One transaction enrols the whole choice."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, ValidationError
from desktop.domain.schema import KINDS
from desktop.i18n import render, translate
from desktop.services import attendance, participant_list
from desktop.ui import jobs
from desktop.ui.participants.filters import PersonFilters
from desktop.ui.participants.model import ParticipantTableModel
from desktop.ui.participants.page import SEARCH_DELAY_MS
from desktop.ui.widgets.editors import DateEditor
from desktop.ui.widgets.geometry import fit_to_screen
from desktop.ui.widgets.table_model import Column
from desktop.ui.widgets.tables import compact_rows, read_only_table

log = logging.getLogger("milma.ui.labs")

_CHECK = int(Qt.ItemDataRole.CheckStateRole.value)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)


class ChoiceModel(ParticipantTableModel):
    """The participants list (lazily fetched pages) with a first column to choose people: a
    check box, or "Already enrolled" for those in the lab (not checkable)."""

    chosen_changed = Signal()

    def __init__(self, store, enrolled: set[str], parent=None):
        super().__init__(store, parent)
        self.enrolled = enrolled
        self.chosen: set[str] = set()
        self.columns = [
            Column(
                "choice",
                lambda: translate("EnrolDialog", "Enrol"),
                self._choice_text,
                tooltip=self._choice_tip,
            ),
            *self.COLUMNS,
        ]

    def _choice_text(self, row: dict) -> str:
        return translate("EnrolDialog", "Already enrolled") if row["id"] in self.enrolled else ""

    def _choice_tip(self, row: dict) -> str:
        return self._choice_text(row) or translate("EnrolDialog", "Tick to enrol (Space)")

    def data(self, index: QModelIndex, role=_DISPLAY):
        if index.isValid() and index.column() == 0 and role == _CHECK:
            pid = self.row(index.row())["id"]
            if pid in self.enrolled:
                return None
            return Qt.CheckState.Checked if pid in self.chosen else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.row(index.row())["id"] not in self.enrolled:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex, value, role=_CHECK) -> bool:  # noqa: N802 - Qt API
        if not index.isValid() or index.column() != 0 or role != _CHECK:
            return False
        pid = self.row(index.row())["id"]
        if pid in self.enrolled:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked == (pid in self.chosen):
            return False
        (self.chosen.add if checked else self.chosen.discard)(pid)
        self.dataChanged.emit(index, index, [_CHECK])
        self.chosen_changed.emit()
        return True

    def choose_listed(self) -> None:
        """Tick everyone listed so far who is not enrolled yet."""
        before = len(self.chosen)
        self.chosen |= {r["id"] for r in self.rows} - self.enrolled
        if len(self.chosen) != before and self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0), [_CHECK])
            self.chosen_changed.emit()

    def clear_choice(self) -> None:
        if self.chosen:
            self.chosen.clear()
            if self.rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0), [_CHECK])
            self.chosen_changed.emit()


class EnrolDialog(QDialog):
    """Choose participants (search, filters, check boxes) and enrol them in the lab."""

    def __init__(self, store, lab: dict, parent=None):
        super().__init__(parent)
        self.setObjectName("enrol_dialog")
        self.store = store
        self.lab = lab
        self.result_: dict | None = None
        self.model = ChoiceModel(store, attendance.enrolled_participants(store, lab["id"]), self)
        self.model.chosen_changed.connect(self._update_count)

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.apply)
        self.person_filters = PersonFilters(
            self,
            lambda: (
                translate("EnrolDialog", "Any other lab"),
                translate("EnrolDialog", "Filter by another lab"),
            ),
        )
        self.person_filters.labs = [
            (i, n) for i, n in participant_list.lab_choices(store) if i != lab["id"]
        ]
        self.person_filters.changed.connect(self.apply)
        self.f_lab, self.f_site, self.f_origin, self.f_gender, self.f_status = (
            self.filter_combos
        ) = self.person_filters.combos

        self.view = read_only_table(self.model, self, "choices")
        compact_rows(self.view)
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the columns that tell people apart; phones stay on the participants screen
        self.view.setColumnHidden([c.key for c in self.model.columns].index("phone"), True)

        self.choose_listed = QPushButton(self)
        self.choose_listed.setObjectName("choose_listed")
        self.choose_listed.clicked.connect(self.model.choose_listed)
        self.clear_choice = QPushButton(self)
        self.clear_choice.setObjectName("clear_choice")
        self.clear_choice.clicked.connect(self.model.clear_choice)
        self.count = QLabel(self)
        self.count.setObjectName("chosen_count")
        self.date_label = QLabel(self)
        self.enrolled_on = DateEditor(KINDS["enrolment"].field("enrolled_on"), self)
        self.enrolled_on.setObjectName("enrolled_on")
        self.date_label.setBuddy(self.enrolled_on)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.enrol)
        self.buttons.rejected.connect(self.reject)

        filters = QHBoxLayout()
        for combo in self.filter_combos:
            filters.addWidget(combo, 1)
        choice = QHBoxLayout()
        choice.addWidget(self.choose_listed)
        choice.addWidget(self.clear_choice)
        choice.addWidget(self.count, 1)
        choice.addWidget(self.date_label)
        choice.addWidget(self.enrolled_on)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(choice)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.retranslate()
        self.apply()
        fit_to_screen(self, 1040, 640)
        self.search.setFocus()

    # ---- the list --------------------------------------------------------------------------
    def filters(self) -> participant_list.Filters:
        return self.person_filters.filters()

    def apply(self) -> None:
        self._timer.stop()
        try:
            self.model.set_query(text=self.search.text(), filters=self.filters())
        except UserError as exc:
            self._show(render(exc.message))
        self.view.resizeColumnToContents(0)

    def _sort(self, column: int, order) -> None:
        if self.model.columns[column].order_by is None:
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                self.model.sort_column(),
                Qt.SortOrder.DescendingOrder
                if self.model.descending
                else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)
            return
        self.model.sort(column, order)

    def _update_count(self) -> None:
        n = len(self.model.chosen)
        self.count.setText(translate("EnrolDialog", "%n participant(s) chosen", None, n))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(
            translate("EnrolDialog", "&Enrol %n participant(s)", None, n)
            if n
            else translate("EnrolDialog", "&Enrol")
        )
        ok.setEnabled(n > 0)
        self.message.hide()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # ---- enrolling -------------------------------------------------------------------------
    def enrol(self) -> bool:
        label = Message("Field", KINDS["enrolment"].field("enrolled_on").label)
        problem = self.enrolled_on.problem(label)
        day = self.enrolled_on.get_value()
        if problem is None and not isinstance(day, date):
            problem = Message(
                "EnrolDialog",
                QT_TRANSLATE_NOOP("EnrolDialog", "Enrolled on: type the date of the enrolment."),
            )
        if problem is not None:
            self._show(render(problem))
            self.enrolled_on.setFocus()
            return False
        try:
            result = jobs.runner().write(
                lambda: attendance.enrol_many(
                    self.store, self.lab["id"], sorted(self.model.chosen), day
                )
            )
        except ValidationError as exc:
            self._show(render(exc.message))
            return False
        except UserError as exc:
            self._show(render(exc.message))
            return False
        log.info("%d enrolments made in one lab", len(result["enrolled"]))
        self.result_ = result
        self.accept()
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(
            translate("EnrolDialog", "Enrol participants in {lab}").format(lab=self.lab["name"])
        )
        self.search.setPlaceholderText(
            translate("Participants", "Search by code, name, document number or phone")
        )
        self.search.setAccessibleName(translate("Participants", "Search participants"))
        self.person_filters.fill()
        self.view.setAccessibleName(translate("EnrolDialog", "Participants to choose from"))
        self.choose_listed.setText(translate("EnrolDialog", "Choose all &listed"))
        self.choose_listed.setToolTip(
            translate(
                "EnrolDialog",
                "Tick everyone the search and filters list, as far as the list has been scrolled",
            )
        )
        self.clear_choice.setText(translate("EnrolDialog", "Clear c&hoice"))
        self.date_label.setText(translate("Field", KINDS["enrolment"].field("enrolled_on").label))
        self.enrolled_on.setAccessibleName(
            translate("Field", KINDS["enrolment"].field("enrolled_on").label)
        )
        self.model.retranslate()
        self._update_count()
