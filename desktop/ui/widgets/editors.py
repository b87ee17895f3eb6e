"""One input widget per field type of desktop.domain.schema, each with the same small
interface: ``get_value()`` (a typed Python value or None), ``set_value(v)``, the signal
``edited`` and ``retranslate()``. RecordForm builds them; other screens may reuse them. The
editors of several values (choices, languages, a long list to tick) are in choice_editors.py."""

from __future__ import annotations

from typing import Any, Protocol, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from desktop.domain import occupations
from desktop.domain.schema import F
from desktop.domain.text import fold
from desktop.i18n import countries, current_language, enum_label, languages
from desktop.ui.widgets.choice_editors import EnumsEditor, LanguagesEditor
from desktop.ui.widgets.dates import DateLine


class FieldEditor(Protocol):
    """The interface every editor here shares besides its being a QWidget (and the inputs a form
    adds of its own, RecordForm.add_extra)."""

    @property
    def edited(self) -> Any: ...  # a Signal()
    def get_value(self) -> Any: ...
    def set_value(self, value: Any) -> None: ...
    def retranslate(self) -> None: ...


def field_input(widget: QWidget) -> FieldEditor:
    """An editor's field interface: a QWidget that is also a FieldEditor (Python's types cannot
    say both at once, so the widget is kept as a QWidget and read through this)."""
    return cast(FieldEditor, widget)


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


class _Spin(Protocol):
    """What _Nullable reads of the spin box it is mixed into (QSpinBox or QDoubleSpinBox)."""

    def minimum(self) -> Any: ...
    def value(self) -> Any: ...
    def setValue(self, val: Any) -> None: ...  # noqa: N802 - Qt API
    def _typed(self, value: Any) -> int | float: ...


class _Nullable:
    """Mixed in before QSpinBox or QDoubleSpinBox: their lowest value shows as empty."""

    # super() below is the spin box, which comes after this class in the MRO
    def textFromValue(self: _Spin, value):  # noqa: N802 - Qt override
        if value == self.minimum():
            return ""
        return super().textFromValue(value)  # type: ignore[misc]  # the spin box follows in the MRO

    def valueFromText(self: _Spin, text):  # noqa: N802 - Qt override
        if not text.strip():
            return self.minimum()
        return super().valueFromText(text)  # type: ignore[misc]  # the spin box follows in the MRO

    def validate(self, text, pos):
        if not text.strip():
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)  # type: ignore[misc]  # the spin box follows in the MRO

    def get_value(self: _Spin):
        return None if self.value() == self.minimum() else self._typed(self.value())

    def set_value(self: _Spin, value) -> None:
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
        self.members = list(spec.enum or ())  # F gives every enum field its enum
        self.fill()
        if not self.optional:
            self.setCurrentIndex(-1)

    def _items(self):
        return [(m.value, enum_label(m)) for m in self.members]


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
        line = self.lineEdit()
        if line is not None:  # always: the combo box was made editable above
            line.textEdited.connect(lambda _text: self.edited.emit())
        self.fill()

    def _items(self):
        return occupations.choices(current_language())

    def fill(self) -> None:
        super().fill()
        for row in range(self.count()):
            code = self.itemData(row)
            group = occupations.groups().get(code or "")
            self.setItemData(
                row, fold(" ".join([code, *group.titles.values()])) if group else "", self.FOLDED
            )

    def get_value(self):
        """The chosen group; text typed that names none is returned as typed, for validation
        to refuse by name ("choose an occupation group from the list")."""
        text = self.currentText().strip()
        if not text:
            return None
        if self.currentIndex() >= 0 and text == self.itemText(self.currentIndex()).strip():
            return self.currentData()
        return text


EDITORS = {
    "str": LineEditor,
    "text": TextEditor,
    "int": IntEditor,
    "float": FloatEditor,
    "bool": BoolEditor,
    "date": DateEditor,
    "datetime": DateTimeEditor,
    "enum": EnumEditor,
    "enums": EnumsEditor,
    "country": CountryEditor,
    "lang": LanguageEditor,
    "langs": LanguagesEditor,
    "ref": RefEditor,
    "isco": OccupationEditor,
}


def editor_for(spec: F, parent=None) -> QWidget:
    return EDITORS[spec.type](spec, parent)
