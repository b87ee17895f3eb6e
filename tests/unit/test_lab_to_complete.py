"""A lab brought in from the history without its niche and planned hours: its register offers
a day's usual hours, the share of hours is unknown rather than wrong, and the printed itinerary
says the hours attended without "of 0"."""

from __future__ import annotations

from datetime import date

from desktop.reports import itinerary_texts as T
from desktop.services import attendance as A
from desktop.services import itinerary_docs as docs
from desktop.services import records
from tests.unit.test_itinerary import PRINTED, make_person, pdf_text, tr

START, END = date(2019, 3, 4), date(2019, 6, 28)


def _lab(store) -> dict:
    return records.create(
        store,
        "lab",
        {"name": "Carpintería 2019", "site": "CIFE", "start_date": START, "end_date": END},
    )


def test_its_register_offers_a_mornings_hours_and_the_share_is_unknown(store):
    lab = _lab(store)
    make_person(store, lab, goals=0, sessions=0)
    register = A.register(store, lab["id"], date(2019, 3, 5))
    assert register["day_hours"] == A.DEFAULT_DAY_HOURS == 5.0  # no schedule, no planned hours
    [row] = A.summary(store, lab["id"], today=date(2020, 1, 1)).values()
    assert (row["hours"], row["share"]) == (120.5, None)  # typed hours, of no planned hours
    assert not A.below(row["share"], 0.75)


def test_the_itinerary_says_the_hours_attended_without_a_planned_total(store):
    lab = _lab(store)
    person = make_person(store, lab, lang="es", goals=0, sessions=0)
    pdf, _used = docs.participant_pdf(store, person["id"], "es", printed_on=PRINTED)
    text, _ = pdf_text(pdf)
    assert "Carpintería 2019" in text
    assert tr("es", T.HOURS_ATTENDED).format(attended="120,5") in text
    assert "de 0" not in text
