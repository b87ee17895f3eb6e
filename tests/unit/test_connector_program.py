"""The Connector Program followed: referrals to the end, the waiting list's boundary, the
programme's targets on a crafted data set, and `milma connectors list|suggest|targets`."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from desktop.domain.messages import ValidationError
from desktop.services import connectors, meetings, participants, records, targets
from tests.unit.test_cli import milma

TODAY = date(2026, 12, 1)


def person(store, first, **extra):
    return participants.register(
        store,
        {
            "first_name": first,
            "last_name": "Diop",
            "birth_date": "1990-01-01",
            "gender": "female",
            "migrant_status": "refugee",
            **extra,
        },
    )


def connector(store, name, **extra):
    return records.create(
        store,
        "connector",
        {
            "full_name": name,
            "field": "Cocina",
            "origin": "local",
            "active": True,
            "contact_consent_on": "2026-01-01",
            **extra,
        },
    )


def meet(store, p, host, on, *referred, status="pending"):
    return meetings.save_meeting(
        store,
        p["id"],
        {"connector_id": host["id"], "met_on": on.isoformat(), "mode": "in_person"},
        [(None, {"connector_id": c["id"], "status": status}) for c in referred],
    )


def followup(store, p, on, **answers):
    records.create(
        store,
        "survey_response",
        {
            "participant_id": p["id"],
            "form": "followup",
            "form_version": "1",
            "answered_on": on,
            "language": "es",
            "answers": json.dumps(answers),
        },
    )


def test_waiting_list_boundary_oldest_first_with_the_connectors_phone(store):
    p, q = person(store, "Aminata"), person(store, "Omar")
    host = connector(store, "Host Hugo")
    a = connector(store, "Marta Gil", phone="+34612345678")
    b = connector(store, "Luis Ortega")
    meet(store, p, host, TODAY - timedelta(days=21), a)  # exactly 21 days: not yet waiting
    meet(store, q, host, TODAY - timedelta(days=40), b, a)
    meet(store, p, host, TODAY - timedelta(days=22), b)
    waiting = connectors.waiting_referrals(store, 21, today=TODAY)
    assert [(w["first_name"], w["connector_name"], w["days"]) for w in waiting] == [
        ("Omar", "Luis Ortega", 40),
        ("Omar", "Marta Gil", 40),
        ("Aminata", "Luis Ortega", 22),
    ]
    assert (
        waiting[1]["connector_phone"] == "+34612345678"
        and waiting[1]["met_connector_name"] == "Host Hugo"
    )
    assert len(connectors.waiting_referrals(store, 20, today=TODAY)) == 4


def test_a_referral_is_followed_until_it_happened_or_was_dropped_with_a_reason(store):
    p = person(store, "Aminata")
    host, a, b = (
        connector(store, "Host Hugo"),
        connector(store, "Marta Gil"),
        connector(store, "Luis Ortega"),
    )
    meeting = meet(store, p, host, TODAY - timedelta(days=30), a, b)
    first, second = sorted(
        records.list_all(store, "referral", meeting_id=meeting["id"]),
        key=lambda r: r["connector_id"] != a["id"],
    )
    connectors.mark_happened(store, first["id"], TODAY)
    with pytest.raises(ValidationError) as info:
        connectors.mark_dropped(store, second["id"], "  ")
    assert info.value.fields == ["dropped_reason"]
    connectors.mark_dropped(store, second["id"], "Moved to Valencia")
    rows = {r["id"]: r for r in records.list_all(store, "referral", meeting_id=meeting["id"])}
    assert rows[first["id"]]["status"] == "happened" and rows[first["id"]]["happened_on"] == TODAY
    assert (
        rows[second["id"]]["status"] == "cancelled"
        and rows[second["id"]]["dropped_reason"] == "Moved to Valencia"
    )
    assert connectors.waiting_referrals(store, 0, today=TODAY) == []


def crafted(store):
    """3 active connectors (1 inactive); 4 newcomers met in November, 1 in January; 6 November
    referrals: 2 happened, 3 pending, 1 dropped; follow-ups: helped yes, yes, no (+1 empty);
    join yes, no, no, no (a newcomer's older answer superseded)."""
    hosts = [connector(store, n) for n in ("A", "B", "C")]
    connector(store, "Inactive", active=False)
    ps = [person(store, n) for n in ("P1", "P2", "P3", "P4", "P5")]
    nov = date(2026, 11, 10)
    meet(store, ps[0], hosts[0], nov, hosts[1], hosts[2], status="happened")
    meet(store, ps[0], hosts[1], nov, hosts[2])
    meet(store, ps[1], hosts[1], nov, hosts[0], hosts[2])
    meetings.save_meeting(
        store,
        ps[2]["id"],
        {"connector_id": hosts[0]["id"], "met_on": nov.isoformat(), "mode": "virtual"},
        [],
    )
    m = meet(store, ps[3], hosts[0], nov, hosts[1])
    connectors.mark_dropped(
        store, records.list_all(store, "referral", meeting_id=m["id"])[0]["id"], "No reply"
    )
    meet(store, ps[4], hosts[2], date(2026, 1, 5))
    followup(store, ps[0], "2026-11-20", connector_helped_inclusion="no", join_interest="yes")
    followup(store, ps[0], "2026-11-28", connector_helped_inclusion="yes", join_interest="yes")
    followup(store, ps[1], "2026-11-28", connector_helped_inclusion="yes", join_interest="no")
    followup(store, ps[2], "2026-11-28", connector_helped_inclusion="no", join_interest="no")
    followup(store, ps[3], "2026-11-28", join_interest="no")
    followup(store, ps[4], "2026-11-28", connector_helped_inclusion="no", join_interest="no")


def test_targets_on_a_crafted_data_set(store):
    crafted(store)
    got = {f.key: f for f in targets.measure(store, date(2026, 11, 1), date(2026, 11, 30))}
    assert got["active_connectors"].value == 3 and got["active_connectors"].met is False
    assert got["newcomers_met"].value == 4
    assert got["helped_share"].value == pytest.approx(2 / 3) and got["helped_share"].answered == 3
    assert got["helped_share"].met is True
    assert got["join_share"].value == pytest.approx(1 / 4) and got["join_share"].met is False
    assert got["meetings_per_newcomer"].value == pytest.approx(5 / 4)
    assert got["referrals_per_connector"].value == pytest.approx(6 / 2)
    assert (
        got["referrals_happened"].value,
        got["referrals_pending"].value,
        got["referrals_dropped"].value,
    ) == (2, 3, 1)
    whole = {f.key: f.value for f in targets.measure(store)}
    assert whole["newcomers_met"] == 5 and whole["helped_share"] == pytest.approx(2 / 4)


def test_cli_list_suggest_and_targets(store, data_dir):
    p = person(store, "Aminata", desired_occupation_group="51", languages="fr")
    connector(
        store, "Marta Gil", occupation_group="51", languages="fr", capacity=2, phone="612345678"
    )
    connector(store, "Pedro Ruiz", occupation_group="72", capacity=1)
    crafted(store)
    store.close()
    listed = json.loads(milma("connectors", "list", "--format", "json", data_dir=data_dir).stdout)
    marta = next(r for r in listed if r["full_name"] == "Marta Gil")
    assert (marta["load"], marta["capacity"], marta["occupation_group"]) == (0, 2, "51")
    table = milma("connectors", "list", data_dir=data_dir)
    assert (
        table.returncode == 0
        and "612 34 56 78" in table.stdout
        and table.stdout.splitlines()[-1] == "6 connectors"
    )

    found = json.loads(
        milma(
            "connectors",
            "suggest",
            p["code"],
            "--limit",
            "2",
            "--format",
            "json",
            data_dir=data_dir,
        ).stdout
    )
    assert [f["full_name"] for f in found][:1] == ["Marta Gil"]
    assert found[0]["reasons"] == ["same_group", "shared_language"] and len(found) == 2
    assert {"id", "full_name", "score", "reasons", "load", "capacity"} <= set(found[0])
    words = milma("connectors", "suggest", p["code"], data_dir=data_dir, lang="es").stdout
    assert (
        "Trabaja en el mismo grupo de ocupación (Trabajadores de los servicios personales)" in words
    )
    assert "Habla Francés" in words
    bad = milma("connectors", "suggest", "NOPE-1", data_dir=data_dir)
    assert bad.returncode == 1 and "NOPE-1" in bad.stderr

    got = json.loads(
        milma(
            "connectors",
            "targets",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--format",
            "json",
            data_dir=data_dir,
        ).stdout
    )
    figures = {f["key"]: f for f in got["figures"]}
    assert (
        figures["active_connectors"]["value"] == 5 and figures["active_connectors"]["target"] == 20
    )
    assert (
        figures["join_share"]["value"] == pytest.approx(0.25)
        and figures["join_share"]["met"] is False
    )
    shown = milma(
        "connectors", "targets", "--from", "2026-11-01", "--to", "2026-11-30", data_dir=data_dir
    )
    assert any(
        line.startswith("Say it helped their inclusion")
        and "67%" in line
        and "at least 50%" in line
        and "reached" in line
        for line in shown.stdout.splitlines()
    )
    wrong = milma(
        "connectors", "targets", "--from", "2026-12-01", "--to", "2026-11-01", data_dir=data_dir
    )
    assert wrong.returncode == 1 and "starts after it ends" in wrong.stderr
