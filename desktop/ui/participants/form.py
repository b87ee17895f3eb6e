"""Registering and editing a participant: inline validation next to each field, possible
duplicates shown before a new person is saved, autosaved drafts, a question before closing
with unsaved changes."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import enums as E
from desktop.domain.messages import (
    FieldProblem,
    Message,
    UserError,
    ValidationError,
)
from desktop.domain.schema import KINDS
from desktop.domain.text import person_name
from desktop.i18n import format_date, render, translate
from desktop.services import consents, participants, records
from desktop.storage.drafts import Drafts
from desktop.storage.store import Store
from desktop.ui import errors, jobs
from desktop.ui.participants.consents_form import FIELD as DATA_CONSENT
from desktop.ui.participants.consents_form import DataConsentBox
from desktop.ui.widgets.dates import DateLine
from desktop.ui.widgets.draft_keeper import CLOSE, SAVE, DraftKeeper
from desktop.ui.widgets.editors import RefEditor, editor_for, field_input
from desktop.ui.widgets.geometry import fit_to_screen

log = logging.getLogger("milma.ui.participants")

SPEC = KINDS["participant"]
NEW_DRAFT = "participant:new"
DUPLICATE_DELAY_MS = 300

# (group title source, fields) — the order is the tab order
GROUPS = (
    (
        "Identity",
        ("first_name", "last_name", "birth_date", "gender", "document_type", "document_number"),
    ),
    ("Origin", ("nationality", "migrant_status", "arrival_date", "languages", "spanish_level")),
    ("Contact", ("phone", "email", "neighbourhood", "preferred_language")),
    (
        "Background",
        (
            "education",
            "unemployed_since",
            "desired_occupation",
            "desired_occupation_group",
            "employment_history",
            "site",
            "technician_id",
        ),
    ),
)


def draft_key(participant_id: str | None) -> str:
    return f"participant:{participant_id}" if participant_id else NEW_DRAFT


def _group_title(source: str) -> str:
    return {
        "Identity": translate("ParticipantForm", "Identity"),
        "Origin": translate("ParticipantForm", "Origin and languages"),
        "Contact": translate("ParticipantForm", "Contact"),
        "Background": translate("ParticipantForm", "Background and follow-up"),
    }[source]


def make_editor(store: Store, name: str) -> QWidget:
    if SPEC.field(name).type == "date":
        return DateLine()
    editor = editor_for(SPEC.field(name))
    if name == "technician_id" and isinstance(editor, RefEditor):
        editor.set_choices(
            [
                (t["id"], t["full_name"])
                for t in records.list_all(store, "technician", order_by="full_name")
            ]
        )
    elif SPEC.field(name).type == "text":
        editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * 4)
    return editor


class DuplicatePanel(QFrame):
    """Possible duplicates of the person being registered, with a way to open them."""

    open_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("duplicates")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#duplicates { background: #fff4e5; border: 1px solid #e0a030; }")
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 5)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._open)
        self.list.itemActivated.connect(lambda _i: self._open())
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.rows: list[dict] = []
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(
            translate(
                "ParticipantForm",
                "This person may already be registered. Open the existing record instead, "
                "or register anyway if it is someone else.",
            )
        )
        self.open_button.setText(translate("ParticipantForm", "&Open existing record"))
        self.list.setAccessibleName(translate("ParticipantForm", "Possible duplicates"))
        self.show_rows(self.rows)

    def show_rows(self, rows: list[dict]) -> None:
        self.rows = rows
        self.list.clear()
        for r in rows:
            reason = (
                translate("ParticipantForm", "same document number")
                if r.get("reason") == "document"
                else translate("ParticipantForm", "similar name, same birth date")
            )
            text = translate(
                "ParticipantForm", "{code} — {first} {last}, born {birth} ({reason})"
            ).format(
                code=r["code"],
                first=r["first_name"],
                last=r["last_name"],
                birth=format_date(r["birth_date"], fmt="medium"),
                reason=reason,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r["id"])
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)
            # as tall as its rows (up to four), measured in the current font
            shown = min(len(rows), 4)
            self.list.setMaximumHeight(
                self.list.sizeHintForRow(0) * shown + 2 * self.list.frameWidth() + 2
            )
        self.setVisible(bool(rows))

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))


class ParticipantDialog(QDialog):
    """Register a new participant (``participant_id=None``) or edit one.

    After ``accepted``, ``saved`` holds the saved record. ``open_existing`` is emitted with the
    id of a possible duplicate the user chose to open instead.
    """

    open_existing = Signal(str)

    def __init__(
        self,
        store: Store,
        participant_id: str | None = None,
        parent: QWidget | None = None,
        restore_draft: bool | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("ParticipantDialog")
        self.store = store
        self.participant_id = participant_id
        self.saved: dict | None = None
        self.drafts = Drafts(store.data_dir)
        self.key = draft_key(participant_id)
        self._dirty = False
        self._loading = True

        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors_: dict[str, QLabel] = {}
        self.groups: list[tuple[str, QGroupBox]] = []

        body = QWidget()
        grid = QGridLayout(body)
        for gi, (title, names) in enumerate(GROUPS):
            box = QGroupBox(body)
            form = QGridLayout(box)
            form.setColumnStretch(1, 1)
            for row, name in enumerate(names):
                editor = make_editor(store, name)
                editor.setObjectName(name)
                label = QLabel(box)
                label.setBuddy(editor)
                error = QLabel(box)
                error.setObjectName(f"error_{name}")
                error.setWordWrap(True)
                error.setStyleSheet("color: #b00020;")
                error.hide()
                align = (
                    Qt.AlignmentFlag.AlignTop
                    if SPEC.field(name).type == "text"
                    else Qt.AlignmentFlag.AlignVCenter
                )
                form.addWidget(label, row * 2, 0, align)
                form.addWidget(editor, row * 2, 1)
                form.addWidget(error, row * 2 + 1, 1)
                field_input(editor).edited.connect(lambda n=name: self._on_edited(n))
                self.editors[name], self.labels[name], self.errors_[name] = editor, label, error
            self.groups.append((title, box))
            grid.addWidget(box, gi // 2, gi % 2, Qt.AlignmentFlag.AlignTop)
        # a new person: the consent to the processing of personal data, with the printed notice
        self.consent = (
            None
            if participant_id
            else DataConsentBox(
                store,
                lambda: field_input(self.editors["preferred_language"]).get_value() or "es",
                lambda: person_name(self.values()),
                body,
            )
        )
        if self.consent is not None:
            grid.addWidget(self.consent, (len(GROUPS) + 1) // 2, 0, 1, 2)
            field_input(self.editors["preferred_language"]).edited.connect(self.consent.retranslate)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch((len(GROUPS) + 1) // 2 + 1, 1)  # spare height below the groups
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.duplicates = DuplicatePanel(self)
        self.duplicates.open_requested.connect(self._open_duplicate)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        QShortcut(QKeySequence("Ctrl+W"), self).activated.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.buttons)

        order = [n for _t, names in GROUPS for n in names]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(self.editors[a], self.editors[b])
        if self.consent is not None:
            QWidget.setTabOrder(self.editors[order[-1]], self.consent.date)
            QWidget.setTabOrder(self.consent.date, self.consent.print_button)
            QWidget.setTabOrder(self.consent.print_button, self.save_button)
        else:
            QWidget.setTabOrder(self.editors[order[-1]], self.save_button)

        self.keeper = DraftKeeper(self, self.drafts, self.key, self.values, self.is_dirty)
        self._dup_timer = QTimer(self, singleShot=True, interval=DUPLICATE_DELAY_MS)
        self._dup_timer.timeout.connect(self.check_duplicates)

        self._load(restore_draft)
        self.retranslate()
        self._loading = False
        self.editors["first_name"].setFocus()
        fit_to_screen(self, 1100, 720)

    # ---- values -----------------------------------------------------------------------
    def _load(self, restore_draft: bool | None) -> None:
        if self.participant_id:
            self.set_values(records.get(self.store, "participant", self.participant_id))
        else:
            self.set_values(
                {
                    "site": self.store.meta.get("site") or E.Site.CIFE.value,
                    "preferred_language": "es",
                    "birth_date": None,
                    "technician_id": self.store.meta.get("technician_id") or None,
                }
            )
        draft = self.keeper.load()
        if draft:
            if restore_draft is None:
                restore_draft = (
                    errors.ask(
                        self,
                        translate(
                            "ParticipantForm",
                            "Unsaved changes to this form were kept from an earlier session."
                            " Restore them?",
                        ),
                    )
                    == "yes"
                )
            if restore_draft:
                self.set_values(draft)
                self._dirty = True
            else:
                self.keeper.discard()

    def set_values(self, values: dict) -> None:
        for name, editor in self.editors.items():
            if name in values:
                field_input(editor).set_value(values[name])

    def values(self) -> dict:
        return {name: field_input(editor).get_value() for name, editor in self.editors.items()}

    def is_dirty(self) -> bool:
        return self._dirty

    def _on_edited(self, name: str) -> None:
        if self._loading:
            return
        self._dirty = True
        self.keeper.edited()
        self.errors_[name].hide()
        if not self.participant_id and name in (
            "first_name",
            "last_name",
            "birth_date",
            "document_number",
        ):
            self._dup_timer.start()

    def save_draft(self) -> None:
        """Keep the draft now (what the keeper does a moment after each edit)."""
        self.keeper.keep()

    # ---- labels -----------------------------------------------------------------------
    def retranslate(self) -> None:
        new = not self.participant_id
        self.setWindowTitle(
            translate("ParticipantForm", "Register a participant")
            if new
            else translate("ParticipantForm", "Edit participant")
        )
        self.intro.setText(
            translate("ParticipantForm", "Fields marked * are required. Ctrl+S saves.")
        )
        for title, box in self.groups:
            box.setTitle(_group_title(title))
        for name, label in self.labels.items():
            f = SPEC.field(name)
            text = translate("Field", f.label)
            if f.required:
                text = translate("ParticipantForm", "{field} *").format(field=text)
            label.setText(text)
            self.editors[name].setAccessibleName(translate("Field", f.label))
            if name != "technician_id":
                field_input(self.editors[name]).retranslate()
        self.duplicates.retranslate()
        if self.consent is not None:
            self.consent.retranslate()
        self._update_save_text()

    def _update_save_text(self) -> None:
        if self.duplicates.isVisible() and not self.participant_id:
            self.save_button.setText(translate("ParticipantForm", "Register &anyway"))
        else:
            self.save_button.setText(translate("ParticipantForm", "&Save"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- validation, duplicates, saving ------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.errors_.values():
            label.hide()

    def show_errors(self, exc: ValidationError) -> None:
        self.clear_errors()
        first = None
        if self.consent is not None:
            self.consent.error.hide()
        for problem in exc.problems:
            if problem.field == DATA_CONSENT and self.consent is not None:
                self.consent.show_error(problem.message)
                first = first or problem.field
                continue
            label = self.errors_.get(problem.field)
            if label is None:
                continue
            label.setText(render(problem.message))
            label.show()
            first = first or problem.field
        if first == DATA_CONSENT and self.consent is not None:
            self.consent.date.setFocus()
        elif first:
            self.editors[first].setFocus()
        else:
            errors.show_error(self, exc)

    def check_duplicates(self) -> list[dict]:
        if self.participant_id or not self.store.is_open:
            return []
        values = self.values()
        if not isinstance(values.get("birth_date"), date):
            values["birth_date"] = None
        rows = participants.find_duplicates(self.store, values)
        self.duplicates.show_rows(rows)
        self._update_save_text()
        return rows

    def date_problems(self) -> list[FieldProblem]:
        """Dates typed that are not dates, or days that do not exist (reported before anything
        else)."""
        found = [
            FieldProblem(name, problem)
            for name, editor in self.editors.items()
            if isinstance(editor, DateLine)
            and (problem := editor.problem(Message("Field", SPEC.field(name).label))) is not None
        ]
        if self.consent is not None and (problem := self.consent.problem()) is not None:
            found.append(FieldProblem(DATA_CONSENT, problem))
        return found

    def save(self) -> None:
        values = self.values()
        bad_dates = self.date_problems()
        if bad_dates:
            self.show_errors(ValidationError(bad_dates))
            return
        try:
            if participant_id := self.participant_id:
                self.saved = jobs.runner().write(
                    lambda: participants.update(self.store, participant_id, values)
                )
            else:
                seen = (
                    {r["id"] for r in self.duplicates.rows}
                    if self.duplicates.isVisible()
                    else set()
                )
                rows = self.check_duplicates()
                if {r["id"] for r in rows} - seen:
                    # possible duplicates not seen yet: show them first; "Register anyway" confirms
                    self.duplicates.list.setFocus()
                    return
                signed = self.consent.value() if self.consent is not None else None
                try:
                    self.saved = jobs.runner().write(
                        lambda: consents.register(self.store, values, signed)
                    )
                except (
                    participants.DocumentRegistered
                ) as exc:  # the technician decides, told whose it is
                    question = translate(
                        "ParticipantForm",
                        "The document number {number} is already registered as {name} ({code})."
                        " Register anyway?",
                    ).format(
                        number=exc.number, name=person_name(exc.existing), code=exc.existing["code"]
                    )
                    if errors.ask(self, question) != "yes":
                        return
                    same = exc.existing["id"]
                    self.saved = jobs.runner().write(
                        lambda: consents.register(self.store, values, signed, same_document_as=same)
                    )
        except ValidationError as exc:
            self.show_errors(exc)
            return
        except UserError as exc:
            errors.show_error(self, exc)
            return
        log.info("participant saved: %s", self.saved["id"])
        self.keeper.finish()
        self._dirty = False
        super().accept()

    def _open_duplicate(self, participant_id: str) -> None:
        self.keeper.finish()
        self._dirty = False
        self.open_existing.emit(participant_id)
        super().reject()

    def reject(self) -> None:
        step = self.keeper.leaving(
            lambda: errors.ask(
                self,
                translate("ParticipantForm", "Save the changes to this participant?"),
                discard=True,
            )
        )
        if step == SAVE:
            self.save()
        elif step == CLOSE:
            self._dirty = False
            super().reject()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        # closed without a decision (the application quitting): keep a draft
        self.keeper.hidden()
        self._dup_timer.stop()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.keeper.must_ask():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
