"""The conflict review names each record without personal data (a participant's code, the code
of the participant a record belongs to, a reference record's name), leaves out what can no
longer be reviewed, and says so when a decision cannot be applied any more."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain.messages import NotFound, UserError
from desktop.i18n import render
from desktop.services import conflicts, meetings, participants, records
from desktop.storage import bookkeeping
from tests.unit.merge_support import Laptop, import_into, new_store, person


@pytest.fixture
def pair(tmp_path):
    laptop = Laptop(tmp_path, "laptop")
    coordinator = new_store(tmp_path, "coordinator")
    yield laptop, coordinator
    laptop.store.close()
    coordinator.close()


def entry(kind: str, row_id: str, field: str, value: str) -> dict:
    """A kept losing value, as a merge keeps it."""
    return {
        "table_name": kind,
        "row_id": row_id,
        "field": field,
        "loser": "theirs",
        "value": value,
        "loser_hlc": 1,
        "loser_device": "laptop",
        "winner_hlc": 2,
        "winner_device": "coordinator",
        "detected_ms": 1,
    }


def clash(pair, kind: str, row_id: str, theirs: dict, mine: dict) -> dict:
    """The laptop's edit ``theirs`` and the coordinator's later edit ``mine`` of the same record
    meet on the coordinator; returns the one open conflict."""
    laptop, coordinator = pair
    import_into(coordinator, laptop.export())
    records.update(laptop.store, kind, row_id, theirs)
    records.update(coordinator, kind, row_id, mine)
    import_into(coordinator, laptop.export())
    [conflict] = conflicts.list_open(coordinator)
    return conflict


def test_each_record_is_named_by_its_participants_code_or_its_own_name(pair):
    laptop, coordinator = pair
    p = participants.register(laptop.store, person(1))
    goal = records.create(
        laptop.store, "goal", {"participant_id": p["id"], "title": "CV", "status": "planned"}
    )
    lab = records.create(
        laptop.store,
        "lab",
        {
            "name": "Cocina",
            "site": "CIFE",
            "start_date": date(2026, 9, 1),
            "end_date": date(2026, 12, 1),
        },
    )
    enrolment = records.create(
        laptop.store,
        "enrolment",
        {
            "participant_id": p["id"],
            "lab_id": lab["id"],
            "status": "enrolled",
            "enrolled_on": date(2026, 9, 1),
        },
    )
    day = records.create(
        laptop.store,
        "attendance",
        {"enrolment_id": enrolment["id"], "day": date(2026, 9, 2), "status": "present", "hours": 5},
    )
    company = records.create(laptop.store, "company", {"name": "Hostal Sol"})
    technician = records.create(
        laptop.store, "technician", {"full_name": "Eva Ruiz", "site": "CIFE"}
    )

    assert (
        clash(pair, "goal", goal["id"], {"title": "CV nuevo"}, {"title": "CV y carta"})["record"]
        == p["code"]
    )
    conflicts.resolve(coordinator, conflicts.list_open(coordinator)[0]["id"], keep="mine")
    found = clash(pair, "attendance", day["id"], {"hours": 4}, {"hours": 3})
    assert (found["record"], found["kind_label"], found["field_label"]) == (
        p["code"],
        "Lab attendance",
        "Hours",
    )
    conflicts.resolve(coordinator, found["id"], keep="mine")
    assert clash(
        pair, "company", company["id"], {"name": "Hostal Sol S.L."}, {"name": "Hostal El Sol"}
    )["record"] == ("Hostal El Sol")
    conflicts.resolve(coordinator, conflicts.list_open(coordinator)[0]["id"], keep="mine")
    # a record with neither a participant nor a name: the end of its id, never a personal field
    found = clash(
        pair,
        "technician",
        technician["id"],
        {"full_name": "Eva Ruiz Gil"},
        {"full_name": "Eva R. Gil"},
    )
    assert found["record"] == technician["id"][-12:] and "Eva" not in found["record"]


def test_a_conflict_on_what_this_version_no_longer_has_is_left_out_of_the_review(pair):
    laptop, coordinator = pair
    p = participants.register(laptop.store, person(1, phone="+34600000000"))
    clash(pair, "participant", p["id"], {"phone": "+34611111111"}, {"phone": "+34622222222"})
    with (
        coordinator.transaction() as tx
    ):  # kept by a later version: a kind and a field unknown here
        bookkeeping.keep_conflict(tx.session, entry("training_voucher", p["id"], "amount", "120"))
        bookkeeping.keep_conflict(tx.session, entry("participant", p["id"], "shoe_size", "41"))
    assert [c["field"] for c in conflicts.list_open(coordinator)] == ["phone"]


def test_a_decision_on_a_record_deleted_meanwhile_says_so(pair):
    laptop, coordinator = pair
    p = participants.register(laptop.store, person(1))
    goal = records.create(
        laptop.store, "goal", {"participant_id": p["id"], "title": "CV", "status": "planned"}
    )
    found = clash(pair, "goal", goal["id"], {"title": "CV nuevo"}, {"title": "CV y carta"})
    with (
        coordinator.transaction() as tx
    ):  # the record went, its conflict stayed (a store of an older version)
        tx.delete("goal", goal["id"])
        bookkeeping.keep_conflict(tx.session, entry("goal", goal["id"], "title", '"CV nuevo"'))
    assert conflicts.list_open(coordinator) == []
    for c_id in (found["id"], found["id"] + 1):
        with pytest.raises(NotFound) as refused:
            conflicts.resolve(coordinator, c_id, keep="theirs")
        assert (
            render(refused.value.message)
            == "This conflict was already resolved or its record was deleted."
        )
    with pytest.raises(ValueError):
        conflicts.resolve(coordinator, found["id"], keep="both")


def test_a_kept_value_that_no_longer_fits_the_record_is_refused_and_the_conflict_stays_open(pair):
    laptop, coordinator = pair
    p = participants.register(laptop.store, person(1))
    host = records.create(
        laptop.store,
        "connector",
        {"full_name": "Ana López", "field": "Hostelería", "origin": "local"},
    )
    meeting = meetings.save_meeting(
        laptop.store,
        p["id"],
        {
            "connector_id": host["id"],
            "met_on": date.today(),
            "mode": "in_person",
            "status": "planned",
        },
        [],
    )
    # held on the laptop; on the coordinator, cancelled and moved to a day to come
    found = clash(
        pair,
        "connector_meeting",
        meeting["id"],
        {"status": "held"},
        {"status": "cancelled", "met_on": date.today() + timedelta(days=7)},
    )
    assert (found["mine"], found["theirs"]) == ("cancelled", "held")
    with pytest.raises(UserError):  # a meeting held cannot be dated ahead
        conflicts.resolve(coordinator, found["id"], keep="theirs")
    assert [c["id"] for c in conflicts.list_open(coordinator)] == [found["id"]]
    assert records.get(coordinator, "connector_meeting", meeting["id"])["status"] == "cancelled"
