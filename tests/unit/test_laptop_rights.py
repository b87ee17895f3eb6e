"""A laptop's bundle is applied only within what the laptop may do: its site's participants and
what belongs to them, its site's technicians; never reference data, another site's participants,
a new erasure. What is outside is held in quarantine with its reason, never applied nor dropped."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.ids import new_id
from desktop.domain.schema import KINDS
from desktop.exchange import rights
from desktop.exchange.errors import BundleRejected
from desktop.exchange.reference import REFERENCE_KINDS
from desktop.i18n import render_kept
from desktop.services import exchange as X
from desktop.services import quarantine, records
from desktop.services.participants import register
from tests.unit.laptop_rights_support import EDITS, World, held
from tests.unit.test_bundle_support import count, snapshot

# every kind of the schema, and what a laptop may do with it
RULES = {
    "site": "reference",
    "company": "reference",
    "lab": "reference",
    "lab_company": "reference",
    "connector": "reference",
    "association": "reference",
    "participant_merge": "reference",
    "technician": "technician",
    "participant": "participant",
    "enrolment": "participant",
    "attendance": "participant",
    "goal": "participant",
    "coaching_session": "participant",
    "life_story": "participant",
    "consent": "participant",
    "connector_meeting": "participant",
    "referral": "participant",
    "placement": "participant",
    "employment_outcome": "participant",
    "survey_response": "participant",
    "inclusion_introduction": "participant",
}


@pytest.fixture
def world(tmp_path, tmp_path_factory):
    w = World(tmp_path, tmp_path_factory)
    yield w
    w.close()


def test_every_kind_has_a_rule_and_the_records_of_participants_lead_to_one():
    assert set(RULES) == set(KINDS) == set(EDITS)
    assert {k: rights.rule(k) for k in KINDS} == RULES
    assert REFERENCE_KINDS == {k for k, r in RULES.items() if r == "reference"}
    assert rights.OWNED["attendance"] == (
        ("enrolment_id", "enrolment"),
        ("participant_id", "participant"),
    )
    assert rights.OWNED["participant"] == ()
    assert all(
        path[-1][1] == "participant" for k, path in rights.OWNED.items() if k != "participant"
    )


def test_the_laptop_site_is_learnt_from_its_key_file(world):
    (device,) = X.devices(world.coordinator)
    assert device["site"] == "CIFE"


def _target(world: World, kind: str) -> dict:
    if kind == "technician":
        return next(
            t for t in records.list_all(world.coordinator, "technician") if t["site"] == "LOS_ARCOS"
        )
    return world.other_site_row(kind)


def _present(world: World) -> list[str]:
    return [k for k in KINDS if k != "participant_merge" and records.list_all(world.coordinator, k)]


REASON = {
    "reference": rights.REFERENCE,
    "technician": rights.TECHNICIAN_SITE,
    "participant": rights.OTHER_SITE,
}


@pytest.mark.parametrize("whole", [rights.WHOLE, 0], ids=["by-ids", "whole-columns"])
@pytest.mark.parametrize("op", ["upsert", "delete"])
def test_a_change_of_every_kind_outside_the_laptop_is_held_with_its_reason(
    world, op, whole, monkeypatch
):
    monkeypatch.setattr(rights, "WHOLE", whole)  # many records are looked up a column at a time
    kinds = _present(world)
    assert len(kinds) == len(KINDS) - 1  # the demo makes every kind but merges
    changes, before = [], {}
    for kind in kinds:
        row = _target(world, kind)
        before[kind] = row
        changes.append(world.edit(kind, row) if op == "upsert" else world.delete(kind, row["id"]))
    result = X.apply_import(world.coordinator, world.bundle(changes))
    assert result["report"]["totals"]["quarantined"] == len(kinds)
    assert result["report"]["totals"]["updated"] == result["report"]["totals"]["deleted"] == 0
    for kind in kinds:  # as they were
        assert records.get(world.coordinator, kind, before[kind]["id"]) == before[kind]
    reasons = {(h["kind"], h["row_id"], h["op"]): h["reason"] for h in held(world.coordinator)}
    assert reasons == {(k, before[k]["id"], op): REASON[RULES[k]] for k in kinds}


def test_new_records_for_another_site_a_move_and_a_new_erasure_are_held(world):
    theirs = records.list_all(world.coordinator, "participant")
    pid = theirs[0]["id"]
    lab = records.list_all(world.coordinator, "lab")[0]["id"]
    goal, merge, newcomer = new_id(), new_id(), new_id()
    changes = [
        world.new(
            "goal", goal, {"participant_id": pid, "title": "Otro sitio", "status": "planned"}
        ),
        world.new(
            "participant_merge",
            merge,
            {"survivor_id": pid, "duplicate_id": theirs[1]["id"], "active": True},
        ),
        world.new(
            "participant",
            newcomer,
            {
                "code": "ARC-ZZZZ-0001",
                "site": "LOS_ARCOS",
                "first_name": "Nadia",
                "last_name": "Otra",
                "birth_date": "1990-01-01",
                "gender": "female",
                "migrant_status": "migrant",
                "preferred_language": "fr",
            },
        ),
        world.new(
            "enrolment",
            new_id(),
            {
                "participant_id": newcomer,
                "lab_id": lab,
                "status": "enrolled",
                "enrolled_on": "2026-01-01",
            },
        ),
        world.delete("participant", theirs[2]["id"], erasure=True),
    ]
    result = X.apply_import(world.coordinator, world.bundle(changes))
    assert result["report"]["totals"]["quarantined"] == 5 and result["report"]["totals"]["new"] == 0
    assert {h["reason"] for h in held(world.coordinator)} == {
        rights.OTHER_SITE,
        rights.REFERENCE,
        rights.ERASURE,
    }
    assert not any(g["id"] == goal for g in records.list_all(world.coordinator, "goal"))
    assert count(world.coordinator, "participant") == len(theirs)
    assert (
        count(world.coordinator, "participant_merge") == 0
        and count(world.coordinator, "erasure") == 0
    )


def test_a_laptop_moving_its_own_participant_away_is_held_and_a_coordinator_may_release_it(world):
    pid = new_id()
    arrive = world.new(
        "participant",
        pid,
        {
            "code": "CIF-ZZZZ-0001",
            "site": "CIFE",
            "first_name": "Ana",
            "last_name": "Mía",
            "birth_date": "1990-03-04",
            "gender": "female",
            "migrant_status": "local",
            "preferred_language": "es",
        },
    )
    assert X.apply_import(world.coordinator, world.bundle([arrive]))["report"]["totals"]["new"] == 1
    move = world.edit("participant", {"id": pid}, "site", "LOS_ARCOS")
    result = X.apply_import(world.coordinator, world.bundle([move]))
    assert result["report"]["totals"]["quarantined"] == 1
    assert records.get(world.coordinator, "participant", pid)["site"] == "CIFE"
    (item,) = held(world.coordinator)
    assert item["reason"] == rights.OTHER_SITE
    quarantine.release(world.coordinator, item["id"])
    assert records.get(world.coordinator, "participant", pid)["site"] == "LOS_ARCOS"
    # from then on the participant is the other site's: the laptop's edits of them are held
    later = world.edit("participant", {"id": pid}, "next_steps", "Sigo aquí")
    assert (
        X.apply_import(world.coordinator, world.bundle([later]))["report"]["totals"]["quarantined"]
        == 1
    )
    assert records.get(world.coordinator, "participant", pid)["next_steps"] is None


def test_a_bundle_naming_another_site_is_checked_as_the_enrolled_one(world, language):
    pid = records.list_all(world.coordinator, "participant")[0]["id"]
    result = X.apply_import(
        world.coordinator, world.bundle([world.edit("participant", {"id": pid})], site="LOS_ARCOS")
    )
    assert result["site"] == "CIFE" and result["report"]["totals"]["quarantined"] == 1
    assert any("enrolled for site CIFE" in p["message"] for p in result["report"]["problems"])
    assert X.devices(world.coordinator)[0]["site"] == "CIFE"
    language("es")  # read where it is shown, the sites by their names in the reader's language
    assert (
        "Este paquete dice venir de la sede Los Arcos, pero el portátil está registrado para la"
        " sede CIFE (sede principal)"
    ) in "\n".join(render_kept(p) for p in result["report"]["problems"])


def test_a_change_naming_accounts_is_refused_whole(world):
    before = snapshot(world.coordinator)
    bad = {
        "kind": "account",
        "id": new_id(),
        "op": "upsert",
        "fields": {"role": ["administrator", *world.stamp()]},
    }
    with pytest.raises(BundleRejected):
        X.apply_import(world.coordinator, world.bundle([bad]))
    after = snapshot(world.coordinator)
    assert after["account"] == before["account"] and after["merge_quarantine"] == []


# ---- fuzzing: re-signed bundles of a laptop of site CIFE ----------------------------------


def test_fuzz_no_crafted_change_outside_the_laptop_is_applied_and_each_is_held(world):
    present = _present(world)
    before = snapshot(world.coordinator)
    records_before = {k: records.list_all(world.coordinator, k) for k in present}
    pids = [p["id"] for p in records_before["participant"]]

    @settings(
        max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(
        ops=st.lists(
            st.tuples(
                st.sampled_from(["edit", "delete", "new"]),
                st.sampled_from(present),
                st.integers(0, 3),
            ),
            min_size=1,
            max_size=6,
        )
    )
    def check(ops):
        changes = []
        for what, kind, pick in ops:
            rows = (
                records_before[kind]
                if kind != "technician"
                else [t for t in records_before[kind] if t["site"] == "LOS_ARCOS"]
            )
            row = rows[pick % len(rows)]
            if what == "edit":
                changes.append(world.edit(kind, row))
            elif what == "delete":
                changes.append(world.delete(kind, row["id"]))
            else:
                changes.append(
                    world.new(
                        "goal",
                        new_id(),
                        {
                            "participant_id": pids[pick % len(pids)],
                            "title": "Fuzz",
                            "status": "planned",
                        },
                    )
                )
        result = X.apply_import(world.coordinator, world.bundle(changes))
        totals = result["report"]["totals"]
        assert totals["new"] == totals["updated"] == totals["deleted"] == 0
        assert totals["quarantined"] == len(changes)
        keys = {(h["kind"], h["row_id"], h["op"]): h["reason"] for h in held(world.coordinator)}
        for c in changes:
            assert keys[(c["kind"], c["id"], c["op"])] in set(REASON.values())

    check()
    for kind in present:
        assert records.list_all(world.coordinator, kind) == records_before[kind]
    after = snapshot(world.coordinator)
    assert after["tombstone"] == before["tombstone"]


# ---- a normal laptop's bundle ----------------------------------------------------------------


def test_a_normal_laptop_bundle_applies_whole_and_its_full_export_after_reference_data_too(
    world, tmp_path
):
    from datetime import date

    laptop = world.laptop
    technician = laptop.meta.get("technician_id")
    people = []
    for i, (first, last) in enumerate([("Fatou", "Diop"), ("Mohamed", "El Amrani")]):
        people.append(
            register(
                laptop,
                {
                    "first_name": first,
                    "last_name": last,
                    "birth_date": f"198{i}-05-0{i + 1}",
                    "gender": "female",
                    "migrant_status": "migrant",
                    "preferred_language": "fr",
                    "site": "CIFE",
                },
                data_processing_on=date(2026, 1, 5),
            )
        )
    for p in people:
        records.create(
            laptop, "goal", {"participant_id": p["id"], "title": "CV", "status": "planned"}
        )
        records.create(
            laptop,
            "coaching_session",
            {
                "participant_id": p["id"],
                "technician_id": technician,
                "starts_at": "2026-02-01T10:00:00",
                "duration_minutes": 45,
                "kind": "individual",
            },
        )
    gone = records.create(
        laptop, "goal", {"participant_id": people[0]["id"], "title": "Borrado", "status": "planned"}
    )
    records.delete(laptop, "goal", gone["id"])
    usb = tmp_path / "usb"
    usb.mkdir()
    result = X.apply_import(world.coordinator, X.export(laptop, usb).path)
    totals = result["report"]["totals"]
    assert totals["quarantined"] == 0 and held(world.coordinator) == []
    assert totals["new"] >= 6
    for p in people:
        assert records.get(world.coordinator, "participant", p["id"])["last_name"] == p["last_name"]
    # the reference data goes to the laptop, which sends everything back: nothing is held
    X.apply_import(
        laptop, X.export(world.coordinator, usb, passphrase="correct horse battery").path
    )
    again = X.apply_import(world.coordinator, X.export(laptop, usb, full=True).path)
    assert again["report"]["totals"]["quarantined"] == 0 and held(world.coordinator) == []
