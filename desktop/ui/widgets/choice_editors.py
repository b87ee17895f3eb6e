"""Editors of several values: an enumeration's choices as check boxes (EnumsEditor), the
languages a person speaks picked from a filtered list (LanguagesEditor, LanguagePicker), and a
long list of choices to tick with a filter (ChoiceList). Each has the small interface of the
one-value editors (desktop.ui.widgets.editors): ``get_value()``, ``set_value(v)``, the signal
``edited`` and ``retranslate()``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.schema import F
from desktop.domain.text import fold
from desktop.i18n import enum_label, language_name, languages, translate
from desktop.ui.widgets.geometry import fit_to_screen

if TYPE_CHECKING:  # table_model imports the editors' module chain at run time
    from desktop.ui.widgets.table_model import FoldFilterProxy


class EnumsEditor(QWidget):
    """Several values of an enumeration, one check box each; stored as "a,b"."""

    edited = Signal()

    def __init__(self, spec: F, parent=None):
        super().__init__(parent)
        self.members = list(spec.enum or ())  # F gives every enum field its enum
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        self.boxes: dict[str, QCheckBox] = {}
        columns = 2
        for i, member in enumerate(self.members):
            box = QCheckBox(self)
            box.toggled.connect(self.edited)
            grid.addWidget(box, i // columns, i % columns)
            self.boxes[member.value] = box
        grid.setColumnStretch(columns, 1)
        first = next(iter(self.boxes.values()), None)
        if first is not None:
            self.setFocusProxy(first)
        self.retranslate()

    def get_value(self):
        chosen = [v for v, box in self.boxes.items() if box.isChecked()]
        return ",".join(chosen) or None

    def set_value(self, value) -> None:
        chosen = set(filter(None, (value or "").split(",")))
        for v, box in self.boxes.items():
            box.setChecked(v in chosen)

    def retranslate(self) -> None:
        for member in self.members:
            text = enum_label(member)
            self.boxes[member.value].setText(text)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt override
        super().setAccessibleName(name)
        for member in self.members:
            self.boxes[member.value].setAccessibleDescription(name)


class FoldedItems(QStandardItemModel):
    """Check-box items filtered as the main search does: every typed word appears in the
    item's text, case and accents ignored (desktop.domain.text.fold), through FoldFilterProxy."""

    def haystack(self, row: int) -> str:
        return fold(self.item(row).text())


def folding_proxy(model: FoldedItems, parent) -> FoldFilterProxy:
    from desktop.ui.widgets.table_model import FoldFilterProxy

    proxy = FoldFilterProxy(parent)
    proxy.setSourceModel(model)
    return proxy


class LanguagePicker(QDialog):
    """Choose several languages in a filterable list of check boxes."""

    def __init__(self, chosen: list[str], parent=None):
        super().__init__(parent)
        self.model = FoldedItems(self)
        ordered = languages()
        ordered = [x for x in ordered if x[0] in chosen] + [
            x for x in ordered if x[0] not in chosen
        ]
        for code, name in ordered:  # the languages already chosen first
            item = QStandardItem(name)
            item.setData(code, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            self.model.appendRow(item)
        self.proxy = folding_proxy(self.model, self)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 340, 420)
        self.retranslate()

    def chosen(self) -> list[str]:
        out = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def set_checked(self, code: str, checked: bool = True) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("LanguagePicker", "Choose languages"))
        self.filter.setPlaceholderText(translate("LanguagePicker", "Filter languages"))
        self.filter.setAccessibleName(translate("LanguagePicker", "Filter languages"))
        self.view.setAccessibleName(translate("LanguagePicker", "Languages"))

    def changeEvent(self, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LanguagesEditor(QWidget):
    """Several languages: their names in a read-only line and a button opening the picker."""

    edited = Signal()

    def __init__(self, spec: F, parent=None):
        super().__init__(parent)
        self.codes: list[str] = []
        self.shown = QLineEdit(self)
        self.shown.setReadOnly(True)
        self.shown.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.shown, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.button)
        self.retranslate()

    def choose(self) -> None:
        picker = LanguagePicker(self.codes, self)
        if picker.exec() == QDialog.DialogCode.Accepted:
            self.set_value(",".join(picker.chosen()))

    def get_value(self):
        return ",".join(self.codes) or None

    def set_value(self, value) -> None:
        codes = [c.strip() for c in (value or "").split(",") if c.strip()]
        if codes != self.codes:
            self.codes = codes
            self._show()
            self.edited.emit()

    def _show(self) -> None:
        self.shown.setText(", ".join(language_name(c) for c in self.codes))

    def retranslate(self) -> None:
        self.button.setText(translate("LanguagesEditor", "Choose…"))
        self.button.setToolTip(translate("LanguagesEditor", "Choose the languages from a list"))
        self._show()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt override
        super().setAccessibleName(name)
        self.button.setAccessibleName(name)
        self.shown.setAccessibleName(name)


class ChoiceList(QWidget):
    """Several records chosen from a list of check boxes with a filter (e.g. a lab's partner
    companies). ``get_value()`` gives the chosen ids in list order."""

    edited = Signal()

    def __init__(self, parent=None, rows: int = 6):
        super().__init__(parent)
        self._quiet = False
        self.model = FoldedItems(self)
        self.model.itemChanged.connect(self._item_changed)
        self.proxy = folding_proxy(self.model, self)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * rows + 8)
        self.view.setMaximumHeight(self.fontMetrics().lineSpacing() * rows * 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)
        self.retranslate()

    def _item_changed(self, _item) -> None:
        if not self._quiet:
            self.edited.emit()

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        chosen = set(self.get_value())
        self._quiet = True
        self.model.clear()
        for value, text in choices:
            item = QStandardItem(text)
            item.setData(value, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked
            )
            self.model.appendRow(item)
        self._quiet = False

    def _items(self):
        return [self.model.item(row) for row in range(self.model.rowCount())]

    def get_value(self) -> list[str]:
        return [
            i.data(Qt.ItemDataRole.UserRole)
            for i in self._items()
            if i.checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value) -> None:
        chosen = set(value or ())
        self._quiet = True
        for item in self._items():
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in chosen
                else Qt.CheckState.Unchecked
            )
        self._quiet = False
        self.edited.emit()

    def set_checked(self, value: str, checked: bool = True) -> None:
        for item in self._items():
            if item.data(Qt.ItemDataRole.UserRole) == value:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(translate("ChoiceList", "Filter the list"))
        self.filter.setAccessibleName(translate("ChoiceList", "Filter the list"))

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt override
        super().setAccessibleName(name)
        self.view.setAccessibleName(name)
