"""Connector meetings planned, held or cancelled: a planned one may be dated ahead and shows in
the agenda; marking it held is one action; only held meetings count towards the Connector
Program's targets and the connectors' meetings; referrals are made at a meeting held, and one
cancelled says why. Migration 0014 makes every meeting recorded before held."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from desktop.domain.messages import UserError, ValidationError
from desktop.services import agenda, meetings, participants, records, reference, targets
from desktop.storage import migrate
from desktop.storage.engine import db_path, make_engine
from desktop.storage.store import Store
from tests.days import RUN_DAY

TODAY = RUN_DAY
pytestmark = pytest.mark.usefixtures("run_day")


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
        for n in ("Marta Gil", "Luis Ortega", "Rosa Vidal")
    ]
    return p, connectors


def meet(store, p, host, day, status, referrals=()):
    return meetings.save_meeting(
        store,
        p["id"],
        {"connector_id": host["id"], "met_on": day, "mode": "virtual", "status": status},
        list(referrals),
    )


def test_a_planned_meeting_may_be_dated_ahead_a_held_one_cannot(store, people):
    p, (host, *_rest) = people
    planned = meet(store, p, host, TODAY + timedelta(days=5), "planned")
    assert records.get(store, "connector_meeting", planned["id"])["status"] == "planned"
    with pytest.raises(ValidationError) as info:
        meet(store, p, host, TODAY + timedelta(days=5), "held")
    assert info.value.fields == ["met_on"] and "Scheduled" in str(info.value)
    # a meeting recorded without a status is one that took place
    logged = meetings.save_meeting(
        store, p["id"], {"connector_id": host["id"], "met_on": TODAY, "mode": "virtual"}, []
    )
    assert logged["status"] == "held"


def test_marking_a_planned_meeting_held_is_one_action(store, people):
    p, (host, other, _c) = people
    ahead = meet(store, p, host, TODAY + timedelta(days=3), "planned")
    past = meet(store, p, other, TODAY - timedelta(days=2), "planned")
    assert (
        meetings.mark_held(store, ahead["id"])["met_on"] == TODAY
    )  # held today, not on a day to come
    kept = meetings.mark_held(store, past["id"])
    assert (kept["status"], kept["met_on"]) == ("held", TODAY - timedelta(days=2))
    with pytest.raises(UserError) as info:  # held meanwhile: nothing to mark
        meetings.mark_held(store, past["id"])
    assert "no longer planned" in str(info.value)


def test_referrals_are_made_at_a_meeting_held(store, people):
    p, (host, a, _b) = people
    with pytest.raises(UserError) as info:
        meet(
            store,
            p,
            host,
            TODAY + timedelta(days=3),
            "planned",
            [(None, {"connector_id": a["id"], "status": "pending"})],
        )
    assert "meeting held" in str(info.value)
    assert (
        records.list_all(store, "connector_meeting") == []
        and records.list_all(store, "referral") == []
    )


def test_a_referral_cancelled_without_a_reason_is_refused(store, people):
    p, (host, a, b) = people
    refs = [
        (None, {"connector_id": a["id"], "status": "pending"}),
        (None, {"connector_id": b["id"], "status": "cancelled", "dropped_reason": "  "}),
    ]
    with pytest.raises(meetings.ReferralError) as info:
        meet(store, p, host, TODAY, "held", refs)
    assert info.value.index == 1 and info.value.fields == ["dropped_reason"]
    assert "say why the introduction was cancelled" in str(info.value)
    assert records.list_all(store, "referral") == []  # nothing half-written
    refs[1] = (
        None,
        {"connector_id": b["id"], "status": "cancelled", "dropped_reason": "Se mudó a Valencia"},
    )
    meeting = meet(store, p, host, TODAY, "held", refs)
    saved = {
        r["connector_id"]: r for r in records.list_all(store, "referral", meeting_id=meeting["id"])
    }
    assert saved[b["id"]]["dropped_reason"] == "Se mudó a Valencia"


def test_only_held_meetings_count_towards_the_targets_and_the_connectors(store, people):
    p, (host, a, b) = people
    other = participants.register(
        store,
        {
            "first_name": "Omar",
            "last_name": "Sy",
            "birth_date": "1990-01-01",
            "gender": "male",
            "migrant_status": "refugee",
        },
    )
    day = TODAY - timedelta(days=1)
    meet(store, p, host, day, "held", [(None, {"connector_id": a["id"], "status": "pending"})])
    meet(store, other, host, TODAY + timedelta(days=2), "planned")
    meet(store, other, b, day, "cancelled")
    got = {
        f.key: f.value
        for f in targets.measure(store, day - timedelta(days=30), TODAY + timedelta(days=30))
    }
    assert got["newcomers_met"] == 1 and got["meetings_per_newcomer"] == 1
    assert got["referrals_per_connector"] == 1 and got["referrals_pending"] == 1
    counted = {r["full_name"]: r["meetings"] for r in reference.connector_rows(store)}
    assert counted == {"Marta Gil": 1, "Luis Ortega": 0, "Rosa Vidal": 0}


def test_the_agenda_shows_planned_meetings_and_not_cancelled_ones(store, people):
    p, (host, a, b) = people
    next_monday = agenda.week_start(TODAY) + timedelta(days=7)
    meet(store, p, host, next_monday + timedelta(days=2), "planned")
    meet(store, p, a, next_monday + timedelta(days=3), "cancelled")
    shown = agenda.week(store, next_monday)
    assert [(x.day, x.kind, x.with_name) for x in shown] == [
        (next_monday + timedelta(days=2), "planned_connector_meeting", "Marta Gil")
    ]
    assert (
        agenda.kind_text(shown[0], lambda _c, text: text) == "Planned connector meeting · Virtual"
    )


def test_migration_0014_makes_every_meeting_recorded_before_held(data_dir):
    data_dir.mkdir(parents=True)
    path = db_path(data_dir)
    engine = make_engine(path)
    migrate.upgrade(engine, path, target="0013")
    engine.dispose()
    con = sqlite3.connect(path)
    con.executescript("""
        PRAGMA foreign_keys=ON;
        INSERT INTO participant (id, stamps, code, site, first_name, last_name, birth_date, gender,
                                 migrant_status, preferred_language)
             VALUES ('p1', '{}', 'CIF-TEST-0001', 'CIFE', 'Aminata', 'Diop', '1990-01-01',
                     'female', 'refugee', 'fr');
        INSERT INTO connector (id, stamps, full_name, field, origin)
             VALUES ('c1', '{}', 'Marta Gil', 'Cocina', 'local');
        INSERT INTO connector_meeting (id, stamps, participant_id, connector_id, met_on, mode)
             VALUES ('m1', '{}', 'p1', 'c1', '2026-01-01', 'in_person');
        INSERT INTO meta (key, value) VALUES ('device_id', '01a20000-0000-7000-8000-000000000001');
    """)
    con.commit()
    con.close()
    store = Store.open(data_dir)
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    store.close()
    con = sqlite3.connect(path)
    # held, and still unstamped: no export sends it as a change
    assert con.execute("SELECT id, status, dev, stamps FROM connector_meeting").fetchall() == [
        ("m1", "held", 0, "")
    ]
    con.close()
