"""Registering, finding and changing participants."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz
from sqlalchemy import and_, exists, func, literal_column, or_, select

from desktop.domain.enums import SITE_CODE_PREFIX, MigrantStatus, Site
from desktop.domain.ids import participant_code
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, NotFound, UserError
from desktop.domain.text import compact_document, fold, person_name, search_terms
from desktop.services.records import create_in, update_in
from desktop.storage.journal import Tx
from desktop.storage.models import Enrolment, Lab, Participant
from desktop.storage.store import Store

P = Participant.__table__
EN = Enrolment.__table__
LAB = Lab.__table__

NAME_SIMILARITY = 85  # rapidfuzz token-sort ratio, on accent-free names


@dataclass
class Filters:
    lab_id: str | None = None
    site: str | None = None
    origin: str | None = None  # "local" or "migrant"
    gender: str | None = None
    enrolment_status: str | None = None
    extra: dict = field(default_factory=dict)


SORTABLE = ("code", "last_name", "first_name", "birth_date", "gender", "migrant_status", "site")


def _next_code(store: Store, tx: Tx, site: str) -> str:
    seq = int(store.meta.get("participant_seq", "0")) + 1
    store.set_meta(tx, "participant_seq", str(seq))
    return participant_code(SITE_CODE_PREFIX[Site(site)], store.device_tag, seq)


def register_in(store: Store, tx: Tx, values: dict) -> dict:
    values = dict(values)
    values.setdefault("site", store.meta.get("site") or Site.CIFE.value)
    values.setdefault("preferred_language", "es")
    if not values.get("technician_id") and store.meta.get("technician_id"):
        values["technician_id"] = store.meta["technician_id"]
    values["code"] = _next_code(store, tx, values["site"] or Site.CIFE.value)
    return create_in(tx, "participant", values)


def register(store: Store, values: dict) -> dict:
    """Register a new participant; gives them the next code of this laptop."""
    with store.transaction() as tx:
        return register_in(store, tx, values)


def update(store: Store, participant_id: str, values: dict) -> dict:
    values = {k: v for k, v in values.items() if k != "code"}  # codes never change
    with store.transaction() as tx:
        return update_in(tx, "participant", participant_id, values)


def by_code(store: Store, code: str) -> dict:
    with store.read() as s:
        row = s.execute(select(P).where(P.c.code == code.strip().upper())).mappings().first()
    if row is None:
        raise NotFound(Message("Participants", QT_TRANSLATE_NOOP("Participants", "No participant has the code {code}."),
                               {"code": code}))
    return dict(row)


def _where(table, text: str | None, filters: Filters | None):
    clauses = [table.c.search_key.like(f"%{t}%") for t in search_terms(text)]
    f = filters or Filters()
    if f.site:
        clauses.append(table.c.site == f.site)
    if f.gender:
        clauses.append(table.c.gender == f.gender)
    if f.origin == "local":
        clauses.append(table.c.migrant_status == MigrantStatus.LOCAL.value)
    elif f.origin == "migrant":
        clauses.append(table.c.migrant_status != MigrantStatus.LOCAL.value)
    if f.lab_id or f.enrolment_status:
        cond = [EN.c.participant_id == table.c.id]
        if f.lab_id:
            cond.append(EN.c.lab_id == f.lab_id)
        if f.enrolment_status:
            cond.append(EN.c.status == f.enrolment_status)
        clauses.append(exists(select(EN.c.id).where(and_(*cond))))
    return and_(*clauses) if clauses else None


def _current_lab():
    return (select(LAB.c.name).join(EN, EN.c.lab_id == LAB.c.id)
            .where(EN.c.participant_id == P.c.id)
            .order_by((EN.c.status == "enrolled").desc(), EN.c.enrolled_on.desc())
            .limit(1).scalar_subquery().label("current_lab"))


LIST_COLUMNS = (P.c.id, P.c.code, P.c.first_name, P.c.last_name, P.c.birth_date, P.c.gender,
                P.c.migrant_status, P.c.site, P.c.phone, P.c.document_number, P.c.nationality)


def search(store: Store, text: str | None = None, filters: Filters | None = None, *,
           sort: str = "last_name", descending: bool = False, limit: int | None = None,
           offset: int = 0, with_lab: bool = True) -> list[dict]:
    """Participants whose code, names, document number or phone contain every word of
    ``text`` (case and accents ignored), with the filters applied, sorted, one page at a time.

    The matching and sorting run over the covering index ix_participant_list (narrow), and
    only the rows of the requested page are read from the table."""
    if sort not in SORTABLE:
        sort = "last_name"
    inner_t = P.alias("found")
    inner_order = inner_t.c[sort].desc() if descending else inner_t.c[sort]
    inner = select(literal_column("found.rowid")).select_from(inner_t).order_by(inner_order, inner_t.c.code)
    where = _where(inner_t, text, filters)
    if where is not None:
        inner = inner.where(where)
    if limit is not None:
        inner = inner.limit(limit).offset(offset)
    cols = list(LIST_COLUMNS) + ([_current_lab()] if with_lab else [])
    order = P.c[sort].desc() if descending else P.c[sort]
    query = select(*cols).where(literal_column("participant.rowid").in_(inner)).order_by(order, P.c.code)
    with store.read() as s:
        return [dict(r) for r in s.execute(query).mappings().all()]


def count(store: Store, text: str | None = None, filters: Filters | None = None) -> int:
    query = select(func.count()).select_from(P)
    where = _where(P, text, filters)
    if where is not None:
        query = query.where(where)
    with store.read() as s:
        return s.execute(query).scalar_one()


def find_duplicates(store: Store, values: dict, exclude_id: str | None = None) -> list[dict]:
    """Registered people who may be this one: the same document number, or a similar name
    (accents and small typos ignored) with the same birth date."""
    found: dict[str, dict] = {}
    doc = compact_document(values.get("document_number"))
    birth = values.get("birth_date")
    if isinstance(birth, str):
        try:
            birth = date.fromisoformat(birth)
        except ValueError:
            birth = None
    conds = []
    if doc:
        conds.append(P.c.search_key.like(f"% {doc.lower()} %"))
    if birth:
        conds.append(P.c.birth_date == birth)
    if not conds:
        return []
    name = fold(person_name(values))
    with store.read() as s:
        rows = s.execute(select(*LIST_COLUMNS).where(or_(*conds))).mappings().all()
    for r in rows:
        if r["id"] == exclude_id:
            continue
        if doc and compact_document(r["document_number"]) == doc:
            found[r["id"]] = {**r, "reason": "document"}
        elif birth and r["birth_date"] == birth and name.strip():
            score = fuzz.token_sort_ratio(name, fold(f"{r['first_name']} {r['last_name']}"))
            if score >= NAME_SIMILARITY:
                found[r["id"]] = {**r, "reason": "name_birth", "score": score}
    return list(found.values())


def require_setup(store: Store) -> None:
    if not store.meta.get("site"):
        raise UserError(Message("Setup", QT_TRANSLATE_NOOP(
            "Setup", "This laptop is not set up yet: run 'milma init --site CIFE' or start the application.")))
