"""Erasures in storage terms: the register of erased participants (desktop.storage.erasure_models)
and what merges hold about records of an erased person.

An erasure is the tombstone of the participant, marked as an erasure where it travels (its
delete change carries ``"erasure": true``), and the tombstones of every record about them. The
register keeps, per erased participant, the stamp of that tombstone and when the erasure took
effect on this store: the backups made before hold the person (desktop.storage.backups removes
them in due time, and a restore erases them again).

A record held by a merge (waiting in ``merge_pending`` for a record it needs, or in quarantine
for a stamp in the future) that refers to an erased record, directly or through another held
record, is personal data that will never be written: :func:`held_about` finds them, and the
caller tombstones them (Tx.apply_remote_delete drops what was held).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from desktop.domain.schema import KINDS
from desktop.storage.engine import dbapi
from desktop.storage.erasure_models import Erasure, RetentionKeep
from desktop.storage.merge_models import MergePending, MergeQuarantine
from desktop.storage.models import Tombstone

_ERASURE = Erasure.__table__
_KEEP = RetentionKeep.__table__
_TOMB = Tombstone.__table__
_PENDING = MergePending.__table__
_QUARANTINE = MergeQuarantine.__table__
PERSON = "participant"
MARK = "erasure"  # the key of a delete change that erases a person

Key = tuple[str, str]
Stamp = tuple[int, str]
_REF_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    k: tuple((f.name, f.ref) for f in spec.fields if f.ref is not None) for k, spec in KINDS.items()
}
CHUNK = 500


# ---- the register ------------------------------------------------------------------------------


def note(session: Session, participant_id: str, stamp: Stamp, at_ms: int) -> bool:
    """Register an erasure (the first time it takes effect here is the one kept). True when new.
    A decision of the retention review to keep the person goes with them."""
    session.execute(delete(_KEEP).where(_KEEP.c.participant_id == participant_id))
    if session.execute(
        select(_ERASURE.c.participant_id).where(_ERASURE.c.participant_id == participant_id)
    ).first():
        return False
    session.execute(
        insert(_ERASURE),
        [
            {
                "participant_id": participant_id,
                "hlc": stamp[0],
                "device_id": stamp[1],
                "erased_ms": at_ms,
            }
        ],
    )
    return True


def keep(session: Session, participant_id: str, reason: str, at_ms: int) -> None:
    """The retention review keeps a person, for this reason (replacing an earlier decision)."""
    session.execute(delete(_KEEP).where(_KEEP.c.participant_id == participant_id))
    session.execute(
        insert(_KEEP), [{"participant_id": participant_id, "reason": reason, "kept_ms": at_ms}]
    )


def kept(session: Session) -> dict[str, tuple[str, int]]:
    """participant id -> (reason, kept_ms) of every decision to keep."""
    return {
        r[0]: (r[1], r[2])
        for r in session.execute(
            select(_KEEP.c.participant_id, _KEEP.c.reason, _KEEP.c.kept_ms)
        ).all()
    }


def registered(session: Session) -> dict[str, tuple[int, str, int]]:
    """participant id -> (hlc, device, erased_ms) of every erasure known here."""
    return {
        r[0]: (r[1], r[2], r[3])
        for r in session.execute(
            select(
                _ERASURE.c.participant_id,
                _ERASURE.c.hlc,
                _ERASURE.c.device_id,
                _ERASURE.c.erased_ms,
            )
        ).all()
    }


def erased_ids(session: Session, ids: Iterable[str]) -> set[str]:
    """Which of these participant ids are erased."""
    wanted = sorted(set(ids))
    out: set[str] = set()
    for i in range(0, len(wanted), CHUNK):
        out.update(
            r[0]
            for r in session.execute(
                select(_ERASURE.c.participant_id).where(
                    _ERASURE.c.participant_id.in_(wanted[i : i + CHUNK])
                )
            ).all()
        )
    return out


def times(conn: sqlite3.Connection) -> list[int]:
    """When each erasure took effect (UTC ms), read with plain sqlite3 (the backups read a
    database file without the engine); empty for a database from before erasures."""
    try:
        return [int(r[0]) for r in conn.execute("SELECT erased_ms FROM erasure ORDER BY erased_ms")]
    except (sqlite3.DatabaseError, dbapi.DatabaseError):  # from before erasures: no register
        return []


def times_of(db_file) -> list[int]:
    """:func:`times` of a database file (keyed when its store is unlocked here; empty when it
    cannot be read)."""
    from desktop.storage.engine import open_file

    try:
        conn = open_file(db_file, readonly=True)
    except (sqlite3.Error, dbapi.Error, OSError):
        return []
    try:
        return times(conn)
    finally:
        conn.close()


# ---- what merges hold about an erased person ---------------------------------------------------


def _tombs(session: Session, keys: Iterable[Key]) -> dict[Key, Stamp]:
    by_kind: dict[str, list[str]] = {}
    for kind, row_id in set(keys):
        by_kind.setdefault(kind, []).append(row_id)
    found: dict[Key, Stamp] = {}
    for kind, ids in by_kind.items():
        ids.sort()
        for i in range(0, len(ids), CHUNK):
            for row_id, hlc, device in session.execute(
                select(_TOMB.c.row_id, _TOMB.c.hlc, _TOMB.c.device_id).where(
                    (_TOMB.c.table_name == kind) & _TOMB.c.row_id.in_(ids[i : i + CHUNK])
                )
            ).all():
                found[(kind, row_id)] = (hlc, device)
    return found


def refs_of(kind: str, values: Mapping) -> list[Key]:
    """The records a record's values refer to (plain values, or [value, hlc, device] lists)."""
    out = []
    for name, ref in _REF_FIELDS.get(kind, ()):
        value = values.get(name)
        if isinstance(value, (list, tuple)):
            value = value[0] if value else None
        if isinstance(value, str) and value:
            out.append((ref, value))
    return out


def erased_among(session: Session, records: Mapping[Key, Iterable[Key]]) -> dict[Key, Stamp]:
    """Of these records (each with the records it refers to), those erased themselves or that
    refer to an erased record, directly or through one another; each with the stamp of the
    tombstone it goes with."""
    keys = set(records)
    tombs = _tombs(session, keys | {t for targets in records.values() for t in targets})
    out: dict[Key, Stamp] = {k: tombs[k] for k in keys if k in tombs}
    changed = True
    while changed:
        changed = False
        for key, targets in records.items():
            if key in out:
                continue
            for target in targets:
                stamp = out.get(target) or tombs.get(target)
                if stamp is not None:
                    out[key] = stamp
                    changed = True
                    break
    return out


def held_about(session: Session) -> dict[Key, Stamp]:
    """Records held by merges (waiting or in quarantine) that are erased or refer to an erased
    record: they will never be written, and what they hold is personal data."""
    held: dict[Key, set[Key]] = {}
    for kind, row_id, fields in session.execute(
        select(_PENDING.c.table_name, _PENDING.c.row_id, _PENDING.c.fields)
    ).all():
        if kind in KINDS:
            held.setdefault((kind, row_id), set()).update(refs_of(kind, _json(fields)))
    for kind, row_id, body in session.execute(
        select(_QUARANTINE.c.table_name, _QUARANTINE.c.row_id, _QUARANTINE.c.change).where(
            _QUARANTINE.c.op == "upsert"
        )
    ).all():
        if kind in KINDS:
            held.setdefault((kind, row_id), set()).update(
                refs_of(kind, _json(body).get("fields") or {})
            )
    return erased_among(session, held) if held else {}


def _json(text: str | None) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def erase_held(tx) -> int:
    """Tombstone the records held by merges that an erasure dooms (see :func:`held_about`),
    each with the stamp of the erased record it goes with; returns how many. ``tx``: a journal.Tx.
    """
    doomed = held_about(tx.session)
    for (kind, row_id), (hlc, device) in sorted(doomed.items()):
        tx.apply_remote_delete(kind, row_id, hlc, device)
    return len(doomed)


def marked(session: Session, changes: list[dict]) -> list[dict]:
    """Mark the deletes of erased participants among collected changes as erasures."""
    ids = [c["id"] for c in changes if c.get("op") == "delete" and c.get("kind") == PERSON]
    if ids:
        erased = erased_ids(session, ids)
        for c in changes:
            if c.get("op") == "delete" and c.get("kind") == PERSON and c["id"] in erased:
                c[MARK] = True
    return changes
