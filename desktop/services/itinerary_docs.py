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

from sqlalchemy import func, select

from desktop.atomic import write_atomic
from desktop.domain import enums as E
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, NotFound, UserError
from desktop.domain.text import fold
from desktop.i18n import LANGUAGES
from desktop.reports import itinerary as report
from desktop.reports.itinerary import Cancelled
from desktop.services import associations, consents, records
from desktop.services.attendance import hours_attended_column
from desktop.services.participants import by_code
from desktop.storage.models import RECORD_MODELS
from desktop.storage.store import Store

log = logging.getLogger("milma.reports")

__all__ = [
    "Cancelled",
    "document_data",
    "documents_data",
    "participant_pdf",
    "find_lab",
    "find_company",
    "lab_participants",
    "lab_items",
    "lab_pdfs",
    "file_name",
    "merged_file_name",
    "save_pdf",
    "prepare_folder",
    "document_language",
]

# the only participant fields a printed itinerary may show
PARTICIPANT_FIELDS = (
    "id",
    "code",
    "first_name",
    "last_name",
    "gender",
    "preferred_language",
    "next_steps",
    "site",
)

_T = {k: m.__table__ for k, m in RECORD_MODELS.items()}
P, SITE, TECH, LAB, EN, GOAL = (
    _T[k] for k in ("participant", "site", "technician", "lab", "enrolment", "goal")
)
CS, PL, JOB, CO = (
    _T[k] for k in ("coaching_session", "placement", "employment_outcome", "company")
)
CM, REF, CONN = (_T[k] for k in ("connector_meeting", "referral", "connector"))


def document_data(store: Store, participant_id: str, now: datetime | None = None) -> dict:
    """Everything the participant's itinerary shows, as plain data."""
    found = documents_data(store, [participant_id], now)
    if participant_id not in found:
        raise records.not_found("participant")
    return found[participant_id]


CHUNK = 400  # participants per query (well below SQLite's limit of bound parameters)


def documents_data(
    store: Store, participant_ids: list[str], now: datetime | None = None
) -> dict[str, dict]:
    """What the itineraries of these participants show, as plain data per participant id, read
    in one session with one query per kind for a whole batch. Only the columns printed are
    selected: special-category data, the life story, session notes and survey answers are never
    even read."""
    now = now or datetime.now()
    out: dict[str, dict] = {}
    with store.read() as s:
        for i in range(0, len(participant_ids), CHUNK):
            out.update(_read_chunk(s, participant_ids[i : i + CHUNK], now))
    return out


def _grouped(session, query) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for row in session.execute(query).mappings().all():
        item = dict(row)
        groups.setdefault(item.pop("pid"), []).append(item)
    return groups


def _read_chunk(s, ids: list[str], now: datetime) -> dict[str, dict]:
    people = (
        s.execute(
            select(
                *(P.c[k] for k in PARTICIPANT_FIELDS),
                SITE.c.name.label("site_name"),
                SITE.c.address.label("site_address"),
                SITE.c.phone.label("site_phone"),
                SITE.c.id.label("site_id"),
                TECH.c.full_name.label("tech_full_name"),
                TECH.c.email.label("tech_email"),
                TECH.c.phone.label("tech_phone"),
                TECH.c.id.label("tech_id"),
            )
            .outerjoin(SITE, SITE.c.code == P.c.site)
            .outerjoin(TECH, TECH.c.id == P.c.technician_id)
            .where(P.c.id.in_(ids))
        )
        .mappings()
        .all()
    )
    labs = _grouped(
        s,
        select(
            EN.c.participant_id.label("pid"),
            LAB.c.name,
            LAB.c.niche,
            LAB.c.start_date,
            LAB.c.end_date,
            LAB.c.schedule,
            LAB.c.planned_hours,
            hours_attended_column(EN).label("hours_attended"),
            EN.c.status,
        )
        .join(LAB, LAB.c.id == EN.c.lab_id)
        .where(EN.c.participant_id.in_(ids))
        .order_by(EN.c.enrolled_on, EN.c.id),
    )
    goals = _grouped(
        s,
        select(
            GOAL.c.participant_id.label("pid"),
            GOAL.c.title,
            GOAL.c.area,
            GOAL.c.status,
            GOAL.c.target_date,
        )
        .where(GOAL.c.participant_id.in_(ids))
        .order_by(GOAL.c.target_date, GOAL.c.id),
    )
    sessions = _grouped(
        s,
        select(
            CS.c.participant_id.label("pid"),
            CS.c.starts_at,
            CS.c.duration_minutes,
            CS.c.kind,
            CS.c.topics,
            CS.c.agreed_actions,
            CS.c.next_appointment,
        )
        .where(CS.c.participant_id.in_(ids))
        .order_by(CS.c.starts_at, CS.c.id),
    )
    placements = _grouped(
        s,
        select(
            PL.c.participant_id.label("pid"),
            CO.c.name.label("company_name"),
            PL.c.role,
            PL.c.start_date,
            PL.c.end_date,
            PL.c.status,
        )
        .outerjoin(CO, CO.c.id == PL.c.company_id)
        .where(PL.c.participant_id.in_(ids))
        .order_by(PL.c.start_date, PL.c.id),
    )
    jobs = _grouped(
        s,
        select(
            JOB.c.participant_id.label("pid"),
            JOB.c.occupation,
            func.coalesce(CO.c.name, JOB.c.employer_name).label("employer"),
            JOB.c.contract_type,
            JOB.c.start_date,
            JOB.c.end_date,
        )
        .outerjoin(CO, CO.c.id == JOB.c.company_id)
        .where(JOB.c.participant_id.in_(ids))
        .order_by(JOB.c.start_date, JOB.c.id),
    )
    # meetings held, and planned ones (marked so); a meeting cancelled is not printed
    meetings = _grouped(
        s,
        select(
            CM.c.participant_id.label("pid"),
            CM.c.id,
            CM.c.connector_id,
            CM.c.met_on,
            CM.c.mode,
            CM.c.status,
            CONN.c.full_name.label("connector_name"),
            CONN.c.field,
        )
        .outerjoin(CONN, CONN.c.id == CM.c.connector_id)
        .where(CM.c.participant_id.in_(ids), CM.c.status != E.MeetingStatus.CANCELLED.value)
        .order_by(CM.c.met_on, CM.c.id),
    )
    # the referrals, for the network in words (desktop.domain.network: through whom, to whom)
    referrals = _grouped(
        s,
        select(
            REF.c.participant_id.label("pid"),
            REF.c.meeting_id,
            REF.c.connector_id,
            REF.c.status,
            REF.c.happened_on,
            CONN.c.full_name.label("connector_name"),
            CONN.c.field,
        )
        .join(CONN, CONN.c.id == REF.c.connector_id)
        .where(REF.c.participant_id.in_(ids))
        .order_by(CONN.c.full_name, REF.c.id),
    )
    introductions = associations.introductions_by_person(s, ids)
    out = {}
    for person in people:
        pid = person["id"]
        held = sessions.get(pid, [])
        upcoming = {x["starts_at"] for x in held if x["starts_at"] > now}
        upcoming |= {
            x["next_appointment"]
            for x in held
            if x["next_appointment"] and x["next_appointment"] > now
        }
        out[pid] = {
            "participant": {k: person[k] for k in PARTICIPANT_FIELDS},
            "site": {k: person[f"site_{k}"] for k in ("name", "address", "phone")}
            if person["site_id"]
            else None,
            "technician": {k: person[f"tech_{k}"] for k in ("full_name", "email", "phone")}
            if person["tech_id"]
            else None,
            "labs": labs.get(pid, []),
            "goals": goals.get(pid, []),
            "sessions": [
                {k: v for k, v in x.items() if k != "next_appointment"}
                for x in held
                if x["starts_at"] <= now
            ],
            "appointments": sorted(upcoming),
            "placements": placements.get(pid, []),
            "jobs": jobs.get(pid, []),
            "meetings": meetings.get(pid, []),
            "referrals": referrals.get(pid, []),
            "introductions": introductions.get(pid, []),
        }
    return out


def document_language(data: dict, lang: str | None = None) -> str:
    """The explicit language, else the participant's preferred one, else Spanish."""
    if lang in LANGUAGES:
        return lang
    preferred = data["participant"].get("preferred_language")
    return preferred if preferred in LANGUAGES else "es"


def participant_pdf(
    store: Store,
    participant_id: str,
    lang: str | None = None,
    printed_on: date | None = None,
    for_company: str | None = None,
) -> tuple[bytes, str]:
    """(PDF bytes, language used) of one participant's itinerary. ``for_company`` (a company id):
    printed to give to that partner company, which needs the person's consent to sharing their
    CV with partner companies (refused with consents.ConsentMissing without it); the document
    says whom it was prepared for."""
    data = document_data(store, participant_id)
    if for_company:
        consents.require(store, participant_id, consents.SHARE)
        data = {**data, "recipient": records.get(store, "company", for_company)["name"]}
    language = document_language(data, lang)
    pdf = report.build([(data, language)], printed_on)
    log.info("itinerary built for participant %s in %s", participant_id, language)
    return pdf, language


def find_company(store: Store, name: str) -> dict:
    """The partner company called ``name`` (case and accents ignored)."""
    wanted = fold(name)
    found = [c for c in records.list_all(store, "company") if fold(c["name"]) == wanted]
    if not found:
        raise NotFound(
            Message(
                "Itinerary",
                QT_TRANSLATE_NOOP("Itinerary", "No partner company is called {name}."),
                {"name": name},
            )
        )
    if len(found) > 1:
        raise UserError(
            Message(
                "Itinerary",
                QT_TRANSLATE_NOOP(
                    "Itinerary", "Several companies are called {name}; rename one of them first."
                ),
                {"name": name},
            )
        )
    return found[0]


def participant_id_by_code(store: Store, code: str) -> str:
    return by_code(store, code)["id"]


def find_lab(store: Store, name: str) -> dict:
    """The lab called ``name`` (case and accents ignored)."""
    wanted = fold(name)
    labs = [lab for lab in records.list_all(store, "lab") if fold(lab["name"]) == wanted]
    if not labs:
        raise NotFound(
            Message(
                "Itinerary",
                QT_TRANSLATE_NOOP("Itinerary", "No lab is called {name}."),
                {"name": name},
            )
        )
    if len(labs) > 1:
        raise UserError(
            Message(
                "Itinerary",
                QT_TRANSLATE_NOOP(
                    "Itinerary", "Several labs are called {name}; rename one of them first."
                ),
                {"name": name},
            )
        )
    return labs[0]


def lab_participants(store: Store, lab_id: str) -> list[dict]:
    """The participants enrolled in a lab (id and code), sorted by name."""
    with store.read() as s:
        people = (
            s.execute(
                select(P.c.id, P.c.code, P.c.first_name, P.c.last_name)
                .distinct()
                .join(EN, EN.c.participant_id == P.c.id)
                .where(EN.c.lab_id == lab_id)
            )
            .mappings()
            .all()
        )
    people = sorted(people, key=lambda p: (fold(p["last_name"]), fold(p["first_name"]), p["code"]))
    return [{"id": p["id"], "code": p["code"]} for p in people]


def lab_items(store: Store, lab_id: str, lang: str | None = None) -> list[tuple[dict, str]]:
    """(data, language) of every participant of the lab, ready for ``reports.itinerary.build``."""
    people = lab_participants(store, lab_id)
    found = documents_data(store, [p["id"] for p in people])
    return [
        (found[p["id"]], document_language(found[p["id"]], lang))
        for p in people
        if p["id"] in found
    ]


def lab_pdfs(
    items: list[tuple[dict, str]],
    merge: bool,
    printed_on: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[tuple[str | None, bytes]]:
    """Build the PDFs of a lab batch: [(file name, bytes)], one per participant or one merged
    (named None: the caller names it, ``merged_file_name``).
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
    out: list[tuple[str | None, bytes]] = []
    for i, (data, lang) in enumerate(items):
        if progress:
            progress(i, total)
        out.append(
            (file_name(data["participant"]["code"]), report.build([(data, lang)], printed_on))
        )
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
    return UserError(
        Message(
            "Itinerary",
            QT_TRANSLATE_NOOP("Itinerary", "Cannot write {path}: {reason}"),
            {"path": str(path), "reason": exc.strerror or exc.__class__.__name__},
        )
    )


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
