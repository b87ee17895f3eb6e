"""The one write path: per-field stamps, journal positions, tombstones without personal data."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop.exchange.changes import collect
from desktop.services import participants, records
from desktop.storage import stamps as codec
from desktop.storage.engine import db_path
from desktop.storage.journal import position

PERSON = {
    "first_name": "Françoise",
    "last_name": "Ndiaye Sarr",
    "birth_date": "1988-05-17",
    "gender": "female",
    "migrant_status": "refugee",
    "nationality": "SN",
    "document_type": "NIE",
    "document_number": "Y1234567X",
    "phone": "+34 611 222 333",
}


def _top(store) -> int:
    """The last journal position the store handed out."""
    with store.read() as s:
        return position(s)


def _positions(store, kind, row_id) -> dict[str, int]:
    """Each stamped field's journal position."""
    con = sqlite3.connect(db_path(store.data_dir))
    con.row_factory = sqlite3.Row
    try:
        return {
            n: s[2]
            for n, s in codec.of_row(
                kind, con.execute(f"SELECT * FROM {kind} WHERE id = ?", (row_id,)).fetchone()
            ).items()
        }
    finally:
        con.close()


def _sent_since(store, since) -> list[dict]:
    with store.read() as s:
        return collect(s, since)[0]


def test_insert_stamps_every_field_at_one_journal_position(store):
    before = _top(store)
    p = participants.register(store, PERSON)
    stamps = json.loads(p["stamps"])
    for name in ("first_name", "last_name", "birth_date", "document_number", "code"):
        assert stamps[name][1] == store.device_id
    assert _top(store) > before
    assert set(_positions(store, "participant", p["id"]).values()) == {_top(store)}
    [sent] = [c for c in _sent_since(store, before) if c["id"] == p["id"]]
    assert set(sent["values"]) == set(stamps) and sent["stamp"] == [
        stamps["first_name"][0],
        store.device_id,
    ]


def test_update_stamps_only_changed_fields(store):
    p = participants.register(store, PERSON)
    before = json.loads(p["stamps"])
    registered = _top(store)
    changed = participants.update(
        store, p["id"], {"phone": "+34 699 000 111", "first_name": "Françoise"}
    )
    after = json.loads(changed["stamps"])
    assert after["phone"][0] > before["phone"][0]
    assert after["first_name"] == before["first_name"]  # same value: no new stamp
    positions = _positions(store, "participant", p["id"])
    assert positions["phone"] == _top(store) > registered == positions["first_name"]
    # an export since the registration sends the phone alone
    assert [set(c["values"]) for c in _sent_since(store, registered)] == [{"phone"}]


def test_update_with_no_change_writes_nothing(store):
    p = participants.register(store, PERSON)
    registered = _top(store)
    participants.update(store, p["id"], {"last_name": "Ndiaye Sarr"})
    assert _top(store) == registered and _sent_since(store, registered) == []


@pytest.mark.parametrize(
    "kind,values",
    [
        ("company", {"name": "Viveros Sur", "sector": "Jardinería"}),
        ("connector", {"full_name": "Marta Gil", "field": "Hostelería", "origin": "local"}),
        (
            "lab",
            {
                "name": "Catering",
                "niche": "catering",
                "site": "CIFE",
                "start_date": "2026-01-10",
                "end_date": "2026-04-10",
                "planned_hours": 300,
            },
        ),
    ],
)
def test_every_service_write_moves_the_journal_on(store, kind, values):
    before = _top(store)
    row = records.create(store, kind, values)
    created = _top(store)
    records.update(store, kind, row["id"], {list(values)[0]: "Otro nombre"})
    assert _top(store) > created > before
    assert [c["id"] for c in _sent_since(store, before)] == [row["id"]]
    assert [set(c["values"]) for c in _sent_since(store, created)] == [{list(values)[0]}]


def test_delete_leaves_a_tombstone_and_no_personal_data(store):
    p = participants.register(store, PERSON)
    goal = records.create(
        store,
        "goal",
        {
            "participant_id": p["id"],
            "title": "Aprender a conducir carretillas",
            "status": "planned",
        },
    )
    records.delete(store, "participant", p["id"])
    con = sqlite3.connect(db_path(store.data_dir))
    tombs = con.execute("SELECT table_name, row_id FROM tombstone").fetchall()
    assert ("participant", p["id"]) in tombs and ("goal", goal["id"]) in tombs
    assert [r[1] for r in con.execute("PRAGMA table_info(tombstone)")] == [
        "table_name",
        "row_id",
        "hlc",
        "device_id",
        "seq",
    ]
    # nothing the person said survives anywhere in the database
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    for con_text in (db_path(store.data_dir).read_bytes(),):
        for secret in ("Ndiaye", "Y1234567X", "carretillas", "611 222 333"):
            assert secret.encode() not in con_text
    # the erasure is journaled: an export since the goal was written sends both deletions only
    sent = _sent_since(store, _top(store) - 1)
    assert sorted((c["op"], c["kind"], c["id"], c["device"]) for c in sent) == [
        ("delete", "goal", goal["id"], store.device_id),
        ("delete", "participant", p["id"], store.device_id),
    ]


def test_failed_action_writes_nothing(store):
    from desktop.domain.messages import ValidationError

    before = participants.count(store)
    with pytest.raises(ValidationError):
        participants.register(
            store, {**PERSON, "document_number": "Y1234567A"}
        )  # wrong check letter
    assert participants.count(store) == before
    # the failed attempt used no code: the next person gets the first one
    assert participants.register(store, PERSON)["code"].endswith("-0001")


def test_merged_values_are_stored_as_sqlalchemy_stores_them(store):
    from datetime import date, datetime

    from sqlalchemy import Boolean
    from sqlalchemy.dialects.sqlite import DATE, DATETIME

    from desktop.storage.journal import _fast_processor
    from desktop.storage.models import RECORD_MODELS

    dialect = store.engine.dialect
    types = {"date": DATE, "datetime": DATETIME, "bool": Boolean}
    values = {
        "date": [date(2024, 2, 29), date(999, 1, 2)],
        "datetime": [
            datetime(2024, 3, 1, 9, 5),
            datetime(2024, 3, 1, 9, 5, 7, 120),
            datetime(999, 12, 31, 23, 59, 59, 999999),
            date(2024, 3, 1),
        ],
        "bool": [True, False, None],
    }
    seen = set()
    for model in RECORD_MODELS.values():
        for column in model.__table__.columns:
            impl = column.type.dialect_impl(dialect)
            kind = next((k for k, t in types.items() if isinstance(impl, t)), None)
            if kind is None:
                continue
            fast, slow = _fast_processor(impl, dialect), impl.bind_processor(dialect)
            for value in values[kind]:
                assert fast(value) == slow(value), (column, value)
            seen.add(kind)
    assert seen == set(values)


def test_a_closed_store_refuses_reads_and_writes_saying_it_is_closed(store, language):
    from sqlalchemy import select

    from desktop.i18n import render
    from desktop.storage.store import StorageError

    language("en")
    store.close()
    with pytest.raises(StorageError) as refused, store.read() as s:
        s.execute(select(1))
    assert render(refused.value.message) == "The data store is closed."
    with pytest.raises(StorageError) as refused, store.transaction() as tx:
        tx.insert("site", {"code": "X", "name": "X"})
    assert render(refused.value.message) == "The data store is closed."
