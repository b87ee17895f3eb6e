"""The participants list's technician filter ("my participants"): the people registered under a
technician or coached by them."""

from __future__ import annotations

import pytest

from desktop.services import participant_list, participants, records

PERSON = {"birth_date": "1990-02-02", "migrant_status": "local"}


@pytest.fixture
def people(store):
    ana = store.meta["technician_id"]
    luis = records.create(
        store, "technician", {"full_name": "Luis Pardo", "site": "CIFE", "active": True}
    )["id"]
    made = {}
    for first, gender, tech in (
        ("Alba", "female", None),
        ("Bruno", "male", luis),
        ("Carla", "female", luis),
    ):
        values = {**PERSON, "first_name": first, "last_name": "Ruiz", "gender": gender}
        if tech:
            values["technician_id"] = tech
        made[first] = participants.register(
            store, values
        )  # Alba: registered under Ana, this laptop's
    # Bruno is Luis's, and Ana coached him once
    records.create(
        store,
        "coaching_session",
        {
            "participant_id": made["Bruno"]["id"],
            "technician_id": ana,
            "starts_at": "2026-11-02T10:00",
            "duration_minutes": 30,
            "kind": "individual",
        },
    )
    return ana, luis


def names(store, **filters):
    return [
        r["first_name"]
        for r in participant_list.search(store, None, participant_list.Filters(**filters))
    ]


def test_a_technicians_participants_are_those_registered_under_or_coached_by_them(store, people):
    ana, luis = people
    assert names(store, technician_id=ana) == ["Alba", "Bruno"]
    assert names(store, technician_id=luis) == ["Bruno", "Carla"]
    assert names(store, technician_id=ana, gender="female") == ["Alba"]
    assert participant_list.count(store, None, participant_list.Filters(technician_id=luis)) == 2
    assert (
        participant_list.search(store, "carla", participant_list.Filters(technician_id=ana)) == []
    )
    assert [name for _id, name in participant_list.technician_choices(store)] == [
        "Ana Técnica",
        "Luis Pardo",
    ]


@pytest.mark.parametrize("sort", ["last_name", "code", "birth_date"])
def test_read_first_or_checked_along_give_the_same_page(demo_store, monkeypatch, sort):
    """Like the lab filters, the technician's is read two ways depending on how many match."""
    technician = records.list_all(demo_store, "technician", order_by="full_name")[1]["id"]
    for extra in ({}, {"gender": "female"}, {"enrolment_status": "enrolled"}):
        filters = participant_list.Filters(technician_id=technician, **extra)
        monkeypatch.setattr(participant_list, "FEW_ENROLMENTS", 10**9)  # always read first
        read_first = participant_list.search(demo_store, None, filters, sort=sort, limit=40)
        counted_first = participant_list.count(demo_store, None, filters)
        everyone = len(participant_list.search(demo_store, None, filters))
        monkeypatch.setattr(participant_list, "FEW_ENROLMENTS", 1)  # always checked along the list
        checked_along = participant_list.search(demo_store, None, filters, sort=sort, limit=40)
        assert read_first == checked_along and read_first
        assert counted_first == participant_list.count(demo_store, None, filters) == everyone
        coached = {
            s["participant_id"]
            for s in records.list_all(demo_store, "coaching_session", technician_id=technician)
        }
        assert all(
            r["id"] in coached
            or records.get(demo_store, "participant", r["id"])["technician_id"] == technician
            for r in read_first
        )
