"""The Surveys tab of a participant's page: the responses given (latest first) and their answers,
"New survey" for the questionnaire chosen, and a response given under the questionnaire's
current version opened again to correct it; one given under an older version is shown as it
was given (a later edit of a questionnaire never changes old answers)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import enums as E
from desktop.domain.surveys import FORM_IDS, Form, FormError
from desktop.i18n import format_date, language_name, render, translate
from desktop.i18n.values import enum_text, value_text
from desktop.services import surveys
from desktop.ui import errors
from desktop.ui.participants.survey_form import SurveyDialog, answer_text
from desktop.ui.widgets.record_dialog import open_once
from desktop.ui.widgets.table_model import Column, RowsModel
from desktop.ui.widgets.tables import keep_fitted, read_only_table

log = logging.getLogger("milma.ui.participants")
KIND = "survey_response"


class ResponsesModel(RowsModel):
    kind = KIND  # the agenda and the follow-ups choose a row by record id
    COLUMNS = (
        Column(
            "answered_on",
            lambda: translate("Field", "Answered on"),
            lambda r: format_date(r["item"].answered_on, fmt="medium"),
            lambda r: r["item"].answered_on.isoformat(),
        ),
        Column(
            "form",
            lambda: translate("Field", "Questionnaire"),
            lambda r: value_text("survey_response", "form", r["item"].form),
        ),
        Column(
            "form_version",
            lambda: translate("Field", "Questionnaire version"),
            lambda r: r["item"].form_version,
        ),
        Column(
            "language",
            lambda: translate("Field", "Language answered in"),
            lambda r: language_name(r["item"].language),
        ),
    )


def answers_text(response: surveys.Response, form: Form | None) -> str:
    """Each answer on a line, "question — answer", the question's text taken from the form of the
    same version when it is the current one (else its name), in the language answered in."""
    lines = []
    same = form is not None and form.version == response.form_version
    for name, value in response.answers.items():
        q = form.question(name) if form is not None and same else None
        question = q.label(response.language) if q else name
        lines.append(f"{question} — {answer_text(q, value, response.language)}")
    return "\n".join(lines)


class SurveysTab(QWidget):
    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.store = view.store
        self.setObjectName("tab_surveys")
        self.person: dict = {}
        self.responses: list[surveys.Response] = []
        self.dialog: SurveyDialog | None = None

        self.form_label = QLabel(self)
        self.form_choice = QComboBox(self)
        self.form_choice.setObjectName("survey_form_choice")
        self.form_label.setBuddy(self.form_choice)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_survey")
        self.new_button.clicked.connect(lambda: self.start(self.form_choice.currentData()))
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_survey")
        self.open_button.clicked.connect(self.open_selected)
        self.model = ResponsesModel(parent=self)
        self.table = read_only_table(self.model, self, "survey_responses")
        keep_fitted(self.table, stretch=1)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())
        self.note = QLabel(self)
        self.note.setObjectName("survey_note")
        self.note.setWordWrap(True)
        self.answers = QPlainTextEdit(self)
        self.answers.setObjectName("survey_answers")
        self.answers.setReadOnly(True)

        top = QHBoxLayout()
        top.addWidget(self.form_label)
        top.addWidget(self.form_choice)
        top.addWidget(self.new_button)
        top.addStretch(1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.note)
        layout.addWidget(self.answers, 3)
        self.retranslate()
        self._show_selected()

    # ---- data ----------------------------------------------------------------------------
    def set_data(self, person: dict, data: dict) -> None:
        self.person = person
        selected = self.selected()
        self.responses = surveys.responses(self.store, person["id"])
        self.model.set_rows([{"id": r.id, "item": r} for r in self.responses])
        if selected is not None:
            self.select(selected.id)
        self._show_selected()

    def selected(self) -> surveys.Response | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()]["item"] if rows else None

    def select(self, response_id: str) -> bool:
        row = self.model.row_of(response_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _form(self, form: str) -> Form | None:
        try:
            return surveys.load_form(form)
        except FormError as exc:
            errors.show_error(self, exc)
            return None

    def _show_selected(self) -> None:
        response = self.selected()
        self.open_button.setEnabled(response is not None)
        if response is None:
            self.note.setText(translate("Surveys", "Choose a response to see its answers."))
            self.answers.clear()
            return
        try:
            form = surveys.load_form(response.form)
        except FormError as exc:
            form = None
            self.note.setText(render(exc.message))
        if form is not None and form.version != response.form_version:
            self.note.setText(
                translate(
                    "Surveys",
                    "Answered under version {old} of the questionnaire, which is now version {new}:"
                    " kept as it was given.",
                ).format(old=response.form_version, new=form.version)
            )
        elif form is not None:
            self.note.setText(translate("Surveys", "Open it to correct an answer."))
        self.answers.setPlainText(answers_text(response, form))

    # ---- answering -----------------------------------------------------------------------
    def start(self, form_id: str) -> SurveyDialog | None:
        """A new response to ``form_id`` (initial, end or followup)."""
        if form_id not in FORM_IDS:
            return None
        form = self._form(form_id)
        if form is None:
            return None
        key = f"{KIND}:new:{self.person['id']}:{form_id}"
        return self._open(key, lambda: SurveyDialog(self.store, self.person, form, parent=self))

    def open_selected(self) -> SurveyDialog | None:
        response = self.selected()
        if response is None:
            return None
        form = self._form(response.form)
        if form is None or form.version != response.form_version:
            return None  # kept as it was given: its answers are shown below the list
        return self._open(
            f"{KIND}:{response.id}",
            lambda: SurveyDialog(self.store, self.person, form, response, parent=self),
        )

    def resume(self, rest: str) -> SurveyDialog | None:
        """The survey a draft was kept for: ``rest`` is "new:<person id>:<form>" or a response id
        (desktop.ui.participants.resume puts the draft in it)."""
        if rest.startswith("new:"):
            return self.start(rest.rsplit(":", 1)[-1])
        if self.select(rest):
            return self.open_selected()
        return None

    def _open(self, key: str, make) -> SurveyDialog | None:
        def build():
            dialog = make()
            dialog.accepted.connect(lambda: self._saved(dialog))
            return dialog

        self.dialog = open_once(key, build, self)
        return self.dialog

    def _saved(self, dialog: SurveyDialog) -> None:
        log.info("survey response saved for participant %s", self.person.get("id"))
        self.view.refresh()
        if dialog.saved is not None:
            self.select(dialog.saved.id)

    def can_close(self) -> bool:
        return True  # a survey is answered in its own dialog, which asks itself

    # ---- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.form_label.setText(translate("Surveys", "&Questionnaire:"))
        self.form_choice.setAccessibleName(translate("Surveys", "Questionnaire to answer"))
        current = self.form_choice.currentData()
        self.form_choice.clear()
        for form in FORM_IDS:
            self.form_choice.addItem(enum_text(E.SurveyForm, form), form)
        if current:
            self.form_choice.setCurrentIndex(self.form_choice.findData(current))
        self.new_button.setText(translate("Surveys", "&New survey…"))
        self.open_button.setText(translate("Surveys", "&Open"))
        self.table.setAccessibleName(translate("Surveys", "Survey responses"))
        self.answers.setAccessibleName(translate("Surveys", "Answers of the chosen response"))
        self.model.retranslate()
        self._show_selected()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
