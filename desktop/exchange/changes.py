"""Changes: the JSON form in which record writes travel between stores.

A change is a JSON-able dict::

    {"kind": "participant", "id": "<uuid>", "op": "upsert",
     "fields": {"first_name": ["Ana", <hlc>, "<device id>"], ...}}
    {"kind": "participant", "id": "<uuid>", "op": "upsert",
     "stamp": [<hlc>, "<device id>"], "values": {"first_name": "Ana", ...}}
    {"kind": "participant", "id": "<uuid>", "op": "delete", "hlc": <hlc>, "device": "<device id>"}
    {"kind": "participant", "id": "<uuid>", "op": "delete", "hlc": <hlc>, "device": "<device id>",
     "erasure": true}

An erased person's delete is marked ``"erasure"`` (desktop.storage.erasure); a store that does not
know the mark applies it as the deletion it also is.

Each field carries its current value with the stamp (hybrid clock, device id) of its last write.
When one write made all the fields sent (most records), the compact form names the stamp once
("stamp" and "values"): a full bundle is then less than half the size, and quicker to read.
An upsert may hold both forms, for different fields. Values are JSON: dates and datetimes as
ISO strings, booleans, numbers, strings, null.

From bundle format 3 on, the compact upserts travel as tables, one per kind, device and set of
fields (see :func:`columnar`)::

    {"kind": "participant", "device": "<device id>", "fields": ["first_name", ...],
     "ids": ["<uuid>", ...], "hlcs": [<hlc>, ...], "columns": [["Ana", ...], ...]}

one column of values per field, in the order of ``fields``, and one value a record in each, in
the order of ``ids``: the record ``ids[i]`` was written at ``hlcs[i]`` by the device, with the
values ``columns[j][i]``. Names are not repeated for every record, and each column is checked
whole (:func:`decode_table`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from itertools import repeat
from types import MappingProxyType
from typing import Any, NamedTuple, TypeGuard

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import survey_legacy as SL
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop.domain.schema import KINDS, F
from desktop.exchange.errors import MAX_INT, BundleRejected
from desktop.storage import erasure
from desktop.storage import stamps as codec
from desktop.storage.journal import OneStamp, position
from desktop.storage.models import Tombstone

_TOMB = Tombstone.__table__
CHUNK = 500  # ids per IN (...) query


def _kind_order() -> list[str]:
    """Kinds with the records they refer to first (parents before children)."""
    order: list[str] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        if name in seen:
            return
        seen.add(name)
        for f in KINDS[name].fields:
            if f.ref is not None and f.ref != name:
                visit(f.ref)
        order.append(name)

    for name in KINDS:
        visit(name)
    return order


KIND_ORDER: list[str] = _kind_order()


# ---- values ------------------------------------------------------------------------------


def encode_value(f: F, value: Any) -> Any:
    if value is None:
        return None
    if f.type in ("date", "datetime"):
        return value.isoformat()
    if f.type == "bool":
        return bool(value)
    if f.type == "float":
        return float(value)
    return value


def _bad_value(kind: str, field: str) -> BundleRejected:
    spec = KINDS[kind]
    return BundleRejected(
        Message(
            "Exchange",
            QT_TRANSLATE_NOOP(
                "Exchange",
                "The bundle is malformed: a {kind} record has an invalid value for {field}.",
            ),
            {
                "kind": Message("Kind", spec.label),
                "field": Message("Field", spec.field(field).label),
            },
        )
    )


def _rejected(text: str, **params) -> BundleRejected:
    return BundleRejected(Message("Exchange", text, params))


def _unknown_field(kind: str, name: Any) -> BundleRejected:
    return BundleRejected(
        Message(
            "Exchange",
            QT_TRANSLATE_NOOP(
                "Exchange", "The bundle is malformed: unknown field {field} for a {kind} record."
            ),
            {"field": str(name)[:40], "kind": Message("Kind", KINDS[kind].label)},
        )
    )


def _bad_stamp() -> BundleRejected:
    return _rejected(
        QT_TRANSLATE_NOOP(
            "Exchange", "The bundle is malformed: a change has an invalid clock or device."
        )
    )


def _unknown_kind(kind: Any) -> BundleRejected:
    return _rejected(
        QT_TRANSLATE_NOOP("Exchange", "The bundle is malformed: unknown kind of record {kind}."),
        kind=str(kind)[:40],
    )


def _bad_id() -> BundleRejected:
    return _rejected(
        QT_TRANSLATE_NOOP("Exchange", "The bundle is malformed: a change has an invalid record id.")
    )


_TEXT_TYPES = ("str", "text", "ref", "country", "lang", "langs", "isco")
MAX_ID = 36  # record ids are UUIDs
MAX_HLC = MAX_INT + 1


def _text_limit(f: F) -> int | None:
    """The longest text a field of one of the _TEXT_TYPES takes (None: no limit)."""
    return f.max_len or (MAX_ID if f.type == "ref" else None)


def _valid_device(device: Any) -> TypeGuard[str]:
    return type(device) is str and 0 < len(device) <= 64


def _decoder(f: F):
    """A function checking one incoming JSON value of field ``f`` and returning its Python
    value; raises ValueError when the value does not fit the field."""
    t = f.type
    if t in _TEXT_TYPES:
        limit = _text_limit(f)

        def dec(v):
            if type(v) is not str or (limit is not None and len(v) > limit):
                raise ValueError
            return v

        return dec
    if t == "enum":
        allowed = f.choices

        def dec(v):
            if v not in allowed or type(v) is not str:
                raise ValueError
            return v

        return dec
    if t == "enums":
        allowed = f.choices

        def dec(v):
            if type(v) is not str or any(item not in allowed for item in v.split(",") if item):
                raise ValueError
            return v

        return dec
    lo = f.min if f.min is not None else -MAX_INT - 1 if t == "int" else float("-inf")
    hi = f.max if f.max is not None else MAX_INT if t == "int" else float("inf")
    if t == "int":

        def dec(v):
            if type(v) is not int or not lo <= v <= hi:
                raise ValueError
            return v

        return dec
    if t == "float":

        def dec(v):
            if type(v) not in (int, float) or v != v or not lo <= v <= hi:
                raise ValueError
            return float(v)

        return dec
    if t == "bool":

        def dec(v):
            if type(v) is not bool:
                raise ValueError
            return v

        return dec
    if t == "date":

        def dec(v):
            if type(v) is not str or len(v) != 10:
                raise ValueError
            return date.fromisoformat(v)

        return dec
    if t == "datetime":

        def dec(v):
            if type(v) is not str:
                raise ValueError
            value = datetime.fromisoformat(v)
            if value.tzinfo is not None:  # local wall-clock times only
                raise ValueError
            return value

        return dec
    raise AssertionError(f"unknown field type {t}")


DECODERS: dict[str, dict[str, Any]] = {
    k: {f.name: _decoder(f) for f in spec.fields} for k, spec in KINDS.items()
}
REQUIRED: dict[str, frozenset[str]] = {
    k: frozenset(f.name for f in spec.fields if f.required) for k, spec in KINDS.items()
}
# per field, the check decode() makes in line for the values of a compact upsert, found with one
# look-up (most values of a bundle are plain text or single choices): the length limit of plain
# text (an int), what a single choice allows (a frozenset), or else the decoder
_CHECKS: dict[str, dict[str, Any]] = {
    k: {
        f.name: (
            (_text_limit(f) or 1 << 62)
            if f.type in _TEXT_TYPES
            else f.choices
            if f.type == "enum"
            else DECODERS[k][f.name]
        )
        for f in spec.fields
    }
    for k, spec in KINDS.items()
}


_NONE = type(None)


def _column_decoder(f: F):
    """A function checking a whole column of incoming JSON values of field ``f`` (a table of a
    format-3 body) and returning their Python values; raises ValueError when one does not fit,
    as the decoder of each value would. Plain text, choices, numbers, yes/no and complete dates
    are checked a column at a time by built-ins (types, lengths, allowed values, bounds): a full
    bundle holds millions of values. Other columns go through the decoder value by value."""
    one = _decoder(f)
    t, required = f.type, f.required
    expected = (
        str
        if t in _TEXT_TYPES or t in ("enum", "date")
        else int
        if t == "int"
        else bool
        if t == "bool"
        else None
    )
    limit = _text_limit(f)
    allowed = f.choices | {None}  # for an enum field
    lo = f.min if f.min is not None else -MAX_INT - 1  # whole numbers as SQLite holds them
    hi = f.max if f.max is not None else MAX_INT

    def dec(column: list) -> list:
        types = set(map(type, column))
        empty = _NONE in types
        if empty:
            if required:
                raise ValueError
            types.discard(_NONE)
        if expected is None or not types <= {expected} or (t == "date" and empty):
            return [None if v is None else one(v) for v in column]  # raises on the value at fault
        if t == "enum":
            if not allowed.issuperset(column):
                raise ValueError
        elif t == "int":
            present = [v for v in column if v is not None] if empty else column
            if present and (min(present) < lo or max(present) > hi):
                raise ValueError
        elif t == "date":
            if not {10}.issuperset(map(len, column)):
                raise ValueError
            return list(map(date.fromisoformat, column))
        elif (
            expected is str
            and limit is not None
            and max(map(len, filter(None, column)), default=0) > limit
        ):
            raise ValueError
        return column

    return dec


COLUMN_DECODERS: dict[str, dict[str, Any]] = {
    k: {f.name: _column_decoder(f) for f in spec.fields} for k, spec in KINDS.items()
}


# an upsert's fields: name -> (value, hlc, device), a dict or a journal.OneStamp
Fields = Mapping[str, tuple[Any, int, str]]
NO_FIELDS: Fields = MappingProxyType({})  # a delete's
NO_STAMP = (0, "")  # an upsert's


class Change(NamedTuple):
    """A decoded change: Python values. ``fields`` maps a name to (value, hlc, device);
    deletes have none, and ``stamp`` = (hlc, device) instead."""

    kind: str
    id: str
    op: str
    fields: Fields = NO_FIELDS
    stamp: tuple[int, str] = NO_STAMP
    top: int = 0  # the latest clock among the fields, when known at decoding
    erasure: bool = False  # a delete that erases a person (desktop.storage.erasure)

    @property
    def latest(self) -> int:
        if self.op == "delete":
            return self.stamp[0]
        return self.top or max((s[1] for s in self.fields.values()), default=0)


def _stamp(hlc: Any, device: Any) -> tuple[int, str]:
    if type(hlc) is not int or not 0 < hlc < MAX_HLC or not _valid_device(device):
        raise _bad_stamp()
    return hlc, device


def decode(change: Any) -> Change:
    """Check one incoming change and bring its values to Python types.
    Raises BundleRejected naming the kind and field at fault, never a value."""
    if type(change) is not dict:
        raise _rejected(
            QT_TRANSLATE_NOOP("Exchange", "The bundle is malformed: a change is not an object.")
        )
    kind, row_id, op = change.get("kind"), change.get("id"), change.get("op")
    if type(kind) is not str or kind not in KINDS:
        raise _unknown_kind(kind)
    if type(row_id) is not str or not 0 < len(row_id) <= MAX_ID:
        raise _bad_id()
    if op == "delete":
        return Change(
            kind,
            row_id,
            op,
            stamp=_stamp(change.get("hlc"), change.get("device")),
            erasure=kind == "participant" and change.get("erasure") is True,
        )
    if op != "upsert":
        raise _rejected(
            QT_TRANSLATE_NOOP(
                "Exchange", "The bundle is malformed: a change has an unknown operation."
            )
        )
    if kind == _SURVEY and _legacy_names(change):
        return _decode_legacy_survey(change)
    raw = change.get("fields")
    compact = change.get("values")
    if (
        (raw is not None and type(raw) is not dict)
        or (compact is not None and type(compact) is not dict)
        or not (raw or compact)
    ):
        raise _rejected(
            QT_TRANSLATE_NOOP("Exchange", "The bundle is malformed: a change has no fields.")
        )
    decoders = DECODERS[kind]
    required = REQUIRED[kind]
    fields = {}
    if compact:
        stamp = change.get("stamp")
        if type(stamp) is not list or len(stamp) != 2:
            raise _bad_stamp()
        hlc, device = _stamp(*stamp)
        checks = _CHECKS[kind]
        values = dict(compact)  # the caller's change stays as it was
        for name, value in compact.items():
            check = checks.get(name)
            if check is None:
                raise _unknown_field(kind, name)
            if value is None:
                if name in required:
                    raise _bad_value(kind, name)
            elif type(check) is int:
                if type(value) is not str or len(value) > check:
                    raise _bad_value(kind, name)
            elif type(check) is frozenset:
                if type(value) is not str or value not in check:
                    raise _bad_value(kind, name)
            else:
                try:
                    values[name] = check(value)
                except (ValueError, TypeError):
                    raise _bad_value(kind, name) from None
        if not raw:  # one stamp for all (positional: a named tuple is quicker made so)
            return Change(kind, row_id, op, OneStamp(values, hlc, device), NO_STAMP, hlc)
        fields = {name: (value, hlc, device) for name, value in values.items()}
    for name, item in (raw or {}).items():
        if name in fields:  # a field sent twice
            raise _bad_value(kind, name) if name in decoders else _unknown_field(kind, name)
        dec = decoders.get(name)
        if dec is None:
            raise _unknown_field(kind, name)
        try:
            value, hlc, device = item
        except (TypeError, ValueError):
            raise _bad_value(kind, name) from None
        hlc, device = _stamp(hlc, device)
        if value is None:
            if name in required:
                raise _bad_value(kind, name)
        else:
            try:
                value = dec(value)
            except (ValueError, TypeError):
                raise _bad_value(kind, name) from None
        fields[name] = (value, hlc, device)
    return Change(kind, row_id, op, fields=fields)


# ---- records of laptops not upgraded yet (converted in desktop.exchange.legacy) ----------------

_SURVEY = "survey_response"


def _legacy_names(change: dict) -> bool:
    """Whether an upsert of a survey response is in the form of schema 0007 and earlier."""
    names: list[str] = []
    for part in (change.get("values"), change.get("fields")):
        if type(part) is dict:
            names.extend(n for n in part if type(n) is str)
    return SL.is_legacy(names)


def _decode_legacy_survey(change: dict) -> Change:
    from desktop.exchange import legacy  # it builds on this module (its checks, decode)

    return legacy.decode_survey(change)


def settle_legacy_languages(session: Session, decoded: list[Change]) -> None:
    """Finish converting the records of laptops not upgraded yet, with what the store holds
    (desktop.exchange.legacy.settle): survey responses take their participant's language and
    keep the answers stored that a delta does not carry; meetings without a status are held."""
    from desktop.exchange import legacy

    legacy.settle(session, decoded)


def table_shape_ok(table: Any) -> bool:
    """Whether a table of a format-3 body has the shape :func:`decode_table` reads: a kind
    named, and lists of the right lengths. Its values are checked when decoded."""
    if type(table) is not dict:
        return False
    names, ids, hlcs, columns = (
        table.get("fields"),
        table.get("ids"),
        table.get("hlcs"),
        table.get("columns"),
    )
    return (
        type(table.get("kind")) is str
        and type(names) is list
        and type(ids) is list
        and type(hlcs) is list
        and type(columns) is list
        and len(hlcs) == len(ids)
        and len(columns) == len(names)
        and all(type(column) is list and len(column) == len(ids) for column in columns)
    )


def decode_table(table: dict) -> list[Change]:
    """Check a table of compact upserts (format 3, of the shape :func:`table_shape_ok` checks)
    and make one change per record, as :func:`decode` would from
    the same upserts one by one. Raises BundleRejected naming the kind and field at fault."""
    kind, names, ids, hlcs = table["kind"], table["fields"], table["ids"], table["hlcs"]
    if kind not in KINDS:
        raise _unknown_kind(kind)
    if not names:
        raise _rejected(
            QT_TRANSLATE_NOOP("Exchange", "The bundle is malformed: a change has no fields.")
        )
    if ids and (
        not {str}.issuperset(map(type, ids))
        or min(map(len, ids)) == 0
        or max(map(len, ids)) > MAX_ID
    ):
        raise _bad_id()
    device = table.get("device")
    if not _valid_device(device) or (
        hlcs and (not {int}.issuperset(map(type, hlcs)) or min(hlcs) <= 0 or max(hlcs) >= MAX_HLC)
    ):
        raise _bad_stamp()
    if kind == _SURVEY and type(names) is list and SL.is_legacy(n for n in names if type(n) is str):
        return [
            decode(
                {
                    "kind": kind,
                    "id": row_id,
                    "op": "upsert",
                    "stamp": [hlc, device],
                    "values": dict(zip(names, row, strict=True)),
                }
            )
            for row_id, hlc, row in zip(ids, hlcs, zip(*table["columns"], strict=True), strict=True)
        ]
    decoders = COLUMN_DECODERS[kind]
    seen: set[str] = set()
    columns = []
    for name, column in zip(names, table["columns"], strict=True):
        dec = decoders.get(name) if type(name) is str else None
        if dec is None:
            raise _unknown_field(kind, name)
        if name in seen:  # a field sent twice
            raise _bad_value(kind, name)
        seen.add(name)
        try:
            columns.append(dec(column))
        except (ValueError, TypeError):
            raise _bad_value(kind, name) from None
    plains = map(dict, map(zip, repeat(names), zip(*columns, strict=True)))
    return [
        Change(kind, row_id, "upsert", OneStamp(plain, hlc, device), NO_STAMP, hlc)
        for row_id, hlc, plain in zip(ids, hlcs, plains, strict=True)
    ]


def columnar(changes: list) -> tuple[list, list[dict]]:
    """The changes of a format-3 body: the compact upserts (one stamp for all their fields)
    gathered into tables, one per kind, device and set of fields, in the order they come; and
    the other changes as they are."""
    rest: list = []
    tables: dict[tuple, tuple[dict, list]] = {}
    for c in changes:
        values = c.get("values") if type(c) is dict else None
        if not values or c.get("fields") or c.get("op") != "upsert":
            rest.append(c)
            continue
        hlc, device = c["stamp"]
        key = (c["kind"], device, tuple(values))
        found = tables.get(key)
        if found is None:
            found = tables[key] = (
                {
                    "kind": c["kind"],
                    "device": device,
                    "fields": list(values),
                    "ids": [],
                    "hlcs": [],
                },
                [],
            )
        table, rows = found
        table["ids"].append(c["id"])
        table["hlcs"].append(hlc)
        rows.append(tuple(values.values()))
    out = []
    for table, rows in tables.values():
        table["columns"] = list(
            map(list, zip(*rows, strict=True))
        )  # the rows turned into columns at once
        out.append(table)
    return rest, out


def stamped_fields(change: dict) -> dict[str, list]:
    """The fields of an upsert in JSON form, whichever form it came in: name -> [value, hlc,
    device]."""
    out: dict[str, list] = {}
    if change.get("values"):
        hlc, device = change["stamp"]
        out.update((name, [value, hlc, device]) for name, value in change["values"].items())
    out.update(change.get("fields") or {})
    return out


def encode(change: Change) -> dict:
    """The JSON form of a decoded change (the inverse of :func:`decode`), stamps per field."""
    if change.op == "delete":
        out = {
            "kind": change.kind,
            "id": change.id,
            "op": "delete",
            "hlc": change.stamp[0],
            "device": change.stamp[1],
        }
        if change.erasure:
            out["erasure"] = True
        return out
    spec = KINDS[change.kind]
    return {
        "kind": change.kind,
        "id": change.id,
        "op": "upsert",
        "fields": {
            n: [encode_value(spec.field(n), v), h, d] for n, (v, h, d) in change.fields.items()
        },
    }


# ---- collecting the changes of a store ------------------------------------------------------


def _stored_to_json(f: F):
    """How a value as SQLite holds it (read without SQLAlchemy's types) becomes its JSON form."""
    if f.type == "datetime":
        return lambda v: datetime.fromisoformat(v).isoformat()
    if f.type == "bool":
        return bool
    if f.type == "float":
        return float
    return None  # text, numbers, and dates (stored as ISO text already) as they are


_READERS: dict[str, tuple[str, list]] = {}


def _reader(kind: str) -> tuple[str, list]:
    found = _READERS.get(kind)
    if found is None:
        spec = KINDS[kind]
        sql = f"SELECT id, hlc, dev, seq, stamps, {', '.join(spec.names)} FROM {kind}"
        found = _READERS[kind] = (
            sql,
            [(i + 5, f.name, _stored_to_json(f)) for i, f in enumerate(spec.fields)],
        )
    return found


def _row_changes(session: Session, kind: str, since: int | None = None):
    """Upsert changes of the rows of a kind: all of them with every stamped field, or those
    written after journal position ``since`` with the fields written since, read raw: a full
    export reads hundreds of thousands of rows. Yields (change, the row's position)."""
    sql, columns = _reader(kind)
    conn = session.connection()
    rows: Iterable[Sequence[Any]]
    if since is None:
        rows = conn.exec_driver_sql(f"{sql} ORDER BY id")
    else:
        # from the position's index (ordered by id afterwards: a few rows, where ORDER BY id
        # could make SQLite walk the whole table in id order instead)
        rows = sorted(
            conn.exec_driver_sql(
                f"{sql} INDEXED BY ix_{kind}_seq WHERE seq > ?", (since,)
            ).fetchall()
        )
    known = codec.devices(session)
    for row in rows:
        values = {}
        if not row[4]:  # no exceptions: every field holding a value has the record's stamp
            if row[2] != codec.NO_DEVICE:
                for i, _name, conv in columns:
                    value = row[i]
                    if value is not None:
                        values[_name] = value if conv is None else conv(value)
            if values:
                yield (
                    {
                        "kind": kind,
                        "id": row[0],
                        "op": "upsert",
                        "stamp": [row[1], known.by_number[row[2]]],
                        "values": values,
                    },
                    row[3],
                )
            continue
        own = codec.decode(
            ((name, row[i]) for i, name, _conv in columns), row[1], row[2], row[3], row[4]
        )
        for i, name, conv in columns:
            stamp = own.get(name)
            if stamp is None or (since is not None and stamp[2] <= since):
                continue
            value = row[i]
            values[name] = value if conv is None or value is None else conv(value)
        if not values:
            continue
        first = own[next(iter(values))]
        if all(own[name][:2] == first[:2] for name in values):  # one write made them all
            yield (
                {
                    "kind": kind,
                    "id": row[0],
                    "op": "upsert",
                    "stamp": [first[0], known.by_number[first[1]]],
                    "values": values,
                },
                row[3],
            )
        else:
            fields = {
                name: [value, own[name][0], known.by_number[own[name][1]]]
                for name, value in values.items()
            }
            yield {"kind": kind, "id": row[0], "op": "upsert", "fields": fields}, row[3]


def _delete_change(kind: str, row_id: str, hlc: int, device: str) -> dict:
    return {"kind": kind, "id": row_id, "op": "delete", "hlc": hlc, "device": device}


def collect(
    session: Session, since_seq: int | None = None
) -> tuple[list[dict], int | None, int | None]:
    """The changes written after journal position ``since_seq`` (None: everything in the store,
    every record and tombstone). Each record written appears once, with the current value and
    stamp of each field written after it; erased records appear as deletes.
    Returns (changes, first_seq, last_seq); the seqs are None when the range is empty."""
    last = position(session) or None
    tomb = select(_TOMB.c.table_name, _TOMB.c.row_id, _TOMB.c.hlc, _TOMB.c.device_id, _TOMB.c.seq)
    changes: list[dict] = []
    seqs: list[int] = []
    if since_seq is None:
        for kind in KIND_ORDER:
            for change, seq in _row_changes(session, kind):
                changes.append(change)
                seqs.append(seq)
        for kind, row_id, hlc, device, seq in session.execute(
            tomb.order_by(_TOMB.c.table_name, _TOMB.c.row_id)
        ).all():
            if kind in KINDS:
                changes.append(_delete_change(kind, row_id, hlc, device))
                seqs.append(seq)
        first = min((s for s in seqs if s), default=last)
        return erasure.marked(session, changes), first, last
    if last is None or last <= since_seq:
        return [], None, None
    for kind in KIND_ORDER:
        for change, seq in _row_changes(session, kind, since_seq):
            changes.append(change)
            seqs.append(seq)
    for kind in KIND_ORDER:
        for _kind, row_id, hlc, device, seq in session.execute(
            tomb.where((_TOMB.c.table_name == kind) & (_TOMB.c.seq > since_seq)).order_by(
                _TOMB.c.row_id
            )
        ).all():
            changes.append(_delete_change(kind, row_id, hlc, device))
            seqs.append(seq)
    return erasure.marked(session, changes), min(seqs, default=last), last
