"""Survey responses: the questionnaires of resources/surveys/ answered by a participant.

A response stores the form's version and its answers as they were given; a questionnaire
edited later (a new version of its spreadsheet) never changes them. A response given under an
older version is shown as it was and can no longer be changed (a new response is answered
under the current version instead).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain import enums as E
from desktop.domain.messages import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    UserError,
    ValidationError,
)
from desktop.domain.surveys import FORM_IDS, Form, FormError, parse_form, validate_answers
from desktop.domain.validation import validate
from desktop.paths import resources_dir
from desktop.services import records
from desktop.storage.store import Store

KIND = "survey_response"
CTX = "Surveys"
_CACHE: dict[tuple[str, int, int], Form] = {}


def forms_dir() -> Path:
    return resources_dir() / "surveys"


def load_form(form: str, folder: Path | None = None) -> Form:
    """The questionnaire ``form`` (initial, end or followup) as its spreadsheet says now.
    Raises FormError when the file is missing or wrong (nothing can be answered then)."""
    if form not in FORM_IDS:
        raise FormError(
            Message(
                CTX, QT_TRANSLATE_NOOP(CTX, "There is no questionnaire {form}."), {"form": form}
            )
        )
    path = (folder or forms_dir()) / f"{form}.xlsx"
    try:
        stat = path.stat()
    except OSError:
        return parse_form(path, form)  # raises: the file is missing
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    found = _CACHE.get(key)
    if found is None:
        found = _CACHE[key] = parse_form(path, form)
    return found


@dataclass(frozen=True)
class Response:
    id: str
    participant_id: str
    form: str
    form_version: str
    answered_on: date
    language: str
    answers: dict[str, Any]
    stamps: str

    @property
    def form_label(self) -> str:
        """The form's name as a source text (context "Enum")."""
        return E.SurveyForm(self.form).label if self.form in set(FORM_IDS) else self.form


def _response(row: dict) -> Response:
    try:
        answers = json.loads(row["answers"] or "{}")
    except ValueError:
        answers = {}
    day = row["answered_on"]
    if isinstance(day, str):
        day = date.fromisoformat(day)
    return Response(
        row["id"],
        row["participant_id"],
        row["form"],
        row["form_version"],
        day,
        row["language"],
        answers if isinstance(answers, dict) else {},
        row.get("stamps") or "{}",
    )


def responses(store: Store, participant_id: str) -> list[Response]:
    """A participant's responses, latest answered first."""
    rows = records.list_all(store, KIND, participant_id=participant_id)
    return sorted((_response(r) for r in rows), key=lambda r: (r.answered_on, r.id), reverse=True)


def get(store: Store, response_id: str) -> Response:
    return _response(records.get(store, KIND, response_id))


class OldVersion(UserError):
    """A response given under another version of its questionnaire: it is kept as it was."""


def _record(
    participant_id: str,
    form: Form,
    answered_on: date | None,
    language: str,
    answers: dict[str, Any],
) -> dict:
    problems: list[FieldProblem] = []
    clean: dict[str, Any] = {}
    try:
        clean = validate_answers(form, answers)
    except ValidationError as exc:
        problems.extend(exc.problems)
    values = {
        "participant_id": participant_id,
        "form": form.form,
        "form_version": form.version,
        "answered_on": answered_on,
        "language": language,
        "answers": json.dumps(clean, ensure_ascii=False, separators=(",", ":")),
    }
    try:
        values = validate(KIND, values)
    except ValidationError as exc:
        problems.extend(exc.problems)
    if problems:
        raise ValidationError(problems)
    return values


def save(
    store: Store,
    participant_id: str,
    form: str,
    answers: dict[str, Any],
    *,
    answered_on: date | None,
    language: str,
    response_id: str | None = None,
    seen=None,
) -> Response:
    """Record a response (or change one given under the current version), answered in
    ``language``. Raises ValidationError naming each question (and answered_on) wrongly
    answered; OldVersion when the response was given under another version."""
    current = load_form(form)
    values = _record(participant_id, current, answered_on, language, answers)
    with store.transaction() as tx:
        if response_id is None:
            row = records.create_in(tx, KIND, values)
        else:
            stored = tx.row(KIND, response_id)
            if stored is None:
                raise records.not_found(KIND)
            if stored["form_version"] != current.version or stored["form"] != form:
                raise OldVersion(
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            CTX,
                            "This response was given under version {old} of the questionnaire,"
                            " which is now version {new}: it is kept as it was given.",
                        ),
                        {"old": stored["form_version"], "new": current.version},
                    )
                )
            row = records.update_in(tx, KIND, response_id, values, seen)
    return _response(row)
