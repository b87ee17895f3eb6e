"""Create, change and delete any record kind, validated, through the one write path."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop.domain.messages import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    NotFound,
    UserError,
    ValidationError,
)
from desktop.domain.schema import KINDS
from desktop.domain.validation import validate
from desktop.services import accounts, audit
from desktop.storage import stamps as codec
from desktop.storage.journal import Tx
from desktop.storage.models import RECORD_MODELS
from desktop.storage.store import Store


def not_found(kind: str) -> NotFound:
    return NotFound(
        Message(
            "Records",
            QT_TRANSLATE_NOOP("Records", "{kind} not found: it may have been deleted."),
            {"kind": Message("Kind", KINDS[kind].label)},
        )
    )


@dataclass(frozen=True)
class Difference:
    """A field written by someone else after a form read its record: what is stored now and
    what the form would have written over it."""

    kind: str
    row_id: str
    field: str
    stored: Any
    yours: Any


class StaleRecord(UserError):
    """The record changed after the form that saves it was opened, in fields the save would
    overwrite. Nothing was written. ``differences`` lists each such field; ``stamps`` the
    stamps stored now (record id -> field -> [clock, device]): saving again with them as
    ``seen`` writes over the values the user has now been shown."""

    def __init__(self, differences: list[Difference], stamps: dict[str, dict]):
        super().__init__(
            Message(
                "Records",
                QT_TRANSLATE_NOOP(
                    "Records",
                    "This record was changed elsewhere after you opened it, so nothing was saved. "
                    "Compare the values and choose which to keep.",
                ),
            )
        )
        self.differences = list(differences)
        self.stamps = stamps


def stamps_of(row_or_stamps) -> dict:
    """The per-field stamps of a record row (its ``stamps`` column), or of the stamps given
    (a dict, or the column's JSON text)."""
    value = (
        row_or_stamps.get("stamps")
        if isinstance(row_or_stamps, dict) and "stamps" in row_or_stamps
        else row_or_stamps
    )
    if isinstance(value, str):
        return json.loads(value or "{}")
    return dict(value or {})


def overwritten(kind: str, current: dict, written: dict, given, seen) -> list[Difference]:
    """Fields among ``given`` whose stamp changed since ``seen`` and whose stored value the
    write would replace by another."""
    stored, seen = stamps_of(current), stamps_of(seen)
    return [
        Difference(kind, current["id"], name, current[name], written[name])
        for name in KINDS[kind].names
        if name in given and stored.get(name) != seen.get(name) and current[name] != written[name]
    ]


def check_refs(tx: Tx, kind: str, values: dict) -> None:
    problems = []
    for f in KINDS[kind].fields:
        target = values.get(f.name)
        if f.ref is not None and target:
            table = RECORD_MODELS[f.ref].__table__
            if tx.session.execute(select(table.c.id).where(table.c.id == target)).first() is None:
                problems.append(
                    FieldProblem(
                        f.name,
                        Message(
                            "Validation",
                            QT_TRANSLATE_NOOP(
                                "Validation", "{field}: the record chosen no longer exists."
                            ),
                            {"field": Message("Field", f.label)},
                        ),
                    )
                )
    if problems:
        raise ValidationError(problems)


def create_in(tx: Tx, kind: str, values: dict) -> dict:
    clean = validate(kind, values)
    check_refs(tx, kind, clean)
    row = tx.insert(kind, clean)
    audit.note(tx, "create", kind, row["id"], values=row)
    return row


def update_in(tx: Tx, kind: str, row_id: str, values: dict, seen=None) -> dict:
    """Change a record. With ``seen`` (the record's stamps when the form showed it), a field
    written meanwhile by another form, device or the CLI is never overwritten unseen: the
    save is refused with StaleRecord (checked in this transaction, so no write slips between)."""
    current = tx.row(kind, row_id)
    if current is None:
        raise not_found(kind)
    merged = {n: current[n] for n in KINDS[kind].names}
    merged.update({k: v for k, v in values.items() if k in KINDS[kind].names})
    clean = validate(kind, merged)
    check_refs(tx, kind, clean)
    if seen is not None:
        differences = overwritten(kind, current, clean, values, seen)
        if differences:
            raise StaleRecord(differences, {row_id: stamps_of(current)})
    changed = tx.update(kind, row_id, clean)
    if changed:
        audit.note(tx, "change", kind, row_id, detail={"fields": sorted(changed)}, values=current)
    row = tx.row(kind, row_id)
    if row is None:  # cannot happen: it was read and written in this transaction
        raise not_found(kind)
    return row


def create(store: Store, kind: str, values: dict) -> dict:
    accounts.check_record(store, kind, values)
    values = accounts.stamp(store, kind, values, new=True)
    with store.transaction() as tx:
        return create_in(tx, kind, values)


def update(store: Store, kind: str, row_id: str, values: dict, seen=None) -> dict:
    values = accounts.stamp(store, kind, values, new=False)
    with store.transaction() as tx:
        current = tx.row(kind, row_id)
        if current is not None:
            accounts.check_record(store, kind, {**current, **values})
        return update_in(tx, kind, row_id, values, seen)


def delete(store: Store, kind: str, row_id: str) -> int:
    with store.transaction() as tx:
        current = tx.row(kind, row_id)
        if current is None:
            raise not_found(kind)
        accounts.check_record(store, kind, current)
        audit.note(tx, "delete", kind, row_id, values=current)
        return tx.delete(kind, row_id)


def get(store: Store, kind: str, row_id: str) -> dict:
    table = RECORD_MODELS[kind].__table__
    with store.read() as s:
        row = s.execute(select(table).where(table.c.id == row_id)).mappings().first()
        if row is None:
            raise not_found(kind)
        return codec.public(kind, row, codec.devices(s))


def list_all(store: Store, kind: str, order_by: str | None = None, **equals) -> list[dict]:
    """Every record of a kind, optionally filtered by equal field values."""
    table = RECORD_MODELS[kind].__table__
    query = select(table)
    for name, value in equals.items():
        query = query.where(table.c[name] == value)
    if order_by:
        query = query.order_by(table.c[order_by])
    with store.read() as s:
        return codec.public_rows(s, kind, s.execute(query).mappings().all())
