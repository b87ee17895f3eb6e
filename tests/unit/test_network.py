"""A participant's network: the connectors met at meetings held, and through each of them the
connectors referred to with the state of the introduction (desktop.domain.network, read by
services.network), and the same network in words in the printed itinerary, in the document's
language with its dates."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import network as N
from desktop.i18n import catalogue, format_date, format_list
from desktop.reports import itinerary_texts as T
from desktop.services import connectors, meetings, participants, records
from desktop.services import itinerary_docs as docs
from desktop.services.network import participant_network
from tests.unit.test_itinerary import pdf_text

MARCH = date(2026, 3, 3)


def person(store, lang="en"):
    return participants.register(
        store,
        {
            "first_name": "Aminata",
            "last_name": "Diop",
            "birth_date": "1992-04-04",
            "gender": "female",
            "migrant_status": "refugee",
            "preferred_language": lang,
        },
    )


def connector(store, name, field="Hostelería"):
    return records.create(
        store, "connector", {"full_name": name, "field": field, "origin": "local"}
    )


def meet(store, p, host, day, status="held", referred=()):
    return meetings.save_meeting(
        store,
        p["id"],
        {"connector_id": host["id"], "met_on": day, "mode": "in_person", "status": status},
        [(None, {"connector_id": c["id"], "status": "pending"}) for c in referred],
    )


@pytest.fixture
def web(store):
    """Aminata met Ana (3 March; referred to Luis, who she then met, and Rosa, pending, and
    Pedro, dropped) and Luis (10 March, referred to Marta: happened on 20 March); a meeting with
    Sara is planned, one with Omar was cancelled."""
    p = person(store)
    ana, luis, rosa, pedro = (
        connector(store, n) for n in ("Ana López", "Luis Pérez", "Rosa Vidal", "Pedro Ruiz")
    )
    marta = connector(store, "Marta Gil", field="Cocina")
    sara, omar = connector(store, "Sara Núñez"), connector(store, "Omar Haddad")
    first = meet(store, p, ana, MARCH, referred=(luis, rosa, pedro))
    refs = {
        r["connector_id"]: r for r in records.list_all(store, "referral", meeting_id=first["id"])
    }
    connectors.mark_happened(store, refs[luis["id"]]["id"], date(2026, 3, 8))
    connectors.mark_dropped(store, refs[pedro["id"]]["id"], "Se mudó")
    second = meet(store, p, luis, date(2026, 3, 10), referred=(marta,))
    connectors.mark_happened(
        store,
        records.list_all(store, "referral", meeting_id=second["id"])[0]["id"],
        date(2026, 3, 20),
    )
    meet(store, p, sara, date(2030, 1, 1), status="planned")
    meet(store, p, omar, date(2026, 2, 1), status="cancelled")
    return p, {
        c["full_name"].split()[0].lower(): c for c in (ana, luis, rosa, pedro, marta, sara, omar)
    }


def test_whom_they_met_and_through_whom(store, web):
    p, c = web
    found = participant_network(store, p["id"])
    assert [(x.name, x.met_on) for x in found.contacts] == [
        ("Ana López", MARCH),
        ("Luis Pérez", date(2026, 3, 10)),
    ]
    ana, luis = found.contacts
    assert [(i.name, i.status, i.happened_on) for i in ana.introductions] == [
        ("Luis Pérez", N.HAPPENED, date(2026, 3, 8)),
        ("Pedro Ruiz", N.DROPPED, None),
        ("Rosa Vidal", N.PENDING, None),
    ]
    assert [(i.name, i.status) for i in luis.introductions] == [("Marta Gil", N.HAPPENED)]
    # referred and not met: Rosa, Pedro and Marta (Luis was met himself)
    assert set(found.referred()) == {c["rosa"]["id"], c["pedro"]["id"], c["marta"]["id"]}
    assert not participant_network(store, person(store)["id"])  # no meeting held: no network


def test_the_furthest_state_of_one_introduction_made_twice_is_kept():
    meetings_ = [
        {
            "id": "m1",
            "connector_id": "a",
            "connector_name": "Ana",
            "field": "",
            "met_on": MARCH,
            "status": "held",
        },
        {
            "id": "m2",
            "connector_id": "a",
            "connector_name": "Ana",
            "field": "",
            "met_on": date(2026, 2, 1),
            "status": "held",
        },
        {
            "id": "m3",
            "connector_id": "b",
            "connector_name": "Bea",
            "field": "",
            "met_on": MARCH,
            "status": "planned",
        },
    ]
    refs = [
        {
            "meeting_id": "m1",
            "connector_id": "z",
            "connector_name": "Zoe",
            "field": "",
            "status": "cancelled",
        },
        {
            "meeting_id": "m2",
            "connector_id": "z",
            "connector_name": "Zoe",
            "field": "",
            "status": "pending",
        },
        {
            "meeting_id": "m3",
            "connector_id": "y",
            "connector_name": "Yan",
            "field": "",
            "status": "pending",
        },
    ]
    found = N.build(meetings_, refs)
    assert [(x.name, x.met_on) for x in found.contacts] == [
        ("Ana", date(2026, 2, 1))
    ]  # Bea: only planned
    assert [(i.name, i.status) for i in found.contacts[0].introductions] == [("Zoe", N.PENDING)]


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_the_printed_itinerary_says_the_network_in_words(store, web, lang):
    p, _c = web
    text, _ = pdf_text(docs.participant_pdf(store, p["id"], lang)[0])
    cat = catalogue(lang)

    def t(source, **params):
        return cat.translate(T.CONTEXT, source).format(**params)

    def who(name, field="Hostelería"):
        return t(T.WITH_FIELD, name=name, field=field) if field else name

    intros = format_list(
        [
            t(T.INTRO_HAPPENED, connector="Luis Pérez", date=format_date(date(2026, 3, 8), lang)),
            t(T.INTRO_PENDING, connector="Rosa Vidal"),
        ],
        lang,
    )
    assert t(T.H_NETWORK) in text
    assert (
        t(
            T.MET_THROUGH,
            connector=who("Ana López"),
            date=format_date(MARCH, lang),
            name="Ana López",
            introductions=intros,
        )
        in text
    )
    assert (
        t(
            T.MET_THROUGH,
            connector=who("Luis Pérez"),
            date=format_date(date(2026, 3, 10), lang),
            name="Luis Pérez",
            introductions=t(
                T.INTRO_HAPPENED, connector="Marta Gil", date=format_date(date(2026, 3, 20), lang)
            ),
        )
        in text
    )
    # a dropped introduction, a meeting cancelled: not printed; a planned one only in the table
    assert "Pedro Ruiz" not in text and "Omar Haddad" not in text
    assert text.count("Sara Núñez") == 1
    if lang != "en":
        assert "introduced to" not in text and "introduction pending" not in text
