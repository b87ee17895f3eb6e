"""The one write path. Every insert, update and delete of a synced record, from any screen,
the CLI, the demo generator or an imported bundle, goes through Tx. It

- gives new records a UUIDv7 id,
- ticks the hybrid logical clock once per record write,
- stamps every changed field with (clock, device id) in the row's ``stamps``,
- appends one change-log row naming the changed fields,
- replaces a deleted record by a tombstone holding no personal data.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from desktop.domain.clock import HybridClock
from desktop.domain.ids import new_id
from desktop.domain.schema import KINDS
from desktop.storage.derived import DERIVED
from desktop.storage.models import RECORD_MODELS, ChangeLog, Tombstone

_LOG = ChangeLog.__table__
_TOMB = Tombstone.__table__

# Children removed with their parent, so that erasing a person leaves nothing of them behind.
CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {}
for _kind in KINDS.values():
    for _f in _kind.fields:
        if _f.type == "ref" and _f.required:
            CHILDREN.setdefault(_f.ref, ())
            CHILDREN[_f.ref] += ((_kind.name, _f.name),)


class Tx:
    """A unit of work: one database transaction, one user action."""

    def __init__(self, session: Session, device_id: str, clock: HybridClock):
        self.session = session
        self.device_id = device_id
        self.clock = clock
        self.touched: set[str] = set()  # kinds written, for views to refresh

    # ---- reads ---------------------------------------------------------------------------
    def row(self, kind: str, row_id: str) -> dict | None:
        table = RECORD_MODELS[kind].__table__
        found = self.session.execute(select(table).where(table.c.id == row_id)).mappings().first()
        return dict(found) if found else None

    # ---- writes --------------------------------------------------------------------------
    def insert(self, kind: str, values: dict, *, row_id: str | None = None) -> dict:
        return self.insert_many(kind, [values], ids=[row_id] if row_id else None)[0]

    def insert_many(self, kind: str, rows: Iterable[dict], ids: list[str] | None = None) -> list[dict]:
        """Insert validated rows of one kind; returns them with ids. Batched for bulk loads."""
        spec = KINDS[kind]
        table = RECORD_MODELS[kind].__table__
        out, logs = [], []
        for i, values in enumerate(rows):
            row_id = ids[i] if ids else new_id()
            stamp = self.clock.now()
            record = {name: values.get(name) for name in spec.names}
            record["id"] = row_id
            changed = [n for n in spec.names if record[n] is not None]
            record["stamps"] = json.dumps({n: [stamp, self.device_id] for n in changed}, separators=(",", ":"))
            self._derive(kind, record, record)
            out.append(record)
            logs.append({"hlc": stamp, "device_id": self.device_id, "table_name": kind,
                         "row_id": row_id, "op": "upsert", "fields": ",".join(changed)})
        if out:
            self.session.execute(insert(table), out)
            self.session.execute(insert(_LOG), logs)
            self.touched.add(kind)
        return out

    def update(self, kind: str, row_id: str, values: dict) -> list[str]:
        """Write the fields whose value differs; returns their names (empty: nothing written)."""
        spec = KINDS[kind]
        table = RECORD_MODELS[kind].__table__
        current = self.row(kind, row_id)
        if current is None:
            raise KeyError(row_id)
        changed = [n for n in spec.names if n in values and values[n] != current[n]]
        if not changed:
            return []
        stamp = self.clock.now()
        stamps = json.loads(current["stamps"] or "{}")
        for n in changed:
            stamps[n] = [stamp, self.device_id]
        new = {n: values[n] for n in changed}
        new["stamps"] = json.dumps(stamps, separators=(",", ":"))
        self._derive(kind, {**current, **new}, new)
        self.session.execute(update(table).where(table.c.id == row_id).values(**new))
        self.session.execute(insert(_LOG), [{"hlc": stamp, "device_id": self.device_id, "table_name": kind,
                                             "row_id": row_id, "op": "upsert", "fields": ",".join(changed)}])
        self.touched.add(kind)
        return changed

    def delete(self, kind: str, row_id: str) -> int:
        """Delete a record and the records that depend on it; each leaves a tombstone.
        Returns how many records were deleted."""
        table = RECORD_MODELS[kind].__table__
        count = 0
        for child_kind, column in CHILDREN.get(kind, ()):
            child = RECORD_MODELS[child_kind].__table__
            for (child_id,) in self.session.execute(select(child.c.id).where(child.c[column] == row_id)).all():
                count += self.delete(child_kind, child_id)
        if self.session.execute(select(table.c.id).where(table.c.id == row_id)).first() is None:
            return count
        stamp = self.clock.now()
        self.session.execute(delete(table).where(table.c.id == row_id))
        # the journal keeps no trace of what the record said, only that it is gone
        self.session.execute(delete(_LOG).where(_LOG.c.row_id == row_id))
        self.session.execute(insert(_LOG), [{"hlc": stamp, "device_id": self.device_id, "table_name": kind,
                                             "row_id": row_id, "op": "delete", "fields": ""}])
        self.session.execute(delete(_TOMB).where((_TOMB.c.table_name == kind) & (_TOMB.c.row_id == row_id)))
        self.session.execute(insert(_TOMB), [{"table_name": kind, "row_id": row_id, "hlc": stamp,
                                              "device_id": self.device_id}])
        self.touched.add(kind)
        return count + 1

    @staticmethod
    def _derive(kind: str, full: dict, target: dict) -> None:
        for column, (fn, _inputs) in DERIVED.get(kind, {}).items():
            target[column] = fn(full)
