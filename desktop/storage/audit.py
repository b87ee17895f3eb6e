"""The one writer of the audit log (desktop.storage.audit_models): append an entry to this
laptop's chain, keep the entries of other laptops received in bundles, and check chains.

An entry's hash is the SHA-256 of its canonical encoding: the JSON object of every column but
``hash`` itself, keys sorted, no spaces, ASCII only (``canonical``). Each entry holds the hash of
the entry before it in its laptop's chain, so changing an entry, removing one or swapping two
breaks the chain where it happened (``verify_chain``). Every function runs inside the caller's
session and transaction; nothing here commits.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop.storage.audit_models import AuditEntry

_T = AuditEntry.__table__
GENESIS = "0" * 64  # the prev_hash of a chain's first entry
FIELDS = (
    "device_id",
    "seq",
    "at",
    "actor",
    "action",
    "kind",
    "record_id",
    "code",
    "detail",
    "prev_hash",
)
COLUMNS = FIELDS + ("hash",)


def detail_text(detail: Mapping | None) -> str:
    """The stored form of an entry's detail: canonical JSON of ids and counts."""
    return json.dumps(dict(detail or {}), sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def canonical(entry: Mapping) -> bytes:
    """The bytes an entry's hash is taken over."""
    return json.dumps(
        {k: entry.get(k) for k in FIELDS}, sort_keys=True, separators=(",", ":"), ensure_ascii=True
    ).encode("ascii")


def entry_hash(entry: Mapping) -> str:
    return hashlib.sha256(canonical(entry)).hexdigest()


def head(session: Session, device_id: str) -> tuple[int, str]:
    """(seq, hash) of the last entry of a laptop's chain; (0, GENESIS) when it has none."""
    row = session.execute(
        select(_T.c.seq, _T.c.hash)
        .where(_T.c.device_id == device_id)
        .order_by(_T.c.seq.desc())
        .limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def append(
    session: Session,
    device_id: str,
    at: str,
    action: str,
    *,
    actor: str | None = None,
    kind: str | None = None,
    record_id: str | None = None,
    code: str | None = None,
    detail: Mapping | None = None,
) -> dict:
    """Add an entry at the end of the laptop's chain; returns it. The caller's transaction holds
    the write lock (BEGIN IMMEDIATE), so no other writer can take the same place meanwhile."""
    seq, prev = head(session, device_id)
    entry = {
        "device_id": device_id,
        "seq": seq + 1,
        "at": at,
        "actor": actor or None,
        "action": action,
        "kind": kind,
        "record_id": record_id,
        "code": code,
        "detail": detail_text(detail),
        "prev_hash": prev,
    }
    entry["hash"] = entry_hash(entry)
    session.execute(insert(_T), [entry])
    return entry


def chain(session: Session, device_id: str, after: int = 0) -> list[dict]:
    """A laptop's entries after position ``after``, in order."""
    rows = (
        session.execute(
            select(_T).where((_T.c.device_id == device_id) & (_T.c.seq > after)).order_by(_T.c.seq)
        )
        .mappings()
        .all()
    )
    return [dict(r) for r in rows]


def chains(session: Session) -> dict[str, int]:
    """Device id -> how many entries of its chain this store holds."""
    return dict(
        session.execute(select(_T.c.device_id, func.count()).group_by(_T.c.device_id)).all()
    )


def entries(
    session: Session,
    *,
    record_id: str | None = None,
    code: str | None = None,
    actions: Iterable[str] | None = None,
    device_id: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
) -> list[dict]:
    """Entries matching every filter given, newest first. ``record_id`` also finds entries that
    name the record in their detail (the duplicate of a merge); ``since``/``until`` compare
    with ``at`` (ISO text, both ends included)."""
    query = select(_T)
    if record_id:
        query = query.where((_T.c.record_id == record_id) | _T.c.detail.contains(f'"{record_id}"'))
    if code:
        query = query.where(_T.c.code == code)
    actions = list(actions or [])
    if actions:
        query = query.where(_T.c.action.in_(actions))
    if device_id:
        query = query.where(_T.c.device_id == device_id)
    if since:
        query = query.where(_T.c.at >= since)
    if until:
        query = query.where(_T.c.at <= until)
    query = query.order_by(_T.c.at.desc(), _T.c.device_id, _T.c.seq.desc())
    if limit:
        query = query.limit(limit)
    return [dict(r) for r in session.execute(query).mappings().all()]


# ---- checking ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """What is wrong at one place of a chain: ``altered`` (the entry is not what was hashed),
    ``broken`` (it does not follow the entry before it: one was removed, replaced or moved),
    ``missing`` (positions ``seq`` to ``last`` are absent), ``conflict`` (a bundle brought another
    entry for a position already held)."""

    device_id: str
    seq: int
    problem: str
    last: int | None = None


def verify_chain(
    device_id: str, items: Sequence[Mapping], prev: tuple[int, str] = (0, GENESIS)
) -> list[Problem]:
    """Every problem of a run of entries of one chain, in order of position, following the
    entry ``prev`` ((0, GENESIS): the chain's start)."""
    problems: list[Problem] = []
    last_seq, last_hash = prev
    for entry in sorted(items, key=lambda e: e["seq"]):
        seq = int(entry["seq"])
        if entry_hash(entry) != entry["hash"] or entry.get("device_id") != device_id:
            problems.append(Problem(device_id, seq, "altered"))
        elif seq > last_seq + 1:
            problems.append(Problem(device_id, last_seq + 1, "missing", seq - 1))
        elif last_hash is not None and entry["prev_hash"] != last_hash:
            problems.append(Problem(device_id, seq, "broken"))
        last_seq, last_hash = seq, entry["hash"]
    return problems


def keep_received(session: Session, items: list[Mapping]) -> tuple[int, list[Problem]]:
    """Keep entries of another laptop's chain brought by a bundle: those at a position not held
    yet are added as they came (their hashes are checked by the caller); one at a held position
    but different from it is not kept and is returned as a conflict. Returns (added, conflicts)."""
    added, conflicts = 0, []
    fresh = []
    for entry in items:
        found = session.execute(
            select(_T.c.hash).where(
                (_T.c.device_id == entry["device_id"]) & (_T.c.seq == entry["seq"])
            )
        ).first()
        if found is None:
            fresh.append({k: entry.get(k) for k in COLUMNS})
        elif found[0] != entry["hash"]:
            conflicts.append(Problem(str(entry["device_id"]), int(entry["seq"]), "conflict"))
    if fresh:
        session.execute(insert(_T), fresh)
        added = len(fresh)
    return added, conflicts
