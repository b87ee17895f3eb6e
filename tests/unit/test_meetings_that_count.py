"""Only what happened counts: a cancelled meeting is no load on its connector and does not keep
them from being suggested again; a planned one is load, and its connector is not suggested (the
newcomer is being introduced already); the connector's newcomers met are those of meetings held;
the printed itinerary lists meetings held, marks planned ones and leaves cancelled ones out; a
referral dropped says why through the rule of the referral record."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain.messages import ValidationError
from desktop.reports import itinerary_texts as T
from desktop.services import connectors, matching, meetings, participants, records, reference
from desktop.services import itinerary_docs as docs
from tests.days import RUN_DAY
from tests.unit.test_itinerary import pdf_text, tr

TODAY = RUN_DAY
pytestmark = pytest.mark.usefixtures("run_day")


@pytest.fixture
def network(store):
    p = participants.register(
        store,
        {
            "first_name": "Aminata",
            "last_name": "Diop",
            "birth_date": "1992-04-04",
            "gender": "female",
            "migrant_status": "refugee",
            "preferred_language": "en",
        },
    )
    names = ("Marta Gil", "Luis Ortega", "Rosa Vidal", "Pedro Ruiz")
    hosts = {
        n.split()[0].lower(): records.create(
            store,
            "connector",
            {
                "full_name": n,
                "field": "Hostelería",
                "origin": "local",
                "active": True,
                "contact_consent_on": "2026-01-10",
                "capacity": 3,
            },
        )
        for n in names
    }
    return p, hosts


def meet(store, p, host, day, status, referred=()):
    return meetings.save_meeting(
        store,
        p["id"],
        {"connector_id": host["id"], "met_on": day, "mode": "virtual", "status": status},
        [(None, {"connector_id": c["id"], "status": "pending"}) for c in referred],
    )


def test_a_cancelled_meeting_is_no_load_and_no_meeting_a_planned_one_is_both(store, network):
    p, h = network
    meet(store, p, h["marta"], TODAY - timedelta(days=3), "held")
    meet(store, p, h["luis"], TODAY + timedelta(days=4), "planned")
    meet(store, p, h["rosa"], TODAY - timedelta(days=2), "cancelled")
    loads = matching.loads(store, TODAY)
    assert (
        loads.get(h["marta"]["id"]),
        loads.get(h["luis"]["id"]),
        loads.get(h["rosa"]["id"]),
    ) == (1, 1, None)
    suggested = {s.full_name for s in matching.suggest(store, p["id"], today=TODAY)}
    assert suggested == {"Rosa Vidal", "Pedro Ruiz"}  # met and being introduced are not suggested


def test_the_connectors_newcomers_met_are_those_of_meetings_held(store, network):
    p, h = network
    held = meet(store, p, h["marta"], TODAY - timedelta(days=20), "held")
    meet(store, p, h["marta"], TODAY + timedelta(days=4), "planned")
    meet(store, p, h["marta"], TODAY - timedelta(days=2), "cancelled")
    detail = reference.connector_detail(store, h["marta"]["id"])
    assert [m["id"] for m in detail["meetings"]] == [held["id"]]
    row = next(r for r in reference.connector_rows(store) if r["id"] == h["marta"]["id"])
    assert row["meetings"] == len(detail["meetings"]) == 1


def test_the_printed_itinerary_lists_meetings_held_marks_planned_ones_and_never_cancelled_ones(
    store, network
):
    p, h = network
    meet(store, p, h["marta"], date(2026, 3, 3), "held")
    meet(store, p, h["luis"], TODAY + timedelta(days=4), "planned")
    meet(store, p, h["rosa"], date(2026, 3, 5), "cancelled")
    data = docs.document_data(store, p["id"])
    assert [m["connector_name"] for m in data["meetings"]] == ["Marta Gil", "Luis Ortega"]
    text, _ = pdf_text(docs.participant_pdf(store, p["id"], "en")[0])
    assert "Marta Gil" in text and "Luis Ortega" in text and "Rosa Vidal" not in text
    from desktop.i18n import format_date

    planned = tr("en", T.PLANNED_ON).format(
        date=format_date(TODAY + timedelta(days=4), "en", "medium")
    )
    assert planned in text and "(planned)" in planned
    assert format_date(date(2026, 3, 3), "en", "medium") + " (planned)" not in text
    es, _ = pdf_text(docs.participant_pdf(store, p["id"], "es")[0])
    assert (
        tr("es", T.PLANNED_ON).format(date=format_date(TODAY + timedelta(days=4), "es", "medium"))
        in es
    )
    assert "(planned)" not in es


def test_a_referral_dropped_without_a_reason_is_refused_by_the_referral_rule(store, network):
    p, h = network
    meeting = meet(store, p, h["marta"], TODAY - timedelta(days=30), "held", [h["luis"]])
    referral = records.list_all(store, "referral", meeting_id=meeting["id"])[0]
    with pytest.raises(ValidationError) as info:
        connectors.mark_dropped(store, referral["id"], "  ")
    assert info.value.fields == ["dropped_reason"]
    assert "say why the introduction was cancelled" in str(info.value)  # the one rule's words
    dropped = connectors.mark_dropped(store, referral["id"], " Moved to Valencia ")
    assert (dropped["status"], dropped["dropped_reason"]) == ("cancelled", "Moved to Valencia")
