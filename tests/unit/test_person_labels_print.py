"""The printed itinerary and the command line make labels that describe the participant
agree with their gender ("Inscrite", "Travailleuse indépendante" for a woman)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services import itinerary_docs as docs
from desktop.services import records
from tests.unit.test_cli import milma
from tests.unit.test_itinerary import PRINTED, make_lab, make_person, pdf_text


def _self_employed(store, person):
    records.create(
        store,
        "employment_outcome",
        {
            "participant_id": person["id"],
            "occupation": "Jardinière",
            "contract_type": "self_employed",
            "start_date": date(2026, 6, 1),
        },
    )


@pytest.mark.parametrize(
    ("gender", "lang", "enrolled", "contract"),
    [
        ("female", "fr", "Inscrite", "Travailleuse indépendante"),
        ("male", "fr", "Inscrit", "Travailleur indépendant"),
        ("female", "es", "Inscrita", "Por cuenta propia"),
        ("male", "es", "Inscrito", "Por cuenta propia"),
    ],
)
def test_printed_itinerary_agrees_with_the_participant(store, gender, lang, enrolled, contract):
    person = make_person(store, make_lab(store), gender=gender, goals=0, sessions=0)
    _self_employed(store, person)
    pdf, _used = docs.participant_pdf(store, person["id"], lang, printed_on=PRINTED)
    words = pdf_text(pdf)[0].split()
    assert enrolled in words
    assert contract in pdf_text(pdf)[0]


def test_command_line_agrees_with_the_participant(store, data_dir):
    woman = make_person(store, make_lab(store), goals=0, sessions=0)  # a refugee woman
    store.close()
    out = milma("participants", "show", woman["code"], data_dir=data_dir, lang="fr").stdout
    assert "Réfugiée" in out and "(Inscrite)" in out
    listed = milma("participants", "list", data_dir=data_dir, lang="es").stdout
    assert "Refugiada" in listed
