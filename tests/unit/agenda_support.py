"""A week of appointments for the agenda's tests (service, screen, command line, PDF)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop.services import meetings, participants, records
from tests.accounts_support import acting_as


def at(monday: date, day_offset: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(monday + timedelta(days=day_offset), datetime.min.time()).replace(
        hour=hour, minute=minute
    )


def make_week(store, monday: date, meeting_day: int = 4) -> dict:
    """Ana (this laptop's technician) and Luis; Aminata registered under Ana, Omar under Luis,
    Lucía at the other site. In the week of ``monday``: Aminata's session on Tuesday at 10:30
    with Ana, which set her next appointment on Thursday at 09:15; Omar's group session with
    Luis on Wednesday at 16:00 (next appointment the week after, Wednesday 11:00) and his
    virtual meeting with Marta Gil, held on ``meeting_day`` (a meeting held cannot be dated in
    the future); Lucía's appointment with Ana the Friday before. ``connector``: Marta Gil's id."""
    ana = store.meta["technician_id"]
    luis = records.create(
        store, "technician", {"full_name": "Luis Pardo", "site": "CIFE", "active": True}
    )["id"]
    person = {"birth_date": "1992-04-04", "gender": "female", "migrant_status": "refugee"}
    aminata = participants.register(store, {**person, "first_name": "Aminata", "last_name": "Diop"})
    omar = participants.register(
        store, {**person, "first_name": "Omar", "last_name": "Sy", "technician_id": luis}
    )
    lucia = participants.register(
        store, {**person, "first_name": "Lucía", "last_name": "Gómez", "site": "LOS_ARCOS"}
    )
    connector = records.create(
        store, "connector", {"full_name": "Marta Gil", "field": "Hostelería", "origin": "local"}
    )

    def session(who, tech, starts, nxt=None, kind="individual"):
        with acting_as(store, tech):  # the session's technician is who records it
            return records.create(
                store,
                "coaching_session",
                {
                    "participant_id": who["id"],
                    "starts_at": starts,
                    "duration_minutes": 60,
                    "kind": kind,
                    "next_appointment": nxt,
                },
            )

    ids = {
        "tue": session(aminata, ana, at(monday, 1, 10, 30), at(monday, 3, 9, 15))["id"],
        "wed": session(omar, luis, at(monday, 2, 16), at(monday, 9, 11), kind="group")["id"],
        "before": session(lucia, ana, at(monday, -10, 9), at(monday, -3, 9))["id"],
    }
    ids["meeting"] = meetings.save_meeting(
        store,
        omar["id"],
        {
            "connector_id": connector["id"],
            "met_on": monday + timedelta(days=meeting_day),
            "mode": "virtual",
        },
        [],
    )["id"]
    return {
        "ana": ana,
        "luis": luis,
        "aminata": aminata,
        "omar": omar,
        "lucia": lucia,
        "ids": ids,
        "connector": connector["id"],
    }
