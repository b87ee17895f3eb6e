"""The merge engine's less travelled paths, as a coordinator meets them: deletions dated in the
future or received twice in one bundle, an edit partly dated in the future, one record changed
several times in one bundle, a reference to a record not received yet (its value waits, then
lands, unless a later edit replaced it), a reference to an erased record (optional: read as
empty; required: the record goes with it, even one that was waiting)."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.domain.clock import pack, system_ms
from desktop.services import participants, quarantine, records
from desktop.storage.engine import db_path
from tests.unit.merge_support import Laptop, export_all, import_into, new_store, person, snapshot

LAB = {
    "name": "Catering",
    "niche": "catering",
    "site": "CIFE",
    "start_date": "2026-01-10",
    "end_date": "2026-04-10",
    "planned_hours": 300,
}
COMPANY = {"name": "Viveros Sur", "sector": "Jardinería"}


@pytest.fixture
def laptop(tmp_path):
    return Laptop(tmp_path, "a")


def _stamp(offset: int = 0) -> int:
    """A clock reading of now (a day ahead is quarantined), ``offset`` logical ticks on."""
    return pack(system_ms(), 0) + offset


def _tombstone(store, kind: str, row_id: str):
    con = sqlite3.connect(db_path(store.data_dir))
    try:
        return con.execute(
            "SELECT hlc, device_id FROM tombstone WHERE table_name = ? AND row_id = ?",
            (kind, row_id),
        ).fetchone()
    finally:
        con.close()


def test_a_report_says_whether_the_import_changed_anything(tmp_path, laptop):
    participants.register(laptop.store, person(0))
    coordinator = new_store(tmp_path)
    bundle = export_all(laptop.store)
    assert import_into(coordinator, bundle).changed
    assert not import_into(coordinator, bundle).changed  # the same bundle again


def test_a_deletion_dated_in_the_future_is_held_and_the_record_kept(tmp_path, laptop):
    p = participants.register(laptop.store, person(1))
    coordinator = new_store(tmp_path)
    import_into(coordinator, laptop.export())
    ahead = pack(system_ms() + 3 * 86_400_000, 0)
    report = import_into(
        coordinator,
        [
            {
                "kind": "participant",
                "id": p["id"],
                "op": "delete",
                "hlc": ahead,
                "device": laptop.store.device_id,
            }
        ],
    )
    assert report.counts["participant"]["quarantined"] == 1 and report.problems
    assert records.get(coordinator, "participant", p["id"])["first_name"] == p["first_name"]
    [held] = quarantine.list_held(coordinator)
    assert held["op"] == "delete" and held["row_id"] == p["id"]
    assert coordinator.clock.last < ahead  # the clock did not jump into the future


def test_of_two_deletions_of_a_record_in_one_bundle_the_later_stamp_is_kept(tmp_path, laptop):
    p = participants.register(laptop.store, person(2))
    coordinator = new_store(tmp_path)
    import_into(coordinator, laptop.export())
    device = laptop.store.device_id
    later, earlier = _stamp(20), _stamp(10)
    report = import_into(
        coordinator,
        [
            {"kind": "participant", "id": p["id"], "op": "delete", "hlc": later, "device": device},
            {
                "kind": "participant",
                "id": p["id"],
                "op": "delete",
                "hlc": earlier,
                "device": device,
            },
        ],
    )
    assert report.counts["participant"]["deleted"] == 1
    assert _tombstone(coordinator, "participant", p["id"]) == (later, device)


def test_an_edit_partly_dated_in_the_future_applies_the_rest(tmp_path, laptop):
    p = participants.register(laptop.store, person(3))
    coordinator = new_store(tmp_path)
    import_into(coordinator, laptop.export())
    device = laptop.store.device_id
    ahead = pack(system_ms() + 3 * 86_400_000, 0)
    report = import_into(
        coordinator,
        [
            {
                "kind": "participant",
                "id": p["id"],
                "op": "upsert",
                "fields": {
                    "phone": ["+34 655 000 111", _stamp(5), device],
                    "neighbourhood": ["Loranca", ahead, device],
                },
            }
        ],
    )
    row = records.get(coordinator, "participant", p["id"])
    assert row["phone"] == "+34 655 000 111" and row["neighbourhood"] != "Loranca"
    assert (
        report.counts["participant"]["updated"] == 1
        and report.counts["participant"]["quarantined"] == 1
    )
    [held] = quarantine.list_held(coordinator)
    assert held["fields"] == ["neighbourhood"]


def test_a_record_changed_three_times_in_one_bundle_lands_as_last_written(tmp_path, laptop):
    p = participants.register(laptop.store, person(4))
    bundles = [laptop.export()]
    participants.update(laptop.store, p["id"], {"phone": "+34 611 000 222"})
    bundles.append(laptop.export())
    participants.update(
        laptop.store, p["id"], {"phone": "+34 611 000 333", "neighbourhood": "Parla"}
    )
    bundles.append(laptop.export())
    together = new_store(tmp_path)
    report = import_into(together, [c for bundle in bundles for c in bundle])
    assert report.counts["participant"]["new"] == 1 and report.pending == 0
    row = records.get(together, "participant", p["id"])
    assert row["phone"] == "+34611000333" and row["neighbourhood"] == "Parla"
    one_by_one = new_store(tmp_path)
    for bundle in bundles:
        import_into(one_by_one, bundle)
    assert snapshot(together) == snapshot(one_by_one)


def test_an_edit_of_a_stored_record_twice_in_one_bundle_counts_once(tmp_path, laptop):
    p = participants.register(laptop.store, person(5))
    coordinator = new_store(tmp_path)
    import_into(coordinator, laptop.export())
    participants.update(laptop.store, p["id"], {"phone": "+34 622 000 111"})
    first = laptop.export()
    participants.update(laptop.store, p["id"], {"neighbourhood": "Getafe"})
    report = import_into(coordinator, first + laptop.export())
    assert report.counts["participant"]["updated"] == 1
    row = records.get(coordinator, "participant", p["id"])
    assert row["phone"] == "+34622000111" and row["neighbourhood"] == "Getafe"


def _technician_set_before_it_arrives(tmp_path, laptop):
    """A coordinator holding a participant whose new technician it has not received: the
    bundle creating the technician comes after the one naming them."""
    p = participants.register(laptop.store, person(0))
    coordinator = new_store(tmp_path)
    import_into(coordinator, laptop.export())
    technician = records.create(
        laptop.store, "technician", {"full_name": "Lucía Benítez", "site": "CIFE"}
    )
    creation = laptop.export()
    participants.update(laptop.store, p["id"], {"technician_id": technician["id"]})
    report = import_into(coordinator, laptop.export())
    return coordinator, p, technician, creation, report


def test_a_reference_to_a_record_not_received_waits_then_lands(tmp_path, laptop):
    coordinator, p, technician, creation, report = _technician_set_before_it_arrives(
        tmp_path, laptop
    )
    assert report.pending == 1 and report.problems
    assert records.get(coordinator, "participant", p["id"])["technician_id"] != technician["id"]
    assert snapshot(coordinator)["merge_pending"][0][:2] == ("participant", p["id"])
    report = import_into(coordinator, creation)
    assert report.pending == 0 and snapshot(coordinator)["merge_pending"] == []
    assert records.get(coordinator, "participant", p["id"])["technician_id"] == technician["id"]
    assert snapshot(coordinator) == snapshot(laptop.store)


def test_a_waiting_reference_does_not_overwrite_a_later_edit(tmp_path, laptop):
    coordinator, p, technician, creation, _report = _technician_set_before_it_arrives(
        tmp_path, laptop
    )
    own = records.create(coordinator, "technician", {"full_name": "Pilar Ortega", "site": "CIFE"})
    participants.update(
        coordinator, p["id"], {"technician_id": own["id"]}
    )  # later than the laptop's
    report = import_into(coordinator, creation)
    assert report.pending == 0 and snapshot(coordinator)["merge_pending"] == []
    assert records.get(coordinator, "participant", p["id"])["technician_id"] == own["id"]
    assert records.get(coordinator, "technician", technician["id"])["full_name"] == "Lucía Benítez"


def test_an_edit_with_other_fields_writes_them_while_its_reference_waits(tmp_path, laptop):
    p = participants.register(laptop.store, person(1))
    coordinator = new_store(tmp_path)
    import_into(coordinator, laptop.export())
    technician = records.create(
        laptop.store, "technician", {"full_name": "Lucía Benítez", "site": "CIFE"}
    )
    laptop.export()  # the technician's creation, not given to the coordinator
    participants.update(
        laptop.store, p["id"], {"technician_id": technician["id"], "neighbourhood": "Leganés"}
    )
    report = import_into(coordinator, laptop.export())
    row = records.get(coordinator, "participant", p["id"])
    assert row["neighbourhood"] == "Leganés" and row["technician_id"] != technician["id"]
    assert report.pending == 1 and report.counts["participant"]["updated"] == 1


def test_an_optional_reference_to_an_erased_record_reads_as_empty(tmp_path, laptop):
    p = participants.register(laptop.store, person(2))
    coordinator = new_store(tmp_path)
    import_into(coordinator, laptop.export())
    device = laptop.store.device_id
    gone = "0190a1b2-0000-7000-8000-00000000e7a5"
    import_into(
        coordinator,
        [{"kind": "technician", "id": gone, "op": "delete", "hlc": _stamp(1), "device": device}],
    )
    report = import_into(
        coordinator,
        [
            {
                "kind": "participant",
                "id": p["id"],
                "op": "upsert",
                "fields": {"technician_id": [gone, _stamp(2), device]},
            }
        ],
    )
    assert records.get(coordinator, "participant", p["id"])["technician_id"] is None
    assert report.pending == 0 and snapshot(coordinator)["merge_pending"] == []


def test_a_record_moved_to_an_erased_person_is_erased_with_them(tmp_path, laptop):
    p = participants.register(laptop.store, person(3))
    q = participants.register(laptop.store, person(4))
    goal = records.create(
        laptop.store,
        "goal",
        {"participant_id": p["id"], "title": "Carné de conducir", "status": "planned"},
    )
    coordinator = new_store(tmp_path)
    import_into(coordinator, laptop.export())
    records.delete(coordinator, "participant", q["id"])
    # a laptop that has not heard of the erasure moves the goal to that person
    report = import_into(
        coordinator,
        [
            {
                "kind": "goal",
                "id": goal["id"],
                "op": "upsert",
                "fields": {"participant_id": [q["id"], _stamp(5), laptop.store.device_id]},
            }
        ],
    )
    assert report.counts["goal"]["deleted"] == 1
    snap = snapshot(coordinator)
    assert snap["goal"] == [] and ("goal", goal["id"]) in snap["tombstone"]
    assert [r[0] for r in snap["participant"]] == [p["id"]]


def test_a_record_waiting_for_a_company_goes_when_the_company_is_deleted(tmp_path, laptop):
    lab = records.create(laptop.store, "lab", LAB)
    company = records.create(laptop.store, "company", COMPANY)
    creations = laptop.export()
    other = Laptop(tmp_path, "b")
    import_into(other.store, creations)
    other.export()  # what b relays of a's data is not the point here
    link = records.create(
        laptop.store, "lab_company", {"lab_id": lab["id"], "company_id": company["id"]}
    )
    linked = laptop.export()
    records.delete(other.store, "company", company["id"])  # b never saw the link
    deletion = other.export()
    coordinator = new_store(tmp_path)
    assert import_into(coordinator, linked).pending == 1  # neither the lab nor the company yet
    report = import_into(coordinator, deletion)
    assert report.pending == 0
    snap = snapshot(coordinator)
    assert snap["merge_pending"] == [] and ("lab_company", link["id"]) in snap["tombstone"]
    import_into(coordinator, creations)
    snap = snapshot(coordinator)
    assert snap["lab_company"] == [] and snap["company"] == [] and len(snap["lab"]) == 1
    assert snap["merge_pending"] == []
