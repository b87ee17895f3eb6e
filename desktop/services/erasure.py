"""Erasure: removing a person from the data for good (the participant page's *Erase…*, ``milma
erase CODE``).

An erasure takes the participant, every duplicate merged into them and every record about them
(the children of each through required references, found from the schema as Tx.delete finds
them: sessions, goals, life stories, meetings, referrals, surveys, outcomes, consents, lab
enrolments and their days, merges), and leaves tombstones holding no personal data. A record that
only mentions them (the connector record of a participant who became a connector) keeps its own
data and loses the link. The erasure is registered (desktop.storage.erasure) and travels in
bundles as the participant's tombstone marked as an erasure: whatever arrives later about the
person, from any laptop and in any order, is dropped. What merges held about them (conflicts,
values waiting, quarantined edits), their unsaved form drafts and, with a VACUUM and a checkpoint
of the write-ahead log, every copy of the removed bytes in the database files go too. A backup is
made first; it and the backups made before hold the person until the rotation removes them.

Coordinators and administrators erase, on the coordinator's store: an account whose role may
erase, and a laptop is refused whoever is logged in (the check lives here, :func:`refusal`).
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from desktop.domain.messages import UserError
from desktop.domain.person_records import PERSON
from desktop.services import audit, backups
from desktop.services.erasure_rights import allowed, refusal  # noqa: F401 - who may erase, asked here
from desktop.services.records import not_found
from desktop.storage import erasure as E
from desktop.storage.engine import connect
from desktop.storage.journal import CHILDREN, OPTIONAL_REFS
from desktop.storage.models import RECORD_MODELS
from desktop.storage.store import Store

log = logging.getLogger("milma.erasure")


class ErasureRefused(UserError):
    pass


@dataclass(frozen=True)
class Erased:
    code: str
    records: int  # records removed, the participant and their duplicates included
    people: int  # the participant and the duplicates merged into them
    drafts: int  # unsaved drafts removed
    backup: Path | None  # made before the erasure
    compacted: bool  # the database files hold no copy of what was removed


def _table(kind: str):
    return RECORD_MODELS[kind].__table__


# ---- what an erasure takes ----------------------------------------------------------------------


def people(session, participant_id: str) -> list[str]:
    """The person and every duplicate merged into them (and into those), merges in force."""
    merge = _table("participant_merge")
    found, frontier = [participant_id], [participant_id]
    while frontier:
        more = [
            r[0]
            for r in session.execute(
                select(merge.c.duplicate_id).where(
                    merge.c.survivor_id.in_(frontier) & merge.c.active
                )
            ).all()
            if r[0] not in found
        ]
        found += more
        frontier = more
    return found


def _records(session, kind: str, ids: list[str]) -> dict[str, set[str]]:
    """kind -> ids of the records that go with these (their required children, and theirs)."""
    out: dict[str, set[str]] = {kind: set(ids)}
    frontier = [(kind, list(ids))]
    while frontier:
        parent, parent_ids = frontier.pop()
        for child_kind, column in CHILDREN.get(parent, ()):
            t = _table(child_kind)
            found = []
            for i in range(0, len(parent_ids), E.CHUNK):
                found += [
                    r[0]
                    for r in session.execute(
                        select(t.c.id).where(t.c[column].in_(parent_ids[i : i + E.CHUNK]))
                    ).all()
                ]
            new = [r for r in found if r not in out.setdefault(child_kind, set())]
            if new:
                out[child_kind].update(new)
                frontier.append((child_kind, new))
    return out


def _unlink(tx, doomed: dict[str, set[str]]) -> int:
    """Empty the optional references to the records going (a connector's link to the participant
    they once were): a stamped change, so the link goes everywhere. Returns how many."""
    count = 0
    for kind, ids in doomed.items():
        for ref_kind, column in OPTIONAL_REFS.get(kind, ()):
            t = _table(ref_kind)
            for (row_id,) in tx.session.execute(
                select(t.c.id).where(t.c[column].in_(sorted(ids)))
            ).all():
                if row_id not in doomed.get(ref_kind, ()):
                    count += bool(tx.update(ref_kind, row_id, {column: None}))
    return count


# ---- erasing ------------------------------------------------------------------------------------


def erase(store: Store, participant_id: str, *, now_ms: int | None = None) -> Erased:
    """Erase the person (see the module's docstring). Refused (ErasureRefused) where not allowed;
    a backup that cannot be made stops it (BackupError) before anything is erased."""
    why = refusal(store)
    if why is not None:
        raise ErasureRefused(why)
    with store.read() as s:
        row = s.execute(
            select(_table(PERSON).c.code).where(_table(PERSON).c.id == participant_id)
        ).first()
    if row is None:
        raise not_found(PERSON)
    code = row[0]
    made = backups.before_erasure(store)
    now_ms = now_ms if now_ms is not None else int(datetime.now(UTC).timestamp() * 1000)
    with store.transaction() as tx:
        persons = people(tx.session, participant_id)
        doomed = _records(tx.session, PERSON, persons)
        _unlink(tx, doomed)
        count = sum(tx.delete(PERSON, pid) for pid in persons)
        for pid in persons:
            stamp = tx.tombstone(PERSON, pid)
            assert stamp is not None  # tx.delete above left one (or an earlier deletion did)
            E.note(tx.session, pid, stamp, now_ms)
        held = E.erase_held(tx)
        audit.note(
            tx,
            "erase",
            PERSON,
            participant_id,
            code=code,
            detail={"records": count, "duplicates": len(persons) - 1, "held": held},
        )
    drafts = drop_drafts(store)
    compacted = compact(store)
    log.info(
        "a participant was erased (%d records, %d drafts; compacted: %s)", count, drafts, compacted
    )
    return Erased(code, count, len(persons), drafts, made, compacted)


def erase_again(store: Store, register: dict[str, tuple[int, str, int]]) -> int:
    """After a restore: erase again, with their own stamps, the people of ``register`` (the
    erasures the replaced database knew, see storage.erasure.registered) that the restored
    backup still holds or has not heard of. Returns how many."""
    again = 0
    with store.transaction() as tx:
        known = E.registered(tx.session)
        for pid, (hlc, device, at_ms) in sorted(register.items()):
            if pid in known:
                continue
            if tx.row(PERSON, pid) is not None:
                audit.note(tx, "erase", PERSON, pid, detail={"after_restore": True})
            tx.apply_remote_delete(PERSON, pid, hlc, device)
            E.note(tx.session, pid, (hlc, device), at_ms)
            again += 1
        if again:
            E.erase_held(tx)
    if again:
        drop_drafts(store)
        compact(store)
        log.info("%d erasures made again after a restore", again)
    return again


def erase_code(store: Store, code: str) -> Erased:
    from desktop.services.participants import by_code

    why = refusal(store)  # refused before saying whether the code exists
    if why is not None:
        raise ErasureRefused(why)
    return erase(store, by_code(store, code)["id"])


# ---- the copies outside the rows ----------------------------------------------------------------


def _draft_ids(payload: dict) -> set[str]:
    """The records a draft is of: the ids in its key (``kind:id``, ``kind:new:participant id``...)
    and the participant its values name."""
    found = set(str(payload.get("key", "")).split(":"))
    values = payload.get("values")
    if isinstance(values, dict) and isinstance(values.get("participant_id"), str):
        found.add(values["participant_id"])
    return found


def drop_drafts(store: Store) -> int:
    """Remove (overwritten first) the unsaved drafts of records that are gone: the record edited,
    or the participant a new record was for, has a tombstone. Returns how many went."""
    from desktop.storage.drafts import Drafts
    from desktop.storage.models import Tombstone

    drafts = [
        (path, _draft_ids(payload) - {"", "new"})
        for path, payload in Drafts(store.data_dir).entries()
    ]
    ids = sorted({i for _p, found in drafts for i in found})
    if not ids:
        return 0
    tomb = Tombstone.__table__
    gone: set[str] = set()
    with store.read() as s:
        for i in range(0, len(ids), E.CHUNK):
            gone.update(
                r[0]
                for r in s.execute(
                    select(tomb.c.row_id).where(tomb.c.row_id.in_(ids[i : i + E.CHUNK]))
                ).all()
            )
    count = 0
    for path, found in drafts:
        if found & gone:
            try:
                _shred(path)
                count += 1
            except OSError:
                log.warning("a draft of an erased record could not be removed")
    return count


def settle(store: Store, since_ms: int) -> bool:
    """After an import: when it brought erasures (registered from ``since_ms`` on), the drafts of
    what they erased go, and the database files are compacted. True when it did."""
    with store.read() as s:
        recent = [pid for pid, (_h, _d, at) in E.registered(s).items() if at >= since_ms]
    if not recent:
        return False
    drop_drafts(store)
    compact(store)
    log.info("%d erasures received", len(recent))
    return True


def _shred(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.write(b"\0" * size)
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()


def compact(store: Store) -> bool:
    """Rewrite the database without free space (VACUUM) and empty its write-ahead log into it
    (a checkpoint that truncates the log): no copy of erased bytes is left in either file.
    False when another connection kept the log from being emptied (it is, at its next checkpoint).
    """
    conn = connect(store.path)
    try:
        conn.execute("VACUUM")
        for attempt in range(5):  # a reader of the window may be in the middle of a query
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if not busy:
                break
            time.sleep(0.2 * (attempt + 1))
    finally:
        conn.close()
    if busy:
        log.warning("the write-ahead log could not be emptied after an erasure (a reader was busy)")
    return not busy
