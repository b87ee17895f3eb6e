"""A save never overwrites a value written after its form read the record: the service refuses
it, in the same transaction, naming each field with the stored value and the one given."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services import meetings, participants, records
from desktop.services.records import StaleRecord


@pytest.fixture
def person(store):
    return participants.register(
        store,
        {
            "first_name": "Aminata",
            "last_name": "Diop",
            "birth_date": "1992-04-04",
            "gender": "female",
            "migrant_status": "refugee",
        },
    )


@pytest.fixture
def enrolment(store, person):
    lab = records.create(
        store,
        "lab",
        {
            "name": "Jardinería",
            "niche": "gardening",
            "start_date": "2022-02-09",
            "end_date": "2022-05-20",
            "planned_hours": 390,
            "site": "CIFE",
        },
    )
    return records.create(
        store,
        "enrolment",
        {
            "participant_id": person["id"],
            "lab_id": lab["id"],
            "status": "enrolled",
            "enrolled_on": "2022-02-09",
            "hours_attended": 40,
        },
    )


def test_a_save_over_a_newer_value_is_refused_with_both_values(store, enrolment):
    opened = records.get(store, "enrolment", enrolment["id"])  # two forms open on the same record
    records.update(store, "enrolment", enrolment["id"], {"hours_attended": 55}, seen=opened)
    with pytest.raises(StaleRecord) as info:
        records.update(
            store,
            "enrolment",
            enrolment["id"],
            {"hours_attended": 40, "status": "completed"},
            seen=opened,
        )
    (diff,) = info.value.differences
    assert (diff.kind, diff.row_id, diff.field, diff.stored, diff.yours) == (
        "enrolment",
        enrolment["id"],
        "hours_attended",
        55,
        40,
    )
    stored = records.get(store, "enrolment", enrolment["id"])
    assert (
        stored["hours_attended"] == 55 and stored["status"] == "enrolled"
    )  # nothing of it written
    # saving again with the stamps now shown is a deliberate choice: it is written
    records.update(
        store,
        "enrolment",
        enrolment["id"],
        {"hours_attended": 40},
        seen=info.value.stamps[enrolment["id"]],
    )
    assert records.get(store, "enrolment", enrolment["id"])["hours_attended"] == 40


def test_other_fields_and_equal_values_are_no_conflict(store, enrolment):
    opened = records.get(store, "enrolment", enrolment["id"])
    records.update(store, "enrolment", enrolment["id"], {"hours_attended": 55})  # the CLI, say
    # a form that does not write that field, or writes what is stored, is not refused
    records.update(
        store,
        "enrolment",
        enrolment["id"],
        {"status": "completed", "ended_on": date(2022, 5, 20)},
        seen=opened,
    )
    records.update(store, "enrolment", enrolment["id"], {"hours_attended": 55}, seen=opened)
    stored = records.get(store, "enrolment", enrolment["id"])
    assert (stored["hours_attended"], stored["status"]) == (55, "completed")
    # without ``seen`` (merges, conflict resolution) the write goes through as before
    records.update(store, "enrolment", enrolment["id"], {"hours_attended": 12})
    assert records.get(store, "enrolment", enrolment["id"])["hours_attended"] == 12


def test_a_stale_meeting_or_referral_writes_nothing(store, person):
    host, a, b = (
        records.create(
            store, "connector", {"full_name": n, "field": "Hostelería", "origin": "local"}
        )
        for n in ("Marta Gil", "Luis Ortega", "Rosa Vidal")
    )
    meeting = meetings.save_meeting(
        store,
        person["id"],
        {
            "connector_id": host["id"],
            "met_on": "2026-11-02",
            "mode": "in_person",
            "notes": "Primer encuentro",
        },
        [(None, {"connector_id": a["id"], "status": "pending"})],
    )
    (ref,) = records.list_all(store, "referral", meeting_id=meeting["id"])
    seen = {
        meeting["id"]: records.get(store, "connector_meeting", meeting["id"])["stamps"],
        ref["id"]: ref["stamps"],
    }
    # meanwhile the referral is marked as happened (another path) and the notes changed
    records.update(
        store, "referral", ref["id"], {"status": "happened", "happened_on": "2026-11-20"}
    )
    records.update(store, "connector_meeting", meeting["id"], {"notes": "Segundo texto"})
    form = {
        "connector_id": host["id"],
        "met_on": "2026-11-02",
        "mode": "virtual",
        "notes": "Primer encuentro",
    }
    with pytest.raises(StaleRecord) as info:
        meetings.save_meeting(
            store,
            person["id"],
            form,
            [
                (ref["id"], {"connector_id": a["id"], "status": "pending", "happened_on": None}),
                (None, {"connector_id": b["id"], "status": "pending"}),
            ],
            meeting_id=meeting["id"],
            seen=seen,
        )
    found = {(d.kind, d.field): (d.stored, d.yours) for d in info.value.differences}
    assert found == {
        ("connector_meeting", "notes"): ("Segundo texto", "Primer encuentro"),
        ("referral", "status"): ("happened", "pending"),
        ("referral", "happened_on"): (date(2026, 11, 20), None),
    }
    assert records.get(store, "connector_meeting", meeting["id"])["mode"] == "in_person"
    assert len(records.list_all(store, "referral", meeting_id=meeting["id"])) == 1  # b not added
    assert records.get(store, "referral", ref["id"])["status"] == "happened"
