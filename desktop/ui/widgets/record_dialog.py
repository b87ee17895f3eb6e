"""The dialog that edits and saves one record (RecordDialog) around a RecordForm: Save/Cancel,
the question before throwing changes away (Questions), the draft kept on disk while the user
types and offered back after a crash, and a record changed meanwhile shown field by field.
open_once brings back the dialog already open on a record instead of opening a second one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import UserError, ValidationError
from desktop.i18n import format_datetime, render, translate
from desktop.storage.drafts import Drafts
from desktop.ui import errors
from desktop.ui.widgets.conflict_panel import ConflictPanel
from desktop.ui.widgets.draft_keeper import CLOSE, DraftKeeper
from desktop.ui.widgets.draft_keeper import SAVE as SAVE_FIRST
from desktop.ui.widgets.geometry import fit_to_screen
from desktop.ui.widgets.record_form import ERROR_STYLE, RecordForm

if TYPE_CHECKING:  # the services are imported when a form is saved
    from desktop.services.records import StaleRecord

log = logging.getLogger("milma.ui.forms")


def open_once(key: str, make, near: QWidget):
    """Any record form opens once per record in a window: the dialog already open under
    ``key`` (its ``record_key``, e.g. "enrolment:<id>") over the window of ``near`` is brought
    to the front and returned; else ``make()`` builds one (or None), which is opened."""
    window = near.window()
    for widget in QApplication.topLevelWidgets():
        parent = widget.parentWidget()
        if (
            getattr(widget, "record_key", None) == key
            and widget.isVisible()
            and parent is not None
            and parent.window() is window
        ):
            widget.raise_()
            widget.activateWindow()
            return widget
    dialog = make()
    if dialog is not None:
        dialog.open()
    return dialog


SAVE, DISCARD, KEEP_EDITING = "save", "discard", "keep"


class Questions:
    """The questions a RecordDialog asks. Replace ``RecordDialog.questions`` (or an
    instance's) with another object of this shape to answer them without a message box."""

    def unsaved_changes(self, parent) -> str:
        answer = errors.ask(
            parent,
            translate("RecordDialog", "You have changed this form. Save the changes?"),
            discard=True,
            title=translate("RecordDialog", "Unsaved changes"),
        )
        return {"save": SAVE, "discard": DISCARD}.get(answer, KEEP_EDITING)

    def restore_draft(self, parent, saved_at) -> bool:
        when = format_datetime(saved_at) if saved_at else ""
        return (
            errors.ask(
                parent,
                translate(
                    "RecordDialog",
                    "This form has a draft that was not saved (last kept {when}). Restore it?",
                ).format(when=when),
                default="yes",
                title=translate("RecordDialog", "Unsaved draft"),
            )
            == "yes"
        )


class RecordDialog(QDialog):
    """Edit one record. ``save_fn(values)`` is the caller's service call; it returns the
    saved record (kept in ``.saved``) or raises UserError / ValidationError. ``title`` is a
    translated text, or a function giving it (then it follows a language change).

    With ``seen`` (the record's stamps when its values were read) the call is
    ``save_fn(values, seen)``: a StaleRecord it raises (the record changed meanwhile) shows
    both values of each changed field, and the user keeps theirs or takes the saved ones.
    ``record_key`` (the draft key) names the record for open_once."""

    questions = Questions()

    def __init__(
        self,
        kind: str,
        title: str | Callable[[], str],
        save_fn,
        values: dict | None = None,
        fields: list[str] | None = None,
        store=None,
        draft_key: str | None = None,
        parent=None,
        seen: dict | None = None,
    ):
        super().__init__(parent)
        self.kind = kind
        self.title = title
        self.save_fn = save_fn
        self.saved: Any = None  # what save_fn gave: a record, or a service's own result
        self.seen = seen
        self.stale: StaleRecord | None = None  # the one shown, until the user chooses
        self.draft_key = self.record_key = draft_key
        self.drafts = self._drafts(store) if draft_key else None
        self._offered = False
        self.restored_draft = False

        self.form = RecordForm(kind, fields, store, self)
        if values:
            self.form.set_values(values)
        self.keeper = DraftKeeper(
            self, self.drafts, draft_key or "", self.form.values, self.form.is_dirty
        )
        self.form.changed.connect(self._on_changed)

        self.scroll_area = scroll = QScrollArea(self)
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
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # the dialog's column: a dialog may put its own rows above the form
        self.column = layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.conflict)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)

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
        if self.restored_draft:
            return
        values = self.keeper.load()
        if values is None:
            return
        if self.questions.restore_draft(self, self.keeper.saved_at()):
            self.form.set_values(values, clean=False)
            self.restored_draft = True
            log.info("draft restored (%s)", self.kind)
        else:
            self.keeper.discard()

    def resume_draft(self) -> bool:
        """Put the kept draft in the form without asking (the user chose to resume it)."""
        values = self.keeper.load()
        if values is None:
            return False
        self.form.set_values(values, clean=False)
        self.restored_draft = True
        self._on_changed()
        log.info("draft resumed (%s)", self.kind)
        return True

    def save_draft(self) -> None:
        """Keep the draft now (what the keeper does a moment after each edit)."""
        self.keeper.keep()

    def _on_changed(self) -> None:
        self.message.hide()
        self.keeper.edited()

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
            log.info(
                "form of %s not saved: changed meanwhile in %d field(s)",
                self.kind,
                len(exc.differences),
            )
            return False
        except ValidationError as exc:
            self.form.show_errors(exc)
            first = next((n for n in self.form.names if exc.for_field(n) is not None), None)
            cell = self.form.widget(first).parentWidget() if first is not None else None
            if cell is not None:  # a long form: bring the first problem into view
                self.scroll_area.ensureWidgetVisible(cell)
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
        self.keeper.finish()
        self.accept()
        return True

    # ---- a record changed since it was opened ----------------------------------------------
    def show_stale(self, exc) -> None:
        self.stale = exc
        self.form.clear_errors()
        was_shown = self.conflict.isVisible()
        self.conflict.show_differences(render(exc.message), self.stale_rows(exc))
        if (
            not was_shown
        ):  # room for the comparison, the form keeping its height (within the screen)
            fit_to_screen(self, self.width(), self.height() + self.conflict.sizeHint().height())

    def stale_rows(self, exc) -> list[tuple[str, str, str]]:
        """(field, value saved meanwhile, value typed here) of each difference, as read."""
        return [
            (
                self.form.field_label(d.field),
                self.form.value_text(d.field, d.stored),
                self.form.value_text(d.field, d.yours),
            )
            for d in exc.differences
        ]

    def stored_values(self, exc) -> dict:
        """The values saved meanwhile, by the form's field names."""
        return {d.field: d.stored for d in exc.differences}

    def _seen_now(self) -> dict:
        if self.stale is None:  # never: called while a StaleRecord is shown
            return self.seen or {}
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

    def reject(self) -> None:
        step = self.keeper.leaving(lambda: self.questions.unsaved_changes(self))
        if step == SAVE_FIRST:
            self.save()
        elif step == CLOSE:
            super().reject()

    def closeEvent(self, event):  # noqa: N802 - Qt override
        if not self.keeper.must_ask():
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()

    def hideEvent(self, event):  # noqa: N802 - Qt override
        # closed without a decision (the application quitting, a parent closing): keep a draft
        self.keeper.hidden()
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
