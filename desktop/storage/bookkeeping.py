"""The one writer of the merge engine's bookkeeping (desktop.storage.merge_models): conflicts
kept for review, operations held in quarantine, values waiting for a record they need. The
merge engine, the review screens and Tx (which drops it all with an erased record) write these
tables only through the functions here; they read them as they like.

Every function runs inside the caller's session and transaction.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import CursorResult, delete, insert, select, update
from sqlalchemy.orm import Session

from desktop.storage.merge_models import MergeConflict, MergePending, MergeQuarantine

_CONFLICT = MergeConflict.__table__
_PENDING = MergePending.__table__
_QUARANTINE = MergeQuarantine.__table__


# ---- conflicts ---------------------------------------------------------------------------------


def keep_conflict(session: Session, entry: dict) -> bool:
    """Keep the losing value of a concurrent edit (a merge_conflict row as a dict); the same
    losing write is kept once, however often it comes. Returns whether it was new."""
    c = _CONFLICT.c
    found = session.execute(
        select(c.id).where(
            (c.table_name == entry["table_name"])
            & (c.row_id == entry["row_id"])
            & (c.field == entry["field"])
            & (c.loser_hlc == entry["loser_hlc"])
            & (c.loser_device == entry["loser_device"])
        )
    ).first()
    if found is not None:
        return False
    session.execute(insert(_CONFLICT), [entry])
    return True


def close_conflict(session: Session, conflict_id: int, keep: str) -> None:
    """Mark a conflict decided ("mine" or "theirs"); the losing value is personal data, so it
    is not kept."""
    session.execute(
        update(_CONFLICT).where(_CONFLICT.c.id == conflict_id).values(resolved=keep, value="null")
    )


# ---- quarantine --------------------------------------------------------------------------------


def hold(session: Session, entry: dict) -> bool:
    """Hold an operation in quarantine (a merge_quarantine row as a dict, without id, with the
    reason it is held); the same operation (by digest) is held once. Returns whether it was new."""
    if (
        session.execute(
            select(_QUARANTINE.c.id).where(_QUARANTINE.c.digest == entry["digest"])
        ).first()
        is not None
    ):
        return False
    session.execute(insert(_QUARANTINE), [entry])
    return True


def drop_held(session: Session, quarantine_id: int) -> int:
    """Remove a held operation (released or discarded); returns how many rows went (0 or 1)."""
    # a DELETE gives a cursor result, with its row count (Session.execute's type does not say so)
    return cast(
        CursorResult, session.execute(delete(_QUARANTINE).where(_QUARANTINE.c.id == quarantine_id))
    ).rowcount


# ---- pending values ----------------------------------------------------------------------------


def drop_pending(session: Session, kind: str, row_id: str) -> None:
    """Forget the values a record was waiting with."""
    session.execute(
        delete(_PENDING).where((_PENDING.c.table_name == kind) & (_PENDING.c.row_id == row_id))
    )


def add_pending(session: Session, kind: str, row_id: str, fields: str) -> None:
    """Keep the values of a record that cannot be written yet (``fields``: JSON
    {field: [value, hlc, device]}); the record has none waiting (drop_pending first)."""
    session.execute(insert(_PENDING), [{"table_name": kind, "row_id": row_id, "fields": fields}])


# ---- an erased record --------------------------------------------------------------------------


def forget(session: Session, kind: str, row_id: str) -> None:
    """Drop what merges kept about an erased record: open conflicts, pending values and
    quarantined edits all hold personal data (a held deletion stays)."""
    session.execute(
        delete(_CONFLICT).where((_CONFLICT.c.table_name == kind) & (_CONFLICT.c.row_id == row_id))
    )
    drop_pending(session, kind, row_id)
    session.execute(
        delete(_QUARANTINE).where(
            (_QUARANTINE.c.table_name == kind)
            & (_QUARANTINE.c.row_id == row_id)
            & (_QUARANTINE.c.op == "upsert")
        )
    )
