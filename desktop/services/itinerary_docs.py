"""Printed itineraries: gathering what a participant's document shows, building the PDFs
(one participant, or every participant of a lab) and writing them safely.

Only the fields a participant's own pathway needs leave this module: never nationality,
migrant status, religion, health, identity document, life story or session notes.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, NotFound, UserError
from desktop.domain.text import fold
from desktop.i18n import LANGUAGES
from desktop.reports import itinerary as report
from desktop.reports.itinerary import Cancelled
from desktop.reports.pdf import write_atomic
from desktop.services import records
from desktop.services.itinerary import records_of
from desktop.services.participants import by_code
from desktop.services.setup import site_id
from desktop.storage.store import Store

log = logging.getLogger("milma.reports")

__all__ = ["Cancelled", "document_data", "participant_pdf", "find_lab", "lab_participants",
           "lab_items", "lab_pdfs", "file_name", "merged_file_name", "save_pdf", "prepare_folder",
           "document_language"]

# the only participant fields a printed itinerary may show
PARTICIPANT_FIELDS = ("id", "code", "first_name", "last_name", "preferred_language", "next_steps", "site")


def _get(store: Store, kind: str, row_id: str | None) -> dict | None:
    if not row_id:
        return None
    try:
        return records.get(store, kind, row_id)
    except NotFound:
        return None


def document_data(store: Store, participant_id: str, now: datetime | None = None) -> dict:
    """Everything the participant's itinerary shows, as plain data."""
    now = now or datetime.now()
    person = records.get(store, "participant", participant_id)
    recs = records_of(store, participant_id)
    site = _get(store, "site", site_id(person["site"])) if person.get("site") else None
    tech = _get(store, "technician", person.get("technician_id"))
    connectors: dict[str, dict | None] = {}

    def connector_field(cid):
        if cid not in connectors:
            connectors[cid] = _get(store, "connector", cid)
        return (connectors[cid] or {}).get("field")

    labs = []
    for e in recs["enrolment"]:
        lab = _get(store, "lab", e["lab_id"]) or {}
        labs.append({"name": lab.get("name") or e.get("lab_name") or "", "niche": lab.get("niche"),
                     "start_date": lab.get("start_date"), "end_date": lab.get("end_date"),
                     "schedule": lab.get("schedule"), "planned_hours": lab.get("planned_hours"),
                     "hours_attended": e.get("hours_attended"), "status": e.get("status")})
    held = [s for s in recs["coaching_session"] if s["starts_at"] <= now]
    upcoming = {s["starts_at"] for s in recs["coaching_session"] if s["starts_at"] > now}
    upcoming |= {s["next_appointment"] for s in recs["coaching_session"]
                 if s.get("next_appointment") and s["next_appointment"] > now}
    return {
        "participant": {k: person.get(k) for k in PARTICIPANT_FIELDS},
        "site": {k: site.get(k) for k in ("name", "address", "phone")} if site else None,
        "technician": {k: tech.get(k) for k in ("full_name", "email", "phone")} if tech else None,
        "labs": labs,
        "goals": [{k: g.get(k) for k in ("title", "area", "status", "target_date")} for g in recs["goal"]],
        "sessions": [{k: s.get(k) for k in ("starts_at", "duration_minutes", "kind", "topics", "agreed_actions")}
                     for s in held],
        "appointments": sorted(upcoming),
        "placements": [{k: p.get(k) for k in ("company_name", "role", "start_date", "end_date", "status")}
                       for p in recs["placement"]],
        "jobs": [{"occupation": j.get("occupation"), "employer": j.get("company_name") or j.get("employer_name"),
                  "contract_type": j.get("contract_type"), "start_date": j.get("start_date"),
                  "end_date": j.get("end_date")} for j in recs["employment_outcome"]],
        "meetings": [{"met_on": m.get("met_on"), "mode": m.get("mode"), "connector_name": m.get("connector_name"),
                      "field": connector_field(m.get("connector_id"))} for m in recs["connector_meeting"]],
        "referrals": [{"connector_name": r.get("connector_name"), "field": connector_field(r.get("connector_id"))}
                      for r in recs["referral"] if r.get("status") == "pending"],
    }


def document_language(data: dict, lang: str | None = None) -> str:
    """The explicit language, else the participant's preferred one, else Spanish."""
    if lang in LANGUAGES:
        return lang
    preferred = data["participant"].get("preferred_language")
    return preferred if preferred in LANGUAGES else "es"


def participant_pdf(store: Store, participant_id: str, lang: str | None = None,
                    printed_on: date | None = None) -> tuple[bytes, str]:
    """(PDF bytes, language used) of one participant's itinerary."""
    data = document_data(store, participant_id)
    language = document_language(data, lang)
    pdf = report.build([(data, language)], printed_on)
    log.info("itinerary built for participant %s in %s", participant_id, language)
    return pdf, language


def participant_id_by_code(store: Store, code: str) -> str:
    return by_code(store, code)["id"]


def find_lab(store: Store, name: str) -> dict:
    """The lab called ``name`` (case and accents ignored)."""
    wanted = fold(name)
    labs = [lab for lab in records.list_all(store, "lab") if fold(lab["name"]) == wanted]
    if not labs:
        raise NotFound(Message("Itinerary", QT_TRANSLATE_NOOP("Itinerary", "No lab is called {name}."),
                               {"name": name}))
    if len(labs) > 1:
        raise UserError(Message("Itinerary", QT_TRANSLATE_NOOP(
            "Itinerary", "Several labs are called {name}; rename one of them first."), {"name": name}))
    return labs[0]


def lab_participants(store: Store, lab_id: str) -> list[dict]:
    """The participants enrolled in a lab (id and code), sorted by name."""
    ids = {e["participant_id"] for e in records.list_all(store, "enrolment", lab_id=lab_id)}
    people = [p for p in (_get(store, "participant", i) for i in ids) if p]
    people.sort(key=lambda p: (fold(p["last_name"]), fold(p["first_name"]), p["code"]))
    return [{"id": p["id"], "code": p["code"]} for p in people]


def lab_items(store: Store, lab_id: str, lang: str | None = None) -> list[tuple[dict, str]]:
    """(data, language) of every participant of the lab, ready for ``reports.itinerary.build``."""
    items = []
    for person in lab_participants(store, lab_id):
        data = document_data(store, person["id"])
        items.append((data, document_language(data, lang)))
    return items


def lab_pdfs(items: list[tuple[dict, str]], merge: bool, printed_on: date | None = None,
             progress: Callable[[int, int], None] | None = None) -> list[tuple[str, bytes]]:
    """Build the PDFs of a lab batch: [(file name, bytes)], one per participant or one merged.
    ``progress(done, total)`` is called as it goes and may raise Cancelled."""
    total = len(items)
    if merge:
        def on_start(index):
            if progress:
                progress(index, total)
        pdf = report.build(items, printed_on, on_start=on_start)
        if progress:
            progress(total, total)
        return [(None, pdf)]
    out = []
    for i, (data, lang) in enumerate(items):
        if progress:
            progress(i, total)
        out.append((file_name(data["participant"]["code"]), report.build([(data, lang)], printed_on)))
    if progress:
        progress(total, total)
    return out


def file_name(code: str) -> str:
    """The file name of an itinerary: the participant's code, never their name."""
    return f"itinerary-{re.sub(r'[^A-Za-z0-9-]+', '-', code).strip('-') or 'document'}.pdf"


def merged_file_name(lab: dict) -> str:
    return f"itineraries-{_slug(lab['name'])}.pdf"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "document"


def _cannot_write(path: Path, exc: OSError) -> UserError:
    return UserError(Message("Itinerary", QT_TRANSLATE_NOOP("Itinerary", "Cannot write {path}: {reason}"),
                             {"path": str(path), "reason": exc.strerror or exc.__class__.__name__}))


def save_pdf(path: str | Path, pdf: bytes) -> Path:
    """Write a PDF atomically; an unwritable place is a user error naming the file."""
    target = Path(path).expanduser()
    try:
        if target.is_dir():
            raise IsADirectoryError(21, "Is a directory", str(target))
        return write_atomic(target, pdf)
    except OSError as exc:
        raise _cannot_write(target, exc) from None


def prepare_folder(path: str | Path) -> Path:
    """The folder for a batch of PDFs, created when missing."""
    folder = Path(path).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot_write(folder, exc) from None
    return folder
