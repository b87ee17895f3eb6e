"""How a record's stamps are stored: the one module that knows the encoding.

A synced record keeps the stamp of the write that made it once, in integer columns: ``hlc``
(the hybrid clock), ``dev`` (the writing device, interned as a small integer in the
``sync_device`` table; 0: no stamp) and ``seq`` (the local journal position of its latest
write: one a transaction, the counter in meta "seq"; an incremental export reads the records
past the coordinator's acknowledgement from its index). Its ``stamps`` column names only the
exceptions, as compact JSON in schema order: ``{"field":[hlc,dev,seq]}`` for a field written by
another write, ``{"field":null}`` for a field holding a value that was never stamped, and
``"@": seq`` first when the record's own stamp was written before ``seq``; ``""`` when there are
none (nearly every record). A field not named there has the record's stamp when it holds a
value and no stamp when it is empty, so a field stamped while empty (a value deleted, an
optional reference emptied by an erasure) is always named.

A migration that adds a field with a default to stored records must name it unstamped
(``null``) in their exceptions, or its value would take each record's stamp.

Everywhere else a record's stamps mean what they always meant: field -> (hybrid clock, device
id). Rows handed to services (Tx.row, records.get...) carry them as the JSON text
``{"field":[hlc,"device"]}`` in their ``stamps`` key, without ``hlc`` and ``dev``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import orjson

from desktop.domain.schema import KINDS

SYNC_COLUMNS = ("hlc", "dev", "seq", "stamps")
NO_DEVICE = 0
_INFO_KEY = "sync_devices"
_INTERNED = "sync_devices_interned"  # the session numbered a device (see devices)

Stamp = tuple[int, int, int]  # (hybrid clock, interned device, journal position)
BASE_SEQ = "@"  # the exceptions' key of the record stamp's position, when older than the record's


class Devices:
    """The devices a store has seen: their id text and their small integer there."""

    __slots__ = ("by_name", "by_number")

    def __init__(self, pairs: Iterable[tuple[int, str]] = ()):
        self.by_number: dict[int, str] = {NO_DEVICE: ""}
        self.by_name: dict[str, int] = {}
        for number, name in pairs:
            self.by_number[number] = name
            self.by_name[name] = number

    def name(self, number: int) -> str:
        return self.by_number[number]


def _load(conn) -> Devices:
    return Devices(conn.exec_driver_sql("SELECT id, device FROM sync_device").fetchall())


def _data_version(conn) -> int:
    """SQLite's count of the commits other connections made to the file (PRAGMA data_version)."""
    cursor = conn.connection.dbapi_connection.execute("PRAGMA data_version")
    return cursor.fetchone()[0]


def devices(session) -> Devices:
    """The devices of the store a session reads (kept for the session's life: one
    transaction; an interning rolled back goes with it).

    The connection keeps them too, for its next transactions: a device's number never changes
    once committed, so they stay right until another connection commits (SQLite's data version
    tells: one pragma instead of reading the table each transaction). A session that numbers a
    device keeps its own, never shared: its interning may yet be rolled back."""
    found = session.info.get(_INFO_KEY)
    if found is None:
        conn = session.connection()
        if session.info.get(_INTERNED):
            found = _load(conn)
        else:
            version = _data_version(conn)
            kept = conn.info.get(_INFO_KEY)
            if kept is not None and kept[0] == version:
                found = kept[1]
            else:
                found = _load(conn)
                conn.info[_INFO_KEY] = (version, found)
        session.info[_INFO_KEY] = found
    return found


def forget_devices(session) -> None:
    """After a rollback to a savepoint: read them again."""
    session.info.pop(_INFO_KEY, None)


def devices_of_connection(con) -> Devices:
    """The same for a plain sqlite3 connection (tests, tools)."""
    return Devices(con.execute("SELECT id, device FROM sync_device").fetchall())


def intern(session, device: str) -> int:
    """The number of ``device`` in this store, giving it one when it is new."""
    known = devices(session)
    number = known.by_name.get(device)
    if number is None:
        if not session.info.get(_INTERNED):  # from now on this session's own, not the connection's
            session.info[_INTERNED] = True
            known = session.info[_INFO_KEY] = Devices(
                (n, d) for n, d in known.by_number.items() if n != NO_DEVICE
            )
        conn = session.connection()
        conn.info.pop(_INFO_KEY, None)  # what the connection kept lacks it, committed or not
        number = conn.exec_driver_sql(
            "INSERT INTO sync_device (device) VALUES (?)", (device,)
        ).lastrowid
        known.by_name[device] = number
        known.by_number[number] = device
    return number


# ---- the record's columns <-> field -> stamp ----------------------------------------------


def encode(items: Iterable[tuple[str, Any, Stamp | None]]) -> tuple[int, int, int, str]:
    """``(hlc, dev, seq, stamps)`` of a record from each field's (name, value, stamp or None),
    in schema order. The record's stamp is the one most of its non-empty fields have (the
    newest among equals), so the same values and stamps always give the same columns."""
    items = list(items)
    counts: dict[Stamp, int] = {}
    latest = 0
    for _name, value, stamp in items:
        if stamp is not None:
            latest = max(latest, stamp[2])
            if value is not None:
                counts[stamp] = counts.get(stamp, 0) + 1
    base = max(counts, key=lambda s: (counts[s], s)) if counts else (0, NO_DEVICE, 0)
    has_base = base[1] != NO_DEVICE
    exceptions = [f'"{BASE_SEQ}":{int(base[2])}'] if has_base and base[2] != latest else []
    for name, value, stamp in items:
        if value is None:
            if stamp is not None:
                exceptions.append(f'"{name}":[{int(stamp[0])},{int(stamp[1])},{int(stamp[2])}]')
        elif stamp is None:
            if has_base:
                exceptions.append(f'"{name}":null')
        elif stamp != base:
            exceptions.append(f'"{name}":[{int(stamp[0])},{int(stamp[1])},{int(stamp[2])}]')
    return base[0], base[1], latest, ("{" + ",".join(exceptions) + "}") if exceptions else ""


def decode(
    items: Iterable[tuple[str, Any]], hlc: int, dev: int, seq: int, text: str | None
) -> dict[str, Stamp]:
    """Each stamped field's (hlc, dev, seq), from the fields' (name, value) and the columns."""
    if not text:
        if dev == NO_DEVICE:
            return {}
        same = (hlc, dev, seq)
        return {name: same for name, value in items if value is not None}
    exceptions = orjson.loads(text)
    base = (hlc, dev, exceptions.get(BASE_SEQ, seq)) if dev != NO_DEVICE else None
    out = {}
    for name, value in items:
        if name in exceptions:
            stamp = exceptions[name]
            if stamp is not None:
                out[name] = (stamp[0], stamp[1], stamp[2])
        elif value is not None and base is not None:
            out[name] = base
    return out


def of_row(kind: str, row: Mapping) -> dict[str, Stamp]:
    """The stamps of a stored row (every column, read as a mapping)."""
    return decode(
        ((n, row[n]) for n in KINDS[kind].names), row["hlc"], row["dev"], row["seq"], row["stamps"]
    )


def of_rows(session, kind: str, ids: list[str]) -> dict[str, dict[str, Stamp]]:
    """The stamps of stored records of a kind, by id (those that exist)."""
    from sqlalchemy import select

    from desktop.storage.models import RECORD_MODELS

    table = RECORD_MODELS[kind].__table__
    out = {}
    for i in range(0, len(ids), 500):
        for row in session.execute(
            select(table).where(table.c.id.in_(ids[i : i + 500]))
        ).mappings():
            out[row["id"]] = of_row(kind, row)
    return out


def latest_hlc_sql(alias: str) -> str:
    """An SQL expression of the clock of a record's newest write (0: none), for the row
    ``alias`` of a record table: the record's stamp or a later one among its exceptions."""
    return (
        f"max({alias}.hlc, coalesce((SELECT max(json_extract(j.value, '$[0]')) FROM "
        f"json_each(nullif({alias}.stamps, '')) j WHERE j.type = 'array'), 0))"
    )


def columns(kind: str, values: Mapping, stamps: Mapping[str, Stamp]) -> dict[str, Any]:
    """The ``hlc``, ``dev``, ``seq`` and ``stamps`` columns of a record with these values and
    stamps."""
    hlc, dev, seq, text = encode((n, values.get(n), stamps.get(n)) for n in KINDS[kind].names)
    return {"hlc": hlc, "dev": dev, "seq": seq, "stamps": text}


# ---- the stamps as services see them ---------------------------------------------------------


def named(stamps: Mapping[str, Stamp], known: Devices) -> dict[str, tuple[int, str]]:
    """field -> (hlc, device id text)."""
    return {n: (s[0], known.by_number[s[1]]) for n, s in stamps.items()}


def text(kind: str, stamps: Mapping[str, tuple[int, str]]) -> str:
    """The stamps as services see them: ``{"field":[hlc,"device"]}`` in schema order."""
    found = {n: stamps[n] for n in KINDS[kind].names if n in stamps}
    out = orjson.dumps(found).decode()
    # json.dumps's text (non-ASCII escaped) whatever a device id holds
    return out if out.isascii() else json.dumps(found, separators=(",", ":"))


def text_one(names: Iterable[str], hlc: int, device: str) -> str:
    """The same for fields all written by one write, named in schema order: what :func:`text`
    gives for them, made without a dict (a bulk load makes one for each of its records)."""
    stamp = f"{int(hlc)},{_json_text(device)}]"
    return "{" + ",".join([f'"{n}":[{stamp}' for n in names]) + "}"


@lru_cache(maxsize=256)
def _json_text(device: str) -> str:
    return json.dumps(device)


def public(kind: str, row: Mapping, known: Devices) -> dict:
    """A stored row as services see it: its data and derived columns and ``stamps`` (text)."""
    out = {k: v for k, v in row.items() if k not in SYNC_COLUMNS}
    out["stamps"] = text(kind, named(of_row(kind, row), known))
    return out


def public_rows(session, kind: str, rows: Iterable[Mapping]) -> list[dict]:
    known = devices(session)
    return [public(kind, row, known) for row in rows]
