"""Local associations (the coordinator's reference list, sent back to the laptops like labs)
and the introductions of newcomers to the areas that help inclusion: their neighbourhood, a
local association, the Coexistence Board and the Anti-Rumours network."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop.domain import enums as E
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.services import audit
from desktop.services.records import not_found
from desktop.storage import stamps as codec
from desktop.storage.models import RECORD_MODELS
from desktop.storage.store import Store

_A = RECORD_MODELS["association"].__table__
_I = RECORD_MODELS["inclusion_introduction"].__table__
_P = RECORD_MODELS["participant"].__table__

STILL_REFERRED = QT_TRANSLATE_NOOP(
    "Associations",
    "The association “{name}” cannot be deleted: introductions of participants name it ({count}). "
    "Mark it as not active instead: it is then no longer offered, and the introductions keep it.",
)


class AssociationInUse(UserError):
    """Deleting an association that introductions name (they would lose it)."""


def in_use(name: str, count: int) -> Message:
    """Why an association that ``count`` introductions name is not deleted, and what to do."""
    return Message("Associations", STILL_REFERRED, {"name": name, "count": count})


def association_rows(store: Store) -> list[dict]:
    """Every association with how many newcomers were introduced to it and how many of them
    want to join, by name."""
    introduced = (
        select(func.count())
        .select_from(_I)
        .where(_I.c.association_id == _A.c.id)
        .scalar_subquery()
        .label("introductions")
    )
    interested = (
        select(func.count())
        .select_from(_I)
        .where(_I.c.association_id == _A.c.id, _I.c.interest == E.JoinInterest.YES.value)
        .scalar_subquery()
        .label("interested")
    )
    query = select(
        _A.c.id,
        _A.c.name,
        _A.c.neighbourhood,
        _A.c.address,
        _A.c.phone,
        _A.c.email,
        _A.c.active,
        introduced,
        interested,
    ).order_by(func.lower(_A.c.name), _A.c.id)
    with store.read() as s:
        return [dict(r) for r in s.execute(query).mappings().all()]


def association_detail(store: Store, association_id: str) -> dict:
    """An association and the participants introduced to it, newest first."""
    with store.read() as s:
        row = s.execute(select(_A).where(_A.c.id == association_id)).mappings().first()
        if row is None:
            raise not_found("association")
        people = (
            s.execute(
                select(
                    _I.c.id,
                    _I.c.participant_id,
                    _P.c.code,
                    _P.c.first_name,
                    _P.c.last_name,
                    _I.c.introduced_on,
                    _I.c.interest,
                )
                .join(_P, _P.c.id == _I.c.participant_id)
                .where(_I.c.association_id == association_id)
                .order_by(_I.c.introduced_on.desc(), _P.c.code)
            )
            .mappings()
            .all()
        )
    return {
        "association": {k: v for k, v in dict(row).items() if k not in codec.SYNC_COLUMNS},
        "introductions": [dict(x) for x in people],
    }


def association_choices(store: Store, keep: str | None = None) -> list[tuple[str, str]]:
    """The associations an introduction may name, by name: the active ones, and ``keep`` (the
    one a stored introduction names, even if no longer active)."""
    query = select(_A.c.id, _A.c.name).where((_A.c.active.is_not(False)) | (_A.c.id == keep))
    with store.read() as s:
        rows = s.execute(query).all()
    return sorted(((i, n) for i, n in rows), key=lambda c: c[1].casefold())


def introductions_by_person(session, participant_ids: list[str]) -> dict[str, list[dict]]:
    """What the printed itineraries of these participants show of their introductions (date,
    area, association, interest; never the notes), oldest first, by participant id."""
    rows = (
        session.execute(
            select(
                _I.c.participant_id,
                _I.c.introduced_on,
                _I.c.area,
                _I.c.interest,
                _A.c.name.label("association_name"),
            )
            .outerjoin(_A, _A.c.id == _I.c.association_id)
            .where(_I.c.participant_id.in_(participant_ids))
            .order_by(_I.c.introduced_on, _I.c.id)
        )
        .mappings()
        .all()
    )
    out: dict[str, list[dict]] = {}
    for row in rows:
        item = dict(row)
        out.setdefault(item.pop("participant_id"), []).append(item)
    return out


def delete_association(store: Store, association_id: str) -> int:
    """Delete an association no introduction names; one that is named is refused (mark it not
    active instead). Returns how many records were deleted."""
    with store.transaction() as tx:
        row = tx.row("association", association_id)
        if row is None:
            raise not_found("association")
        named = tx.session.execute(
            select(func.count()).select_from(_I).where(_I.c.association_id == association_id)
        ).scalar_one()
        if named:
            raise AssociationInUse(in_use(row["name"], named))
        audit.note(tx, "delete", "association", association_id, values=row)
        return tx.delete("association", association_id)
