"""The audit trail: who viewed a participant's page, changed, exported, printed, imported, merged
or erased which record, when and on which laptop; and whether the log is intact.

Services write an entry with :func:`note` inside the transaction of the action itself, so the
entry and the action commit together or not at all. An entry holds record ids, participant codes,
the technician's record id and counts, never a name or any other personal data (desktop/storage/
audit.py keeps the chain; desktop/exchange/audit_bundle.py carries it to the coordinator).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop.domain.person_records import PERSON, links
from desktop.domain.schema import KINDS
from desktop.storage import audit as A
from desktop.storage.models import RECORD_MODELS, Meta
from desktop.storage.store import Store

# action -> its label (context "Audit"), in the order a filter lists them
ACTIONS: dict[str, str] = {
    "view": QT_TRANSLATE_NOOP("Audit", "Viewed"),
    "create": QT_TRANSLATE_NOOP("Audit", "Created"),
    "change": QT_TRANSLATE_NOOP("Audit", "Changed"),
    "delete": QT_TRANSLATE_NOOP("Audit", "Deleted"),
    "export": QT_TRANSLATE_NOOP("Audit", "Exported"),
    "print": QT_TRANSLATE_NOOP("Audit", "Printed"),
    "import": QT_TRANSLATE_NOOP("Audit", "Imported"),
    "merge": QT_TRANSLATE_NOOP("Audit", "Merged"),
    "unmerge": QT_TRANSLATE_NOOP("Audit", "Merge undone"),
    "erase": QT_TRANSLATE_NOOP("Audit", "Erased"),
}

PROBLEMS: dict[str, str] = {
    "altered": QT_TRANSLATE_NOOP("Audit", "Entry {seq} was changed after it was written."),
    "broken": QT_TRANSLATE_NOOP(
        "Audit",
        "Entry {seq} does not follow the entry before it: an entry was removed, replaced or moved.",
    ),
    "missing": QT_TRANSLATE_NOOP("Audit", "Entries {seq} to {last} are missing."),
    "missing_one": QT_TRANSLATE_NOOP("Audit", "Entry {seq} is missing."),
    "conflict": QT_TRANSLATE_NOOP(
        "Audit", "Entry {seq} arrived again with another content: the one received first was kept."
    ),
}

_META = Meta.__table__


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _person_of(
    session, kind: str | None, record_id: str | None, values: dict | None = None
) -> str | None:
    """The id of the participant a record is about (schema links), or None."""
    if not kind or not record_id:
        return None
    if kind == PERSON:
        return record_id
    for link in links():
        if link.kind != kind:
            continue
        table = RECORD_MODELS[kind].__table__
        target = (values or {}).get(link.field)
        if target is None:
            row = session.execute(
                select(table.c[link.field]).where(table.c.id == record_id)
            ).first()
            target = row[0] if row else None
        if not target:
            continue
        return target if link.parent is None else _person_of(session, link.parent, target)
    return None


def _code(session, participant_id: str | None) -> str | None:
    if not participant_id:
        return None
    table = RECORD_MODELS[PERSON].__table__
    row = session.execute(select(table.c.code).where(table.c.id == participant_id)).first()
    return row[0] if row else None


def note(
    tx,
    action: str,
    kind: str | None = None,
    record_id: str | None = None,
    *,
    code: str | None = None,
    detail: dict | None = None,
    values: dict | None = None,
) -> dict:
    """Append an entry for an action done in ``tx`` (a journal.Tx). The participant code is
    found from the record when not given (``values``: the record's fields, for one just
    deleted). ``detail``: ids and counts only."""
    if action not in ACTIONS:
        raise ValueError(action)
    s = tx.session
    actor = s.execute(select(_META.c.value).where(_META.c.key == "technician_id")).scalar()
    if code is None:
        code = _code(s, _person_of(s, kind, record_id, values))
    return A.append(
        s,
        tx.device_id,
        _now(),
        action,
        actor=actor or None,
        kind=kind,
        record_id=record_id,
        code=code,
        detail=detail,
    )


def viewed_participant(store: Store, participant_id: str) -> None:
    """The participant page was opened on someone."""
    with store.transaction() as tx:
        note(tx, "view", PERSON, participant_id)


def printed(store: Store, participant_ids: list[str], document: str = "itinerary") -> None:
    """Documents about these participants were printed or saved as files (one entry each)."""
    with store.transaction() as tx:
        for pid in participant_ids:
            note(tx, "print", PERSON, pid, detail={"document": document})


# ---- reading --------------------------------------------------------------------------------


def entries(
    store: Store,
    *,
    record_id: str | None = None,
    code: str | None = None,
    actions: list[str] | None = None,
    device_id: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = 5000,
) -> list[dict]:
    """Entries newest first, filtered; ``detail`` decoded."""
    with store.read() as s:
        rows = A.entries(
            s,
            record_id=record_id,
            code=code.strip().upper() if code else None,
            actions=actions,
            device_id=device_id,
            since=since,
            until=until,
            limit=limit,
        )
    for row in rows:
        try:
            row["detail"] = json.loads(row["detail"] or "{}")
        except ValueError:
            row["detail"] = {}
    return rows


def technician_names(store: Store) -> dict[str, str]:
    """Technician record id -> name, for showing who did what (the log holds ids only)."""
    table = RECORD_MODELS["technician"].__table__
    with store.read() as s:
        return {i: n for i, n in s.execute(select(table.c.id, table.c.full_name)).all()}


def kind_label(kind: str | None) -> str | None:
    return KINDS[kind].label if kind in KINDS else None


# ---- checking -------------------------------------------------------------------------------


@dataclass
class ChainStatus:
    device_id: str
    entries: int
    own: bool  # this laptop's own chain
    problems: list[A.Problem] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.problems


def problem_message(problem: A.Problem) -> Message:
    key = problem.problem
    if key == "missing" and problem.last == problem.seq:
        key = "missing_one"
    return Message("Audit", PROBLEMS[key], {"seq": problem.seq, "last": problem.last})


def verify(store: Store) -> list[ChainStatus]:
    """Every chain this store holds, checked from its first entry: its own first, then the
    laptops' it received, by device id."""
    own = store.device_id
    out = []
    with store.read() as s:
        counts = A.chains(s)
        counts.setdefault(own, 0)
        for device in sorted(counts, key=lambda d: (d != own, d)):
            items = A.chain(s, device)
            out.append(
                ChainStatus(device, len(items), device == own, A.verify_chain(device, items))
            )
    return out


def intact(statuses: list[ChainStatus]) -> bool:
    return all(c.intact for c in statuses)
