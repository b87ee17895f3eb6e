"""Connector meetings with their referrals, saved and deleted as one action."""

from __future__ import annotations

import pytest

from desktop.services import meetings, participants, records


@pytest.fixture
def people(store):
    p = participants.register(
        store,
        {
            "first_name": "Aminata",
            "last_name": "Diop",
            "birth_date": "1992-04-04",
            "gender": "female",
            "migrant_status": "refugee",
        },
    )
    connectors = [
        records.create(
            store, "connector", {"full_name": n, "field": "Hostelería", "origin": "local"}
        )
        for n in ("Marta Gil", "Luis Ortega", "Rosa Vidal", "Karim Benali")
    ]
    return p, connectors


MEETING = {"met_on": "2026-11-02", "mode": "in_person", "notes": "Primer encuentro"}


def test_meeting_with_three_referrals_then_one_removed(store, people):
    p, (host, a, b, c) = people
    refs = [(None, {"connector_id": x["id"], "status": "pending"}) for x in (a, b, c)]
    meeting = meetings.save_meeting(store, p["id"], {**MEETING, "connector_id": host["id"]}, refs)
    saved = records.list_all(store, "referral", meeting_id=meeting["id"])
    assert sorted(r["connector_id"] for r in saved) == sorted([a["id"], b["id"], c["id"]])
    first = next(r for r in saved if r["connector_id"] == a["id"])
    meetings.save_meeting(
        store,
        p["id"],
        {**MEETING, "connector_id": host["id"]},
        [(first["id"], {"connector_id": None, "status": "pending"})],
        meeting_id=meeting["id"],
    )
    assert len(records.list_all(store, "referral", meeting_id=meeting["id"])) == 2


def test_an_invalid_referral_names_its_row_and_nothing_is_written(store, people):
    p, (host, a, b, _c) = people
    refs = [
        (None, {"connector_id": a["id"], "status": "pending"}),
        (None, {"connector_id": b["id"], "status": "sometime"}),
    ]
    with pytest.raises(meetings.ReferralError) as info:
        meetings.save_meeting(store, p["id"], {**MEETING, "connector_id": host["id"]}, refs)
    assert info.value.index == 1 and info.value.fields == ["status"]
    assert (
        records.list_all(store, "connector_meeting") == []
        and records.list_all(store, "referral") == []
    )


def test_deleting_a_meeting_removes_its_referrals(store, people):
    p, (host, a, _b, _c) = people
    meeting = meetings.save_meeting(
        store,
        p["id"],
        {**MEETING, "connector_id": host["id"]},
        [(None, {"connector_id": a["id"], "status": "pending"})],
    )
    assert records.delete(store, "connector_meeting", meeting["id"]) == 2
    assert records.list_all(store, "referral") == []
