"""The merge engine, rule by rule: what a coordinator sees when laptops' changes meet."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from desktop.domain.clock import pack, system_ms, wall_ms_of
from desktop.exchange.changes import collect, stamped_fields
from desktop.exchange.errors import BundleRejected
from desktop.services import conflicts, participants, quarantine, records
from desktop.services.demo import generate
from desktop.storage.engine import db_path
from tests.unit.merge_support import Laptop, export_all, import_into, new_store, person, snapshot


@pytest.fixture
def laptops(tmp_path):
    return Laptop(tmp_path, "a"), Laptop(tmp_path, "b")


def test_collect_then_apply_copies_a_store_exactly(tmp_path, demo_store):
    coordinator = new_store(tmp_path)
    report = import_into(coordinator, export_all(demo_store))
    assert report.totals()["new"] > 60 * 5 and report.pending == 0
    mine, theirs = snapshot(demo_store), snapshot(coordinator)
    assert mine == theirs
    # derived columns are recomputed: search works on the coordinator
    code = participants.search(demo_store, limit=1)[0]["code"]
    assert participants.search(coordinator, code)[0]["code"] == code
    # the coordinator relays the original stamps: its own export equals the laptop's
    key = lambda c: (c["kind"], c["id"])  # noqa: E731
    assert sorted(export_all(coordinator), key=key) == sorted(export_all(demo_store), key=key)


def test_incremental_collect_names_only_the_fields_changed(laptops):
    a, _ = laptops
    p = participants.register(a.store, person(0))
    a.export()
    participants.update(a.store, p["id"], {"phone": "+34 600 111 222"})
    [change] = a.export()
    assert change["kind"] == "participant" and change["id"] == p["id"]
    assert list(stamped_fields(change)) == ["phone"]
    value, hlc, device = stamped_fields(change)["phone"]
    assert value == "+34600111222" and device == a.store.device_id  # stored in E.164
    assert a.export() == []  # nothing new since


def test_values_travel_as_json_types(tmp_path, demo_store):
    changes = export_all(demo_store)
    session = stamped_fields(next(c for c in changes if c["kind"] == "coaching_session"))
    assert date.fromisoformat(
        stamped_fields(next(c for c in changes if c["kind"] == "participant"))["birth_date"][0]
    )
    assert isinstance(session["starts_at"][0], str) and "T" in session["starts_at"][0]
    assert isinstance(session["duration_minutes"][0], int)
    consent = stamped_fields(next(c for c in changes if c["kind"] == "consent"))
    assert consent["granted"][0] is True
    json.dumps(changes)  # everything is JSON-able


def test_dry_run_writes_nothing_but_reports(tmp_path, demo_store):
    coordinator = new_store(tmp_path)
    before = snapshot(coordinator, with_journal=True)
    clock = coordinator.clock.last
    report = import_into(coordinator, export_all(demo_store), dry_run=True)
    assert report.to_dict()["totals"]["new"] == report.totals()["new"] > 300
    assert report.to_dict()["dry_run"] is True
    assert snapshot(coordinator, with_journal=True) == before
    assert coordinator.clock.last <= max(clock, int(coordinator.meta.get("hlc", "0")))
    json.dumps(report.to_dict())


def test_same_bundle_twice_changes_nothing(tmp_path, demo_store):
    coordinator = new_store(tmp_path)
    bundle = export_all(demo_store)
    import_into(coordinator, bundle)
    before = snapshot(coordinator, with_journal=True)
    again = import_into(coordinator, bundle)
    assert again.totals()["new"] == again.totals()["updated"] == 0
    assert again.totals()["unchanged"] == len(bundle)
    assert snapshot(coordinator, with_journal=True) == before


def test_local_clock_observes_incoming_stamps(tmp_path, laptops):
    a, _ = laptops
    participants.register(a.store, person(0))
    coordinator = new_store(tmp_path)
    import_into(coordinator, a.export())
    assert coordinator.clock.last > a.store.clock.last
    assert int(coordinator.meta["hlc"]) == coordinator.clock.last


def test_last_writer_wins_and_the_loser_is_kept_as_a_conflict(tmp_path, laptops):
    a, b = laptops
    p = participants.register(a.store, person(0, phone="+34 600 000 000"))
    import_into(b.store, a.export())  # b receives the person
    b.export()  # what b relays of a's data is not the point here
    participants.update(a.store, p["id"], {"phone": "+34 611 111 111"})
    participants.update(b.store, p["id"], {"phone": "+34 622 222 222"})  # later: wins
    bundles = [a.export(), b.export()]
    results = []
    for order in (bundles, bundles[::-1]):
        coordinator = new_store(tmp_path)
        import_into(coordinator, a_full := export_all(a.store))  # noqa: F841 - the creation
        for bundle in order:
            import_into(coordinator, bundle)
        assert records.get(coordinator, "participant", p["id"])["phone"] == "+34622222222"
        [c] = conflicts.list_open(coordinator)
        assert c["field"] == "phone" and c["kind"] == "participant" and c["record"] == p["code"]
        assert {c["mine"], c["theirs"]} == {"+34611111111", "+34622222222"}
        results.append(snapshot(coordinator))
    assert results[0] == results[1]


def test_equal_values_are_no_conflict(tmp_path, laptops):
    a, b = laptops
    p = participants.register(a.store, person(0))
    import_into(b.store, a.export())
    b.export()
    participants.update(a.store, p["id"], {"neighbourhood": "El Naranjo"})
    participants.update(b.store, p["id"], {"neighbourhood": "El Naranjo"})
    coordinator = new_store(tmp_path)
    import_into(coordinator, export_all(a.store))
    report = import_into(coordinator, b.export())
    assert conflicts.count_open(coordinator) == 0 and report.conflicts == 0
    assert report.counts["participant"]["conflicting"] == 0
    stamp = json.loads(records.get(coordinator, "participant", p["id"])["stamps"])["neighbourhood"]
    assert stamp[1] == b.store.device_id  # the later stamp, though the value is the same


def test_resolving_a_conflict_keeps_the_chosen_value_and_forgets_the_other(tmp_path, laptops):
    a, b = laptops
    p = participants.register(a.store, person(0, desired_occupation="Cocina"))
    import_into(b.store, a.export())
    participants.update(a.store, p["id"], {"desired_occupation": "Jardinería"})
    participants.update(b.store, p["id"], {"desired_occupation": "Limpieza"})
    coordinator = new_store(tmp_path)
    import_into(coordinator, export_all(b.store))
    import_into(coordinator, export_all(a.store))  # a's edit is older: it loses
    [c] = conflicts.list_open(coordinator)
    assert c["mine"] == "Limpieza" and c["theirs"] == "Jardinería" and c["winner"] == "mine"
    row = conflicts.resolve(coordinator, c["id"], keep="theirs")
    assert row["desired_occupation"] == "Jardinería"
    assert conflicts.list_open(coordinator) == []
    con = sqlite3.connect(db_path(coordinator.data_dir))
    assert con.execute("SELECT value, resolved FROM merge_conflict").fetchall() == [
        ("null", "theirs")
    ]
    con.close()
    # the decision is an edit of the coordinator that travels on
    last = export_all(coordinator)
    stamp = stamped_fields(next(ch for ch in last if ch["id"] == p["id"]))["desired_occupation"]
    assert stamp[0] == "Jardinería" and stamp[2] == coordinator.device_id
    with pytest.raises(Exception):  # noqa: B017 - already resolved
        conflicts.resolve(coordinator, c["id"], keep="mine")


def test_an_erased_person_never_comes_back(tmp_path, laptops):
    a, b = laptops
    p = participants.register(a.store, person(0))
    goal = records.create(
        a.store,
        "goal",
        {"participant_id": p["id"], "title": "Carné de conducir", "status": "planned"},
    )
    import_into(b.store, a.export())
    participants.update(b.store, p["id"], {"phone": "+34 633 333 333"})  # a late edit elsewhere
    records.create(
        b.store,
        "goal",
        {"participant_id": p["id"], "title": "Curso de cocina", "status": "planned"},
    )
    records.delete(a.store, "participant", p["id"])
    erase, late = a.export(), b.export()
    for order in ([erase, late], [late, erase]):
        coordinator = new_store(tmp_path)
        for bundle in order:
            import_into(coordinator, bundle)
        snap = snapshot(coordinator)
        assert snap["participant"] == [] and snap["goal"] == [] and snap["merge_pending"] == []
        assert ("participant", p["id"]) in snap["tombstone"] and ("goal", goal["id"]) in snap[
            "tombstone"
        ]
        assert conflicts.list_open(coordinator) == []
        # and nothing of what they said is left in the file
        con = sqlite3.connect(db_path(coordinator.data_dir))
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        data = db_path(coordinator.data_dir).read_bytes()
        assert b"633333333" not in data and "García".encode() not in data
    report = import_into(coordinator, late)
    assert report.totals()["ignored"] >= 1 and snapshot(coordinator)["participant"] == []


def test_bundles_out_of_order_wait_then_land(tmp_path, laptops):
    a, _ = laptops
    p = participants.register(a.store, person(1))
    first = a.export()
    participants.update(a.store, p["id"], {"phone": "+34 644 444 444"})
    records.create(
        a.store, "goal", {"participant_id": p["id"], "title": "Buscar empleo", "status": "planned"}
    )
    second = a.export()
    in_order = new_store(tmp_path)
    import_into(in_order, first)
    import_into(in_order, second)
    reversed_ = new_store(tmp_path)
    report = import_into(reversed_, second)
    assert (
        report.pending == 2 and report.problems
    )  # the person is incomplete, the goal has no parent yet
    assert snapshot(reversed_)["participant"] == []
    report = import_into(reversed_, first)
    assert report.pending == 0
    assert snapshot(reversed_) == snapshot(in_order)


def test_future_dated_changes_are_quarantined_then_released_or_discarded(tmp_path, laptops):
    a, _ = laptops
    p = participants.register(a.store, person(2))
    coordinator = new_store(tmp_path)
    import_into(coordinator, a.export())
    ahead = pack(system_ms() + 3 * 86_400_000, 0)
    device = a.store.device_id
    bad = [
        {
            "kind": "participant",
            "id": p["id"],
            "op": "upsert",
            "fields": {"phone": ["+34 655 555 555", ahead, device]},
        },
        {
            "kind": "participant",
            "id": p["id"],
            "op": "upsert",
            "fields": {"neighbourhood": ["Loranca", ahead + 1, device]},
        },
    ]
    before = snapshot(coordinator)
    report = import_into(coordinator, bad)
    assert report.totals()["quarantined"] == 2 and report.problems
    assert snapshot(coordinator) == before  # shown, not applied
    assert coordinator.clock.last < ahead  # the clock did not jump into the future
    import_into(coordinator, bad)  # held once only
    held = quarantine.list_held(coordinator)
    assert len(held) == 2 and {h["fields"][0] for h in held} == {"phone", "neighbourhood"}
    assert all(h["claimed_ms"] == wall_ms_of(ahead) for h in held)
    quarantine.release(coordinator, held[0]["id"])
    quarantine.discard(coordinator, held[1]["id"])
    row = records.get(coordinator, "participant", p["id"])
    assert row["phone"] == "+34 655 555 555" and row["neighbourhood"] != "Loranca"
    assert quarantine.list_held(coordinator) == []


@pytest.mark.parametrize(
    "change",
    [
        {"kind": "secret_table", "id": "x", "op": "upsert", "fields": {"a": [1, 1, "d"]}},
        {"kind": "participant", "id": "x", "op": "upsert", "fields": {"salary": [1, 1, "d"]}},
        {
            "kind": "participant",
            "id": "x",
            "op": "upsert",
            "fields": {"birth_date": [19900101, 1, "d"]},
        },
        {"kind": "participant", "id": "x", "op": "upsert", "fields": {"gender": ["robot", 1, "d"]}},
        {
            "kind": "participant",
            "id": "x",
            "op": "upsert",
            "fields": {"first_name": [None, 1, "d"]},
        },
        {
            "kind": "enrolment",
            "id": "x",
            "op": "upsert",
            "fields": {"hours_attended": ["many", 1, "d"]},
        },
        {"kind": "consent", "id": "x", "op": "upsert", "fields": {"granted": [1, 1, "d"]}},
        {"kind": "participant", "id": "x", "op": "upsert", "fields": {"phone": ["1", "late", "d"]}},
        {"kind": "participant", "id": "x", "op": "replace", "hlc": 1, "device": "d"},
        # the compact form: one stamp for all the values
        {
            "kind": "participant",
            "id": "x",
            "op": "upsert",
            "stamp": [1, "d"],
            "values": {"salary": 1},
        },
        {
            "kind": "participant",
            "id": "x",
            "op": "upsert",
            "stamp": [1, "d"],
            "values": {"gender": "robot"},
        },
        {
            "kind": "participant",
            "id": "x",
            "op": "upsert",
            "stamp": [1, "d"],
            "values": {"first_name": None},
        },
        {
            "kind": "participant",
            "id": "x",
            "op": "upsert",
            "stamp": ["late", "d"],
            "values": {"phone": "1"},
        },
        {"kind": "participant", "id": "x", "op": "upsert", "stamp": [1], "values": {"phone": "1"}},
        {"kind": "participant", "id": "x", "op": "upsert", "values": {"phone": "1"}},
        {"kind": "participant", "id": "x", "op": "upsert", "stamp": [1, "d"], "values": []},
        {
            "kind": "participant",
            "id": "x",
            "op": "upsert",
            "stamp": [1, "d"],
            "values": {"phone": "1"},
            "fields": {"phone": ["2", 2, "e"]},
        },
        {"kind": "participant", "id": 7, "op": "delete", "hlc": 1, "device": "d"},
        "not a change",
    ],
)
def test_malformed_content_is_refused_whole(tmp_path, demo_store, change):
    coordinator = new_store(tmp_path)
    good = export_all(demo_store)
    before = snapshot(coordinator, with_journal=True)
    with pytest.raises(BundleRejected) as err:
        import_into(coordinator, good + [change])
    assert "malformed" in str(err.value)
    assert snapshot(coordinator, with_journal=True) == before


def test_a_change_may_mix_one_stamp_for_most_fields_with_stamps_of_its_own(tmp_path, laptops):
    a, _ = laptops
    p = participants.register(a.store, person(6, phone="+34 611 222 333"))
    sent = a.export()
    [full] = [c for c in sent if c["id"] == p["id"]]
    assert "values" in full and "fields" not in full  # one write made the whole record
    stamp = full["stamp"]
    values = dict(full["values"])
    phone = values.pop("phone")
    mixed = {
        "kind": "participant",
        "id": p["id"],
        "op": "upsert",
        "stamp": stamp,
        "values": values,
        "fields": {"phone": [phone, stamp[0], stamp[1]]},
    }
    coordinator = new_store(tmp_path)
    import_into(coordinator, [mixed if c is full else c for c in sent])
    assert records.get(coordinator, "participant", p["id"])["phone"] == phone
    # edited later, the record travels with a stamp per field
    participants.update(a.store, p["id"], {"phone": "+34 699 000 111"})
    with a.store.read() as s:
        changes, _first, _last = collect(s)
    [again] = [c for c in changes if c["id"] == p["id"]]
    assert "fields" in again and stamped_fields(again)["phone"][0] == "+34699000111"
    assert stamped_fields(again)["first_name"] == [values["first_name"], *stamp]


def test_merge_report_counts_per_kind(tmp_path, laptops):
    a, b = laptops
    p = participants.register(a.store, person(3))
    q = participants.register(a.store, person(4))
    coordinator = new_store(tmp_path)
    report = import_into(coordinator, a.export())
    assert report.counts["participant"]["new"] == 2
    participants.update(a.store, p["id"], {"phone": "+34 677 777 777"})
    records.delete(a.store, "participant", q["id"])
    report = import_into(coordinator, a.export()).to_dict()
    assert report["kinds"]["participant"]["updated"] == 1
    assert report["kinds"]["participant"]["deleted"] == 1


def test_apply_writes_through_the_journal_with_original_stamps(tmp_path, laptops):
    a, _ = laptops
    p = participants.register(a.store, person(5))
    coordinator = new_store(tmp_path)
    import_into(coordinator, a.export())
    with coordinator.read() as s:
        changes, first, last = collect(s, 0)
    ours = [c for c in changes if c["id"] == p["id"]]
    assert ours and all(f[2] == a.store.device_id for f in stamped_fields(ours[0]).values())
    assert first == 1 and last >= 1


def test_demo_store_round_trip_through_a_coordinator_to_another_coordinator(tmp_path, store):
    generate(store, 15, seed=11)
    first = new_store(tmp_path)
    import_into(first, export_all(store))
    second = new_store(tmp_path)
    import_into(second, export_all(first))
    assert snapshot(second) == snapshot(store)


def test_erasing_the_last_record_written_still_reaches_the_next_export(laptops):
    a, _ = laptops
    p = participants.register(a.store, person(0))
    a.export()  # the export reached the person's change-log row, the last one
    records.delete(a.store, "participant", p["id"])
    [change] = a.export()
    assert change == {
        "kind": "participant",
        "id": p["id"],
        "op": "delete",
        "hlc": change["hlc"],
        "device": a.store.device_id,
    }


def test_a_conflict_is_reported_once_however_often_the_bundle_comes(tmp_path, laptops):
    a, b = laptops
    p = participants.register(a.store, person(0))
    import_into(b.store, a.export())
    participants.update(b.store, p["id"], {"phone": "+34 688 888 888"})
    participants.update(a.store, p["id"], {"phone": "+34 699 999 999"})  # later: wins
    coordinator = new_store(tmp_path)
    import_into(coordinator, export_all(a.store))
    late = export_all(b.store)
    first = import_into(coordinator, late)
    assert first.counts["participant"]["conflicting"] == 1 and first.conflicts == 1
    again = import_into(coordinator, late)
    assert again.counts["participant"]["conflicting"] == 0 and again.conflicts == 0
    assert conflicts.count_open(coordinator) == 1
