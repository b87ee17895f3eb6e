"""The programme's past brought in from a spreadsheet (desktop.services.history_sheet reads and
checks it): participants, labs, companies, lab enrolments, job outcomes and end-survey answers,
written in one transaction through the one write path, so the history travels in bundles like
any other record. One invalid row and nothing is written.

What is already recorded is matched, never added again nor changed, so importing the same sheet
twice adds nothing the second time:
- a participant by document number, or, on a row without one, by first name, last name (case
  and accents ignored) and birth date;
- a lab by name (case and accents ignored) and start date (one made without its niche and planned
  hours has them empty, for a technician to complete on the Labs screen); a company by name;
- an enrolment by participant and lab; a job outcome by participant and start date; an
  end-survey answer by participant and the lab's end date (the day it is recorded as answered).
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.enums import SITE_CODE_PREFIX, Site
from desktop.domain.ids import new_id, participant_code
from desktop.domain.text import compact_document, fold
from desktop.domain.validation import validate
from desktop.services.history_sheet import HistoryRow, lab_key, read_history
from desktop.storage.store import Store

log = logging.getLogger("milma.history_import")

# the kinds written, in the order they are written (a record after those it refers to)
KINDS = ("participant", "company", "lab", "enrolment", "employment_outcome", "survey_response")
QUESTION = "improved_opportunities"  # of the end survey (resources/surveys/end.xlsx)
Progress = Callable[[int, int], None]


@dataclass
class PreviewRow:
    """A sheet row as the preview shows it: who, which lab, and whether it adds anything."""

    number: int
    first_name: str
    last_name: str
    lab: str
    lab_start: object
    status: str
    new: bool


@dataclass
class HistoryResult:
    rows: list[PreviewRow] = field(default_factory=list)
    added: Counter = field(default_factory=Counter)  # kind -> records added (or that would be)
    dry_run: bool = False

    @property
    def already(self) -> int:
        """Rows that add nothing: everything they say is recorded already."""
        return sum(not r.new for r in self.rows)


def _name_key(first, last, birth) -> tuple[str, str, str]:
    return fold(first), fold(last), birth if isinstance(birth, str) else birth.isoformat()


class _Plan:
    """The records the rows add to what the store holds (read through ``execute``)."""

    def __init__(self, execute: Callable[[str], Sequence[Sequence[Any]]]):
        self.by_document: dict[str, dict] = {}
        self.by_name: dict[tuple, dict] = {}
        for pid, first, last, birth, number, language in execute(
            "SELECT id, first_name, last_name, birth_date, document_number, preferred_language FROM"
            " participant"
        ):
            person = {"id": pid, "preferred_language": language}
            if number:
                self.by_document.setdefault(compact_document(number), person)
            self.by_name.setdefault(_name_key(first, last, str(birth)), person)
        self.labs = {
            (fold(name), str(start)): {"id": lid}
            for lid, name, start in execute("SELECT id, name, start_date FROM lab")
        }
        self.companies = {fold(name): cid for cid, name in execute("SELECT id, name FROM company")}
        self.enrolments = set(execute("SELECT participant_id, lab_id FROM enrolment"))
        self.jobs = {
            (pid, str(start))
            for pid, start in execute("SELECT participant_id, start_date FROM employment_outcome")
        }
        self.answers = {
            (pid, str(day))
            for pid, day in execute(
                "SELECT participant_id, answered_on FROM survey_response WHERE form = 'end'"
            )
        }
        self.new: dict[str, list[dict]] = {kind: [] for kind in KINDS}
        self.rows: list[PreviewRow] = []

    def _add(self, kind: str, values: dict) -> dict:
        record = {**values, "id": new_id()}
        self.new[kind].append(record)
        return record

    def person(self, row: HistoryRow) -> dict:
        p = row.person
        number = p["document_number"]
        name = _name_key(p["first_name"], p["last_name"], p["birth_date"])
        found = self.by_document.get(number) if number else self.by_name.get(name)
        if found is None:
            found = self._add("participant", p)
            if number:
                self.by_document[number] = found
            self.by_name.setdefault(name, found)
        return found

    def lab(self, row: HistoryRow) -> dict:
        key = lab_key(row.lab)
        found = self.labs.get(key)
        if found is None:  # what the sheet lacks (niche, planned hours) is left for a technician
            found = self.labs[key] = self._add("lab", row.lab)
        return found

    def company(self, name: str) -> str:
        key = fold(name)
        if key not in self.companies:
            self.companies[key] = self._add("company", validate("company", {"name": name}))["id"]
        return self.companies[key]

    def take(self, row: HistoryRow, end_form_version: str) -> None:
        before = sum(map(len, self.new.values()))
        person, lab = self.person(row), self.lab(row)
        pid = person["id"]
        if (pid, lab["id"]) not in self.enrolments:
            self.enrolments.add((pid, lab["id"]))
            self._add("enrolment", {**row.enrolment, "participant_id": pid, "lab_id": lab["id"]})
        if (
            row.employment is not None
            and (pid, row.employment["start_date"].isoformat()) not in self.jobs
        ):
            self.jobs.add((pid, row.employment["start_date"].isoformat()))
            company = self.company(row.employer) if row.employer else None
            self._add(
                "employment_outcome",
                {**row.employment, "participant_id": pid, "company_id": company},
            )
        day = row.lab["end_date"]
        if row.improved is not None and (pid, day.isoformat()) not in self.answers:
            self.answers.add((pid, day.isoformat()))
            self._add(
                "survey_response",
                validate(
                    "survey_response",
                    {
                        "participant_id": pid,
                        "form": "end",
                        "form_version": end_form_version,
                        "answered_on": day,
                        "language": person.get("preferred_language") or "es",
                        "answers": json.dumps({QUESTION: row.improved}, separators=(",", ":")),
                    },
                ),
            )
        p = row.person
        self.rows.append(
            PreviewRow(
                row.number,
                p["first_name"],
                p["last_name"],
                row.lab["name"],
                row.lab["start_date"],
                row.enrolment["status"],
                sum(map(len, self.new.values())) > before,
            )
        )


def _end_form_version() -> str:
    from desktop.services.surveys import load_form

    return load_form("end").version


def _plan(rows: list[HistoryRow], execute: Callable[[str], Sequence[Sequence[Any]]]) -> _Plan:
    version = _end_form_version()
    plan = _Plan(execute)
    for row in rows:
        plan.take(row, version)
    return plan


def _result(plan: _Plan, dry_run: bool) -> HistoryResult:
    return HistoryResult(plan.rows, Counter({k: len(v) for k, v in plan.new.items() if v}), dry_run)


def import_history(
    store: Store, path: Path, *, dry_run: bool = False, progress: Progress | None = None
) -> HistoryResult:
    """Import the sheet at ``path`` in one transaction (or, with ``dry_run``, only check it and
    say what it would add). Raises ImportRefused naming every problem; nothing is written then.
    ``progress(done, total)`` is told how far it got (it may raise to stop: nothing is written)."""
    rows = read_history(
        Path(path), progress=(lambda done, total: progress(done, 2 * total)) if progress else None
    )
    total = 2 * len(rows) or 1
    if progress is not None:
        progress(len(rows), total)
    if dry_run:
        plan = _plan(rows, lambda sql: store.reader().execute(sql).fetchall())
        log.info("history import checked: %d rows, %s", len(rows), dict(_result(plan, True).added))
        return _result(plan, True)
    with store.transaction() as tx:
        conn = tx.session.connection()
        plan = _plan(rows, lambda sql: conn.exec_driver_sql(sql).fetchall())
        people = plan.new["participant"]
        if people:
            seq = int(store.meta.get("participant_seq", "0"))
            for n, person in enumerate(people, start=1):
                person["code"] = participant_code(
                    SITE_CODE_PREFIX[Site(person["site"])], store.device_tag, seq + n
                )
            store.set_meta(tx, "participant_seq", str(seq + len(people)))
        written, count = len(rows), sum(map(len, plan.new.values())) or 1
        for kind in KINDS:
            records = plan.new[kind]
            for i in range(0, len(records), 1000):
                chunk = records[i : i + 1000]
                tx.insert_many(kind, chunk, ids=[r["id"] for r in chunk])
                written += len(chunk) * len(rows) // count
                if progress is not None:
                    progress(min(written, total - 1), total)
    result = _result(plan, False)
    log.info("history imported: %d rows, %s", len(rows), dict(result.added))
    if progress is not None:
        progress(total, total)
    return result
