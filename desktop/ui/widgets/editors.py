"""One input widget per field type of desktop.domain.schema, each with the same small
interface: ``get_value()`` (a typed Python value or None), ``set_value(v)``, the signal
``edited`` and ``retranslate()``. RecordForm builds them; other screens may reuse them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import occupations
from desktop.domain.schema import F
from desktop.domain.text import fold
from desktop.i18n import countries, current_language, language_name, languages, translate
from desktop.ui.widgets.dates import DateLine
from desktop.ui.widgets.geometry import fit_to_screen

# ---- text ------------------------------------------------------------------------------

class LineEditor(QLineEdit):
    edited = Signal()

    def __init__(self, spec: F, parent=None):
        super().__init__(parent)
        if spec.max_len:
            self.setMaxLength(spec.max_len)
        self.textChanged.connect(self.edited)

    def get_value(self):
        return self.text().strip() or None

    def set_value(self, value) -> None:
        self.setText("" if value is None else str(value))

    def retranslate(self) -> None:
        pass


class TextEditor(QPlainTextEdit):
    edited = Signal()

    def __init__(self, spec: F, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on: the form stays usable with the keyboard
        long_text = (spec.max_len or 0) > 10_000
        lines = 12 if long_text else 4
        self._hint_height = self.fontMetrics().lineSpacing() * lines + 12
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * min(lines, 3) + 12)
        if not long_text:  # short notes keep their size; a life story takes the room there is
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
            self.setMaximumHeight(self._hint_height)
        self.textChanged.connect(self.edited)

    def sizeHint(self):  # noqa: N802 - Qt override
        hint = super().sizeHint()
        hint.setHeight(self._hint_height)
        return hint

    def get_value(self):
        text = self.toPlainText()
        return text if text.strip() else None

    def set_value(self, value) -> None:
        self.setPlainText("" if value is None else str(value))

    def retranslate(self) -> None:
        pass


# ---- numbers: spin boxes whose lowest value means "empty" ---------------------------------

class _Nullable:
    def textFromValue(self, value):  # noqa: N802 - Qt override
        if value == self.minimum():
            return ""
        return super().textFromValue(value)

    def valueFromText(self, text):  # noqa: N802 - Qt override
        if not text.strip():
            return self.minimum()
        return super().valueFromText(text)

    def validate(self, text, pos):
        if not text.strip():
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def get_value(self):
        return None if self.value() == self.minimum() else self._typed(self.value())

    def set_value(self, value) -> None:
        self.setValue(self.minimum() if value is None else value)

    def retranslate(self) -> None:
        pass


class IntEditor(_Nullable, QSpinBox):
    edited = Signal()

    def __init__(self, spec: F, parent=None):
        super().__init__(parent)
        low = int(spec.min) if spec.min is not None else -1_000_000
        high = int(spec.max) if spec.max is not None else 1_000_000
        self.setRange(low - 1, high)
        self.setValue(self.minimum())
        self.valueChanged.connect(self.edited)

    @staticmethod
    def _typed(value):
        return int(value)


class FloatEditor(_Nullable, QDoubleSpinBox):
    edited = Signal()

    def __init__(self, spec: F, parent=None):
        super().__init__(parent)
        self.setDecimals(2)
        low = float(spec.min) if spec.min is not None else -1_000_000.0
        high = float(spec.max) if spec.max is not None else 1_000_000.0
        self.setRange(low - 1, high)
        self.setValue(self.minimum())
        self.valueChanged.connect(self.edited)

    @staticmethod
    def _typed(value):
        return float(value)


class BoolEditor(QCheckBox):
    edited = Signal()

    def __init__(self, spec: F, parent=None):
        super().__init__(parent)
        self.toggled.connect(self.edited)

    def get_value(self):
        return self.isChecked()

    def set_value(self, value) -> None:
        self.setChecked(bool(value))

    def retranslate(self) -> None:
        pass


# ---- dates: the one date editor (desktop.ui.widgets.dates) ---------------------------------

class DateEditor(DateLine):
    """A date typed as day/month/year or chosen in a calendar; a required one starts at today."""

    def __init__(self, spec: F, parent=None):
        super().__init__(parent, start_today=spec.required)


class DateTimeEditor(DateLine):
    """A date and time ("25/03/2026 09:30"); a required one starts at now."""

    def __init__(self, spec: F, parent=None):
        super().__init__(parent, with_time=True, start_today=spec.required)


# ---- choices ---------------------------------------------------------------------------

class _Choice(QComboBox):
    """A combo of (value, shown text) items, with an empty first item when optional."""

    edited = Signal()

    def __init__(self, optional: bool, parent=None):
        super().__init__(parent)
        self.optional = optional
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.setMaxVisibleItems(20)
        self.currentIndexChanged.connect(self.edited)

    def _items(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def fill(self) -> None:
        current = self.get_value()
        self.blockSignals(True)
        self.clear()
        if self.optional:
            self.addItem("", None)
        for value, text in self._items():
            self.addItem(text, value)
        self.blockSignals(False)
        self.set_value(current, quiet=True)

    def get_value(self):
        return self.currentData()

    def set_value(self, value, quiet: bool = False) -> None:
        index = self.findData(value) if value is not None else (0 if self.optional else -1)
        if index < 0 and value is not None:
            # a value no longer offered (a deleted record, an old code): keep it visible
            self.addItem(str(value), value)
            index = self.count() - 1
        if quiet:
            self.blockSignals(True)
        self.setCurrentIndex(index)
        if quiet:
            self.blockSignals(False)

    def retranslate(self) -> None:
        self.fill()


class EnumEditor(_Choice):
    def __init__(self, spec: F, parent=None):
        super().__init__(not spec.required, parent)
        self.enum = spec.enum
        self.fill()
        if not self.optional:
            self.setCurrentIndex(-1)

    def _items(self):
        return [(m.value, translate("Enum", m.label)) for m in self.enum]


class CountryEditor(_Choice):
    def __init__(self, spec: F, parent=None):
        super().__init__(not spec.required, parent)
        self.fill()

    def _items(self):
        return countries()


class LanguageEditor(_Choice):
    def __init__(self, spec: F, parent=None):
        super().__init__(not spec.required, parent)
        self.fill()

    def _items(self):
        return languages()


class RefEditor(_Choice):
    """Records of another kind, by name; filled by the form from the store."""

    def __init__(self, spec: F, parent=None):
        super().__init__(not spec.required, parent)
        self.choices: list[tuple[str, str]] = []
        if not self.optional:
            self.setCurrentIndex(-1)

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        self.choices = list(choices)
        self.fill()

    def _items(self):
        return self.choices

    def retranslate(self) -> None:
        pass


class _FoldingCompleter(QCompleter):
    """Completes on every item whose code or title (in any of the three languages) holds the
    typed text, case and accents ignored (desktop.domain.text.fold)."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [fold(path)]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt override
        return index.data(Qt.ItemDataRole.DisplayRole)


class OccupationEditor(_Choice):
    """An ISCO-08 occupation group, chosen from the list or found by typing part of its title."""

    FOLDED = Qt.ItemDataRole.UserRole + 1

    def __init__(self, spec: F, parent=None):
        super().__init__(not spec.required, parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(28)
        completer = _FoldingCompleter(self.model(), self)
        completer.setCompletionRole(self.FOLDED)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(lambda _text: self.edited.emit())
        self.fill()

    def _items(self):
        return occupations.choices(current_language())

    def fill(self) -> None:
        super().fill()
        for row in range(self.count()):
            code = self.itemData(row)
            group = occupations.groups().get(code or "")
            self.setItemData(row, fold(" ".join([code, *group.titles.values()])) if group else "", self.FOLDED)

    def get_value(self):
        """The chosen group; text typed that names none is returned as typed, for validation
        to refuse by name ("choose an occupation group from the list")."""
        text = self.currentText().strip()
        if not text:
            return None
        if self.currentIndex() >= 0 and text == self.itemText(self.currentIndex()).strip():
            return self.currentData()
        return text


# ---- several choices ---------------------------------------------------------------------

class EnumsEditor(QWidget):
    """Several values of an enumeration, one check box each; stored as "a,b"."""

    edited = Signal()

    def __init__(self, spec: F, parent=None):
        super().__init__(parent)
        self.enum = spec.enum
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        self.boxes: dict[str, QCheckBox] = {}
        columns = 2
        for i, member in enumerate(self.enum):
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
        for member in self.enum:
            text = translate("Enum", member.label)
            self.boxes[member.value].setText(text)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt override
        super().setAccessibleName(name)
        for member in self.enum:
            self.boxes[member.value].setAccessibleDescription(name)


class FoldedItems(QStandardItemModel):
    """Check-box items filtered as the main search does: every typed word appears in the
    item's text, case and accents ignored (desktop.domain.text.fold), through FoldFilterProxy."""

    def haystack(self, row: int) -> str:
        return fold(self.item(row).text())


def folding_proxy(model: FoldedItems, parent) -> QSortFilterProxyModel:
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
        ordered = [x for x in ordered if x[0] in chosen] + [x for x in ordered if x[0] not in chosen]
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
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
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
            item.setCheckState(Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked)
            self.model.appendRow(item)
        self._quiet = False

    def _items(self):
        return [self.model.item(row) for row in range(self.model.rowCount())]

    def get_value(self) -> list[str]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self._items()
                if i.checkState() == Qt.CheckState.Checked]

    def set_value(self, value) -> None:
        chosen = set(value or ())
        self._quiet = True
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)
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


EDITORS = {
    "str": LineEditor, "text": TextEditor, "int": IntEditor, "float": FloatEditor,
    "bool": BoolEditor, "date": DateEditor, "datetime": DateTimeEditor, "enum": EnumEditor,
    "enums": EnumsEditor, "country": CountryEditor, "lang": LanguageEditor,
    "langs": LanguagesEditor, "ref": RefEditor, "isco": OccupationEditor,
}


def editor_for(spec: F, parent=None):
    return EDITORS[spec.type](spec, parent)
