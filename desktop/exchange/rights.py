"""What a laptop's bundle may change on the coordinator's store.

A laptop works with its own site's participants, so its bundle is applied only within that:

- a participant of the laptop's site (as the coordinator has it, or as it arrives for a new
  one), and every record that belongs to one: the kinds whose required references lead to a
  participant (an enrolment, its attendance through the enrolment, sessions, goals, life
  stories, consents, meetings, referrals, placements, outcomes, surveys, introductions), found
  from the schema, so a new kind is covered by itself;
- a technician of the laptop's site (a laptop records the technicians who use it);
- no reference data (desktop.exchange.reference.REFERENCE_KINDS: sites, labs and their partner
  companies, companies, connectors, associations, merges of duplicates), no new erasure (the
  coordinator erases), and no other kind. Accounts never travel: a bundle naming them is
  refused whole as malformed before this check.

A change outside that is not applied: the merge holds it in quarantine with its reason, for a
coordinator to release knowingly or discard. A change that would alter nothing here is no
change and passes (a laptop's full export carries back the reference data it received: each
field loses to, or equals, what the coordinator has; an edit of an erased record is ignored
anyway).

Edge cases, as decided:

- A participant moved to another site (by the coordinator) belongs to that site from then on:
  the old site's laptop's later edits of them, and of their records, are held. A laptop moving
  a participant away (a change of site) is held too: both the site held here and the one
  arriving must be the laptop's.
- A record that changes participant is checked against both, the old and the new.
- A record whose participant the coordinator does not have yet and the bundle does not bring
  (an earlier bundle not imported yet) cannot be checked: it waits, as before, for that
  participant (desktop.exchange.merge); it is not checked again when written later.
- A deletion of a record the coordinator never had (made and deleted on the laptop between
  two exports) leaves its tombstone: it holds kind and id only and changes nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.schema import KINDS
from desktop.exchange.changes import CHUNK, Change
from desktop.exchange.reference import REFERENCE_KINDS
from desktop.storage import erasure
from desktop.storage import stamps as codec
from desktop.storage.models import RECORD_MODELS, Tombstone

# the reasons a change is held, kept with it as source text (context "Quarantine")
FUTURE = QT_TRANSLATE_NOOP("Quarantine", "dated more than a day in the future")
REFERENCE = QT_TRANSLATE_NOOP("Quarantine", "reference data, which only the coordinator changes")
OTHER_SITE = QT_TRANSLATE_NOOP("Quarantine", "a participant of another site than the laptop's")
TECHNICIAN_SITE = QT_TRANSLATE_NOOP("Quarantine", "a technician of another site than the laptop's")
ERASURE = QT_TRANSLATE_NOOP("Quarantine", "an erasure, which only the coordinator makes")
NO_SITE = QT_TRANSLATE_NOOP("Quarantine", "the laptop's site is not known")
OTHER_KIND = QT_TRANSLATE_NOOP("Quarantine", "a kind of record that laptops do not send")

_TOMB = Tombstone.__table__
WHOLE = 5000  # more ids than this: a column is read whole rather than by lists of ids
Key = tuple[str, str]


def _path(kind: str, seen: frozenset[str] = frozenset()) -> tuple[tuple[str, str], ...] | None:
    """The required references (field, kind) that lead from a record of ``kind`` to its
    participant; () for a participant; None when none does."""
    if kind == "participant":
        return ()
    refs = [f for f in KINDS[kind].fields if f.type == "ref" and f.required]
    for f in refs:
        if f.ref == "participant":
            return ((f.name, "participant"),)
    for f in refs:
        target = f.ref or ""
        if target in KINDS and target not in REFERENCE_KINDS and target not in seen | {kind}:
            rest = _path(target, seen | {kind})
            if rest is not None:
                return ((f.name, target), *rest)
    return None


# kind -> how its records reach their participant (the kinds that belong to participants)
OWNED: dict[str, tuple[tuple[str, str], ...]] = {
    k: p
    for k in KINDS
    if k not in REFERENCE_KINDS and k != "technician" and (p := _path(k)) is not None
}


def rule(kind: str) -> str:
    """Which rule a kind falls under: "participant" (the laptop's site's participants and what
    belongs to them), "technician" (its site's), "reference" or "other" (never)."""
    if kind in REFERENCE_KINDS:
        return "reference"
    if kind == "technician":
        return "technician"
    return "participant" if kind in OWNED else "other"


def _chunks(ids: list[str]):
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


class _Check:
    def __init__(self, session: Session, decoded: list[Change], site: str | None):
        self.s = session
        self.site = site
        self.decoded = decoded
        self.upserts: dict[str, list[Change]] = {}  # kind -> the upserts of the bundle
        for c in decoded:
            if c.op == "upsert":
                self.upserts.setdefault(c.kind, []).append(c)
        self.columns: dict[tuple[str, str], dict[str, object]] = {}  # (kind, column) -> id -> value

    # ---- what the store and the bundle say ----------------------------------------------------
    def _column(self, kind: str, name: str, ids: Iterable[str]) -> dict[str, object]:
        """id -> the stored value of a column, for the records of ``kind`` stored here."""
        known = self.columns.setdefault((kind, name), {})
        wanted = sorted(set(ids) - known.keys())
        if not wanted:
            return known
        table = RECORD_MODELS[kind].__table__
        query = select(table.c.id, table.c[name])
        if len(wanted) > WHOLE:  # many: one pass over the table is quicker than IN (...) lists
            found = {r[0]: r[1] for r in self.s.execute(query)}
            known.update((i, found.get(i, _ABSENT)) for i in wanted)
            return known
        for chunk in _chunks(wanted):
            known.update((r[0], r[1]) for r in self.s.execute(query.where(table.c.id.in_(chunk))))
        for row_id in wanted:
            known.setdefault(row_id, _ABSENT)
        return known

    def _arriving(self, kind: str, name: str) -> dict[str, list]:
        """id -> the values a field of ``kind`` arrives with (not empty ones)."""
        out: dict[str, list] = {}
        for c in self.upserts.get(kind, ()):
            stamped = c.fields.get(name) if c.fields is not None else None
            if stamped is not None and stamped[0] is not None:
                out.setdefault(c.id, []).append(stamped[0])
        return out

    def _values(self, kind: str, name: str, ids: Iterable[str]) -> dict[str, list]:
        """id -> every value the field has, stored here or arriving (a change of it: both)."""
        ids = set(ids)
        stored = self._column(kind, name, ids)
        arriving = self._arriving(kind, name)
        out: dict[str, list] = {}
        for row_id in ids:
            values = list(arriving.get(row_id, ()))
            value = stored[row_id]
            if value is not _ABSENT and value is not None:
                values.append(value)
            out[row_id] = values
        return out

    def _participants(self, kind: str, ids: set[str]) -> dict[str, list[str]]:
        """id -> the participants a record of ``kind`` belongs to (before and after)."""
        out: dict[str, list] = {i: [i] for i in ids}
        for name, target in OWNED[kind]:
            step = self._values(kind, name, {t for found in out.values() for t in found})
            out = {
                i: step[found[0]] if len(found) == 1 else [t for r in found for t in step[r]]
                for i, found in out.items()
            }
            kind = target
        return out

    def _own_participants(self, ids: set[str]) -> set[str]:
        """The participants that are the laptop's site's: as held here (none held: not known
        yet, they wait) and as they arrive (a move to another site is not)."""
        stored = self._column("participant", "site", ids)
        moved = {
            p
            for p, sites in self._arriving("participant", "site").items()
            if any(s != self.site for s in sites)
        }
        return {
            p for p in ids if (stored[p] is _ABSENT or stored[p] == self.site) and p not in moved
        }

    # ---- the check ------------------------------------------------------------------------------
    def reasons(self) -> dict[int, str]:
        by_rule: dict[str, list[int]] = {}
        for i, c in enumerate(self.decoded):
            by_rule.setdefault("erasure" if c.erasure else rule(c.kind), []).append(i)
        reasons: dict[int, str] = {}
        for i in by_rule.get("reference", ()):
            reasons[i] = REFERENCE
        for i in by_rule.get("other", ()):
            reasons[i] = OTHER_KIND
        if by_rule.get("erasure"):
            registered = erasure.erased_ids(
                self.s, (self.decoded[i].id for i in by_rule["erasure"])
            )
            for i in by_rule["erasure"]:
                if self.decoded[i].id not in registered:
                    reasons[i] = ERASURE
        self._sites(by_rule.get("technician", ()), "technician", TECHNICIAN_SITE, reasons)
        self._owned(by_rule.get("participant", ()), reasons)
        return self._harmless_out(reasons)

    def _sites(
        self, indexes: Iterable[int], kind: str, reason: str, reasons: dict[int, str]
    ) -> None:
        indexes = list(indexes)
        if not indexes:
            return
        if self.site is None:
            reasons.update(dict.fromkeys(indexes, NO_SITE))
            return
        sites = self._values(kind, "site", {self.decoded[i].id for i in indexes})
        for i in indexes:
            if any(s != self.site for s in sites[self.decoded[i].id]):
                reasons[i] = reason

    def _owned(self, indexes: Iterable[int], reasons: dict[int, str]) -> None:
        by_kind: dict[str, list[int]] = {}
        for i in indexes:
            by_kind.setdefault(self.decoded[i].kind, []).append(i)
        if not by_kind:
            return
        if self.site is None:
            for found in by_kind.values():
                reasons.update(dict.fromkeys(found, NO_SITE))
            return
        owners = {
            kind: self._participants(kind, {self.decoded[i].id for i in found})
            for kind, found in by_kind.items()
        }
        everyone = {p for per in owners.values() for found in per.values() for p in found}
        own = self._own_participants(everyone)
        for kind, found in by_kind.items():
            for i in found:
                if not own.issuperset(owners[kind][self.decoded[i].id]):
                    reasons[i] = OTHER_SITE

    def _harmless_out(self, reasons: dict[int, str]) -> dict[int, str]:
        """Leave out the refused changes that would alter nothing here."""
        if not reasons:
            return reasons
        keys: dict[str, set[str]] = {}
        for i in reasons:
            keys.setdefault(self.decoded[i].kind, set()).add(self.decoded[i].id)
        tombs: set[Key] = set()
        rows: dict[Key, tuple[Mapping, dict]] = {}
        known = codec.devices(self.s)
        for kind, ids in keys.items():
            table = RECORD_MODELS[kind].__table__
            for chunk in _chunks(sorted(ids)):
                tombs.update(
                    (kind, r)
                    for (r,) in self.s.execute(
                        select(_TOMB.c.row_id).where(
                            (_TOMB.c.table_name == kind) & _TOMB.c.row_id.in_(chunk)
                        )
                    ).all()
                )
                for row in self.s.execute(select(table).where(table.c.id.in_(chunk))).mappings():
                    rows[(kind, row["id"])] = (row, codec.named(codec.of_row(kind, row), known))
        out = {}
        for i, reason in reasons.items():
            c = self.decoded[i]
            key = (c.kind, c.id)
            if reason == ERASURE or not self._changes_nothing(c, key in tombs, rows.get(key)):
                out[i] = reason
        return out

    @staticmethod
    def _changes_nothing(c: Change, erased: bool, stored: tuple[Mapping, dict] | None) -> bool:
        if c.op == "delete":
            return erased  # a tombstone the coordinator has already
        if erased:
            return True  # an edit of a deleted record is ignored
        if stored is None:
            return False
        row, stamps = stored
        return all(
            s[1:] <= stamps.get(n, (0, "")) or s[0] == row[n] for n, s in (c.fields or {}).items()
        )


_ABSENT = object()


def refused(session: Session, decoded: list[Change], site: str | None) -> dict[int, str]:
    """The changes of a laptop of ``site`` that it may not make and that would change something
    here: index in ``decoded`` -> the reason (source text, context "Quarantine")."""
    return _Check(session, decoded, site).reasons()
