"""Labels that describe a person agree with the person's gender in Spanish and French
("Inscrita", "Réfugiée" for a woman; "Inscrito", "Réfugié" for a man; the neutral form for
anyone else), on every screen where a row or a page is one person."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.i18n import set_language
from desktop.services import records
from desktop.services.participants import register
from desktop.ui.pages.labs import LabsPage
from desktop.ui.participants.detail import ParticipantView
from desktop.ui.participants.page import ParticipantsPage

# (gender, language) -> (migrant status "refugee", enrolment status "enrolled", "self-employed")
EXPECTED = {
    ("female", "fr"): ("Réfugiée", "Inscrite", "Travailleuse indépendante"),
    ("male", "fr"): ("Réfugié", "Inscrit", "Travailleur indépendant"),
    ("female", "es"): ("Refugiada", "Inscrita", "Por cuenta propia"),
    ("male", "es"): ("Refugiado", "Inscrito", "Por cuenta propia"),
    ("non_binary", "es"): ("Refugiado/a", "Inscrito/a", "Por cuenta propia"),
}


@pytest.fixture
def back_to_english():
    yield
    set_language("en")


def person_in_a_lab(store, gender: str, first: str = "Awa") -> tuple[dict, dict]:
    lab = records.create(
        store,
        "lab",
        {
            "name": "Jardinería 2026",
            "niche": "gardening",
            "site": "CIFE",
            "start_date": date(2026, 2, 9),
            "end_date": date(2026, 5, 20),
            "planned_hours": 390,
        },
    )
    person = register(
        store,
        {
            "first_name": first,
            "last_name": "Diallo",
            "birth_date": date(1994, 6, 1),
            "gender": gender,
            "migrant_status": "refugee",
            "nationality": "GN",
            "preferred_language": "fr",
        },
    )
    records.create(
        store,
        "enrolment",
        {
            "participant_id": person["id"],
            "lab_id": lab["id"],
            "status": "enrolled",
            "enrolled_on": date(2026, 2, 9),
        },
    )
    records.create(
        store,
        "employment_outcome",
        {
            "participant_id": person["id"],
            "occupation": "Jardinería",
            "contract_type": "self_employed",
            "start_date": date(2026, 6, 1),
        },
    )
    return person, lab


def cells(model) -> list[str]:
    return [
        model.index(r, c).data()
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]


@pytest.mark.parametrize(("gender", "lang"), list(EXPECTED))
def test_participant_page_agrees_with_the_person(qtbot, store, back_to_english, gender, lang):
    refugee, enrolled, self_employed = EXPECTED[(gender, lang)]
    person, _lab = person_in_a_lab(store, gender)
    set_language(lang)
    view = ParticipantView(store, person["id"])
    qtbot.addWidget(view)
    view.show()
    assert view.profile.labels["migrant_status"][1].text() == refugee
    assert refugee in view.header.code.text()
    assert f"({enrolled})" in view.header.lab.text()
    assert enrolled in cells(view.itinerary.enrolments.model)
    assert self_employed in cells(view.itinerary.outcomes.model)


@pytest.mark.parametrize(("gender", "lang"), list(EXPECTED))
def test_lists_of_people_agree_with_each_person(qtbot, store, back_to_english, gender, lang):
    refugee, enrolled, _self_employed = EXPECTED[(gender, lang)]
    person, lab = person_in_a_lab(store, gender)
    set_language(lang)
    page = ParticipantsPage(store)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1)
    assert refugee in cells(page.list.model)
    labs = LabsPage(store)
    qtbot.addWidget(labs)
    labs.show()
    labs.refresh()
    assert labs.select(lab["id"])
    assert enrolled in cells(labs.detail.people_model)


def test_a_woman_and_a_man_in_one_list(qtbot, store, back_to_english):
    register(
        store,
        {
            "first_name": "Moussa",
            "last_name": "Camara",
            "birth_date": date(1990, 1, 5),
            "gender": "male",
            "migrant_status": "refugee",
            "nationality": "ML",
            "preferred_language": "fr",
        },
    )
    person_in_a_lab(store, "female")
    set_language("fr")
    page = ParticipantsPage(store)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 2)
    shown = cells(page.list.model)
    assert "Réfugiée" in shown and "Réfugié" in shown
