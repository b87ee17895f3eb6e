"""The agenda: which appointments fall in which week and day, mine and the site's."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.services import agenda, records
from tests.days import RUN_DAY
from tests.unit import agenda_support

pytestmark = pytest.mark.usefixtures("run_day")
MONDAY = agenda.week_start(RUN_DAY) - timedelta(days=7)  # last week: meetings may be dated then


def at(day_offset: int, hour: int, minute: int = 0):
    return agenda_support.at(MONDAY, day_offset, hour, minute)


@pytest.fixture
def week(store):
    return agenda_support.make_week(store, MONDAY)


def rows(store, day=MONDAY, mine=False):
    return [
        (a.day.weekday(), a.time and a.time.strftime("%H:%M"), a.kind, a.first_name, a.with_name)
        for a in agenda.week(store, day, mine=mine)
    ]


def test_the_site_week_by_day_and_time(store, week):
    assert rows(store) == [
        (1, "10:30", "coaching_session", "Aminata", "Ana Técnica"),
        (2, "16:00", "coaching_session", "Omar", "Luis Pardo"),
        (3, "09:15", "coaching_appointment", "Aminata", "Ana Técnica"),
        (4, None, "connector_meeting", "Omar", "Marta Gil"),
    ]
    # any day of the week asks for the same week; the day before Monday is the week before
    assert rows(store, MONDAY + timedelta(days=6)) == rows(store)
    assert (
        rows(store, MONDAY - timedelta(days=1)) == []
    )  # Lucía's appointment then is at the other site
    days = agenda.by_day(agenda.week(store, MONDAY), MONDAY + timedelta(days=2))
    assert [d for d, _ in days] == [MONDAY + timedelta(days=i) for i in range(7)]
    assert [len(items) for _d, items in days] == [0, 1, 1, 1, 1, 0, 0]


def test_the_week_after_and_the_other_site(store, week):
    nxt = agenda.week(store, MONDAY + timedelta(days=7))
    assert [(a.day.weekday(), a.kind, a.first_name) for a in nxt] == [
        (2, "coaching_appointment", "Omar")
    ]
    # Lucía is registered at Los Arcos: not in this (CIFE) laptop's site agenda, but in Ana's
    before = MONDAY - timedelta(days=7)
    assert agenda.week(store, before) == []
    mine_before = agenda.week(store, before, mine=True)
    assert [(a.day, a.kind, a.first_name) for a in mine_before] == [
        (MONDAY - timedelta(days=3), "coaching_appointment", "Lucía")
    ]


def test_mine_is_the_sessions_naming_me_and_the_meetings_of_people_registered_under_me(store, week):
    assert [(a.kind, a.first_name) for a in agenda.week(store, MONDAY, mine=True)] == [
        ("coaching_session", "Aminata"),
        ("coaching_appointment", "Aminata"),
    ]
    store.meta["technician_id"] = week["luis"]  # the laptop passed to Luis
    assert [(a.kind, a.first_name) for a in agenda.week(store, MONDAY, mine=True)] == [
        ("coaching_session", "Omar"),
        ("connector_meeting", "Omar"),
    ]
    store.meta["technician_id"] = ""
    assert agenda.week(store, MONDAY, mine=True) == [] and not agenda.has_technician(store)


def test_an_appointment_kept_or_replaced_by_a_later_session_is_not_shown_twice(store, week):
    aminata, ana = week["aminata"], week["ana"]
    # Thursday's appointment kept: the session held that day replaces it on the agenda
    kept = records.create(
        store,
        "coaching_session",
        {
            "participant_id": aminata["id"],
            "technician_id": ana,
            "starts_at": at(3, 9, 20),
            "duration_minutes": 45,
            "kind": "individual",
        },
    )
    assert [r for r in rows(store) if r[3] == "Aminata"] == [
        (1, "10:30", "coaching_session", "Aminata", "Ana Técnica"),
        (3, "09:20", "coaching_session", "Aminata", "Ana Técnica"),
    ]
    records.delete(store, "coaching_session", kept["id"])
    # a drop-in on Wednesday that sets no appointment leaves Thursday's standing...
    drop_in = records.create(
        store,
        "coaching_session",
        {
            "participant_id": aminata["id"],
            "technician_id": ana,
            "starts_at": at(2, 12),
            "duration_minutes": 30,
            "kind": "individual",
        },
    )
    assert (3, "09:15", "coaching_appointment", "Aminata", "Ana Técnica") in rows(store)
    # ...one that sets another appointment (Friday 12:00) replaces it
    records.update(store, "coaching_session", drop_in["id"], {"next_appointment": at(4, 12)})
    assert [r for r in rows(store) if r[2] == "coaching_appointment"] == [
        (4, "12:00", "coaching_appointment", "Aminata", "Ana Técnica")
    ]


def test_each_appointment_opens_the_right_tab_of_the_right_person(store, week):
    found = {a.kind: a for a in agenda.week(store, MONDAY)}
    assert (
        found["connector_meeting"].tab == "meetings"
        and found["connector_meeting"].detail == "virtual"
    )
    assert found["connector_meeting"].record_id == week["ids"]["meeting"]
    assert found["coaching_appointment"].tab == "coaching"
    assert found["coaching_appointment"].participant_id == week["aminata"]["id"]
    assert found["coaching_appointment"].code == week["aminata"]["code"]


def test_a_new_kind_of_appointment_is_one_more_source(store, week, monkeypatch):
    def calls(reader, window):
        return [
            agenda.Appointment(
                window.start,
                None,
                "follow_up_call",
                week["omar"]["id"],
                "X",
                "Omar",
                "Sy",
                "technician",
                "",
                "profile",
                "r1",
            )
        ]

    monkeypatch.setattr(agenda, "SOURCES", [*agenda.SOURCES, calls])
    assert [a.kind for a in agenda.week(store, MONDAY)][0] == "follow_up_call"


def _plans(store, monkeypatch) -> list[str]:
    """The query plans of the agenda's own SQL, mine and the site's."""
    reader, seen = store.reader(), []

    class Recording:
        def execute(self, sql, params=()):
            seen.append((sql, params))
            return reader.execute(sql, params)

    monkeypatch.setattr(store, "reader", lambda: Recording())
    agenda.week(store, MONDAY)
    agenda.week(store, MONDAY, mine=True)
    monkeypatch.undo()
    return [
        " | ".join(row[3] for row in reader.execute(f"EXPLAIN QUERY PLAN {sql}", params))
        for sql, params in seen
    ]


def test_a_week_is_read_from_its_dated_records_alone(store, week, monkeypatch):
    """Migration 0007's indexes: no table is scanned and no person is walked to find a week."""
    plans = _plans(store, monkeypatch)
    assert len(plans) == 10, (
        plans
    )  # coaching (2), meetings (1), follow-up calls (end, follow-up): mine, site
    assert not [plan for plan in plans if "SCAN " in plan], plans
    assert not any("SEARCH p USING INDEX ix_participant" in plan for plan in plans), plans
    # each starts from the week's range of dates, mine as the site's
    firsts = [plan.split(" | ")[0] for plan in plans]
    assert all(
        any(
            f"{column}>? AND {column}<?" in first
            for column in ("starts_at", "next_appointment", "met_on", "end_date")
        )
        for first in firsts
    ), firsts
