"""Answering a questionnaire: a RecordDialog (drafts kept while typing, asked before closing
with changes, errors under each question) with one input per question, the questions' texts
taken from the form file in the language chosen for the answer (the participant's or the
technician's), every other text through Qt's catalogue."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from desktop.domain import enums as E
from desktop.domain.schema import F
from desktop.domain.surveys import Form, Question, clean_answer
from desktop.domain.text import person_name
from desktop.i18n import current_language, format_date, language_name, render, translate
from desktop.i18n.values import enum_text
from desktop.services import surveys
from desktop.ui import jobs
from desktop.ui.widgets.editors import DateEditor, LineEditor, TextEditor, _Choice
from desktop.ui.widgets.geometry import fit_to_screen
from desktop.ui.widgets.record_dialog import RecordDialog


class ChoiceAnswer(_Choice):
    """yes/no and single-choice questions: the answers in the language chosen."""

    def __init__(self, question: Question, language, parent=None):
        super().__init__(not question.required, parent)
        self.question, self.language = question, language
        self.fill()
        if not self.optional:
            self.setCurrentIndex(-1)

    def _items(self):
        return [
            (c.name, self.question.choice_label(c.name, self.language()))
            for c in self.question.choices
        ]

    def retranslate(self) -> None:
        index = self.currentIndex()
        self.fill()
        if index < 0:
            self.setCurrentIndex(-1)


class LikertAnswer(QWidget):
    """A Likert 1-5 question: five buttons between the texts of its two ends."""

    edited = Signal()

    def __init__(self, question: Question, language, parent=None):
        super().__init__(parent)
        self.question, self.language = question, language
        self.low, self.high = QLabel(self), QLabel(self)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.low)
        self.buttons: list[QRadioButton] = []
        for c in question.choices:
            button = QRadioButton(c.name, self)
            button.setObjectName(f"likert_{question.name}_{c.name}")
            self.group.addButton(button, int(c.name))
            self.buttons.append(button)
            row.addWidget(button)
        row.addWidget(self.high)
        row.addStretch(1)
        self.group.idClicked.connect(lambda _id: self.edited.emit())
        self.retranslate()

    def _end(self, index: int) -> str:
        text = self.question.choice_label(self.question.choices[index].name, self.language())
        return text.split(" - ", 1)[-1]

    def get_value(self):
        checked = self.group.checkedId()
        return checked if checked > 0 else None

    def set_value(self, value) -> None:
        self.group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(value is not None and button.text() == str(value))
        self.group.setExclusive(True)

    def retranslate(self) -> None:
        self.low.setText(self._end(0))
        self.high.setText(self._end(-1))
        for button, c in zip(self.buttons, self.question.choices, strict=True):
            button.setToolTip(self.question.choice_label(c.name, self.language()))

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt override
        super().setAccessibleName(name)
        for button in self.buttons:
            button.setAccessibleName(f"{name}: {button.text()}")


class _Typed:
    """Inputs that need no translation of their own (numbers, texts, dates)."""

    def retranslate(self) -> None:
        pass


class NumberAnswer(_Typed, LineEditor):
    pass


class TextAnswer(_Typed, TextEditor):
    pass


def answer_editor(question: Question, language, parent) -> QWidget:
    """One input per kind of question."""
    if question.kind in ("yes_no", "select"):
        return ChoiceAnswer(question, language, parent)
    if question.kind == "likert":
        return LikertAnswer(question, language, parent)
    if question.kind in ("integer", "decimal"):
        return NumberAnswer(F(question.name, question.name, "str", max_len=40), parent)
    if question.kind == "date":
        return DateEditor(F(question.name, question.name, "date"), parent)
    return TextAnswer(F(question.name, question.name, "text", max_len=2000), parent)


def answer_text(q, value, language: str) -> str:
    """A stored answer as a person reads it: a choice by its label in ``language``, a date by
    babel, nothing for no answer."""
    if value is None:
        return ""
    if q is not None and q.choices:
        return q.choice_label(value, language)
    if isinstance(value, str) and q is not None and q.kind == "date":
        return format_date(date.fromisoformat(value), fmt="medium")
    return str(value)


class SurveyDialog(RecordDialog):
    """Answer ``form`` for ``person``, or change ``response`` (given under this version)."""

    language_changed = Signal()

    def __init__(
        self, store, person: dict, form: Form, response: surveys.Response | None = None, parent=None
    ):
        self.person, self.questionnaire, self.response = person, form, response
        own = current_language()
        theirs = person.get("preferred_language") or own
        self.answer_language = response.language if response else theirs
        key = (
            f"survey_response:{response.id}"
            if response
            else f"survey_response:new:{person['id']}:{form.form}"
        )
        # an answered survey remembers the stamps it showed: a save over answers changed meanwhile
        # (another window, a USB import) is refused and both are shown, question by question
        super().__init__(
            "survey_response",
            self._title,
            self._save,
            fields=["answered_on"],
            store=store,
            draft_key=key,
            parent=parent,
            seen=json.loads(response.stamps) if response else None,
        )
        self.setObjectName("survey_dialog")
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("survey_language")
        self.choices = (
            [(theirs, "participant"), (own, "technician")] if theirs != own else [(own, "both")]
        )
        if self.answer_language not in {c for c, _ in self.choices}:
            self.choices.insert(0, (self.answer_language, "given"))
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language_box)
        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language_box, 1)
        self.column.insertLayout(0, top)
        for q in form.questions:
            self.form.add_extra(
                q.name,
                answer_editor(q, lambda: self.answer_language, self.form),
                lambda q=q: self._question_text(q),
            )
            self.form.input(q.name).edited.connect(lambda q=q: self._check(q))
            hint = q.hint(self.answer_language)
            self.form.editors[q.name].setToolTip(hint)
        # a question's text above its answer, on the whole width of the dialog
        self.form.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        values: dict[str, Any] = {"answered_on": response.answered_on if response else date.today()}
        values.update(
            {
                q.name: self._shown(q, response.answers.get(q.name)) if response else None
                for q in form.questions
            }
        )
        self.form.set_values(values)
        self.retranslate()
        self.fit_to_form()

    def fit_to_form(self) -> None:
        """Wide enough for a question on a line or two, as tall as the screen allows."""
        fit_to_screen(self, 800, min(self.form.sizeHint().height() + 120, 720))

    @staticmethod
    def _shown(q: Question, value):
        if value is None:
            return None
        if q.kind == "date":
            return date.fromisoformat(value)
        if q.kind in ("integer", "decimal"):
            return str(value)
        return value

    def _title(self) -> str:
        return translate("Surveys", "{survey}: {name}").format(
            survey=enum_text(E.SurveyForm, self.questionnaire.form),
            name=person_name(self.person),
        )

    def _question_text(self, q: Question) -> str:
        text = q.label(self.answer_language)
        return translate("RecordForm", "{field} *").format(field=text) if q.required else text

    def _check(self, q: Question) -> None:
        """A number out of range or not a number is said as soon as it is typed."""
        if q.kind not in ("integer", "decimal"):
            return
        value = self.form.input(q.name).get_value()
        try:
            clean_answer(q, value)
        except ValueError as exc:
            if value not in (None, ""):
                label = self.form.errors[q.name]
                label.setText(render(exc.args[0].message))
                label.show()

    def _language_chosen(self, index: int) -> None:
        if 0 <= index < len(self.choices):
            self.answer_language = self.choices[index][0]
            self.form.retranslate()
            for q in self.questionnaire.questions:
                self.form.editors[q.name].setToolTip(q.hint(self.answer_language))
            self.language_changed.emit()

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "language_box"):
            return
        self.language_label.setText(translate("Surveys", "&Questions in:"))
        words = {
            "participant": translate("Surveys", "{language} (the participant's language)"),
            "technician": translate("Surveys", "{language} (your language)"),
            "both": translate("Surveys", "{language} (the participant's and yours)"),
            "given": translate("Surveys", "{language} (as it was answered)"),
        }
        self.language_box.blockSignals(True)
        self.language_box.clear()
        for code, who in self.choices:
            self.language_box.addItem(words[who].format(language=language_name(code)), code)
        self.language_box.setCurrentIndex(self.language_box.findData(self.answer_language))
        self.language_box.blockSignals(False)

    def _save(self, values: dict, seen: dict | None = None):
        answers = {q.name: values.get(q.name) for q in self.questionnaire.questions}
        return jobs.runner().write(
            lambda: surveys.save(
                self.form.store,
                self.person["id"],
                self.questionnaire.form,
                answers,
                answered_on=values.get("answered_on"),
                language=self.answer_language,
                response_id=self.response.id if self.response else None,
                seen=seen,
            )
        )

    @staticmethod
    def _answers(value) -> dict:
        loaded = json.loads(value or "{}") if isinstance(value, str) else (value or {})
        return loaded if isinstance(loaded, dict) else {}

    def stale_rows(self, exc) -> list[tuple[str, str, str]]:
        """The answers stored as one field are compared question by question."""
        rows = []
        for d in exc.differences:
            if d.field != "answers":
                rows.extend(super().stale_rows(type(exc)([d], exc.stamps)))
                continue
            stored, yours = self._answers(d.stored), self._answers(d.yours)
            rows.extend(
                (
                    q.label(self.answer_language),
                    answer_text(q, stored.get(q.name), self.answer_language),
                    answer_text(q, yours.get(q.name), self.answer_language),
                )
                for q in self.questionnaire.questions
                if stored.get(q.name) != yours.get(q.name)
            )
        return rows

    def stored_values(self, exc) -> dict:
        values = {}
        for d in exc.differences:
            if d.field == "answers":
                stored = self._answers(d.stored)
                values.update(
                    {
                        q.name: self._shown(q, stored.get(q.name))
                        for q in self.questionnaire.questions
                    }
                )
            elif d.field in self.form.editors:
                values[d.field] = d.stored
        return values
