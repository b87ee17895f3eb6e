"""Recruiting in one step: a participant who found work becomes a connector, prefilled from
their record, the two linked; refused without a job or twice."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.messages import UserError
from desktop.services import participants, records, recruiting


def person(store, **extra):
    return participants.register(
        store,
        {
            "first_name": "Aminata",
            "last_name": "Diop",
            "birth_date": "1992-04-04",
            "gender": "female",
            "migrant_status": "refugee",
            "languages": "fr,wo",
            "neighbourhood": "Loranca",
            "phone": "612 34 56 78",
            "email": "aminata@example.org",
            "desired_occupation_group": "51",
            **extra,
        },
    )


def hired(store, p, occupation="Ayudante de cocina"):
    return records.create(
        store,
        "employment_outcome",
        {
            "participant_id": p["id"],
            "employer_name": "Bar Sol",
            "occupation": occupation,
            "contract_type": "temporary",
            "start_date": "2026-10-01",
        },
    )


def test_a_participant_with_a_job_becomes_a_linked_connector_once(store):
    p = person(store)
    with pytest.raises(UserError, match="found work"):
        recruiting.recruit(store, p["id"], recruiting.prefill(store, p))
    hired(store, p)
    values = recruiting.prefill(store, p)
    assert values == {
        "full_name": "Aminata Diop",
        "phone": "+34612345678",
        "email": "aminata@example.org",
        "languages": "fr,wo",
        "neighbourhood": "Loranca",
        "occupation_group": "51",
        "field": "Ayudante de cocina",
        "origin": "migrant",
        "active": True,
    }
    made = recruiting.recruit(store, p["id"], {**values, "capacity": 2})
    assert made["participant_id"] == p["id"] and made["capacity"] == 2
    assert recruiting.connector_of(store, p["id"])["id"] == made["id"]
    assert recruiting.since(records.get(store, "connector", made["id"])) == date.today()
    with pytest.raises(UserError, match="already a connector"):
        recruiting.recruit(store, p["id"], values)
    assert len(records.list_all(store, "connector")) == 1


def test_merging_the_participant_keeps_the_link(store):
    from desktop.services import duplicates

    assert ("connector", "participant_id") in duplicates.PARTICIPANT_REFS
