"""The audit log: entries written with the actions, hash-chained, and a verifier that finds a
changed entry, a removed one and two swapped."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from desktop.domain.messages import ValidationError
from desktop.services import audit, duplicates, participants, records
from desktop.storage import audit as A


def _person(store, first="Amina", last="Diallo", **extra) -> dict:
    return participants.register(
        store,
        {
            "first_name": first,
            "last_name": last,
            "birth_date": date(1990, 5, 1),
            "gender": "female",
            "migrant_status": "refugee",
            "preferred_language": "fr",
            **extra,
        },
    )


def _sql(store, statement: str, *params) -> None:
    conn = sqlite3.connect(store.path)
    with conn:
        conn.execute(statement, params)
    conn.close()


def _problems(store) -> list[tuple[str, int]]:
    return [(p.problem, p.seq) for c in audit.verify(store) for p in c.problems]


def test_actions_write_entries_with_ids_and_codes_only(store):
    person = _person(store, phone="612345678")
    goal = records.create(
        store,
        "goal",
        {"participant_id": person["id"], "title": "Carnet de conducir", "status": "planned"},
    )
    records.update(store, "goal", goal["id"], {"status": "achieved"})
    audit.viewed_participant(store, person["id"])
    records.delete(store, "goal", goal["id"])
    rows = audit.entries(store, code=person["code"])
    assert [r["action"] for r in rows][::-1] == ["create", "create", "change", "view", "delete"]
    assert {r["code"] for r in rows} == {person["code"]}
    assert {r["device_id"] for r in rows} == {store.device_id}
    assert {r["actor"] for r in rows} == {store.meta["technician_id"]}
    change = next(r for r in rows if r["action"] == "change")
    assert change["kind"] == "goal" and change["record_id"] == goal["id"]
    assert change["detail"] == {"fields": ["status"]}
    # no personal data anywhere in the log
    conn = sqlite3.connect(store.path)
    text = json.dumps(conn.execute("SELECT * FROM audit_entry").fetchall())
    conn.close()
    for personal in ("Amina", "Diallo", "612345678", "Carnet", "1990"):
        assert personal not in text
    assert audit.intact(audit.verify(store))


def test_the_record_filter_finds_a_merge_by_either_person(store):
    a, b = _person(store), _person(store, "Aminata")
    duplicates.merge_participants(store, a["id"], b["id"])
    merged = audit.entries(store, record_id=b["id"], actions=["merge"])
    assert len(merged) == 1 and merged[0]["record_id"] == a["id"]
    assert merged[0]["detail"]["duplicate_code"] == b["code"]


def test_each_entry_holds_the_hash_of_the_one_before(store):
    _person(store)
    _person(store, "Omar")
    with store.read() as s:
        chain = A.chain(s, store.device_id)
    assert chain[0]["prev_hash"] == A.GENESIS
    for before, entry in zip(chain, chain[1:], strict=False):
        assert entry["prev_hash"] == before["hash"] and entry["seq"] == before["seq"] + 1
        assert entry["hash"] == A.entry_hash(entry)


@pytest.fixture
def logged(store):
    for name in ("Amina", "Omar", "Fatou", "Yusuf"):
        audit.viewed_participant(store, _person(store, name)["id"])
    assert _problems(store) == []
    return store


def test_a_changed_entry_is_detected(logged):
    _sql(logged, "UPDATE audit_entry SET action = 'view', record_id = NULL WHERE seq = 3")
    assert _problems(logged) == [("altered", 3)]


def test_a_changed_entry_given_a_new_hash_breaks_the_chain_after_it(logged):
    with logged.read() as s:
        entry = A.chain(s, logged.device_id)[2]
    entry["code"] = "CIF-XXXX-9999"
    _sql(
        logged,
        "UPDATE audit_entry SET code = ?, hash = ? WHERE seq = 3",
        entry["code"],
        A.entry_hash(entry),
    )
    assert _problems(logged) == [("broken", 4)]


def test_a_removed_entry_is_detected(logged):
    _sql(logged, "DELETE FROM audit_entry WHERE seq = 5")
    assert _problems(logged) == [("missing", 5)]
    status = audit.verify(logged)[0]
    assert audit.problem_message(status.problems[0]).text == audit.PROBLEMS["missing_one"]


def test_two_swapped_entries_are_detected(logged):
    _sql(logged, "UPDATE audit_entry SET seq = -1 WHERE seq = 2")
    _sql(logged, "UPDATE audit_entry SET seq = 2 WHERE seq = 3")
    _sql(logged, "UPDATE audit_entry SET seq = 3 WHERE seq = -1")
    assert _problems(logged) == [("altered", 2), ("altered", 3), ("broken", 4)]


def test_two_swapped_entries_rehashed_are_detected(logged):
    with logged.read() as s:
        chain = A.chain(s, logged.device_id)
    second, third = dict(chain[1], seq=3), dict(chain[2], seq=2)
    for e in (second, third):
        e["hash"] = A.entry_hash(e)
    _sql(logged, "DELETE FROM audit_entry WHERE seq IN (2, 3)")
    for e in (second, third):
        _sql(
            logged,
            f"INSERT INTO audit_entry ({', '.join(A.COLUMNS)}) VALUES"
            f" ({', '.join('?' * len(A.COLUMNS))})",
            *(e[c] for c in A.COLUMNS),
        )
    assert _problems(logged) == [("broken", 2), ("broken", 3), ("broken", 4)]


def test_an_action_refused_writes_no_entry(store):
    before = len(audit.entries(store))
    with pytest.raises(ValidationError):
        records.create(
            store, "goal", {"participant_id": "no-such-person", "title": "x", "status": "planned"}
        )
    assert len(audit.entries(store)) == before
