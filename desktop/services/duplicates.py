"""The same person registered on two laptops: candidate pairs, merging, undoing a merge.

Nothing is merged automatically. A merge is a synced ``participant_merge`` record: every record
of the duplicate is repointed to the survivor through the one write path (so the moves travel
with the next exchange), and the record lists what it moved so that it can be undone. Merges
chain: merging into a person who was merged away merges into whoever they were merged into.
"""

from __future__ import annotations

import json
import logging
import weakref
from collections import defaultdict
from datetime import date

from rapidfuzz import fuzz
from sqlalchemy import select

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, NotFound, UserError
from desktop.domain.schema import KINDS
from desktop.domain.text import compact_document
from desktop.services import accounts, audit, backups
from desktop.services.participants import NAME_SIMILARITY
from desktop.services.records import create_in, not_found
from desktop.storage.engine import connect
from desktop.storage.journal import Tx
from desktop.storage.merge_models import ParticipantMerge
from desktop.storage.models import RECORD_MODELS, Participant
from desktop.storage.store import Store

log = logging.getLogger("milma.duplicates")

P = Participant.__table__
M = ParticipantMerge.__table__

# every reference to a participant, except the merge records themselves
PARTICIPANT_REFS: tuple[tuple[str, str], ...] = tuple(
    (k, f.name)
    for k, spec in KINDS.items()
    if k != "participant_merge"
    for f in spec.fields
    if f.type == "ref" and f.ref == "participant"
)


class MergeRefused(UserError):
    pass


def _active_merges(session) -> dict[str, dict]:
    """Active merges by duplicate id."""
    rows = session.execute(select(M).where(M.c.active.is_(True))).mappings().all()
    return {r["duplicate_id"]: dict(r) for r in rows}


def final_survivor(session, participant_id: str) -> str:
    """Follow merges (A merged into B, B into C gives C)."""
    merges = _active_merges(session)
    seen = {participant_id}
    while participant_id in merges:
        participant_id = merges[participant_id]["survivor_id"]
        if participant_id in seen:  # a cycle made by concurrent merges on two machines: stop
            break
        seen.add(participant_id)
    return participant_id


# Candidates are found mostly by SQLite itself (which lets other threads run meanwhile): the
# document numbers grouped in SQL, the birth dates shared by people of different laptops by a
# self-join, and only the rows of the pairs found read whole.
# a participant's laptop tag, the second part of their code (CIF-7K3Q-0042)
_TAG = "substr({t}.code, instr({t}.code, '-') + 1, 4)"
_DOCS_SQL = "SELECT id, document_number FROM participant WHERE document_number != ''"
_SAME_BIRTH_SQL = (
    "SELECT a.id, a.name_key, b.id, b.name_key FROM participant a JOIN participant b ON"
    f" b.birth_date = a.birth_date AND b.id > a.id AND {_TAG.format(t='b')} != {_TAG.format(t='a')}"
)
_ROWS_SQL = (
    "SELECT id, code, first_name, last_name, birth_date, document_type, document_number, site FROM"
    " participant"
)
_CACHE: weakref.WeakKeyDictionary = (
    weakref.WeakKeyDictionary()
)  # store -> (journal position, pairs)


def _journal_position(conn) -> int | None:
    """Where the store's journal is: every write (a registration, an import, a merge, an
    erasure) moves it on."""
    found = conn.execute("SELECT value FROM meta WHERE key = 'seq'").fetchone()
    return int(found[0]) if found else None


def candidate_pairs(store: Store) -> list[dict]:
    """Pairs of participants who may be the same person: the same document number (on one
    laptop too, when the second one was registered anyway), or, registered on different
    laptops, similar names (accents and small typos ignored) with the same birth date. People
    already merged away are left out. Found again only when the store was written since the
    last time (cheap otherwise); safe to call from a worker thread."""
    conn = connect(store.path)  # its own connection: the store may be closed meanwhile
    try:
        position = _journal_position(conn)
        cached = _CACHE.get(store)
        if cached is not None and cached[0] == position:
            return list(cached[1])
        pairs = _find_pairs(conn)
    finally:
        conn.close()
    _CACHE[store] = (position, pairs)
    return list(pairs)


def pairs_if_known(store: Store) -> list[dict] | None:
    """The candidate pairs when nothing was written since they were found, else None (they
    must be found again: :func:`candidate_pairs`)."""
    cached = _CACHE.get(store)
    if cached is None or cached[0] != _journal_position(store.reader()):
        return None
    return list(cached[1])


def _same_documents(conn) -> list[list[str]]:
    """The ids of the participants sharing each document number (compared as compact_document
    does), groups of two or more."""
    groups: dict[str, list[str]] = defaultdict(list)
    for row_id, number in conn.execute(_DOCS_SQL):
        # most numbers are written compact already (capitals and digits): kept as they are
        groups[
            number if number.isalnum() and number == number.upper() else compact_document(number)
        ].append(row_id)
    groups.pop("", None)
    return [ids for ids in groups.values() if len(ids) > 1]


def _find_pairs(conn) -> list[dict]:
    merged = {r[0] for r in conn.execute("SELECT duplicate_id FROM participant_merge WHERE active")}
    found: dict[tuple[str, str], tuple[str, float | None]] = {}
    for group in _same_documents(conn):
        group = [i for i in group if i not in merged]
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                found.setdefault((min(a, b), max(a, b)), ("document", None))
    laptops = conn.execute(
        f"SELECT count(DISTINCT {_TAG.format(t='participant')}) FROM participant"
    ).fetchone()[0]
    if laptops > 1:  # similar names born the same day, registered on different laptops
        for a, a_name, b, b_name in conn.execute(_SAME_BIRTH_SQL):
            if a in merged or b in merged or (a, b) in found:
                continue
            similarity = fuzz.token_sort_ratio(
                a_name.replace("\x1f", " "), b_name.replace("\x1f", " ")
            )
            if similarity >= NAME_SIMILARITY:
                found[(a, b)] = ("name_birth", round(similarity, 1))
    people = _people(conn, {i for pair in found for i in pair})
    pairs = []
    for (a, b), (reason, score) in found.items():
        first, second = sorted((people[a], people[b]), key=lambda p: p["code"])
        pairs.append({"a": first, "b": second, "reason": reason, "score": score})
    return sorted(pairs, key=lambda p: (p["a"]["code"], p["b"]["code"]))


def _people(conn, ids: set[str]) -> dict[str, dict]:
    """What the review shows of each participant of the pairs."""
    out = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        for r in conn.execute(f"{_ROWS_SQL} WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
            out[r[0]] = {
                "id": r[0],
                "code": r[1],
                "first_name": r[2],
                "last_name": r[3],
                "birth_date": date.fromisoformat(r[4]) if isinstance(r[4], str) else r[4],
                "document_type": r[5],
                "document_number": r[6],
                "site": r[7],
            }
    return out


def _repoint(tx: Tx, source: str, target: str, moved: list) -> None:
    for kind, column in PARTICIPANT_REFS:
        table = RECORD_MODELS[kind].__table__
        for (row_id,) in tx.session.execute(
            select(table.c.id).where(table.c[column] == source).order_by(table.c.id)
        ).all():
            if tx.update(kind, row_id, {column: target}):
                moved.append([kind, row_id, column])


def merge_participants(store: Store, survivor_id: str, duplicate_id: str) -> dict:
    """Merge ``duplicate_id`` into ``survivor_id`` (or into whoever that person was merged
    into): every record of the duplicate moves to the survivor. Returns the merge record."""
    accounts.require(store, "merge")
    backups.before(store, backups.MERGE)
    with store.transaction() as tx:
        duplicate = tx.row("participant", duplicate_id)
        if tx.row("participant", survivor_id) is None or duplicate is None:
            raise not_found("participant")
        merges = _active_merges(tx.session)
        if duplicate_id in merges:
            raise MergeRefused(
                Message(
                    "Duplicates",
                    QT_TRANSLATE_NOOP(
                        "Duplicates", "This participant was already merged into another one."
                    ),
                )
            )
        survivor = final_survivor(tx.session, survivor_id)
        if survivor == duplicate_id:
            raise MergeRefused(
                Message(
                    "Duplicates",
                    QT_TRANSLATE_NOOP(
                        "Duplicates", "A participant cannot be merged into themselves."
                    ),
                )
            )
        moved: list = []
        _repoint(tx, duplicate_id, survivor, moved)
        # people merged into the duplicate before now follow it into the survivor: their own
        # records already point to the duplicate and were moved above
        record = create_in(
            tx,
            "participant_merge",
            {
                "survivor_id": survivor,
                "duplicate_id": duplicate_id,
                "repointed": json.dumps(moved, separators=(",", ":")),
                "active": True,
            },
        )
        audit.note(
            tx,
            "merge",
            "participant",
            survivor,
            detail={
                "merge_id": record["id"],
                "duplicate_id": duplicate_id,
                "duplicate_code": duplicate["code"],
                "moved": len(moved),
            },
        )
    log.info("participant merge %s: %d records moved", record["id"], len(moved))
    return record


def undo_merge(store: Store, merge_id: str) -> dict:
    """Undo a merge: the records it moved go back to the duplicate (unless they were changed
    since to point elsewhere). Returns the merge record, now inactive."""
    accounts.require(store, "merge")
    backups.before(store, backups.MERGE)
    with store.transaction() as tx:
        merge = tx.row("participant_merge", merge_id)
        if merge is None:
            raise NotFound(
                Message(
                    "Duplicates", QT_TRANSLATE_NOOP("Duplicates", "This merge no longer exists.")
                )
            )
        if not merge["active"]:
            raise MergeRefused(
                Message(
                    "Duplicates", QT_TRANSLATE_NOOP("Duplicates", "This merge was already undone.")
                )
            )
        tx.update("participant_merge", merge_id, {"active": False})
        here = final_survivor(tx.session, merge["survivor_id"])
        restored = 0
        for kind, row_id, column in json.loads(merge["repointed"] or "[]"):
            if kind not in KINDS or column not in KINDS[kind].names:
                continue
            row = tx.row(kind, row_id)
            if row is not None and row[column] in (merge["survivor_id"], here):
                restored += len(tx.update(kind, row_id, {column: merge["duplicate_id"]})) > 0
        audit.note(
            tx,
            "unmerge",
            "participant",
            merge["survivor_id"],
            detail={
                "merge_id": merge_id,
                "duplicate_id": merge["duplicate_id"],
                "restored": restored,
            },
        )
        merge = tx.row("participant_merge", merge_id)
        assert merge is not None  # read and updated in this transaction
    log.info("participant merge %s undone: %d records restored", merge_id, restored)
    return merge


def repoint_late_records(store: Store) -> int:
    """Move records that still point to a merged-away person (they arrived in a bundle after
    the merge was made) to the survivor, adding them to the merge so that undo covers them.
    Returns how many records moved."""
    with store.transaction() as tx:
        return repoint_late_records_in(tx)


def repoint_late_records_in(tx) -> int:
    """repoint_late_records inside the caller's transaction (an import applies it with the
    bundle)."""
    total = 0
    for duplicate_id, merge in sorted(_active_merges(tx.session).items()):
        survivor = final_survivor(tx.session, duplicate_id)
        moved: list = []
        _repoint(tx, duplicate_id, survivor, moved)
        if moved:
            listed = json.loads(merge["repointed"] or "[]") + moved
            tx.update(
                "participant_merge",
                merge["id"],
                {"repointed": json.dumps(listed, separators=(",", ":"))},
            )
            total += len(moved)
    if total:
        log.info("%d late records moved to merge survivors", total)
    return total


def merges(store: Store) -> list[dict]:
    """Every merge, newest first, with both participants' codes."""
    with store.read() as s:
        rows = s.execute(select(M).order_by(M.c.id.desc())).mappings().all()
        people = {r[k] for r in rows for k in ("survivor_id", "duplicate_id")}
        codes: dict[str, str] = (
            dict(s.execute(select(P.c.id, P.c.code).where(P.c.id.in_(sorted(people)))).all())
            if people
            else {}
        )
    return [
        {
            **dict(r),
            "survivor_code": codes.get(r["survivor_id"]),
            "duplicate_code": codes.get(r["duplicate_id"]),
            "moved": len(json.loads(r["repointed"] or "[]")),
        }
        for r in rows
    ]
