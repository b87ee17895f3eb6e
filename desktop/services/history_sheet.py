"""The programme's history as coordinators keep it in spreadsheets: one row per lab enrolment,
read and checked whole before anything is written (desktop.services.history_import writes it).

Headings in English (the column names below), Spanish or French, matched ignoring case, accents,
spaces and underscores; values ignoring case and accents, in the three languages (the words of
the issue and the application's own labels); dates as YYYY-MM-DD, DD/MM/YYYY or date cells;
nationality as an ISO code or a country's name in Spanish, English or French. Each row is
validated as the records it makes (desktop.domain.validation): a problem is named by the row as
the spreadsheet numbers it (the header is row 1), the column as headed and what is wrong."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path

from babel import Locale

from desktop.domain import enums as E
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, ValidationError
from desktop.domain.text import compact_document, fold
from desktop.domain.validation import validate
from desktop.services.connector_import import ImportRefused, RowProblem, _cell, read_sheet

CTX = "HistoryImport"
COLUMNS = (
    "first_name",
    "last_name",
    "birth_date",
    "gender",
    "nationality",
    "migrant_status",
    "unemployed_since",
    "document_number",
    "lab",
    "lab_site",
    "lab_start",
    "lab_end",
    "enrolment_status",
    "employment_start",
    "employer",
    "improved_opportunities",
    "lab_niche",
    "planned_hours",
    "occupation",
)
# may be left empty, or the column left out (a lab made without its niche and planned hours has
# them empty, for a technician to complete)
OPTIONAL = frozenset(
    {
        "unemployed_since",
        "document_number",
        "employment_start",
        "employer",
        "improved_opportunities",
        "lab_niche",
        "planned_hours",
        "occupation",
    }
)
# the occupation of a job when the sheet does not say it, for a technician to complete
OCCUPATION_UNKNOWN = "—"
# Spanish and French headings (as _key folds them) -> column
HEADINGS = {
    "nombre": "first_name",
    "prenom": "first_name",
    "apellidos": "last_name",
    "apellido": "last_name",
    "nom": "last_name",
    "nomdefamille": "last_name",
    "fechadenacimiento": "birth_date",
    "datedenaissance": "birth_date",
    "genero": "gender",
    "sexo": "gender",
    "genre": "gender",
    "sexe": "gender",
    "nacionalidad": "nationality",
    "nationalite": "nationality",
    "situacionmigratoria": "migrant_status",
    "statutmigratoire": "migrant_status",
    "situationmigratoire": "migrant_status",
    "desempleadodesde": "unemployed_since",
    "desempleadadesde": "unemployed_since",
    "enparodesde": "unemployed_since",
    "sansemploidepuis": "unemployed_since",
    "auchomagedepuis": "unemployed_since",
    "numerodedocumento": "document_number",
    "numerodedocument": "document_number",
    "laboratorio": "lab",
    "laboratoire": "lab",
    "sede": "lab_site",
    "site": "lab_site",
    "iniciodellaboratorio": "lab_start",
    "debutdulaboratoire": "lab_start",
    "findellaboratorio": "lab_end",
    "findulaboratoire": "lab_end",
    "estadodelainscripcion": "enrolment_status",
    "statutdelinscription": "enrolment_status",
    "etatdelinscription": "enrolment_status",
    "iniciodelempleo": "employment_start",
    "debutdelemploi": "employment_start",
    "empleador": "employer",
    "employeur": "employer",
    "mejoradeoportunidades": "improved_opportunities",
    "ameliorationdesopportunites": "improved_opportunities",
    "nicho": "lab_niche",
    "nichodeempleo": "lab_niche",
    "niche": "lab_niche",
    "nichedemploi": "lab_niche",
    "horasprevistas": "planned_hours",
    "heuresprevues": "planned_hours",
    "ocupacion": "occupation",
    "puesto": "occupation",
    "profession": "occupation",
    "poste": "occupation",
    **{c.replace("_", ""): c for c in COLUMNS},
}
# words a sheet may hold, folded (see _word) -> the stored value
GENDERS = {
    "female": "female",
    "woman": "female",
    "mujer": "female",
    "femme": "female",
    "f": "female",
    "male": "male",
    "man": "male",
    "hombre": "male",
    "homme": "male",
    "h": "male",
}  # "m": mujer or male?
STATUSES = {
    "local": "local",
    "local resident": "local",
    "residente local": "local",
    "resident local": "local",
    "migrant": "migrant",
    "migrante": "migrant",
    "refugee": "refugee",
    "refugiado": "refugee",
    "refugiada": "refugee",
    "refugie": "refugee",
    "refugiee": "refugee",
    "asylum seeker": "asylum_seeker",
    "solicitante de asilo": "asylum_seeker",
    "demandeur d'asile": "asylum_seeker",
    "demandeuse d'asile": "asylum_seeker",
}
ENROLMENTS = {
    "enrolled": "enrolled",
    "inscrito": "enrolled",
    "inscrita": "enrolled",
    "inscrit": "enrolled",
    "inscrite": "enrolled",
    "completed": "completed",
    "completado": "completed",
    "completada": "completed",
    "termine": "completed",
    "terminee": "completed",
    "dropped out": "dropped_out",
    "abandono": "dropped_out",
    "baja": "dropped_out",
    "abandon": "dropped_out",
}
ANSWERS = {"yes": "yes", "si": "yes", "oui": "yes", "no": "no", "non": "no"}
SITES = {"cife": "CIFE", "los arcos": "LOS_ARCOS"}
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_DNI = re.compile(r"^\d{8}[A-Z]$")
_NIE = re.compile(r"^[XYZ]\d{7}[A-Z]$")
_LANGS = ("es", "en", "fr")
# the record field a problem names -> the sheet's column
_COLUMN_OF = {
    "participant": {"document_type": "document_number", "site": "lab_site"},
    "lab": {
        "name": "lab",
        "site": "lab_site",
        "start_date": "lab_start",
        "end_date": "lab_end",
        "niche": "lab_niche",
    },
    "enrolment": {"status": "enrolment_status", "enrolled_on": "lab_start", "ended_on": "lab_end"},
    "employment_outcome": {"start_date": "employment_start"},
    "company": {"name": "employer"},
}
# stand-ins for the required fields a row does not give (given later, or left for a technician)
_STAND_INS = {
    "participant": {"code": "-", "preferred_language": "es"},
    "enrolment": {"participant_id": "-", "lab_id": "-"},
    "employment_outcome": {"participant_id": "-", "occupation": OCCUPATION_UNKNOWN},
}


@dataclass
class HistoryRow:
    """One valid row: the participant, the lab and the enrolment it says, and what followed."""

    number: int  # as the spreadsheet numbers it
    person: dict  # participant values, validated (its code is given when written)
    # name, site, start_date, end_date, niche and planned_hours (None when the sheet lacks them)
    lab: dict
    enrolment: dict  # status, enrolled_on, ended_on
    employment: dict | None  # an employment outcome's values (start_date, contract_type)
    employer: str | None
    improved: str | None  # "yes" or "no"
    shown: dict[str, str]  # column -> its heading as the sheet writes it


def _m(text: str, **params) -> Message:
    return Message(CTX, text, params)


def _key(heading) -> str:
    return re.sub(r"[^a-z0-9]+", "", fold(str(heading or "")))


def _word(text: str) -> str:
    return " ".join(fold(text).replace("_", " ").split())


@cache
def _labels(enum) -> dict[str, str]:
    """An enum's labels in the three languages (both agreements of those describing a person),
    folded -> value."""
    from desktop.i18n import catalogue

    out = {_word(m.value): m.value for m in enum}
    for lang in _LANGS:
        for member in enum:
            for gender in (None, "female", "male"):
                out.setdefault(_word(catalogue(lang).enum_label(member, gender)), member.value)
    return out


@cache
def vocabulary() -> dict[str, dict[str, str]]:
    """Every word a column may hold -> its value. Made once (the application's labels are read
    from its translations: call it first on the thread that owns them)."""
    countries: dict[str, str] = {}
    for lang in _LANGS:
        for code, name in Locale(lang).territories.items():
            if len(code) == 2 and code.isalpha():
                countries.setdefault(_word(name), code)
                countries[code.lower()] = code
    return {
        "gender": {**_labels(E.Gender), **GENDERS},
        "migrant_status": {**_labels(E.MigrantStatus), **STATUSES},
        "enrolment_status": {**_labels(E.EnrolmentStatus), **ENROLMENTS},
        "lab_site": {**_labels(E.Site), **SITES},
        "improved_opportunities": ANSWERS,
        "nationality": countries,
        "lab_niche": _labels(E.Niche),
    }


_WRONG_WORD = {
    "gender": QT_TRANSLATE_NOOP("HistoryImport", "“{value}” is not a gender: write woman or man."),
    "migrant_status": QT_TRANSLATE_NOOP(
        "HistoryImport",
        "“{value}” is not a migrant status: write local, migrant, refugee or asylum seeker.",
    ),
    "enrolment_status": QT_TRANSLATE_NOOP(
        "HistoryImport",
        "“{value}” is not an enrolment status: write enrolled, completed or dropped out.",
    ),
    "lab_site": QT_TRANSLATE_NOOP(
        "HistoryImport", "“{value}” is not a site: write CIFE or Los Arcos."
    ),
    "improved_opportunities": QT_TRANSLATE_NOOP(
        "HistoryImport", "“{value}” is not an answer: write yes or no."
    ),
    "nationality": QT_TRANSLATE_NOOP(
        "HistoryImport",
        "“{value}” is not a country: write its ISO code or its name, for example MA or Morocco.",
    ),
    "lab_niche": QT_TRANSLATE_NOOP(
        "HistoryImport",
        "“{value}” is not an employment niche: write one as the Labs "
        "screen names it, for example Catering.",
    ),
}
_DATES = ("birth_date", "unemployed_since", "lab_start", "lab_end", "employment_start")


def as_date(value) -> date | None:
    """A sheet's date: a date cell, YYYY-MM-DD or DD/MM/YYYY; None when it is none of them."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        if len(text) == 10 and text[4] == "-":
            return date.fromisoformat(text)
        found = _SLASHED.match(text)
        if found:
            return date(int(found[3]), int(found[2]), int(found[1]))
    except ValueError:
        return None
    return None


def _document_type(number: str) -> str:
    compact = compact_document(number)
    if _DNI.match(compact):
        return E.DocumentType.DNI.value
    if _NIE.match(compact):
        return E.DocumentType.NIE.value
    return E.DocumentType.PASSPORT.value


def _columns(headings: list[str]) -> dict[str, int]:
    index: dict[str, int] = {}
    for i, heading in enumerate(headings):
        name = HEADINGS.get(_key(heading))
        if name and name not in index:
            index[name] = i
    missing = [c for c in COLUMNS if c not in index and c not in OPTIONAL]
    if missing:
        raise ImportRefused(
            [
                RowProblem(
                    1,
                    c,
                    _m(
                        QT_TRANSLATE_NOOP("HistoryImport", "The column {column} is missing."),
                        column=c,
                    ),
                )
                for c in missing
            ]
        )
    return index


class _Row:
    """Checking one row: its cells, the problems found (one per column) and the records made."""

    def __init__(self, number: int, cells: dict, shown: dict[str, str]):
        self.number, self.cells, self.shown = number, cells, shown
        self.problems: dict[str, RowProblem] = {}

    def bad(self, column: str, message: Message) -> None:
        if column not in self.problems:
            self.problems[column] = RowProblem(self.number, self.shown.get(column, column), message)

    def record(self, kind: str, values: dict) -> dict | None:
        """``values`` validated as a record of ``kind`` (stand-ins for what the row does not
        give)."""
        stand_ins = {k: v for k, v in _STAND_INS.get(kind, {}).items() if values.get(k) is None}
        try:
            clean = validate(kind, {**values, **stand_ins})
        except ValidationError as exc:
            for p in exc.problems:
                self.bad(_COLUMN_OF.get(kind, {}).get(p.field, p.field), p.message)
            return None
        return clean


def _check(
    number: int, raw: list, index: dict[str, int], shown: dict[str, str]
) -> HistoryRow | list[RowProblem]:
    words = vocabulary()
    cells = {c: raw[i] if i < len(raw) else None for c, i in index.items()}
    row = _Row(number, cells, shown)
    v: dict = {}
    for column in COLUMNS:
        value = cells.get(column)
        text = _cell(value) if not isinstance(value, date) else value
        if text is None:
            if column not in OPTIONAL:
                row.bad(
                    column,
                    _m(QT_TRANSLATE_NOOP("HistoryImport", "Empty: every row needs a value here.")),
                )
            v[column] = None
        elif column in _DATES:
            v[column] = as_date(text)
            if v[column] is None:
                row.bad(
                    column,
                    _m(
                        QT_TRANSLATE_NOOP(
                            "HistoryImport",
                            "“{value}” is not a date: write it as YYYY-MM-DD or DD/MM/YYYY, "
                            "for example 2022-02-09.",
                        ),
                        value=str(text),
                    ),
                )
        elif column in words:
            v[column] = (
                words[column].get(_word(text)) if isinstance(text, str) else None
            )  # a date is no word
            if v[column] is None:
                row.bad(column, _m(_WRONG_WORD[column], value=text))
        else:
            v[column] = text
    number_text = v["document_number"]
    person = row.record(
        "participant",
        {
            "first_name": v["first_name"],
            "last_name": v["last_name"],
            "birth_date": v["birth_date"],
            "gender": v["gender"],
            "nationality": v["nationality"],
            "migrant_status": v["migrant_status"],
            "unemployed_since": v["unemployed_since"],
            "site": v["lab_site"],
            "document_type": _document_type(number_text) if number_text else None,
            "document_number": compact_document(number_text) or None,
        },
    )
    lab = row.record(
        "lab",
        {
            "name": v["lab"],
            "site": v["lab_site"],
            "start_date": v["lab_start"],
            "end_date": v["lab_end"],
            "niche": v["lab_niche"],
            "planned_hours": v["planned_hours"],
        },
    )
    completed = v["enrolment_status"] == E.EnrolmentStatus.COMPLETED
    enrolment = row.record(
        "enrolment",
        {
            "status": v["enrolment_status"],
            "enrolled_on": v["lab_start"],
            "ended_on": v["lab_end"] if completed else None,
        },
    )
    employment = None
    if v["employment_start"] is not None:
        employment = row.record(
            "employment_outcome",
            {
                "start_date": v["employment_start"],
                "occupation": v["occupation"],
                "contract_type": E.ContractType.OTHER.value,
            },
        )
    if v["employer"]:
        row.record("company", {"name": v["employer"]})
    if v["employment_start"] is None and v["employer"] and "employment_start" not in row.problems:
        row.bad(
            "employer",
            _m(
                QT_TRANSLATE_NOOP(
                    "HistoryImport",
                    "An employer needs the start date of the employment in its column.",
                )
            ),
        )
    if row.problems or person is None or lab is None or enrolment is None:
        return list(row.problems.values())
    return HistoryRow(
        number,
        person,
        {k: lab[k] for k in ("name", "site", "start_date", "end_date", "niche", "planned_hours")},
        {k: enrolment[k] for k in ("status", "enrolled_on", "ended_on")},
        (
            {k: employment[k] for k in ("start_date", "occupation", "contract_type")}
            if employment
            else None
        ),
        v["employer"],
        v["improved_opportunities"],
        shown,
    )


def lab_key(lab: dict) -> tuple[str, str]:
    """Labs are matched by name (case and accents ignored) and start date."""
    return fold(lab["name"]), lab["start_date"].isoformat()


def read_history(
    path: Path, progress: Callable[[int, int], None] | None = None
) -> list[HistoryRow]:
    """The valid rows of the sheet at ``path``; raises ImportRefused naming every problem."""
    rows = read_sheet(path)
    if not rows or not any(_cell(c) for c in rows[0]):
        raise ImportRefused(
            [
                RowProblem(
                    1,
                    "",
                    _m(QT_TRANSLATE_NOOP("HistoryImport", "The sheet has no headings in row 1.")),
                )
            ]
        )
    headings = [_cell(c) or "" for c in rows[0]]
    index = _columns(headings)
    shown = {c: headings[i] for c, i in index.items()}
    out: list[HistoryRow] = []
    problems: list[RowProblem] = []
    labs: dict[tuple[str, str], HistoryRow] = {}
    total = len(rows) - 1
    for number, raw in enumerate(rows[1:], start=2):
        if progress is not None and number % 500 == 0:
            progress(number - 1, total)
        if not any(_cell(c) for c in raw):
            continue  # an empty line
        checked = _check(number, raw, index, shown)
        if isinstance(checked, list):
            problems.extend(checked)
            continue
        first = labs.setdefault(lab_key(checked.lab), checked)
        if (first.lab["end_date"], first.lab["site"]) != (
            checked.lab["end_date"],
            checked.lab["site"],
        ):
            problems.append(
                RowProblem(
                    number,
                    shown["lab"],
                    _m(
                        QT_TRANSLATE_NOOP(
                            "HistoryImport",
                            "The same lab, starting on the same day, is on row {other} with another"
                            " end date or site.",
                        ),
                        other=first.number,
                    ),
                )
            )
            continue
        out.append(checked)
    if problems:
        raise ImportRefused(problems)
    return out
