"""Questionnaires as data: an XLSForm spreadsheet (read by pyxform) becomes a Form, and answers
are checked against it.

A form has an id (initial, end or followup), a version and questions. Each question has a name
(the key of its answer), a kind, whether it is required, and its texts in Spanish, English and
French (XLSForm's ``label::Español (es)`` columns; ``hint::...`` optional). Kinds, as XLSForm
writes them:

- yes_no: ``select_one`` of a list whose answers are exactly yes and no -> "yes" / "no"
- likert: ``select_one`` of a list whose answers are exactly 1 to 5 -> the integer
- select: any other ``select_one`` -> the answer's name
- integer / decimal: ``integer`` / ``decimal``, with an optional range written as the constraint
  ``. >= MIN and . <= MAX`` -> the number
- date: ``date`` -> "YYYY-MM-DD"; text: ``text`` -> the text

The questions' texts are data (shown in the language chosen for the answer); every message here
is a source text translated where it is shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.domain.messages import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    UserError,
    ValidationError,
)

CTX = "Surveys"
LANGUAGES = ("es", "en", "fr")
FORM_IDS = ("initial", "end", "followup")
KINDS = ("yes_no", "likert", "select", "integer", "decimal", "date", "text")
MAX_TEXT = 2000
_LANGUAGE_COLUMN = re.compile(r"\(([a-z]{2,3})\)\s*$")
_NUMBER = r"(-?\d+(?:\.\d+)?)"
_RANGE = re.compile(rf"^\(?\s*\.\s*>=\s*{_NUMBER}\s*\)?\s+and\s+\(?\s*\.\s*<=\s*{_NUMBER}\s*\)?$")
_REQUIRED = ("yes", "true", "true()")


class FormError(UserError):
    """A questionnaire file that cannot be used. Nothing is asked from it."""


def _error(text: str, **params) -> FormError:
    return FormError(Message(CTX, text, params))


@dataclass(frozen=True)
class Choice:
    name: str
    labels: dict[str, str]


@dataclass(frozen=True)
class Question:
    name: str
    kind: str
    required: bool
    labels: dict[str, str]
    hints: dict[str, str]
    choices: tuple[Choice, ...] = ()
    min: float | None = None
    max: float | None = None

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get("es") or self.name

    def hint(self, language: str) -> str:
        return self.hints.get(language) or ""

    def choice_label(self, value: Any, language: str) -> str:
        for c in self.choices:
            if c.name == str(value):
                return c.labels.get(language) or c.labels.get("es") or c.name
        return str(value)


@dataclass(frozen=True)
class Form:
    form: str  # initial | end | followup
    version: str
    questions: tuple[Question, ...]

    def question(self, name: str) -> Question | None:
        for q in self.questions:
            if q.name == name:
                return q
        return None


# ---- reading a spreadsheet -------------------------------------------------------------------


def _by_language(texts: Any) -> dict[str, str]:
    if not isinstance(texts, dict):
        return {}
    out = {}
    for column, text in texts.items():
        found = _LANGUAGE_COLUMN.search(str(column))
        if found and str(text or "").strip():
            out[found.group(1)] = str(text).strip()
    return out


def _kind(item: dict) -> str | None:
    t = item.get("type")
    if t == "select one":
        names = [str(c.get("name")) for c in item.get("choices") or []]
        if sorted(names) == ["no", "yes"]:
            return "yes_no"
        if names == ["1", "2", "3", "4", "5"]:
            return "likert"
        return "select"
    return t if t in ("integer", "decimal", "date", "text") else None


def _question(item: dict, file: str) -> Question:
    name = str(item.get("name") or "")
    kind = _kind(item)
    if kind is None:
        raise _error(
            QT_TRANSLATE_NOOP(
                CTX,
                "The questionnaire {file}: question {name} is of the type {type}, which is not"
                " asked here (yes/no, Likert 1-5, single choice, number, date or text).",
            ),
            file=file,
            name=name,
            type=str(item.get("type")),
        )
    labels = _by_language(item.get("label"))
    for language in LANGUAGES:
        if language not in labels:
            raise _error(
                QT_TRANSLATE_NOOP(
                    CTX, "The questionnaire {file}: question {name} has no text in {language}."
                ),
                file=file,
                name=name,
                language=language,
            )
    bind = item.get("bind") or {}
    low = high = None
    constraint = str(bind.get("constraint") or "").strip()
    if constraint:
        found = _RANGE.match(constraint)
        if (
            kind not in ("integer", "decimal")
            or not found
            or float(found.group(1)) > float(found.group(2))
        ):
            raise _error(
                QT_TRANSLATE_NOOP(
                    CTX,
                    "The questionnaire {file}: the constraint of question {name} is not read here:"
                    " {constraint} (a number question may have a range written . >= MIN and . <="
                    " MAX).",
                ),
                file=file,
                name=name,
                constraint=constraint[:80],
            )
        low, high = float(found.group(1)), float(found.group(2))
    choices = []
    for c in item.get("choices") or []:
        choice_labels = _by_language(c.get("label"))
        missing = [lang for lang in LANGUAGES if lang not in choice_labels]
        if missing:
            raise _error(
                QT_TRANSLATE_NOOP(
                    CTX,
                    "The questionnaire {file}: answer {choice} of question {name} has no text in"
                    " {language}.",
                ),
                file=file,
                name=name,
                choice=str(c.get("name")),
                language=missing[0],
            )
        choices.append(Choice(str(c.get("name")), choice_labels))
    return Question(
        name,
        kind,
        str(bind.get("required", "")).strip().lower() in _REQUIRED,
        labels,
        _by_language(item.get("hint")),
        tuple(choices),
        low,
        high,
    )


def parse_form(path: Path, expected: str | None = None) -> Form:
    """Read and check one questionnaire. Raises FormError naming the file and what is wrong."""
    file = path.name
    if not path.is_file():
        raise _error(QT_TRANSLATE_NOOP(CTX, "The questionnaire file {file} is missing."), file=file)
    from pyxform import xls2json

    try:
        data = xls2json.parse_file_to_json(str(path), warnings=[])
    except Exception as exc:  # noqa: BLE001 - any failure of the reader means the file is unusable
        detail = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise _error(
            QT_TRANSLATE_NOOP(
                CTX, "The questionnaire file {file} is not a valid XLSForm: {detail}"
            ),
            file=file,
            detail=detail,
        ) from None
    form_id = str(data.get("id_string") or "")
    if form_id not in FORM_IDS or (expected and form_id != expected):
        raise _error(
            QT_TRANSLATE_NOOP(
                CTX,
                "The questionnaire file {file} says it is the form {found}; it should be {expected}"
                " (form_id on the settings sheet).",
            ),
            file=file,
            found=form_id or "-",
            expected=expected or " / ".join(FORM_IDS),
        )
    version = str(data.get("version") or "").strip()
    if not version or len(version) > 40:
        raise _error(
            QT_TRANSLATE_NOOP(
                CTX, "The questionnaire file {file} has no version (version on the settings sheet)."
            ),
            file=file,
        )
    questions = []
    for item in data.get("children") or []:
        if item.get("type") == "group" and item.get("name") == "meta":
            continue  # pyxform's own instance id
        questions.append(_question(item, file))
    if not questions:
        raise _error(
            QT_TRANSLATE_NOOP(CTX, "The questionnaire file {file} has no questions."), file=file
        )
    return Form(form_id, version, tuple(questions))


# ---- answers -----------------------------------------------------------------------------


def _problem(q: Question, text: str, **params) -> FieldProblem:
    return FieldProblem(q.name, Message(CTX, text, params))


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _number(q: Question, value: Any) -> int | float:
    if isinstance(value, bool):
        raise ValueError
    if q.kind == "integer":
        number: int | float = int(value) if isinstance(value, int) else int(str(value).strip())
    else:
        number = float(str(value).strip().replace(",", "."))
        if number != number or number in (float("inf"), float("-inf")):
            raise ValueError
    return number


def _fmt(number: float | None) -> str:
    return "" if number is None else (str(int(number)) if number == int(number) else str(number))


def clean_answer(q: Question, value: Any) -> Any:
    """The stored value of one answer (None when unanswered). Raises ValueError with a
    FieldProblem as its argument."""
    if _empty(value):
        if q.required:
            raise ValueError(_problem(q, QT_TRANSLATE_NOOP(CTX, "Answer this question.")))
        return None
    if q.kind in ("yes_no", "select"):
        text = str(value).strip()
        if text not in {c.name for c in q.choices}:
            raise ValueError(
                _problem(q, QT_TRANSLATE_NOOP(CTX, "Choose one of the answers offered."))
            )
        return text
    if q.kind == "likert":
        if isinstance(value, bool) or str(value).strip() not in {c.name for c in q.choices}:
            raise ValueError(_problem(q, QT_TRANSLATE_NOOP(CTX, "Choose a value from 1 to 5.")))
        return int(str(value).strip())
    if q.kind in ("integer", "decimal"):
        try:
            number = _number(q, value)
        except (TypeError, ValueError):
            text = (
                QT_TRANSLATE_NOOP(CTX, "Enter a whole number.")
                if q.kind == "integer"
                else QT_TRANSLATE_NOOP(CTX, "Enter a number.")
            )
            raise ValueError(_problem(q, text)) from None
        if (q.min is not None and number < q.min) or (q.max is not None and number > q.max):
            raise ValueError(
                _problem(
                    q,
                    QT_TRANSLATE_NOOP(CTX, "Enter a number from {min} to {max}."),
                    min=_fmt(q.min),
                    max=_fmt(q.max),
                )
            )
        return number
    if q.kind == "date":
        try:
            day = (
                value.date()
                if isinstance(value, datetime)
                else (value if isinstance(value, date) else date.fromisoformat(str(value).strip()))
            )
        except ValueError:
            raise ValueError(_problem(q, QT_TRANSLATE_NOOP(CTX, "Enter a valid date."))) from None
        return day.isoformat()
    text = str(value).strip()
    if len(text) > MAX_TEXT:
        raise ValueError(
            _problem(q, QT_TRANSLATE_NOOP(CTX, "At most {max} characters."), max=MAX_TEXT)
        )
    return text


def validate_answers(form: Form, values: dict[str, Any]) -> dict[str, Any]:
    """The answers to store (question name -> value, in the form's order, unanswered left out).
    Raises ValidationError naming each question wrongly answered; an answer to a question the
    form does not have is refused too."""
    problems: list[FieldProblem] = []
    answers: dict[str, Any] = {}
    for q in form.questions:
        try:
            value = clean_answer(q, values.get(q.name))
        except ValueError as exc:
            problems.append(exc.args[0])
            continue
        if value is not None:
            answers[q.name] = value
    for name in values:
        if form.question(name) is None and not _empty(values[name]):
            problems.append(
                FieldProblem(
                    str(name),
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP(CTX, "The questionnaire has no question {name}."),
                        {"name": str(name)[:40]},
                    ),
                )
            )
    if problems:
        raise ValidationError(problems)
    return answers
