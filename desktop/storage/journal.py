"""The one write path. Every insert, update and delete of a synced record, from any screen,
the CLI, the demo generator or an imported bundle, goes through Tx. It

- gives new records a UUIDv7 id,
- ticks the hybrid logical clock once per record write,
- stamps every changed field with (clock, device id) and the transaction's journal position
  (desktop.storage.stamps keeps them): an incremental export sends the fields written since
  the coordinator's acknowledgement,
- replaces a deleted record by a tombstone holding no personal data.

The merge engine (desktop.exchange.merge) writes through the same class: ``apply_remote*``
store field values decided by a merge with their ORIGINAL stamps, so that a coordinator can
relay them unchanged, and recompute derived columns exactly as local writes do.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import CursorResult, delete, insert, select, update
from sqlalchemy.dialects.sqlite import DATE as SQLiteDate
from sqlalchemy.dialects.sqlite import DATETIME as SQLiteDateTime
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.domain.clock import HybridClock
from desktop.domain.ids import new_id
from desktop.domain.schema import KINDS
from desktop.storage import bookkeeping
from desktop.storage import stamps as S
from desktop.storage.derived import DERIVED
from desktop.storage.models import RECORD_MODELS, Tombstone

_TOMB = Tombstone.__table__

# A field written by a merge: (value, hybrid clock, device id) of its winning write.
Stamped = tuple[Any, int, str]


class OneStamp(Mapping):
    """The fields of an upsert made by one write: name -> (value, hlc, device), like any other
    ``Change.fields``, but kept as the plain values and one stamp, which saves a tuple a field
    on the hundreds of thousands of records of a full bundle. Read-only: a merge that changes it
    works on ``dict(fields)``."""

    __slots__ = ("plain", "hlc", "device")

    def __init__(self, values: dict[str, Any], hlc: int, device: str):
        self.plain = values
        self.hlc = hlc
        self.device = device

    def __getitem__(self, name: str) -> tuple[Any, int, str]:
        return (self.plain[name], self.hlc, self.device)

    def get(self, name: str, default=None):
        values = self.plain
        return (values[name], self.hlc, self.device) if name in values else default

    def __contains__(self, name) -> bool:
        return name in self.plain

    def __iter__(self):
        return iter(self.plain)

    def __len__(self) -> int:
        return len(self.plain)

    def keys(self):
        return self.plain.keys()

    def items(self):
        hlc, device = self.hlc, self.device
        return ((name, (value, hlc, device)) for name, value in self.plain.items())

    def __eq__(self, other) -> bool:
        if isinstance(other, OneStamp):
            return (self.plain, self.hlc, self.device) == (other.plain, other.hlc, other.device)
        return isinstance(other, Mapping) and dict(self.items()) == dict(other.items())

    __hash__ = None  # type: ignore[assignment]  # unhashable, as a dict is (typeshed declares dict's so too)

    def __repr__(self) -> str:
        return f"OneStamp({sorted(self.plain)}, {self.hlc}, {self.device!r})"


# Children removed with their parent, so that erasing a person leaves nothing of them behind.
CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {}
for _kind in KINDS.values():
    for _f in _kind.fields:
        if _f.ref is not None and _f.required:
            CHILDREN.setdefault(_f.ref, ())
            CHILDREN[_f.ref] += ((_kind.name, _f.name),)
# Optional references: when the record they point to is erased by a merge, they read as empty.
OPTIONAL_REFS: dict[str, tuple[tuple[str, str], ...]] = {}
for _kind in KINDS.values():
    for _f in _kind.fields:
        if _f.ref is not None and not _f.required:
            OPTIONAL_REFS.setdefault(_f.ref, ())
            OPTIONAL_REFS[_f.ref] += ((_kind.name, _f.name),)


NAMES: dict[str, tuple[str, ...]] = {k: spec.names for k, spec in KINDS.items()}
BULK_ROWS = 5_000  # rows inserted at once from which the page cache grows for them
BULK_CACHE_KIB = 65_536  # to 64 MiB (SQLite's default: 2 MB)
Processor = Callable[[Any], Any] | None


def _fast_processor(impl, dialect):
    """How a column stores a Python value, as SQLAlchemy's own bind processor does, quicker for
    the types a full import stores hundreds of thousands of: dates on SQLite (text 'YYYY-MM-DD')
    as date.isoformat writes them, in C; local date-times (text 'YYYY-MM-DD HH:MM:SS.ffffff') as
    isoformat writes them, in C (half the time of the general formatting). Anything else goes to
    SQLAlchemy's processor."""
    if isinstance(impl, SQLiteDate) and impl._storage_format == SQLiteDate._storage_format:
        return date.isoformat
    slow = impl.bind_processor(dialect)
    if isinstance(impl, SQLiteDateTime) and impl._storage_format == SQLiteDateTime._storage_format:

        def stored_datetime(value):
            if type(value) is datetime and value.tzinfo is None:
                return value.isoformat(" ", "microseconds")
            return slow(value)

        return stored_datetime
    return slow


class Statements:
    """A record table's statements, made once, and how each column's values go to and come
    from the database as SQLAlchemy's column types say (dates as ISO text, booleans as
    integers...): Tx runs them on the transaction's DB-API connection, without building and
    compiling a statement for each write.

    ``insert`` names every column: Tx gives each field, derived and sync column a value (None
    too: it is stored as NULL); a column a row does not name takes the model's default, as
    SQLAlchemy's insert of the same row would (``defaults``, as stored)."""

    __slots__ = (
        "table",
        "columns",
        "insert",
        "defaults",
        "select",
        "readers",
        "writers",
        "_updates",
    )

    def __init__(self, kind: str, dialect):
        table = RECORD_MODELS[kind].__table__
        self.table = table.name
        impls = {c.name: c.type.dialect_impl(dialect) for c in table.columns}
        self.columns: tuple[str, ...] = tuple(impls)
        self.writers: dict[str, Processor] = {
            name: _fast_processor(impl, dialect) for name, impl in impls.items()
        }
        self.readers: list[tuple[str, Callable]] = [
            (name, proc)
            for name, impl in impls.items()
            if (proc := impl.result_processor(dialect, None)) is not None
        ]
        self.defaults = {c.name: _default(c, self.writers[c.name]) for c in table.columns}
        self.insert = (
            f"INSERT INTO {table.name} ({', '.join(self.columns)}) "
            f"VALUES ({', '.join('?' for _ in self.columns)})"
        )
        self.select = f"SELECT {', '.join(self.columns)} FROM {table.name} WHERE id = ?"
        self._updates: dict[tuple[str, ...], str] = {}

    def update(self, names: tuple[str, ...]) -> str:
        sql = self._updates.get(names)
        if sql is None:
            sql = self._updates[names] = (
                f"UPDATE {self.table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?"
            )
        return sql

    def stored(self, values: Mapping[str, Any]) -> tuple:
        """A row's values for ``insert``, each as the database stores it."""
        defaults, writers = self.defaults, self.writers
        row = []
        for name in self.columns:
            if name in values:
                value = values[name]
                if value is not None:
                    proc = writers[name]
                    if proc is not None:
                        value = proc(value)
            else:
                value = defaults[name]
            row.append(value)
        return tuple(row)

    def read(self, found: tuple) -> dict:
        row = dict(zip(self.columns, found, strict=True))
        for name, proc in self.readers:
            value = row[name]
            if value is not None:
                row[name] = proc(value)
        return row


def _default(column, writer: Processor):
    """What SQLAlchemy's insert stores in a column its row does not name: the model's default
    (a constant, stored as the column stores it), else the table's (a literal), else NULL."""
    default, server = column.default, column.server_default
    if default is not None:
        if not default.is_scalar:
            raise TypeError(f"{column}: the journal's insert gives no column a computed default")
        value = default.arg
        return writer(value) if value is not None and writer is not None else value
    if server is not None:
        if not isinstance(server.arg, str):
            raise TypeError(
                f"{column}: the journal's insert gives no column an SQL expression as default"
            )
        return server.arg
    return None


_STATEMENTS: dict[str, Statements] = {}


_watching = threading.local()


@contextmanager
def watch_touched() -> Iterator[set[str]]:
    """Gathers the kinds touched by every transaction this thread commits meanwhile (the UI's
    job runner tells the screens what a job or a save changed)."""
    kinds: set[str] = set()
    stack = _watching.__dict__.setdefault("stack", [])
    stack.append(kinds)
    try:
        yield kinds
    finally:
        stack.remove(kinds)


def committed(tx: Tx) -> None:
    """Called by the store once ``tx`` has committed."""
    for kinds in getattr(_watching, "stack", ()):
        kinds.update(tx.touched)


class Tx:
    """A unit of work: one database transaction, one user action."""

    def __init__(self, session: Session, device_id: str, clock: HybridClock, last_seq: int = 0):
        self.session = session
        self.device_id = device_id
        self.clock = clock
        self.touched: set[str] = set()  # kinds written, for views to refresh
        self.last_seq = last_seq  # the last journal position handed out before (meta "seq")
        self._seq: int | None = None
        self._driver: Any = None  # the transaction's DB-API connection (see run)
        self._dev: int | None = None

    @property
    def seq(self) -> int:
        """This transaction's journal position: one for all it writes, above every one before."""
        if self._seq is None:
            self._seq = self.last_seq + 1
        return self._seq

    def state(self) -> tuple:
        """What a rolled-back savepoint must give back: the clock, the kinds touched, the
        journal position (rewind)."""
        return self.clock.last, set(self.touched), self._seq

    def rewind(self, state: tuple) -> None:
        self.clock.last, self.touched, self._seq = state
        S.forget_devices(self.session)  # devices numbered meanwhile were rolled back too
        self._dev = None

    def journal_top(self) -> int:
        """The last journal position handed out once this transaction commits (meta "seq")."""
        return max(self.last_seq, self._seq or 0)

    @property
    def touched_kinds(self) -> frozenset[str]:
        """The record kinds this transaction wrote (or deleted) so far."""
        return frozenset(self.touched)

    # ---- reads ---------------------------------------------------------------------------
    def row(self, kind: str, row_id: str) -> dict | None:
        """The record as services see it: its columns and ``stamps`` (field -> [clock, device]
        as JSON text)."""
        found = self.stored(kind, row_id)
        return S.public(kind, found, S.devices(self.session)) if found else None

    def stored(self, kind: str, row_id: str) -> dict | None:
        """The record's row as stored (with its ``hlc``, ``dev`` and ``stamps`` columns)."""
        statements = self.statements(kind)
        found = self.run(statements.select, (row_id,)).fetchone()
        return statements.read(found) if found is not None else None

    @property
    def dev(self) -> int:
        """This laptop's device number in the store (desktop.storage.stamps)."""
        if self._dev is None:
            self._dev = S.intern(self.session, self.device_id)
        return self._dev

    # ---- the statements of a record's read and write ----------------------------------------
    def statements(self, kind: str) -> Statements:
        found = _STATEMENTS.get(kind)
        if found is None:
            found = _STATEMENTS[kind] = Statements(kind, self.session.get_bind().dialect)
        return found

    def run(self, sql: str, params, many: bool = False):
        """Run a statement on this transaction's DB-API connection: the connection and the
        transaction SQLAlchemy's session holds, without its per-statement work (a local write
        is one short transaction, where that work weighed more than SQLite's own). A failing
        statement raises SQLAlchemy's error, as the session's statements do."""
        driver = self._driver
        if driver is None:
            driver = self._driver = self.session.connection().connection.dbapi_connection
        try:
            return driver.executemany(sql, params) if many else driver.execute(sql, params)
        except BaseException as exc:
            dbapi = self.session.get_bind().dialect.dbapi
            if dbapi is not None and isinstance(exc, dbapi.Error):
                raise DBAPIError.instance(sql, params, exc, dbapi.Error, ismulti=many) from exc
            raise

    # ---- writes --------------------------------------------------------------------------
    def insert(self, kind: str, values: dict, *, row_id: str | None = None) -> dict:
        return self.insert_many(kind, [values], ids=[row_id] if row_id else None)[0]

    def insert_many(
        self, kind: str, rows: Iterable[dict], ids: list[str] | None = None
    ) -> list[dict]:
        """Insert validated rows of one kind; returns them with ids. Batched for bulk loads."""
        names = NAMES[kind]
        statements = self.statements(kind)
        derived = [(column, fn) for column, (fn, _inputs) in DERIVED.get(kind, {}).items()]
        columns, writers = statements.columns, statements.writers
        # each column as Tx fills it (every field, derived and sync column), else its default
        whole = set(columns) <= {"id", *names, *(c for c, _fn in derived), *S.SYNC_COLUMNS}
        processors = [
            (i, proc) for i, name in enumerate(columns) if (proc := writers[name]) is not None
        ]
        hlc_at, dev_at, seq_at, stamps_at = (columns.index(c) for c in S.SYNC_COLUMNS)
        out, stored = [], []
        dev, device, seq = self.dev, self.device_id, self.seq
        for i, values in enumerate(rows):
            row_id = ids[i] if ids else new_id()
            stamp = self.clock.now()
            record = dict(zip(names, map(values.get, names), strict=True))
            changed = [n for n in names if record[n] is not None]
            record["id"] = row_id
            for column, fn in derived:
                record[column] = fn(record)
            # every field written has the record's stamp, the empty ones none: no exceptions
            if whole:
                row = list(map(record.get, columns))
                row[hlc_at], row[dev_at], row[seq_at], row[stamps_at] = stamp, dev, seq, ""
                for at, proc in processors:
                    value = row[at]
                    if value is not None:
                        row[at] = proc(value)
                stored.append(tuple(row))
            else:
                stored.append(
                    statements.stored(
                        {**record, "hlc": stamp, "dev": dev, "seq": seq, "stamps": ""}
                    )
                )
            record["stamps"] = S.text_one(changed, stamp, device)
            out.append(record)
        if len(stored) == 1:
            self.run(statements.insert, stored[0])
        elif stored:
            self._insert_bulk(statements.insert, stored)
        if out:
            self.touched.add(kind)
        return out

    def update(self, kind: str, row_id: str, values: dict) -> list[str]:
        """Write the fields whose value differs; returns their names (empty: nothing written)."""
        spec = KINDS[kind]
        current = self.stored(kind, row_id)
        if current is None:
            raise KeyError(row_id)
        changed = [n for n in spec.names if n in values and values[n] != current[n]]
        if not changed:
            return []
        stamp = self.clock.now()
        stamps = S.of_row(kind, current)
        mine = (stamp, self.dev, self.seq)
        for n in changed:
            stamps[n] = mine
        new = {n: values[n] for n in changed}
        self._derive(kind, {**current, **new}, new)
        new.update(S.columns(kind, {**current, **new}, stamps))
        self._write(kind, row_id, new)
        self.touched.add(kind)
        return changed

    def _write(self, kind: str, row_id: str, new: dict) -> None:
        """UPDATE the columns ``new`` names of a record."""
        statements = self.statements(kind)
        names = tuple(new)
        writers = statements.writers
        params = []
        for name in names:
            value = new[name]
            proc = writers[name]
            params.append(proc(value) if value is not None and proc is not None else value)
        params.append(row_id)
        self.run(statements.update(names), params)

    def delete(self, kind: str, row_id: str) -> int:
        """Delete a record and the records that depend on it; each leaves a tombstone.
        Returns how many records were deleted."""
        table = RECORD_MODELS[kind].__table__
        count = 0
        for child_kind, column in CHILDREN.get(kind, ()):
            child = RECORD_MODELS[child_kind].__table__
            for (child_id,) in self.session.execute(
                select(child.c.id).where(child.c[column] == row_id)
            ).all():
                count += self.delete(child_kind, child_id)
        if self.session.execute(select(table.c.id).where(table.c.id == row_id)).first() is None:
            return count
        stamp = self.clock.now()
        self.session.execute(delete(table).where(table.c.id == row_id))
        # the journal keeps no trace of what the record said, only that it is gone
        self.session.execute(
            delete(_TOMB).where((_TOMB.c.table_name == kind) & (_TOMB.c.row_id == row_id))
        )
        self.session.execute(
            insert(_TOMB),
            [
                {
                    "table_name": kind,
                    "row_id": row_id,
                    "hlc": stamp,
                    "device_id": self.device_id,
                    "seq": self.seq,
                }
            ],
        )
        self.forget(kind, row_id)
        self.touched.add(kind)
        return count + 1

    def forget(self, kind: str, row_id: str) -> None:
        """Drop what merges kept about an erased record: open conflicts, pending values and
        quarantined edits all hold personal data (desktop.storage.bookkeeping writes them)."""
        bookkeeping.forget(self.session, kind, row_id)

    # ---- writes decided by a merge ---------------------------------------------------------
    def apply_remote_new(
        self, kind: str, records: Iterable[tuple[str, Mapping[str, Stamped]]]
    ) -> int:
        """Insert records received from another device, each with its own stamps.
        ``records``: (id, {field: (value, hlc, device)}); fields absent are empty and unstamped.
        Returns how many were inserted."""
        names = NAMES[kind]
        statements = self.statements(kind)
        sql, column_names = statements.insert, list(statements.columns)
        derived = [
            (column_names.index(column), fn)
            for column, (fn, _inputs) in DERIVED.get(kind, {}).items()
        ]
        id_at, stamps_at = column_names.index("id"), column_names.index("stamps")
        hlc_at, dev_at, seq_at = (
            column_names.index("hlc"),
            column_names.index("dev"),
            column_names.index("seq"),
        )
        processors = [
            (i, proc)
            for i, name in enumerate(column_names)
            if (proc := statements.writers[name]) is not None
        ]
        rows = []
        numbers: dict[str, int] = {}  # device id -> its number in this store
        seq = 0
        for row_id, fields in records:
            seq = seq or self.seq  # none taken for no record
            if type(fields) is OneStamp:  # the usual case: one write made the whole record
                plain = fields.plain
                row = list(map(plain.get, column_names))
                device = fields.device
                dev = numbers.get(device)
                if dev is None:
                    dev = numbers[device] = S.intern(self.session, device)
                if None in plain.values():  # fields stamped empty are named
                    stamp = (fields.hlc, dev, seq)
                    row[hlc_at], row[dev_at], row[seq_at], row[stamps_at] = S.encode(
                        (n, plain[n] if n in plain else None, stamp if n in plain else None)
                        for n in names
                    )
                else:
                    row[hlc_at], row[dev_at], row[seq_at], row[stamps_at] = fields.hlc, dev, seq, ""
            else:
                row = [
                    None if stamped is None else stamped[0]
                    for stamped in map(fields.get, column_names)
                ]
                own = {}
                for name, (_value, hlc, device) in fields.items():
                    dev = numbers.get(device)
                    if dev is None:
                        dev = numbers[device] = S.intern(self.session, device)
                    own[name] = (hlc, dev, seq)
                row[hlc_at], row[dev_at], row[seq_at], row[stamps_at] = S.encode(
                    (n, fields[n][0] if n in fields else None, own.get(n)) for n in names
                )
            row[id_at] = row_id
            if derived:
                record = dict(zip(column_names, row, strict=True))
                for i, fn in derived:
                    row[i] = fn(record)
            for i, proc in processors:
                value = row[i]
                if value is not None:
                    row[i] = proc(value)
            rows.append(tuple(row))
        if rows:
            self._insert_bulk(sql, rows)
            self.touched.add(kind)
        return len(rows)

    def _insert_bulk(self, sql: str, rows: list[tuple]) -> None:
        """Many rows at once. Those of a large import get a larger page cache while they are
        written (BULK_CACHE_KIB, when the connection's is smaller; given back after): with
        SQLite's 2 MB the pages of the table's indexes are written out and read back again and
        again (the records of a full bundle of 50,000 participants: 6.8 s instead of 7.8-8.7 s)."""
        if len(rows) < BULK_ROWS:
            self.run(sql, rows, many=True)
            return
        self.run("SELECT 1", ())  # the connection, and SQLAlchemy's transaction begun
        driver = self._driver
        before = driver.execute("PRAGMA cache_size").fetchone()[0]  # KiB when negative, else pages
        kib = (
            -before
            if before < 0
            else before * driver.execute("PRAGMA page_size").fetchone()[0] // 1024
        )
        if kib >= BULK_CACHE_KIB:
            self.run(sql, rows, many=True)
            return
        driver.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        try:
            self.run(sql, rows, many=True)
        finally:
            driver.execute(f"PRAGMA cache_size = {int(before)}")

    def apply_remote(self, kind: str, row_id: str, fields: Mapping[str, Stamped]) -> None:
        """Write field values that won a merge, keeping their original stamps. Inserts the
        record when it does not exist yet (the fields must then make a complete record)."""
        if not fields:
            return
        current = self.stored(kind, row_id)
        if current is None:
            self.apply_remote_new(kind, [(row_id, fields)])
            return
        stamps = S.of_row(kind, current)
        new = {}
        for name, (value, hlc, device) in fields.items():
            new[name] = value
            stamps[name] = (hlc, S.intern(self.session, device), self.seq)
        self._derive(kind, {**current, **new}, new)
        new.update(S.columns(kind, {**current, **new}, stamps))
        self._write(kind, row_id, new)
        self.touched.add(kind)

    def tombstone(self, kind: str, row_id: str) -> tuple[int, str] | None:
        found = self.session.execute(
            select(_TOMB.c.hlc, _TOMB.c.device_id).where(
                (_TOMB.c.table_name == kind) & (_TOMB.c.row_id == row_id)
            )
        ).first()
        return (found[0], found[1]) if found else None

    def apply_remote_delete(
        self,
        kind: str,
        row_id: str,
        hlc: int,
        device: str,
        erased: list[tuple[str, str]] | None = None,
    ) -> int:
        """Erase a record as another device did: the same tombstone stamp (the latest of all
        deletions of it wins), dependent records erased with the same stamp, optional
        references to it emptied (their stamps kept, so any order of merges gives the same
        data). A record never seen before gets its tombstone too, so that a late edit cannot
        bring it back. Returns how many records were erased; ``erased`` collects their
        (kind, id)."""
        count = 0
        for child_kind, column in CHILDREN.get(kind, ()):
            child = RECORD_MODELS[child_kind].__table__
            for (child_id,) in self.session.execute(
                select(child.c.id).where(child.c[column] == row_id)
            ).all():
                count += self.apply_remote_delete(child_kind, child_id, hlc, device, erased)
        for ref_kind, column in OPTIONAL_REFS.get(kind, ()):
            ref = RECORD_MODELS[ref_kind].__table__
            for found in (
                self.session.execute(select(ref).where(ref.c[column] == row_id)).mappings().all()
            ):
                # the reference reads as empty and keeps its stamp (named, now that it is empty)
                emptied = {**found, column: None}
                new = {column: None, **S.columns(ref_kind, emptied, S.of_row(ref_kind, found))}
                self._write(ref_kind, found["id"], new)
                self.touched.add(ref_kind)
        table = RECORD_MODELS[kind].__table__
        # a DELETE gives a cursor result, with its row count (Session.execute's type hides it)
        existed = (
            cast(
                CursorResult, self.session.execute(delete(table).where(table.c.id == row_id))
            ).rowcount
            > 0
        )
        known = self.tombstone(kind, row_id)
        newer = known is None or (hlc, device) > known
        if not existed and not newer:
            return count
        # the deletion takes this transaction's journal position: an export sends it again
        where = (_TOMB.c.table_name == kind) & (_TOMB.c.row_id == row_id)
        if newer:
            self.session.execute(delete(_TOMB).where(where))
            self.session.execute(
                insert(_TOMB),
                [
                    {
                        "table_name": kind,
                        "row_id": row_id,
                        "hlc": hlc,
                        "device_id": device,
                        "seq": self.seq,
                    }
                ],
            )
        else:
            self.session.execute(update(_TOMB).where(where).values(seq=self.seq))
        self.forget(kind, row_id)
        self.touched.add(kind)
        if existed and erased is not None:
            erased.append((kind, row_id))
        return count + (1 if existed else 0)

    @staticmethod
    def _derive(kind: str, full: dict, target: dict) -> None:
        for column, (fn, _inputs) in DERIVED.get(kind, {}).items():
            target[column] = fn(full)


def keep_sequence_above(tx: Tx, seq: int) -> bool:
    """After a restore: the next journal position follows ``seq``, the last one this laptop
    ever used (the coordinator may hold positions the restored journal no longer has; a
    position handed out twice would be taken as already received). True when it was raised."""
    if seq <= tx.journal_top():
        return False
    tx.last_seq = seq
    return True


def position(session: Session) -> int:
    """The last journal position this store handed out (0: none yet)."""
    found = session.connection().exec_driver_sql("SELECT value FROM meta WHERE key = 'seq'").first()
    return int(found[0]) if found else 0
