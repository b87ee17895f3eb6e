"""Suggested connectors: ranking by field, language and neighbourhood, and who is never
suggested."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services import matching, meetings, participants, records

TODAY = date(2026, 12, 1)


def newcomer(store, **extra):
    return participants.register(
        store,
        {
            "first_name": "Aminata",
            "last_name": "Diop",
            "birth_date": "1992-04-04",
            "gender": "female",
            "migrant_status": "refugee",
            "desired_occupation": "Cocinera",
            "desired_occupation_group": "51",
            "languages": "fr,wo,es",
            "neighbourhood": "El Naranjo",
            **extra,
        },
    )


def connector(store, name, **extra):
    values = {
        "full_name": name,
        "field": "Hostelería",
        "origin": "local",
        "active": True,
        "contact_consent_on": "2026-01-10",
        "capacity": 3,
        **extra,
    }
    return records.create(store, "connector", values)


def names(found):
    return [s.full_name for s in found]


def test_same_group_language_and_neighbourhood_ranks_first_then_same_group_then_unrelated(store):
    p = newcomer(store)
    unrelated = connector(store, "Pedro Ruiz", occupation_group="72", languages="es")
    same_group = connector(
        store, "Luis Ortega", occupation_group="51", languages="es", neighbourhood="Loranca"
    )
    best = connector(
        store, "Marta Gil", occupation_group="51", languages="fr,es", neighbourhood="el naranjo"
    )
    related = connector(store, "Rosa Vidal", occupation_group="52")
    found = matching.suggest(store, p["id"], today=TODAY)
    assert names(found) == ["Marta Gil", "Luis Ortega", "Rosa Vidal", "Pedro Ruiz"]
    by_id = {s.id: s for s in found}
    assert by_id[best["id"]].reasons == ["same_group", "shared_language", "same_neighbourhood"]
    assert by_id[best["id"]].shared_languages == ["fr"]
    assert by_id[same_group["id"]].reasons == ["same_group"]  # Spanish alone is no reason
    assert by_id[related["id"]].reasons == ["related_group"]
    assert by_id[unrelated["id"]].reasons == []


def test_inactive_unconsented_full_and_already_met_connectors_are_never_suggested(store):
    p = newcomer(store)
    other = newcomer(store, first_name="Omar")
    kept = connector(store, "Marta Gil", occupation_group="51")
    connector(store, "Inactive Ines", occupation_group="51", active=False)
    connector(store, "No Consent Nuria", occupation_group="51", contact_consent_on=None)
    connector(
        store,
        "Later Lola",
        occupation_group="51",
        contact_consent_on=(TODAY + timedelta(days=3)).isoformat(),
    )
    full = connector(store, "Full Felipe", occupation_group="51", capacity=1)
    met = connector(store, "Met Manuel", occupation_group="51")
    recent = (TODAY - timedelta(days=10)).isoformat()
    meetings.save_meeting(
        store, other["id"], {"connector_id": full["id"], "met_on": recent, "mode": "virtual"}, []
    )
    meetings.save_meeting(
        store, p["id"], {"connector_id": met["id"], "met_on": "2025-02-01", "mode": "virtual"}, []
    )
    found = matching.suggest(store, p["id"], today=TODAY)
    assert [s.id for s in found] == [kept["id"]]


def test_load_counts_recent_meetings_and_pending_referrals_only(store):
    p = newcomer(store)
    a, b, c = (newcomer(store, first_name=n) for n in ("Ana", "Bea", "Cira"))
    host = connector(store, "Host Hugo")
    busy = connector(store, "Busy Berta", capacity=5)
    recent, old = (TODAY - timedelta(days=5)).isoformat(), (TODAY - timedelta(days=200)).isoformat()
    meetings.save_meeting(
        store, a["id"], {"connector_id": busy["id"], "met_on": recent, "mode": "virtual"}, []
    )
    meetings.save_meeting(
        store, b["id"], {"connector_id": busy["id"], "met_on": old, "mode": "virtual"}, []
    )
    meetings.save_meeting(
        store,
        c["id"],
        {"connector_id": host["id"], "met_on": recent, "mode": "virtual"},
        [(None, {"connector_id": busy["id"], "status": "pending"})],
    )
    meetings.save_meeting(
        store,
        b["id"],
        {"connector_id": host["id"], "met_on": recent, "mode": "virtual"},
        [(None, {"connector_id": busy["id"], "status": "happened"})],
    )
    loads = matching.loads(store, TODAY)
    assert (
        loads[busy["id"]] == 2
    )  # Ana met recently, Cira waits; Bea's meeting is old, her referral done
    found = {s.id: s for s in matching.suggest(store, p["id"], today=TODAY)}
    assert found[busy["id"]].load == 2 and found[busy["id"]].capacity == 5


def test_availability_fits_the_mode_asked(store):
    p = newcomer(store)
    connector(store, "Virtual Vera", availability="virtual")
    connector(store, "Both Bruno", availability="both")
    assert [s.reasons for s in matching.suggest(store, p["id"], today=TODAY)] == [
        ["availability"],
        [],
    ]
    found = matching.suggest(store, p["id"], mode="virtual", today=TODAY)
    assert [s.reasons for s in found] == [["availability"], ["availability"]]


GROUPS = ["51", "52", "72", None]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "group": st.sampled_from(GROUPS),
                "languages": st.sampled_from(["es", "fr,es", "ar", None]),
                "neighbourhood": st.sampled_from(["El Naranjo", "Loranca", None]),
                "availability": st.sampled_from(["in_person", "virtual", "both", None]),
                "active": st.booleans(),
                "consent": st.booleans(),
                "capacity": st.sampled_from([None, 0, 1, 3]),
                "met": st.booleans(),
            }
        ),
        min_size=1,
        max_size=8,
    )
)
def test_property_sorted_and_never_an_excluded_connector(store, specs):
    p = newcomer(store, document_number=None)
    other = newcomer(store, first_name="Otra", document_number=None)
    excluded, created = set(), set()
    for i, spec in enumerate(specs):
        c = connector(
            store,
            f"Connector {i}",
            occupation_group=spec["group"],
            languages=spec["languages"],
            neighbourhood=spec["neighbourhood"],
            availability=spec["availability"],
            active=spec["active"],
            capacity=spec["capacity"],
            contact_consent_on="2026-01-01" if spec["consent"] else None,
        )
        created.add(c["id"])
        if spec["met"]:
            meetings.save_meeting(
                store,
                p["id"],
                {"connector_id": c["id"], "met_on": "2026-11-20", "mode": "virtual"},
                [],
            )
        elif spec["capacity"] == 1:  # full through another newcomer
            meetings.save_meeting(
                store,
                other["id"],
                {"connector_id": c["id"], "met_on": "2026-11-20", "mode": "virtual"},
                [],
            )
        if not spec["active"] or not spec["consent"] or spec["met"] or spec["capacity"] in (0, 1):
            excluded.add(c["id"])
    found = matching.suggest(store, p["id"], limit=None, today=TODAY)
    scores = [s.score for s in found]
    assert scores == sorted(scores, reverse=True)
    assert not {s.id for s in found} & excluded
    assert len([s for s in found if s.id in created]) == len(specs) - len(excluded)
    assert all(s.load < s.capacity for s in found)
