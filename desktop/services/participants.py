"""Registering, finding and changing participants."""

from __future__ import annotations

from datetime import date

from rapidfuzz import fuzz
from sqlalchemy import ColumnElement, or_, select

from desktop.domain.enums import SITE_CODE_PREFIX, Site
from desktop.domain.ids import participant_code
from desktop.domain.messages import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    NotFound,
    UserError,
    ValidationError,
)
from desktop.domain.text import compact_document, fold, person_name
from desktop.services import accounts
from desktop.services.participant_list import LIST_COLUMNS, SORTABLE, Filters, count, search
from desktop.services.records import create_in, update_in
from desktop.storage.journal import Tx
from desktop.storage.models import Participant
from desktop.storage.store import Store

P = Participant.__table__

# the list (search, count, filters) lives in participant_list, which the first screen imports alone
__all__ = [
    "NAME_SIMILARITY",
    "SORTABLE",
    "DocumentRegistered",
    "Filters",
    "by_code",
    "count",
    "find_duplicates",
    "register",
    "register_in",
    "require_setup",
    "search",
    "update",
]

NAME_SIMILARITY = 85  # rapidfuzz token-sort ratio, on accent-free names


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


class DocumentRegistered(UserError):
    """The document number is already registered, to ``existing`` (a participant row) whose
    name is like this one's: registering needs ``same_document_as=existing["id"]``, the
    technician's explicit confirmation that they are two people (or the same, to be merged)."""

    def __init__(self, existing: dict, number: str):
        super().__init__(
            Message(
                "Participants",
                QT_TRANSLATE_NOOP(
                    "Participants",
                    "The document number {number} is already registered as {name} ({code}).",
                ),
                {"number": number, "name": person_name(existing), "code": existing["code"]},
            )
        )
        self.existing = existing
        self.number = number


def _same_document(tx: Tx, number: str | None) -> list[dict]:
    """Participants registered with this document number (compared compact)."""
    doc = compact_document(number)
    if not doc:
        return []
    rows = (
        tx.session.execute(
            select(P.c.id, P.c.code, P.c.first_name, P.c.last_name, P.c.document_number).where(
                P.c.search_key.like(f"% {fold(doc)} %")
            )
        )
        .mappings()
        .all()
    )
    return [dict(r) for r in rows if compact_document(r["document_number"]) == doc]


def _check_document(tx: Tx, values: dict, same_document_as: str | None) -> None:
    """A document number already registered: refused when the names differ too (a typing
    error, or someone else's document), else allowed only with the confirmation naming the
    record it was shown (DocumentRegistered)."""
    found = _same_document(tx, values.get("document_number"))
    if not found:
        return
    name = fold(person_name(values))
    number = values["document_number"]
    for other in found:
        if fuzz.token_sort_ratio(name, fold(person_name(other))) < NAME_SIMILARITY:
            raise ValidationError(
                [
                    FieldProblem(
                        "document_number",
                        Message(
                            "Participants",
                            QT_TRANSLATE_NOOP(
                                "Participants",
                                "Document number: {number} is already registered as {name}"
                                " ({code}), another name. Check the number, or open that record.",
                            ),
                            {"number": number, "name": person_name(other), "code": other["code"]},
                        ),
                    )
                ]
            )
    if same_document_as not in {other["id"] for other in found}:
        raise DocumentRegistered(found[0], number)


def register(
    store: Store,
    values: dict,
    *,
    same_document_as: str | None = None,
    data_processing_on: date | None = None,
) -> dict:
    """Register a new participant; gives them the next code of this laptop. A document
    number already registered is refused, or needs ``same_document_as`` (see _check_document).
    With ``data_processing_on`` their consent to the processing of personal data is recorded
    with them (desktop.services.consents.register, the registration form's path, requires it)."""
    accounts.require_site(store, values.get("site") or store.meta.get("site"))
    with store.transaction() as tx:
        _check_document(tx, values, same_document_as)
        row = register_in(store, tx, values)
        if data_processing_on is not None:
            from desktop.services import consents  # consents registers through this module

            consents.grant_in(tx, row["id"], consents.DATA, data_processing_on)
        return row


def update(store: Store, participant_id: str, values: dict) -> dict:
    values = {k: v for k, v in values.items() if k != "code"}  # codes never change
    accounts.require_participant(store, participant_id)
    if "site" in values:
        accounts.require_site(store, values["site"])
    with store.transaction() as tx:
        return update_in(tx, "participant", participant_id, values)


def by_code(store: Store, code: str) -> dict:
    with store.read() as s:
        row = s.execute(select(P).where(P.c.code == code.strip().upper())).mappings().first()
    if row is None:
        raise NotFound(
            Message(
                "Participants",
                QT_TRANSLATE_NOOP("Participants", "No participant has the code {code}."),
                {"code": code},
            )
        )
    return dict(row)


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
    conds: list[ColumnElement[bool]] = []
    if doc:
        conds.append(P.c.search_key.like(f"% {doc.lower()} %"))
    if birth:
        conds.append(P.c.birth_date == birth)
    if not conds:
        return []
    name = fold(person_name(values))
    with store.read() as s:
        rows = (
            s.execute(select(*(P.c[c] for c in LIST_COLUMNS)).where(or_(*conds))).mappings().all()
        )
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
        raise UserError(
            Message(
                "Setup",
                QT_TRANSLATE_NOOP(
                    "Setup",
                    "This laptop is not set up yet: run 'milma init --site CIFE' or start the"
                    " application.",
                ),
            )
        )
