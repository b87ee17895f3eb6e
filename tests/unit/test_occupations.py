"""ISCO-08 occupation groups: the shipped list, its titles and folding search, and the field
that records choose one in."""

from __future__ import annotations

import pytest

from desktop.domain import occupations
from desktop.domain.messages import ValidationError
from desktop.services import participants, records


def test_the_43_sub_major_groups_with_titles_in_three_languages():
    groups = occupations.groups()
    assert len(groups) == 43
    assert all(g.major == code[0] for code, g in groups.items())
    assert all(g.titles[lang].strip() for g in groups.values() for lang in occupations.LANGUAGES)
    assert occupations.title("22", "es") == "22 · Profesionales de la salud"
    assert occupations.title("22", "fr") == "22 · Spécialistes de la santé"
    assert occupations.major_title("25", "en") == "Professionals"
    assert occupations.related("21", "25") and not occupations.related("25", "25")
    assert not occupations.related("25", "35")


def test_search_ignores_case_and_accents_in_any_language():
    assert occupations.search("INFORMACION") == ["25", "35"]
    assert occupations.search("sante") == ["22", "32"]
    assert occupations.search("cooks") == []
    assert "53" in occupations.search("personal care")


def test_existing_text_keeps_no_group_and_an_unknown_group_is_refused(store):
    p = participants.register(
        store,
        {
            "first_name": "Aminata",
            "last_name": "Diop",
            "birth_date": "1992-04-04",
            "gender": "female",
            "migrant_status": "refugee",
            "desired_occupation": "Cocinera",
        },
    )
    assert p["desired_occupation_group"] is None and p["desired_occupation"] == "Cocinera"
    with pytest.raises(ValidationError) as info:
        records.create(
            store,
            "connector",
            {
                "full_name": "Marta Gil",
                "field": "Cocina",
                "origin": "local",
                "occupation_group": "99",
            },
        )
    assert info.value.fields == ["occupation_group"]
    c = records.create(
        store,
        "connector",
        {"full_name": "Marta Gil", "field": "Cocina", "origin": "local", "occupation_group": "51"},
    )
    assert c["occupation_group"] == "51"
