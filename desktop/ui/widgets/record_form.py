"""A form for any record kind, built from its field specs.

RecordForm shows one input per field (desktop.ui.widgets.editors), the validation message
of a field right below it, and knows whether the user changed anything. The dialog that saves
it (RecordDialog: Save/Cancel, the unsaved-changes question, the draft kept while the user
types, a record changed meanwhile) is in record_dialog.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    ValidationError,
)
from desktop.domain.schema import KINDS
from desktop.domain.text import person_name
from desktop.domain.validation import validate
from desktop.i18n import format_date, format_datetime, render, translate
from desktop.i18n.values import value_text
from desktop.ui.widgets.editors import FieldEditor, RefEditor, editor_for, field_input

ERROR_STYLE = "color: #b3261e;"


def ref_label(kind: str, row: dict) -> str:
    """How a record is named in a choice list."""
    if kind == "participant":
        return translate("RecordForm", "{name} ({code})").format(
            name=person_name(row), code=row.get("code") or ""
        )
    for key in ("name", "full_name", "title"):
        if row.get(key):
            return str(row[key])
    for key in ("met_on", "starts_at", "start_date", "recorded_on"):
        if row.get(key):
            value = row[key]
            return format_datetime(value) if hasattr(value, "hour") else format_date(value)
    return str(row.get("id", ""))


class RecordForm(QWidget):
    """Inputs for the fields of one record kind (all of them, or ``fields`` in that order)."""

    changed = Signal()

    def __init__(self, kind: str, fields: list[str] | None = None, store=None, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.spec = KINDS[kind]
        self.store = store
        self.names = list(fields) if fields is not None else list(self.spec.names)
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.extra_labels: dict[
            str, Callable[[], str]
        ] = {}  # name -> function giving the label text
        self.asked: frozenset[str] = frozenset()  # see ask()
        self._problems: ValidationError | None = None
        self._record_id: str | None = None
        self._loading = False

        self.layout_ = layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addRow(self.general_error)
        for name in self.names:
            self._add_row(name, editor_for(self.spec.field(name), self))
        previous = None
        for name in self.names:
            if previous is not None:
                QWidget.setTabOrder(previous, self.editors[name])
            previous = self.editors[name]
        self.reload_refs()
        self.retranslate()
        self._baseline = self.values()

    def _add_row(self, name: str, editor: QWidget) -> None:
        editor.setObjectName(f"field_{name}")
        field_input(editor).edited.connect(lambda n=name: self._on_edited(n))
        label = QLabel(self)
        label.setBuddy(editor)
        error = QLabel(self)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        box.addWidget(error)
        self.layout_.addRow(label, cell)
        self.editors[name], self.labels[name], self.errors[name] = editor, label, error

    def ask(self, names) -> None:
        """Ask for fields the kind lets be empty (a lab's niche and planned hours): marked
        required and refused empty before saving, except on a record stored without them (a lab
        brought in from the history may be saved with other changes, and completed later)."""
        self.asked = frozenset(names)
        self._mark_required()

    def required(self, name: str) -> bool:
        """Whether the form refuses ``name`` empty."""
        if name in self.extra_labels:
            return False
        if self.spec.field(name).required:
            return True
        return name in self.asked and (
            self._record_id is None or self._baseline.get(name) is not None
        )

    def add_extra(self, name: str, editor: QWidget, label) -> None:
        """An input that is not a field of the kind (e.g. a lab's partner companies), shown
        after the fields and included in values(), errors, drafts and the dirty check.
        ``editor`` has get_value/set_value/edited/retranslate; ``label()`` gives its text."""
        if self.names:
            last = self.editors[self.names[-1]]
        else:
            last = None
        self.names.append(name)
        self.extra_labels[name] = label
        self._add_row(name, editor)
        if last is not None:
            QWidget.setTabOrder(last, editor)
        self.retranslate()
        self.mark_clean()

    # ---- values ----------------------------------------------------------------------------
    def widget(self, field: str) -> QWidget:
        return self.editors[field]

    def input(self, name: str) -> FieldEditor:
        """A field's editor, read and written through the interface editors share."""
        return field_input(self.editors[name])

    def values(self) -> dict:
        return {name: self.input(name).get_value() for name in self.names}

    def set_values(self, values: dict, clean: bool = True) -> None:
        """Show a record's values (fields of other kinds are ignored). With ``clean`` they
        become the state that counts as unchanged."""
        if values.get("id") and values.get("id") != self._record_id:
            self._record_id = values["id"]
            self.reload_refs()
        self._loading = True
        try:
            for name, value in values.items():
                if name in self.editors:
                    self.input(name).set_value(value)
        finally:
            self._loading = False
        if clean:
            self.mark_clean()
        self.changed.emit()

    def is_dirty(self) -> bool:
        return self.values() != self._baseline

    def mark_clean(self) -> None:
        self._baseline = self.values()
        if self.asked:  # asked or not depends on what the record held
            self._mark_required()

    def _on_edited(self, name: str) -> None:
        if not self._loading:
            self.clear_error(name)  # the message was about what the field held before
            self.changed.emit()

    def take_stored(self, values: dict) -> None:
        """Show stored values in their fields as the unchanged state of those fields, keeping
        what was typed in the others."""
        self.set_values(values, clean=False)
        self._baseline.update({n: self.input(n).get_value() for n in values if n in self.editors})
        self.changed.emit()

    def value_text(self, name: str, value) -> str:
        """A value of one of the form's fields as a person reads it (a record by its name)."""
        editor = self.editors.get(name)
        if isinstance(editor, RefEditor):
            return next(
                (text for v, text in editor.choices if v == value),
                "" if value is None else str(value),
            )
        return value_text(self.kind, name, value)

    def field_label(self, name: str) -> str:
        if name in self.extra_labels:
            return self.extra_labels[name]()
        return translate("Field", self.spec.field(name).label)

    def reload_refs(self) -> None:
        """Fill the choices of reference fields from the store."""
        if self.store is None:
            return
        from desktop.services.records import list_all

        for name in self.names:
            editor = self.editors[name]
            if name in self.extra_labels or not isinstance(editor, RefEditor):
                continue
            target = self.spec.field(name).ref
            if target is None:  # never: F gives every ref field its kind
                continue
            rows = list_all(self.store, target)
            if target == self.kind and self._record_id:
                rows = [r for r in rows if r["id"] != self._record_id]  # not oneself
            choices = sorted(
                ((r["id"], ref_label(target, r)) for r in rows), key=lambda c: c[1].casefold()
            )
            self._loading = True
            try:
                editor.set_choices(choices)
            finally:
                self._loading = False

    # ---- errors ----------------------------------------------------------------------------
    def input_problems(self) -> list[FieldProblem]:
        """Text typed that is not a value of its field (a date written another way, a day that
        does not exist) and fields asked for (ask()) left empty, reported before anything is
        saved; with the latter, what the kind's rules say of the other fields."""
        problems, missing = [], []
        for name in self.names:
            check = getattr(self.editors[name], "problem", None)
            if check is not None and name not in self.extra_labels:
                message = check(Message("Field", self.spec.field(name).label))
                if message is not None:
                    problems.append(FieldProblem(name, message))
                    continue
            if name in self.asked and self.required(name) and self.input(name).get_value() is None:
                missing.append(
                    FieldProblem(
                        name,
                        Message(
                            "Validation",
                            QT_TRANSLATE_NOOP("Validation", "{field} is required."),
                            {"field": Message("Field", self.spec.field(name).label)},
                        ),
                    )
                )
        if missing:  # with what the record's own rules say of the other fields, all at once
            try:
                validate(self.kind, self.values())
            except ValidationError as exc:
                seen = {p.field for p in problems + missing}
                missing += [
                    p for p in exc.problems if p.field in self.names and p.field not in seen
                ]
        return problems + missing

    def show_errors(self, error: ValidationError) -> None:
        """Each problem's message below its field, in red; the first invalid field gets focus."""
        self.clear_errors()
        self._problems = error
        self._render_errors()
        for name in self.names:
            if error.for_field(name) is not None:
                self.editors[name].setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def _render_errors(self) -> None:
        error = self._problems
        if error is None:
            return
        other = []
        for problem in error.problems:
            text = render(problem.message)
            if problem.field in self.errors:
                label = self.errors[problem.field]
                label.setText(text)
                label.show()
                self.editors[problem.field].setAccessibleDescription(text)
            else:
                other.append(text)
        self.general_error.setText("\n".join(other))
        self.general_error.setVisible(bool(other))

    def clear_error(self, name: str) -> None:
        label = self.errors.get(name)
        if label is None or label.isHidden():
            return
        label.clear()
        label.hide()
        self.editors[name].setAccessibleDescription("")
        if self._problems is not None:
            self._problems = (
                ValidationError([p for p in self._problems.problems if p.field != name])
                if any(p.field != name for p in self._problems.problems)
                else None
            )

    def clear_errors(self) -> None:
        self._problems = None
        for name, label in self.errors.items():
            label.clear()
            label.hide()
            self.editors[name].setAccessibleDescription("")
        self.general_error.clear()
        self.general_error.hide()

    def error_text(self, field: str) -> str:
        """The message shown below a field ("" when none)."""
        label = self.errors[field]
        return label.text() if not label.isHidden() else ""

    # ---- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._loading = True
        try:
            for name in self.names:
                label = self.labels[name]
                if name in self.extra_labels:
                    text = self.extra_labels[name]()
                    label.setText(text)
                    self.editors[name].setAccessibleName(text)
                    self.input(name).retranslate()
                    continue
                editor = self.editors[name]
                editor.setAccessibleName(translate("Field", self.spec.field(name).label))
                self.input(name).retranslate()
        finally:
            self._loading = False
        self._mark_required()
        self._render_errors()

    def _mark_required(self) -> None:
        """The fields' labels, those the form refuses empty marked *."""
        for name in self.names:
            if name in self.extra_labels:
                continue
            label, text = self.labels[name], translate("Field", self.spec.field(name).label)
            if self.required(name):
                label.setText(translate("RecordForm", "{field} *").format(field=text))
                label.setToolTip(translate("RecordForm", "Required"))
            else:
                label.setText(text)
                label.setToolTip("")

    def changeEvent(self, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
