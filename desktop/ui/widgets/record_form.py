"""A form for any record kind, built from its field specs, and the dialog that saves it.

RecordForm shows one input per field (desktop.ui.widgets.editors), the validation message
of a field right below it, and knows whether the user changed anything. RecordDialog adds
Save/Cancel, asks before throwing changes away, and keeps a draft on disk while the user types.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    UserError,
    ValidationError,
)
from desktop.domain.schema import KINDS
from desktop.domain.text import person_name
from desktop.domain.validation import validate
from desktop.i18n import format_date, format_datetime, render, translate
from desktop.storage.drafts import Drafts
from desktop.ui import errors
from desktop.ui.widgets.conflict_panel import ConflictPanel
from desktop.ui.widgets.editors import RefEditor, editor_for
from desktop.ui.widgets.geometry import fit_to_screen

log = logging.getLogger("milma.ui.forms")

ERROR_STYLE = "color: #b3261e;"


def ref_label(kind: str, row: dict) -> str:
    """How a record is named in a choice list."""
    if kind == "participant":
        return translate("RecordForm", "{name} ({code})").format(name=person_name(row), code=row.get("code") or "")
    for key in ("name", "full_name", "title"):
        if row.get(key):
            return str(row[key])
    for key in ("met_on", "starts_at", "start_date", "recorded_on"):
        if row.get(key):
            value = row[key]
            return format_datetime(value) if hasattr(value, "hour") else format_date(value)
    return str(row.get("id", ""))


def open_once(key: str, make, near: QWidget):
    """Any record form opens once per record in a window: the dialog already open under
    ``key`` (its ``record_key``, e.g. "enrolment:<id>") over the window of ``near`` is brought
    to the front and returned; else ``make()`` builds one (or None), which is opened."""
    window = near.window()
    for widget in QApplication.topLevelWidgets():
        parent = widget.parentWidget()
        if (getattr(widget, "record_key", None) == key and widget.isVisible()
                and parent is not None and parent.window() is window):
            widget.raise_()
            widget.activateWindow()
            return widget
    dialog = make()
    if dialog is not None:
        dialog.open()
    return dialog


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
        self.extra_labels: dict[str, object] = {}  # name -> function giving the label text
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
        editor.edited.connect(lambda n=name: self._on_edited(n))
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
        return name in self.asked and (self._record_id is None or self._baseline.get(name) is not None)

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

    def values(self) -> dict:
        return {name: self.editors[name].get_value() for name in self.names}

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
                    self.editors[name].set_value(value)
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
        self._baseline.update({n: self.editors[n].get_value() for n in values if n in self.editors})
        self.changed.emit()

    def value_text(self, name: str, value) -> str:
        """A value of one of the form's fields as a person reads it (a record by its name)."""
        from desktop.ui.pages.table import show_value

        editor = self.editors.get(name)
        if isinstance(editor, RefEditor):
            return next((text for v, text in editor.choices if v == value), "" if value is None else str(value))
        return show_value(self.kind, name, value)

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
            rows = list_all(self.store, target)
            if target == self.kind and self._record_id:
                rows = [r for r in rows if r["id"] != self._record_id]  # not oneself
            choices = sorted(((r["id"], ref_label(target, r)) for r in rows), key=lambda c: c[1].casefold())
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
            if name in self.asked and self.required(name) and self.editors[name].get_value() is None:
                missing.append(FieldProblem(name, Message("Validation", QT_TRANSLATE_NOOP(
                    "Validation", "{field} is required."), {"field": Message("Field", self.spec.field(name).label)})))
        if missing:  # with what the record's own rules say of the other fields, all at once
            try:
                validate(self.kind, self.values())
            except ValidationError as exc:
                seen = {p.field for p in problems + missing}
                missing += [p for p in exc.problems if p.field in self.names and p.field not in seen]
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
            self._problems = ValidationError([p for p in self._problems.problems if p.field != name]) \
                if any(p.field != name for p in self._problems.problems) else None

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
                    self.editors[name].retranslate()
                    continue
                editor = self.editors[name]
                editor.setAccessibleName(translate("Field", self.spec.field(name).label))
                editor.retranslate()
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


# ---- the dialog --------------------------------------------------------------------------

SAVE, DISCARD, KEEP_EDITING = "save", "discard", "keep"


class Questions:
    """The questions a RecordDialog asks. Replace ``RecordDialog.questions`` (or an
    instance's) with another object of this shape to answer them without a message box."""

    def unsaved_changes(self, parent) -> str:
        answer = errors.ask(parent, translate("RecordDialog", "You have changed this form. Save the changes?"),
                            discard=True, title=translate("RecordDialog", "Unsaved changes"))
        return {"save": SAVE, "discard": DISCARD}.get(answer, KEEP_EDITING)

    def restore_draft(self, parent, saved_at) -> bool:
        when = format_datetime(saved_at) if saved_at else ""
        return errors.ask(parent, translate("RecordDialog", "This form has a draft that was not saved (last kept {when}). "
                                                            "Restore it?").format(when=when),
                          default="yes", title=translate("RecordDialog", "Unsaved draft")) == "yes"


class RecordDialog(QDialog):
    """Edit one record. ``save_fn(values)`` is the caller's service call; it returns the
    saved record (kept in ``.saved``) or raises UserError / ValidationError. ``title`` is a
    translated text, or a function giving it (then it follows a language change).

    With ``seen`` (the record's stamps when its values were read) the call is
    ``save_fn(values, seen)``: a StaleRecord it raises (the record changed meanwhile) shows
    both values of each changed field, and the user keeps theirs or takes the saved ones.
    ``record_key`` (the draft key) names the record for open_once."""

    questions = Questions()
    AUTOSAVE_MS = 5000

    def __init__(self, kind: str, title: str, save_fn, values: dict | None = None,
                 fields: list[str] | None = None, store=None, draft_key: str | None = None,
                 parent=None, seen: dict | None = None):
        super().__init__(parent)
        self.kind = kind
        self.title = title
        self.save_fn = save_fn
        self.saved: dict | None = None
        self.seen = seen
        self.stale = None  # the StaleRecord shown, until the user chooses
        self.draft_key = self.record_key = draft_key
        self.drafts = self._drafts(store) if draft_key else None
        self._decided = False
        self._offered = False
        self.restored_draft = False

        self.form = RecordForm(kind, fields, store, self)
        if values:
            self.form.set_values(values)
        self.form.changed.connect(self._on_changed)

        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.conflict = ConflictPanel(self)
        self.conflict.keep_mine.connect(self.keep_mine)
        self.conflict.take_saved.connect(self.take_saved)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.conflict)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        self.autosave = QTimer(self)
        self.autosave.setInterval(self.AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)

        self.fit_to_form()
        self.retranslate()

    def fit_to_form(self) -> None:
        """As large as the form needs, within the screen (a 1366x768 laptop included)."""
        hint = self.form.sizeHint()
        fit_to_screen(self, min(max(hint.width() + 60, 560), 900), min(hint.height() + 100, 720))

    @staticmethod
    def _drafts(store) -> Drafts:
        if store is not None:
            return Drafts(store.data_dir)
        from desktop.storage.engine import resolve_data_dir

        return Drafts(resolve_data_dir())

    # ---- drafts ----------------------------------------------------------------------------
    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._offered:
            self._offered = True
            QTimer.singleShot(0, self, self.offer_draft)

    def offer_draft(self) -> None:
        """If a draft of this form survived (a crash, a flat battery), offer it back."""
        if self.drafts is None or self.restored_draft:
            return
        values = self.drafts.load(self.draft_key)
        if values is None:
            return
        if self.questions.restore_draft(self, self.drafts.saved_at(self.draft_key)):
            self.form.set_values(values, clean=False)
            self.restored_draft = True
            log.info("draft restored (%s)", self.kind)
        else:
            self.drafts.discard(self.draft_key)

    def resume_draft(self) -> bool:
        """Put the kept draft in the form without asking (the user chose to resume it)."""
        values = self.drafts.load(self.draft_key) if self.drafts is not None else None
        if values is None:
            return False
        self.form.set_values(values, clean=False)
        self.restored_draft = True
        self._on_changed()
        log.info("draft resumed (%s)", self.kind)
        return True

    def save_draft(self) -> None:
        if self.drafts is None:
            return
        if self.form.is_dirty():
            try:
                self.drafts.save(self.draft_key, self.form.values())
            except OSError as exc:
                log.warning("could not keep a draft: %s", type(exc).__name__)
        else:  # back to the saved state: nothing to keep
            self.autosave.stop()
            self.drafts.discard(self.draft_key)

    def _on_changed(self) -> None:
        self.message.hide()
        if self.drafts is not None and self.form.is_dirty() and not self.autosave.isActive():
            self.autosave.start()

    # ---- saving and closing ----------------------------------------------------------------
    def save(self) -> bool:
        from desktop.services.records import StaleRecord

        values = self.form.values()
        self.message.hide()
        typed = self.form.input_problems()
        try:
            if typed:
                raise ValidationError(typed)
            saved = self.save_fn(values) if self.seen is None else self.save_fn(values, self.seen)
        except StaleRecord as exc:
            self.show_stale(exc)
            log.info("form of %s not saved: changed meanwhile in %d field(s)", self.kind, len(exc.differences))
            return False
        except ValidationError as exc:
            self.form.show_errors(exc)
            first = next((n for n in self.form.names if exc.for_field(n) is not None), None)
            if first is not None:  # a long form: bring the first problem into view
                self.scroll.ensureWidgetVisible(self.form.widget(first).parentWidget())
            log.info("form of %s not saved: %d invalid field(s)", self.kind, len(exc.problems))
            return False
        except UserError as exc:
            self.form.clear_errors()
            self.message.setText(render(exc.message))
            self.message.show()
            return False
        self.saved = saved
        self.stale = None
        self.conflict.hide()
        self.form.clear_errors()
        self.form.mark_clean()
        self._finish()
        self.accept()
        return True

    # ---- a record changed since it was opened ----------------------------------------------
    def show_stale(self, exc) -> None:
        self.stale = exc
        self.form.clear_errors()
        was_shown = self.conflict.isVisible()
        self.conflict.show_differences(render(exc.message), self.stale_rows(exc))
        if not was_shown:  # room for the comparison, the form keeping its height (within the screen)
            fit_to_screen(self, self.width(), self.height() + self.conflict.sizeHint().height())

    def stale_rows(self, exc) -> list[tuple[str, str, str]]:
        """(field, value saved meanwhile, value typed here) of each difference, as read."""
        return [(self.form.field_label(d.field), self.form.value_text(d.field, d.stored),
                 self.form.value_text(d.field, d.yours)) for d in exc.differences]

    def stored_values(self, exc) -> dict:
        """The values saved meanwhile, by the form's field names."""
        return {d.field: d.stored for d in exc.differences}

    def _seen_now(self) -> dict:
        return self.stale.stamps.get(self.stale.differences[0].row_id, {})

    def keep_mine(self) -> None:
        """Save the values shown here over those saved meanwhile (now seen)."""
        if self.stale is not None:
            self.seen = self._seen_now()
            self.conflict.hide()
            self.save()

    def take_saved(self) -> None:
        """Show the values saved meanwhile; the user's other changes stay, to save or not."""
        if self.stale is None:
            return
        self.form.take_stored(self.stored_values(self.stale))
        self.seen = self._seen_now()
        self.stale = None
        self.conflict.hide()

    def _finish(self) -> None:
        self._decided = True
        self.autosave.stop()
        if self.drafts is not None:
            self.drafts.discard(self.draft_key)

    def reject(self) -> None:
        if self._decided or not self.form.is_dirty():
            self._finish()
            super().reject()
            return
        answer = self.questions.unsaved_changes(self)
        if answer == SAVE:
            self.save()
        elif answer == DISCARD:
            self._finish()
            super().reject()

    def closeEvent(self, event):  # noqa: N802 - Qt override
        if self._decided or not self.form.is_dirty():
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()

    def hideEvent(self, event):  # noqa: N802 - Qt override
        # closed without a decision (the application quitting, a parent closing): keep a draft
        if not self._decided and self.form.is_dirty():
            self.save_draft()
        self.autosave.stop()
        super().hideEvent(event)

    # ---- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        # the title may be given as a function, to follow a language change
        self.setWindowTitle(self.title() if callable(self.title) else self.title)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(translate("RecordDialog", "Save (Ctrl+S)"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(translate("RecordDialog", "Close without saving (Esc)"))
        self.conflict.retranslate()

    def changeEvent(self, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
