"""The merge engine: applies changes received from other stores, exactly.

- Per field, the last writer wins by (hybrid clock, device id). Equal values are no conflict.
- Concurrent edits of a field (the two stamps come from different devices and the values
  differ) keep the losing value in ``merge_conflict`` for review; nothing is silently lost.
- Idempotent and order-independent: the outcome depends only on the set of changes applied,
  whatever their order, grouping or repetition (conflict entries aside).
- Deletions are tombstones: an upsert for an erased record is ignored; records that depend on an
  erased record are erased with it. An erasure of a person (a participant's delete marked as
  one) is registered (desktop.storage.erasure), and whatever merges held about the person goes.
- Operations stamped far in the future are quarantined, not applied, and so are those of a
  laptop's bundle outside what the laptop may do (desktop.exchange.rights, the ``guard``), each
  with its reason.
- A record that cannot be written yet (an earlier bundle with its creation has not arrived, or a
  record it refers to is missing) waits in ``merge_pending`` and is written as soon as it can.

Everything runs inside the caller's transaction, through desktop.storage.journal.Tx.

Known limit: which records are erased never depends on the order of imports, but the stamp a
tombstone carries can, when the same person was erased on two laptops and a record of theirs
reached the coordinator only from a third one (it takes the stamp of whichever erasure came
first). Tombstone stamps decide nothing about data: the latest one simply travels on.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import chain
from operator import methodcaller
from typing import Any

from sqlalchemy import select, text

from desktop.domain.clock import pack, system_ms
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop.domain.schema import KINDS
from desktop.exchange import changes as changes_module
from desktop.exchange.changes import (
    CHUNK,
    KIND_ORDER,
    REQUIRED,
    Change,
    decode,
    decode_table,
    encode,
    encode_value,
)
from desktop.exchange.gcpause import paused_gc
from desktop.exchange.rights import FUTURE
from desktop.storage import bookkeeping, erasure
from desktop.storage import stamps as codec
from desktop.storage.journal import OneStamp, Tx
from desktop.storage.merge_models import MergePending
from desktop.storage.models import RECORD_MODELS, Tombstone

log = logging.getLogger("milma.exchange.merge")

_TOMB = Tombstone.__table__
_PENDING = MergePending.__table__

FUTURE_LIMIT_MS = 24 * 60 * 60 * 1000  # operations stamped more than a day ahead are quarantined
COUNT_KEYS = ("new", "updated", "unchanged", "conflicting", "deleted", "quarantined", "ignored")

REFS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    k: tuple((f.name, f.ref, f.required) for f in spec.fields if f.ref is not None)
    for k, spec in KINDS.items()
}
_UNSTAMPED = (0, "")

# which decoded changes may not be applied: index -> the reason they are held
Guard = Callable[[Any, list[Change]], dict[int, str]]


@dataclass
class MergeReport:
    """What a merge did (or would do, for a dry run): per kind of record, how many records were
    new, updated, unchanged, conflicting, deleted, quarantined or ignored (edits of erased
    records), and problems worth showing."""

    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    problems: list[Message] = field(default_factory=list)
    conflicts: int = 0  # conflict entries recorded
    pending: int = 0  # records waiting for a change not received yet
    dry_run: bool = False

    def add(self, kind: str, key: str, n: int = 1) -> None:
        if n:
            per = self.counts.setdefault(kind, dict.fromkeys(COUNT_KEYS, 0))
            per[key] += n

    def totals(self) -> dict[str, int]:
        out = dict.fromkeys(COUNT_KEYS, 0)
        for per in self.counts.values():
            for key, n in per.items():
                out[key] += n
        return out

    @property
    def changed(self) -> bool:
        t = self.totals()
        return bool(
            t["new"] or t["updated"] or t["deleted"] or t["conflicting"] or t["quarantined"]
        )

    def to_dict(self) -> dict:
        return {
            "dry_run": self.dry_run,
            "kinds": {
                k: dict(v)
                for k, v in sorted(self.counts.items(), key=lambda kv: KIND_ORDER.index(kv[0]))
            },
            "totals": self.totals(),
            "conflicts": self.conflicts,
            "pending": self.pending,
            "problems": [m.as_dict() for m in self.problems],
        }


def apply(
    tx: Tx,
    changes: Iterable[dict],
    *,
    tables: Iterable[dict] = (),
    dry_run: bool = False,
    now_ms: int | None = None,
    release: bool = False,
    guard: Guard | None = None,
) -> MergeReport:
    """Merge ``changes`` (JSON dicts, see desktop.exchange.changes) and the upserts of
    ``tables`` (a format-3 body's, of the shape changes.table_shape_ok checks) into the store
    of ``tx``.

    Every change is checked first: unknown kinds or fields and values of the wrong type raise
    BundleRejected before anything is written. With ``dry_run`` nothing is written (the merge
    runs in a savepoint that is rolled back) and the report tells what would happen.
    ``release`` applies operations even when stamped in the future (releasing a quarantine).
    ``guard`` (a laptop's bundle) names the changes not to apply: they are held with their reason.
    """
    with paused_gc():  # a bundle makes millions of small objects, none cyclic
        decoded = [decode(c) for c in changes]
        for table in tables:
            decoded.extend(decode_table(table))
        # survey responses of laptops not upgraded yet take their participant's language
        changes_module.settle_legacy_languages(tx.session, decoded)
        report = MergeReport(dry_run=dry_run)
        if not dry_run:
            _Merge(tx, report, now_ms, hold_future=not release, guard=guard).run(decoded)
            return report
        state = tx.state()
        savepoint = tx.session.begin_nested()
        try:
            _Merge(tx, report, now_ms, hold_future=not release, guard=guard).run(decoded)
        finally:
            savepoint.rollback()
            tx.rewind(state)
        return report


def _chunks(ids: list[str]):
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def _json_value(kind: str, name: str, value: Any) -> str:
    return json.dumps(encode_value(KINDS[kind].field(name), value), ensure_ascii=False)


class _Merge:
    def __init__(
        self,
        tx: Tx,
        report: MergeReport,
        now_ms: int | None,
        hold_future: bool,
        guard: Guard | None = None,
    ):
        self.tx = tx
        self.s = tx.session
        self.report = report
        self.now_ms = system_ms() if now_ms is None else now_ms
        self.horizon = pack(self.now_ms + FUTURE_LIMIT_MS, 0)
        self.hold_future = hold_future
        self.guard = guard
        # per record (kind, id): field -> (value, hlc, device) as the store has it, then as merged
        self.view: dict[tuple[str, str], Mapping[str, tuple]] = {}
        self.stored: dict[tuple[str, str], dict[str, tuple]] = {}  # row values and stamps before
        self.pending_before: dict[tuple[str, str], dict[str, tuple]] = {}
        self.tombs: dict[tuple[str, str], tuple[int, str]] = {}
        self.dirty: dict[tuple[str, str], set[str]] = {}
        self.conflicted: set[tuple[str, str]] = set()
        self.conflicts: list[dict] = []

    # ---- the steps ---------------------------------------------------------------------------
    def run(self, decoded: list[Change]) -> None:
        self.s.execute(text("PRAGMA defer_foreign_keys=ON"))
        refused = self.guard(self.s, decoded) if self.guard is not None else {}
        held = [(decoded[i], reason) for i, reason in sorted(refused.items())]
        if refused:
            decoded = [c for i, c in enumerate(decoded) if i not in refused]
        upserts, deletes, future, latest = self._split(decoded)
        self._deletes(deletes)
        self._erasures(decoded)
        self._load(upserts)
        view, dirty, tombs, merge = self.view, self.dirty, self.tombs, self._merge_fields
        ignored: set[tuple[str, str]] = set()  # edits of erased records
        for change in upserts:
            key = (change.kind, change.id)
            if key not in view and key not in tombs:  # never seen: everything is new
                view[key] = change.fields
                dirty[key] = change.fields.keys()  # set-like, and no set made per record
            elif key in tombs:
                ignored.add(key)
            else:
                merge(change)
        self._record_conflicts()
        self._classify(ignored)
        self._materialise()
        self._quarantine(future, held)
        if latest:
            self.tx.clock.observe(latest)
        log.info(
            "merge: %d changes, %d quarantined, %d refused, %d conflicts, %d pending (dry run: %s)",
            len(decoded),
            len(future),
            len(refused),
            self.report.conflicts,
            self.report.pending,
            self.report.dry_run,
        )

    def _split(self, decoded: list[Change]):
        upserts: list[Change] = []
        deletes: dict[tuple[str, str], tuple[int, str]] = {}
        future: list[Change] = []
        latest = 0
        for c in decoded:
            if c.op == "delete":
                if self.hold_future and c.stamp[0] > self.horizon:
                    future.append(c)
                    continue
                key = (c.kind, c.id)
                if key not in deletes or c.stamp > deletes[key]:
                    deletes[key] = c.stamp
                latest = max(latest, c.stamp[0])
                continue
            newest = c.latest
            if self.hold_future and newest > self.horizon:
                late = {n: s for n, s in c.fields.items() if s[1] > self.horizon}
                future.append(Change(c.kind, c.id, "upsert", fields=late))
                c = Change(
                    c.kind,
                    c.id,
                    "upsert",
                    fields={n: s for n, s in c.fields.items() if n not in late},
                )
                if not c.fields:
                    continue
                newest = c.latest
            upserts.append(c)
            if newest > latest:
                latest = newest
        return upserts, deletes, future, latest

    def _deletes(self, deletes: dict[tuple[str, str], tuple[int, str]]) -> None:
        # dependent records first, so that their own deletions keep their own stamps
        rank = {k: i for i, k in enumerate(KIND_ORDER)}
        for (kind, row_id), (hlc, device) in sorted(
            deletes.items(), key=lambda kv: -rank[kv[0][0]]
        ):
            erased: list[tuple[str, str]] = []
            before = self.tx.tombstone(kind, row_id)
            self.tx.apply_remote_delete(kind, row_id, hlc, device, erased=erased)
            for k, _ in erased:
                self.report.add(k, "deleted")
            if not erased:
                self.report.add(kind, "unchanged" if before is not None else "deleted")

    def _erasures(self, decoded: list[Change]) -> None:
        """Register the erasures received, and tombstone what merges held about the person."""
        found = [c for c in decoded if c.erasure and self.tx.tombstone(c.kind, c.id) is not None]
        for c in found:
            erasure.note(self.s, c.id, c.stamp, self.now_ms)
        if found:
            erasure.erase_held(self.tx)

    def _load(self, upserts: list[Change]) -> None:
        """Read what the store has for the records concerned: rows, tombstones, pending values."""
        by_kind: dict[str, set[str]] = {}
        for c in upserts:
            by_kind.setdefault(c.kind, set()).add(c.id)
        for kind, row_id, fields in self.s.execute(
            select(_PENDING.c.table_name, _PENDING.c.row_id, _PENDING.c.fields)
        ).all():
            if kind in KINDS:
                self.pending_before[(kind, row_id)] = self._decode_pending(kind, fields)
                by_kind.setdefault(kind, set()).add(row_id)
        any_tomb = self._has_rows(_TOMB)
        known = codec.devices(self.s)
        for kind, ids in by_kind.items():
            table = RECORD_MODELS[kind].__table__
            names = KINDS[kind].names
            if not any_tomb and not self._has_rows(table):
                continue  # nothing to read (a first import into an empty store)
            for chunk in _chunks(sorted(ids)):
                for row in self.s.execute(select(table).where(table.c.id.in_(chunk))).mappings():
                    stamps = codec.named(codec.of_row(kind, row), known)
                    self.stored[(kind, row["id"])] = {
                        n: (row[n], *(stamps[n] if n in stamps else _UNSTAMPED)) for n in names
                    }
                for row_id, hlc, device in self.s.execute(
                    select(_TOMB.c.row_id, _TOMB.c.hlc, _TOMB.c.device_id).where(
                        (_TOMB.c.table_name == kind) & _TOMB.c.row_id.in_(chunk)
                    )
                ).all():
                    self.tombs[(kind, row_id)] = (hlc, device)
        for key in set(self.stored) | set(self.pending_before):
            view = {n: s for n, s in self.stored.get(key, {}).items() if s[1:] != _UNSTAMPED}
            for n, s in self.pending_before.get(key, {}).items():
                if n not in view or s[1:] > view[n][1:]:
                    view[n] = s
            self.view[key] = view

    def _has_rows(self, table) -> bool:
        return self.s.execute(select(1).select_from(table).limit(1)).first() is not None

    @staticmethod
    def _decode_pending(kind: str, fields: str) -> dict[str, tuple]:
        change = decode(
            {"kind": kind, "id": "pending", "op": "upsert", "fields": json.loads(fields)}
        )
        return dict(change.fields)

    def _merge_fields(self, c: Change) -> None:
        """Merge a change into the view of a record already seen and not erased (run() takes
        new ones)."""
        key = (c.kind, c.id)
        view = self.view[key]
        if type(view) is not dict:  # the fields of an earlier change of this bundle, read-only
            view = self.view[key] = dict(view)
        dirty = self.dirty.get(key)
        if type(dirty) is not set:  # none yet, or the names of the change that made the record
            dirty = self.dirty[key] = set(dirty or ())
        stored = self.stored.get(key, {})
        for name, incoming in c.fields.items():
            current = view.get(name)
            if current is None:
                view[name] = incoming
                dirty.add(name)
                continue
            if incoming[1:] == current[1:]:
                continue
            if incoming[1:] > current[1:]:
                winner, loser, whose = (
                    incoming,
                    current,
                    ("mine" if stored.get(name) == current else "theirs"),
                )
                view[name] = incoming
                dirty.add(name)
            else:
                winner, loser, whose = current, incoming, "theirs"
            if loser[0] != winner[0] and loser[2] != winner[2]:
                self.conflicts.append(
                    {
                        "table_name": c.kind,
                        "row_id": c.id,
                        "field": name,
                        "loser": whose,
                        "value": _json_value(c.kind, name, loser[0]),
                        "loser_hlc": loser[1],
                        "loser_device": loser[2],
                        "winner_hlc": winner[1],
                        "winner_device": winner[2],
                        "detected_ms": self.now_ms,
                        "resolved": None,
                    }
                )

    def _classify(self, ignored: set[tuple[str, str]]) -> None:
        """Count each record of the upserts once: the records merged (every one has an entry in
        ``dirty``, the fields it changed) and the erased ones whose edits were ignored."""
        counts: Counter[tuple[str, str]] = Counter((kind, "ignored") for kind, _id in ignored)
        stored_all, conflicted, views = self.stored, self.conflicted, self.view
        for key, dirty in self.dirty.items():
            stored = stored_all.get(key)
            if key in conflicted:
                counts[key[0], "conflicting"] += 1
            elif stored is None:
                counts[key[0], "new" if dirty else "unchanged"] += 1
            elif any(views[key][n][0] != stored[n][0] for n in dirty):
                counts[key[0], "updated"] += 1
            else:
                counts[key[0], "unchanged"] += 1
        for (kind, what), n in counts.items():
            self.report.add(kind, what, n)

    def _materialise(self) -> None:
        """Write what won, parents first; keep back what cannot be written yet."""
        # in the order of the bundle (ids ascending within a kind after a full collect): rows
        # land in index order, which keeps large imports fast
        dirty = self.dirty
        # pending records, then those with fields changed (filter by dirty.get: no tuple a record)
        candidates = dict.fromkeys(chain(self.pending_before, filter(dirty.get, dirty)))
        for key in self.tombs.keys() & candidates.keys():
            del candidates[key]
        stored_all = self.stored
        # what each candidate would write (new records whole, existing ones their newer
        # fields), and per kind that refers to others the plain values of those writes
        writes: dict[tuple[str, str], Mapping[str, tuple]] = {}
        complete: list[tuple[str, str]] = []  # new records holding every required field
        values: dict[str, list[Mapping[str, Any]]] = {
            kind: [] for kind, refs in REFS.items() if refs
        }
        views = self.view
        for key in candidates:
            view, stored = (
                views[key],
                stored_all.get(key),
            )  # every candidate has a view (_load, run)
            fields = (
                view if stored is None else {n: s for n, s in view.items() if s[1:] > stored[n][1:]}
            )
            writes[key] = fields
            # the plain values when one write made the record: no tuple made per look-up
            plain = (
                fields.plain if type(fields) is OneStamp else {n: s[0] for n, s in fields.items()}
            )
            if stored is None and plain.keys() >= REQUIRED[key[0]]:
                complete.append(key)
            of_kind = values.get(key[0])
            if of_kind is not None:
                of_kind.append(plain)
        # the records referred to, gathered a column at a time
        targets: set[tuple[str, str]] = set()
        for kind, plains in values.items():
            for name, ref, _required in REFS[kind]:
                targets.update(
                    (ref, value)
                    for value in map(methodcaller("get", name), plains)
                    if value is not None
                )
        unknown = targets - writes.keys() - stored_all.keys()
        present, tombs = self._existing(unknown)
        self.tombs.update(tombs)
        erased = self.tombs
        # new records that can be written: complete, not erased with a record they depend on,
        # and what they refer to exists or comes now
        new = set(complete)
        exists = present | stored_all.keys()
        unmet = targets - exists - new - erased.keys()
        # which write refers to which record: needed only when something is erased or missing
        refers = self._references(writes) if erased or unmet else {}
        # records erased because a record they depend on (a required reference) is erased
        doomed: dict[tuple[str, str], tuple[int, str]] = {}
        if erased:
            for key, found in refers.items():
                for _name, target, required in found:
                    if required and target in erased:
                        doomed[key] = erased[target]
        if doomed:
            # and those that depend on a record doomed so (an enrolment's attendance)
            grew = True
            while grew:
                grew = False
                for key, found in refers.items():
                    if key not in doomed:
                        for _name, target, required in found:
                            if required and target in doomed:
                                doomed[key] = doomed[target]
                                grew = True
                                break
            new -= doomed.keys()
            unmet = targets - exists - new - erased.keys()
        while unmet:  # drop what refers to a record that cannot be written, until stable
            dropped = {k for k in new if k in refers and any(t in unmet for _n, t, _r in refers[k])}
            if not dropped:
                break
            new -= dropped
            unmet = targets - exists - new - erased.keys()
        waiting: dict[tuple[str, str], Mapping[str, tuple]] = {}
        fresh: dict[str, list] = {kind: [] for kind in KIND_ORDER}
        known: dict[str, list] = {kind: [] for kind in KIND_ORDER}
        for key, fields in writes.items():
            if key in doomed:
                continue
            is_new = key not in stored_all
            if is_new and key not in new:
                waiting[key] = fields
                continue
            edited: dict[str, tuple] | None = None  # a copy of the fields, once one is changed
            held: dict[str, tuple] = {}
            for name, target, _required in refers.get(key, ()):
                if target in erased:  # an optional reference to an erased record reads as empty
                    edited = dict(fields) if edited is None else edited
                    edited[name] = (None, *fields[name][1:])
                elif target in unmet:
                    edited = dict(fields) if edited is None else edited
                    held[name] = edited.pop(name)
            out = fields if edited is None else edited
            if out:
                (fresh if is_new else known)[key[0]].append((key[1], out))
            if held:
                waiting[key] = held
        for key, stamp in sorted(doomed.items()):
            gone: list[tuple[str, str]] = []
            self.tx.apply_remote_delete(key[0], key[1], *stamp, erased=gone)
            for k, _ in gone:
                self.report.add(k, "deleted")
        for kind in KIND_ORDER:
            rows = fresh[kind]
            rows.sort(key=lambda item: item[0])  # linear when already in order
            self.tx.apply_remote_new(kind, rows)
            for row_id, fields in sorted(known[kind], key=lambda item: item[0]):
                self.tx.apply_remote(kind, row_id, fields)
        self._write_pending(candidates, waiting, doomed)

    @staticmethod
    def _references(writes: dict[tuple[str, str], Mapping[str, tuple]]):
        """Per write that refers to other records: (field, (kind, id) referred to, required)."""
        refers: dict[tuple[str, str], list[tuple[str, tuple[str, str], bool]]] = {}
        for key, fields in writes.items():
            found = []
            for name, ref, required in REFS[key[0]]:
                stamped = fields.get(name)
                if stamped is not None and stamped[0] is not None:
                    found.append((name, (ref, stamped[0]), required))
            if found:
                refers[key] = found
        return refers

    def _existing(self, targets: set[tuple[str, str]]):
        """Which of these (kind, id) records exist in the store, and which are erased."""
        present: set[tuple[str, str]] = set()
        tombs: dict[tuple[str, str], tuple[int, str]] = {}
        by_kind: dict[str, list[str]] = {}
        for kind, row_id in targets:
            by_kind.setdefault(kind, []).append(row_id)
        for kind, ids in by_kind.items():
            table = RECORD_MODELS[kind].__table__
            for chunk in _chunks(sorted(ids)):
                present.update(
                    (kind, r)
                    for (r,) in self.s.execute(
                        select(table.c.id).where(table.c.id.in_(chunk))
                    ).all()
                )
                for row_id, hlc, device in self.s.execute(
                    select(_TOMB.c.row_id, _TOMB.c.hlc, _TOMB.c.device_id).where(
                        (_TOMB.c.table_name == kind) & _TOMB.c.row_id.in_(chunk)
                    )
                ).all():
                    tombs[(kind, row_id)] = (hlc, device)
        return present, tombs

    def _write_pending(self, candidates, waiting, doomed) -> None:
        # only records that waited before or wait now have anything to write: a full import
        # into an empty store has hundreds of thousands of candidates and none of these
        concerned = self.pending_before.keys() | waiting.keys()
        for kind, row_id in filter(concerned.__contains__, candidates):
            if (kind, row_id) in doomed:
                continue  # erasing already dropped what waited for it
            before = self.pending_before.get((kind, row_id))
            after = waiting.get((kind, row_id))
            if before == after:
                continue
            if before is not None:
                bookkeeping.drop_pending(self.s, kind, row_id)
            if after:
                fields = encode(Change(kind, row_id, "upsert", fields=after))["fields"]
                bookkeeping.add_pending(
                    self.s, kind, row_id, json.dumps(fields, ensure_ascii=False, sort_keys=True)
                )
        self.report.pending = len(waiting)
        if waiting:
            self.report.problems.append(
                Message(
                    "Exchange",
                    QT_TRANSLATE_NOOP(
                        "Exchange",
                        "{count} records wait for changes from a bundle not imported yet.",
                    ),
                    {"count": len(waiting)},
                )
            )

    def _record_conflicts(self) -> None:
        for c in self.conflicts:
            if bookkeeping.keep_conflict(self.s, c):  # the same losing write is kept once
                self.report.conflicts += 1
                self.conflicted.add((c["table_name"], c["row_id"]))

    def _quarantine(self, future: list[Change], refused: list[tuple[Change, str]]) -> None:
        """Hold the operations dated in the future, and those refused, each with its reason."""
        held = [(c, FUTURE) for c in future] + refused
        # an edit of an erased record, or of one that refers to it, is dropped: it would never
        # be written, and holding it would keep personal data of an erased person. Its record is
        # tombstoned with the erased record's stamp, as an erasure does with what it finds held
        # (storage.erasure.erase_held) and a merge with a new record of an erased person: the
        # same tombstones whether the erasure came before the edit or after
        gone = (
            erasure.erased_among(
                self.s,
                {
                    (c.kind, c.id): erasure.refs_of(c.kind, c.fields)
                    for c, _reason in held
                    if c.op == "upsert"
                },
            )
            if held
            else {}
        )
        for c, reason in held:
            if c.op == "upsert" and (c.kind, c.id) in gone:
                self.tx.apply_remote_delete(c.kind, c.id, *gone[(c.kind, c.id)])
                self.report.add(c.kind, "ignored")
                continue
            body = json.dumps(encode(c), ensure_ascii=False, sort_keys=True)
            digest = hashlib.sha256(body.encode()).hexdigest()
            stamp = c.stamp if c.op == "delete" else max((s[1], s[2]) for s in c.fields.values())
            bookkeeping.hold(
                self.s,
                {  # the same operation is held once
                    "table_name": c.kind,
                    "row_id": c.id,
                    "op": c.op,
                    "hlc": stamp[0],
                    "device_id": stamp[1],
                    "digest": digest,
                    "change": body,
                    "received_ms": self.now_ms,
                    "reason": reason,
                },
            )
            self.report.add(c.kind, "quarantined")
        if future:
            self.report.problems.append(
                Message(
                    "Exchange",
                    QT_TRANSLATE_NOOP(
                        "Exchange",
                        "{count} changes are dated more than a day in the future: they are held in"
                        " quarantine for review.",
                    ),
                    {"count": len(future)},
                )
            )
        if refused:
            self.report.problems.append(
                Message(
                    "Exchange",
                    QT_TRANSLATE_NOOP(
                        "Exchange",
                        "{count} changes are outside what this laptop may do (another site's"
                        " participants, reference data): they are held in quarantine for review.",
                    ),
                    {"count": len(refused)},
                )
            )
