"""The same person registered on two laptops: candidate pairs, merging, undoing a merge.

Nothing is merged automatically. A merge is a synced ``participant_merge`` record: every record
of the duplicate is repointed to the survivor through the one write path (so the moves travel
with the next exchange), and the record lists what it moved so that it can be undone. Merges
chain: merging into a person who was merged away merges into whoever they were merged into.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict

from rapidfuzz import fuzz
from sqlalchemy import select

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, NotFound, UserError
from desktop.domain.schema import KINDS
from desktop.domain.text import compact_document, fold
from desktop.services.participants import NAME_SIMILARITY
from desktop.services.records import create_in, not_found
from desktop.storage.journal import Tx
from desktop.storage.merge_models import ParticipantMerge
from desktop.storage.models import RECORD_MODELS, Participant
from desktop.storage.store import Store

log = logging.getLogger("milma.duplicates")

P = Participant.__table__
M = ParticipantMerge.__table__

# every reference to a participant, except the merge records themselves
PARTICIPANT_REFS: tuple[tuple[str, str], ...] = tuple(
    (k, f.name) for k, spec in KINDS.items() if k != "participant_merge"
    for f in spec.fields if f.type == "ref" and f.ref == "participant")

COLUMNS = (P.c.id, P.c.code, P.c.first_name, P.c.last_name, P.c.birth_date, P.c.document_type,
           P.c.document_number, P.c.site, P.c.stamps)


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


def _laptop(row) -> str | None:
    """The device that registered the person (the stamp of their code)."""
    stamps = json.loads(row["stamps"] or "{}")
    return stamps.get("code", [None, None])[1]


def candidate_pairs(store: Store) -> list[dict]:
    """Pairs of participants registered on different laptops who may be the same person: the
    same document number, or similar names (accents and small typos ignored) with the same
    birth date. People already merged away are left out."""
    with store.read() as s:
        merged = set(_active_merges(s))
        rows = [dict(r) for r in s.execute(select(*COLUMNS)).mappings().all() if r["id"] not in merged]
    by_doc: dict[str, list[dict]] = defaultdict(list)
    by_birth: dict[object, list[dict]] = defaultdict(list)
    for r in rows:
        r["laptop"] = _laptop(r)
        doc = compact_document(r["document_number"])
        if doc:
            by_doc[doc].append(r)
        by_birth[r["birth_date"]].append(r)
    pairs: dict[tuple[str, str], dict] = {}

    def add(a: dict, b: dict, reason: str, score: float | None) -> None:
        if a["laptop"] == b["laptop"]:
            return
        first, second = sorted((a, b), key=lambda r: r["code"])
        key = (first["id"], second["id"])
        if key not in pairs:
            pairs[key] = {"a": _public(first), "b": _public(second), "reason": reason, "score": score}

    for group in by_doc.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                add(a, b, "document", None)
    for group in by_birth.values():
        if len(group) < 2:
            continue
        names = [fold(f"{r['first_name']} {r['last_name']}") for r in group]
        for i, a in enumerate(group):
            for j in range(i + 1, len(group)):
                score = fuzz.token_sort_ratio(names[i], names[j])
                if score >= NAME_SIMILARITY:
                    add(a, group[j], "name_birth", round(score, 1))
    return sorted(pairs.values(), key=lambda p: (p["a"]["code"], p["b"]["code"]))


def _public(row: dict) -> dict:
    return {k: row[k] for k in ("id", "code", "first_name", "last_name", "birth_date", "document_type",
                                "document_number", "site")}


def _repoint(tx: Tx, source: str, target: str, moved: list) -> None:
    for kind, column in PARTICIPANT_REFS:
        table = RECORD_MODELS[kind].__table__
        for (row_id,) in tx.session.execute(select(table.c.id).where(table.c[column] == source).order_by(table.c.id)).all():
            if tx.update(kind, row_id, {column: target}):
                moved.append([kind, row_id, column])


def merge_participants(store: Store, survivor_id: str, duplicate_id: str) -> dict:
    """Merge ``duplicate_id`` into ``survivor_id`` (or into whoever that person was merged
    into): every record of the duplicate moves to the survivor. Returns the merge record."""
    with store.transaction() as tx:
        for pid in (survivor_id, duplicate_id):
            if tx.row("participant", pid) is None:
                raise not_found("participant")
        merges = _active_merges(tx.session)
        if duplicate_id in merges:
            raise MergeRefused(Message("Duplicates", QT_TRANSLATE_NOOP(
                "Duplicates", "This participant was already merged into another one.")))
        survivor = final_survivor(tx.session, survivor_id)
        if survivor == duplicate_id:
            raise MergeRefused(Message("Duplicates", QT_TRANSLATE_NOOP(
                "Duplicates", "A participant cannot be merged into themselves.")))
        moved: list = []
        _repoint(tx, duplicate_id, survivor, moved)
        # people merged into the duplicate before now follow it into the survivor: their own
        # records already point to the duplicate and were moved above
        record = create_in(tx, "participant_merge", {
            "survivor_id": survivor, "duplicate_id": duplicate_id,
            "repointed": json.dumps(moved, separators=(",", ":")), "active": True})
    log.info("participant merge %s: %d records moved", record["id"], len(moved))
    return record


def undo_merge(store: Store, merge_id: str) -> dict:
    """Undo a merge: the records it moved go back to the duplicate (unless they were changed
    since to point elsewhere). Returns the merge record, now inactive."""
    with store.transaction() as tx:
        merge = tx.row("participant_merge", merge_id)
        if merge is None:
            raise NotFound(Message("Duplicates", QT_TRANSLATE_NOOP("Duplicates", "This merge no longer exists.")))
        if not merge["active"]:
            raise MergeRefused(Message("Duplicates", QT_TRANSLATE_NOOP("Duplicates", "This merge was already undone.")))
        tx.update("participant_merge", merge_id, {"active": False})
        here = final_survivor(tx.session, merge["survivor_id"])
        restored = 0
        for kind, row_id, column in json.loads(merge["repointed"] or "[]"):
            if kind not in KINDS or column not in KINDS[kind].names:
                continue
            row = tx.row(kind, row_id)
            if row is not None and row[column] in (merge["survivor_id"], here):
                restored += len(tx.update(kind, row_id, {column: merge["duplicate_id"]})) > 0
        merge = tx.row("participant_merge", merge_id)
    log.info("participant merge %s undone: %d records restored", merge_id, restored)
    return merge


def repoint_late_records(store: Store) -> int:
    """Move records that still point to a merged-away person (they arrived in a bundle after
    the merge was made) to the survivor, adding them to the merge so that undo covers them.
    Returns how many records moved."""
    with store.transaction() as tx:
        return repoint_late_records_in(tx)


def repoint_late_records_in(tx) -> int:
    """repoint_late_records inside the caller's transaction (an import applies it with the bundle)."""
    total = 0
    for duplicate_id, merge in sorted(_active_merges(tx.session).items()):
        survivor = final_survivor(tx.session, duplicate_id)
        moved: list = []
        _repoint(tx, duplicate_id, survivor, moved)
        if moved:
            listed = json.loads(merge["repointed"] or "[]") + moved
            tx.update("participant_merge", merge["id"], {"repointed": json.dumps(listed, separators=(",", ":"))})
            total += len(moved)
    if total:
        log.info("%d late records moved to merge survivors", total)
    return total


def merges(store: Store) -> list[dict]:
    """Every merge, newest first, with both participants' codes."""
    with store.read() as s:
        rows = s.execute(select(M).order_by(M.c.id.desc())).mappings().all()
        codes = dict(s.execute(select(P.c.id, P.c.code)).all())
    return [{**dict(r), "survivor_code": codes.get(r["survivor_id"]), "duplicate_code": codes.get(r["duplicate_id"]),
             "moved": len(json.loads(r["repointed"] or "[]"))} for r in rows]
