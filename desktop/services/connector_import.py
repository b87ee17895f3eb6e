"""Volunteers' sign-up sheets (CSV or XLSX) brought in as connectors, validated whole and
refused whole: every row is checked before anything is written; one invalid row and nothing is
imported, each problem named by the row as the spreadsheet numbers it (the header is row 1), the
column as written in the sheet, and what is wrong. A connector already recorded (same name and
phone, or same name and email) is not added again, so importing a sheet twice adds nothing."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from babel import Locale

from desktop.domain import enums as E
from desktop.domain import occupations, phones
from desktop.domain.ids import new_id
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, ValidationError
from desktop.domain.text import fold
from desktop.domain.validation import validate
from desktop.services import accounts
from desktop.storage.store import Store

CTX = "ConnectorImport"
COLUMNS = (
    "full_name",
    "occupation_group",
    "field",
    "languages",
    "neighbourhood",
    "availability",
    "capacity",
    "phone",
    "email",
    "referred_by",
    "origin",
)
# Spanish and French headings a coordinator may have written instead of the English ones.
ALIASES = {
    "nombre_completo": "full_name",
    "nombre": "full_name",
    "nom_complet": "full_name",
    "nom": "full_name",
    "grupo_ocupacional": "occupation_group",
    "groupe_professionnel": "occupation_group",
    "ambito": "field",
    "campo": "field",
    "ambito_profesional": "field",
    "domaine": "field",
    "idiomas": "languages",
    "langues": "languages",
    "barrio": "neighbourhood",
    "quartier": "neighbourhood",
    "disponibilidad": "availability",
    "disponibilite": "availability",
    "capacidad": "capacity",
    "capacite": "capacity",
    "telefono": "phone",
    "telephone": "phone",
    "correo": "email",
    "correo_electronico": "email",
    "courriel": "email",
    "referido_por": "referred_by",
    "recomendado_por": "referred_by",
    "recommande_par": "referred_by",
    "origen": "origin",
    "origine": "origin",
}
_SPLIT = re.compile(r"[,;/]")
_LANGS = ("es", "en", "fr")


@dataclass(frozen=True)
class RowProblem:
    row: int  # as the spreadsheet numbers it: the header is row 1
    column: str  # the heading as written in the sheet ("" for the whole file)
    message: Message


class ImportRefused(UserError):
    """The sheet has invalid rows (or cannot be read): nothing was imported."""

    def __init__(self, problems: list[RowProblem]):
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "ConnectorImport",
                    "Nothing was imported: correct the rows named and import the sheet again.",
                ),
            )
        )
        self.problems = list(problems)


@dataclass
class ImportResult:
    added: list[str] = field(default_factory=list)  # full names, in the sheet's order
    already: list[int] = field(default_factory=list)  # rows of connectors already recorded
    dry_run: bool = False


def _m(text: str, **params) -> Message:
    return Message(CTX, text, params)


def _key(heading) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(str(heading or "")).strip().lower()).strip("_")


def _cell(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def read_sheet(path: Path) -> list[list]:
    """The sheet's rows (the first one the headings), cells as read."""
    path = Path(path)
    try:
        if path.suffix.lower() == ".xlsx":
            from openpyxl import load_workbook

            book = load_workbook(path, read_only=True, data_only=True)
            try:
                return [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
            finally:
                book.close()
        if path.suffix.lower() != ".csv":
            raise ImportRefused(
                [
                    RowProblem(
                        0,
                        "",
                        _m(
                            QT_TRANSLATE_NOOP(
                                "ConnectorImport",
                                "The file must be a CSV (.csv) or Excel (.xlsx) sheet.",
                            )
                        ),
                    )
                ]
            )
        text = path.read_text(encoding="utf-8-sig")
    except ImportRefused:
        raise
    except UnicodeDecodeError:
        raise ImportRefused(
            [
                RowProblem(
                    0,
                    "",
                    _m(
                        QT_TRANSLATE_NOOP(
                            "ConnectorImport",
                            "The CSV file is not UTF-8 text: save it again as CSV UTF-8.",
                        )
                    ),
                )
            ]
        ) from None
    except Exception:  # noqa: BLE001 - a missing, locked or damaged file is told, not traced
        raise ImportRefused(
            [
                RowProblem(
                    0,
                    "",
                    _m(
                        QT_TRANSLATE_NOOP(
                            "ConnectorImport",
                            "The file cannot be read: check that it exists and is a CSV or Excel"
                            " sheet.",
                        )
                    ),
                )
            ]
        ) from None
    try:
        dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ",", delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(text.splitlines(), dialect))


@cache
def _language_names() -> dict[str, str]:
    """Folded language name (Spanish, English, French) or code -> ISO 639 code."""
    out: dict[str, str] = {}
    for lang in _LANGS:
        for code, name in Locale(lang).languages.items():
            if len(code) in (2, 3) and code.isalpha():
                out.setdefault(fold(name).lower(), code)
                out[code] = code
    return out


def _enum_words(enum) -> dict[str, str]:
    """A member's value and its label in each language, folded -> value."""
    from desktop.i18n import catalogue

    out = {}
    for member in enum:
        out[fold(member.value).lower()] = member.value
        for lang in _LANGS:
            out[fold(catalogue(lang).enum_label(member)).lower()] = member.value
    return out


def _languages(text: str) -> tuple[str | None, Message | None]:
    names, codes = _language_names(), []
    for item in _SPLIT.split(text):
        word = fold(item).strip().lower()
        if not word:
            continue
        if word not in names:
            return None, _m(
                QT_TRANSLATE_NOOP(
                    "ConnectorImport",
                    "“{value}” is not a language: write its name or ISO code, "
                    "for example Arabic or ar.",
                ),
                value=item.strip(),
            )
        codes.append(names[word])
    return ",".join(dict.fromkeys(codes)) or None, None


def _group(text: str) -> tuple[str | None, Message | None]:
    code = text.split("·")[0].strip()
    if occupations.is_group(code):
        return code, None
    found = occupations.search(text)
    if len(found) == 1:
        return found[0], None
    return None, _m(
        QT_TRANSLATE_NOOP(
            "ConnectorImport",
            "“{value}” is not an ISCO-08 occupation group: write its two-digit code, "
            "for example 52, or enough of its title to name one group.",
        ),
        value=text,
    )


def _same(a: dict, name: str, phone: str | None, email: str | None) -> bool:
    if fold(a["full_name"] or "").lower() != fold(name).lower():
        return False
    return bool(
        (phone and phones.normalise(a.get("phone")) == phone)
        or (email and (a.get("email") or "").lower() == email.lower())
    )


def plan(
    store: Store, path: Path, origin: str | None = None
) -> tuple[list[tuple[int, dict, str | None]], list[int]]:
    """The rows to add (row number, clean values, referrer's name or None) and the rows already
    recorded; raises ImportRefused naming every problem. ``origin`` fills an empty or absent
    origin column (the sheets volunteers fill in seldom ask it)."""
    rows = read_sheet(path)
    if not rows or not any(_cell(c) for c in rows[0]):
        raise ImportRefused(
            [
                RowProblem(
                    1,
                    "",
                    _m(QT_TRANSLATE_NOOP("ConnectorImport", "The sheet has no headings in row 1.")),
                )
            ]
        )
    headings = [_cell(c) or "" for c in rows[0]]
    index: dict[str, int] = {}
    problems: list[RowProblem] = []
    for i, heading in enumerate(headings):
        name = ALIASES.get(_key(heading), _key(heading))
        if name in COLUMNS and name not in index:
            index[name] = i
    for needed in ("full_name", "field"):
        if needed not in index:
            problems.append(
                RowProblem(
                    1,
                    needed,
                    _m(
                        QT_TRANSLATE_NOOP("ConnectorImport", "The column {column} is missing."),
                        column=needed,
                    ),
                )
            )
    if "origin" not in index and origin is None:
        problems.append(
            RowProblem(
                1,
                "origin",
                _m(
                    QT_TRANSLATE_NOOP(
                        "ConnectorImport",
                        "The column origin is missing: add it (local or migrant on each row), "
                        "or say which of the two applies to the rows that leave it empty.",
                    )
                ),
            )
        )
    if problems:
        raise ImportRefused(problems)
    shown = {name: headings[i] for name, i in index.items()}
    column_of = {
        "full_name": "full_name",
        "field": "field",
        "occupation_group": "occupation_group",
        "languages": "languages",
        "neighbourhood": "neighbourhood",
        "availability": "availability",
        "capacity": "capacity",
        "phone": "phone",
        "email": "email",
        "referred_by_id": "referred_by",
        "origin": "origin",
    }
    existing = [
        dict(zip(("id", "full_name", "phone", "email"), r, strict=True))
        for r in store.reader().execute("SELECT id, full_name, phone, email FROM connector")
    ]
    availability, origins = _enum_words(E.Availability), _enum_words(E.Origin)
    sheet_names = [
        fold(_cell(r[index["full_name"]]) or "").lower() if len(r) > index["full_name"] else ""
        for r in rows[1:]
    ]
    out: list[tuple[int, dict, str | None]] = []
    already: list[int] = []
    seen: list[dict] = []
    for number, raw in enumerate(rows[1:], start=2):
        cells = {name: _cell(raw[i]) if i < len(raw) else None for name, i in index.items()}
        if not any(cells.values()):
            continue  # an empty line between volunteers
        values: dict = {"active": True}
        row_problems: list[RowProblem] = []

        def bad(column: str, message: Message, number=number, row_problems=row_problems) -> None:
            row_problems.append(RowProblem(number, shown.get(column, column), message))

        for name in ("full_name", "field", "neighbourhood", "capacity", "email"):
            values[name] = cells.get(name)
        if cells.get("phone"):
            values["phone"] = cells["phone"]
        if languages := cells.get("languages"):
            values["languages"], problem = _languages(languages)
            if problem:
                bad("languages", problem)
        if group := cells.get("occupation_group"):
            values["occupation_group"], problem = _group(group)
            if problem:
                bad("occupation_group", problem)
        for column, words in (("availability", availability), ("origin", origins)):
            text = cells.get(column) or (origin if column == "origin" else None)
            if text:
                values[column] = words.get(fold(text).lower())
                if values[column] is None:
                    bad(
                        column,
                        _m(
                            QT_TRANSLATE_NOOP(
                                "ConnectorImport", "“{value}” is not one of: {choices}."
                            ),
                            value=text,
                            choices=", ".join(
                                m.value
                                for m in (E.Availability if column == "availability" else E.Origin)
                            ),
                        ),
                    )
        referrer = cells.get("referred_by")
        if referrer:
            folded = fold(referrer).lower()
            matches = [c for c in existing if fold(c["full_name"] or "").lower() == folded]
            if folded == fold(cells.get("full_name") or "").lower():
                bad(
                    "referred_by",
                    _m(
                        QT_TRANSLATE_NOOP(
                            "ConnectorImport", "A connector cannot be referred by themselves."
                        )
                    ),
                )
            elif len(matches) > 1:
                bad(
                    "referred_by",
                    _m(
                        QT_TRANSLATE_NOOP(
                            "ConnectorImport",
                            "Several connectors are called “{value}”: the name does not say which"
                            " one.",
                        ),
                        value=referrer,
                    ),
                )
            elif not matches and folded not in sheet_names:
                bad(
                    "referred_by",
                    _m(
                        QT_TRANSLATE_NOOP(
                            "ConnectorImport",
                            "No connector called “{value}”, recorded or in this sheet.",
                        ),
                        value=referrer,
                    ),
                )
            elif matches:
                values["referred_by_id"] = matches[0]["id"]
                referrer = None  # already recorded: no need to wait for the sheet's rows
        try:
            clean = validate("connector", values)
        except ValidationError as exc:
            done = {p.column for p in row_problems}
            for p in exc.problems:
                column = column_of.get(p.field, p.field)
                if shown.get(column, column) not in done:
                    bad(column, p.message)
            clean = None
        if row_problems or clean is None:
            problems.extend(row_problems)
            continue
        if any(
            _same(c, clean["full_name"], clean.get("phone"), clean.get("email"))
            for c in existing + seen
        ):
            already.append(number)
            continue
        seen.append(clean)
        out.append((number, clean, referrer))
    if problems:
        raise ImportRefused(problems)
    return out, already


def import_connectors(
    store: Store, path: Path, *, dry_run: bool = False, origin: str | None = None
) -> ImportResult:
    """Import the sheet at ``path`` in one transaction (or, with ``dry_run``, only check it)."""
    accounts.require(store, "reference")
    rows, already = plan(store, path, origin)
    result = ImportResult([clean["full_name"] for _n, clean, _r in rows], already, dry_run)
    if dry_run or not rows:
        return result
    # ids chosen first: a volunteer may be referred by one written further down the sheet
    row_ids = [new_id() for _row in rows]
    by_name: dict[str, str] = {}
    for (_number, clean, _referrer), row_id in zip(rows, row_ids, strict=True):
        by_name.setdefault(fold(clean["full_name"]).lower(), row_id)
    records = [
        {**clean, "referred_by_id": by_name[fold(referrer).lower()]} if referrer else clean
        for _number, clean, referrer in rows
    ]
    # a referrer is written before whom they referred; two who referred each other are linked after
    order, written, later = [], set(), []
    pending = list(range(len(records)))
    while pending:
        ready = [
            i for i in pending if rows[i][2] is None or records[i]["referred_by_id"] in written
        ]
        if not ready:
            later, ready = pending, pending
        for i in ready:
            order.append(i)
            written.add(row_ids[i])
        pending = [i for i in pending if i not in ready]
    with store.transaction() as tx:
        tx.insert_many(
            "connector",
            [{**records[i], "referred_by_id": None} if i in later else records[i] for i in order],
            ids=[row_ids[i] for i in order],
        )
        for i in later:
            tx.update("connector", row_ids[i], {"referred_by_id": records[i]["referred_by_id"]})
    return result
