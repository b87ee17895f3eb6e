"""Review of concurrent edits kept by merges: for each, the value this store had ("mine") and
the one that came in ("theirs"); one of them won by the merge rules, the other was kept here.
Keeping the losing value writes it again through the one write path (a new edit that travels
with the next exchange); keeping the winner just closes the review."""

from __future__ import annotations

import json
import logging

from sqlalchemy import func, select

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, NotFound, UserError
from desktop.domain.schema import KINDS
from desktop.exchange.changes import DECODERS
from desktop.services import accounts
from desktop.services.records import update_in
from desktop.storage import bookkeeping
from desktop.storage.merge_models import MergeConflict
from desktop.storage.models import RECORD_MODELS, Participant
from desktop.storage.store import Store

log = logging.getLogger("milma.exchange.conflicts")

C = MergeConflict.__table__
P = Participant.__table__
KEEP = ("mine", "theirs")


def _decode(kind: str, name: str, text: str):
    value = json.loads(text)
    return None if value is None else DECODERS[kind][name](value)


def _label(session, kind: str, row: dict) -> str:
    """A short, non-sensitive name for the record: a participant code, or the code of the
    participant it belongs to, or the record's name for reference data."""
    if kind == "participant":
        return row["code"]
    pid = row.get("participant_id")
    if not pid and row.get("enrolment_id"):  # a day of a lab register: its enrolment's participant
        en = RECORD_MODELS["enrolment"].__table__
        pid = session.execute(
            select(en.c.participant_id).where(en.c.id == row["enrolment_id"])
        ).scalar()
    code = session.execute(select(P.c.code).where(P.c.id == pid)).scalar() if pid else None
    if code:
        return code
    for name in ("name", "code"):
        if row.get(name):
            return str(row[name])
    return row["id"][-12:]


def count_open(store: Store) -> int:
    with store.read() as s:
        return s.execute(
            select(func.count()).select_from(C).where(C.c.resolved.is_(None))
        ).scalar_one()


def list_open(store: Store) -> list[dict]:
    """Open conflicts, oldest first: kind, record, field (with its label), mine and theirs."""
    out = []
    with store.read() as s:
        rows = s.execute(select(C).where(C.c.resolved.is_(None)).order_by(C.c.id)).mappings().all()
        for c in rows:
            kind, name = c["table_name"], c["field"]
            if kind not in KINDS or name not in KINDS[kind].names:
                continue
            table = RECORD_MODELS[kind].__table__
            record = s.execute(select(table).where(table.c.id == c["row_id"])).mappings().first()
            if record is None:
                continue
            kept = _decode(kind, name, c["value"])
            current = record[name]
            mine, theirs = (kept, current) if c["loser"] == "mine" else (current, kept)
            out.append(
                {
                    "id": c["id"],
                    "kind": kind,
                    "kind_label": KINDS[kind].label,
                    "row_id": c["row_id"],
                    "record": _label(s, kind, dict(record)),
                    "field": name,
                    "field_label": KINDS[kind].field(name).label,
                    "mine": mine,
                    "theirs": theirs,
                    "winner": "theirs" if c["loser"] == "mine" else "mine",
                    "detected_ms": c["detected_ms"],
                }
            )
    return out


def resolve(store: Store, conflict_id: int, keep: str) -> dict:
    """Decide a conflict: keep "mine" or "theirs". Returns the record as it is now."""
    accounts.require(store, "merge")
    if keep not in KEEP:
        raise ValueError(keep)
    with store.transaction() as tx:
        c = tx.session.execute(select(C).where(C.c.id == conflict_id)).mappings().first()
        if c is None or c["resolved"] is not None:
            raise NotFound(
                Message(
                    "Conflicts",
                    QT_TRANSLATE_NOOP(
                        "Conflicts", "This conflict was already resolved or its record was deleted."
                    ),
                )
            )
        kind, name = c["table_name"], c["field"]
        current = tx.row(kind, c["row_id"])
        if current is None:
            raise NotFound(
                Message(
                    "Conflicts",
                    QT_TRANSLATE_NOOP(
                        "Conflicts", "This conflict was already resolved or its record was deleted."
                    ),
                )
            )
        if keep == c["loser"]:
            try:
                current = update_in(tx, kind, c["row_id"], {name: _decode(kind, name, c["value"])})
            except UserError:
                log.info("conflict %s: the kept value no longer fits the record", conflict_id)
                raise
        # the losing value is personal data: once decided, it is not kept
        bookkeeping.close_conflict(tx.session, conflict_id, keep)
        log.info("conflict %s on %s.%s resolved: kept %s", conflict_id, kind, name, keep)
        return current
