"""A stored choice reads the same in the window's lists and on paper: a session's topics, stored
in any order, list in the order of their choices in a participant's table and in the printed
itinerary, in each language."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.domain import enums as E
from desktop.i18n import catalogue
from desktop.services import itinerary_docs as docs
from desktop.services import records
from desktop.ui.participants.sections import record_columns
from tests.unit.test_itinerary import PRINTED, make_lab, make_person, pdf_text


@pytest.mark.parametrize("lang", ["es", "en", "fr"])
def test_a_sessions_topics_read_alike_in_its_table_and_its_printed_itinerary(store, language, lang):
    person = make_person(store, make_lab(store), goals=0, sessions=0, lang=lang)
    session = records.create(
        store,
        "coaching_session",
        {
            "participant_id": person["id"],
            "starts_at": datetime(2026, 2, 3, 10, 0),
            "duration_minutes": 45,
            "kind": "individual",
            "topics": "wellbeing,spanish,cv",
        },
    )  # stored against the list's order
    language(lang)
    [topics] = record_columns("coaching_session", ["topics"])
    shown = topics.display(records.get(store, "coaching_session", session["id"]))
    words = catalogue(lang)
    assert shown == ", ".join(
        words.enum_label(t)
        for t in (E.SessionTopic.CV, E.SessionTopic.SPANISH, E.SessionTopic.WELLBEING)
    )  # the list's order
    pdf, used = docs.participant_pdf(store, person["id"], lang, printed_on=PRINTED)
    assert used == lang
    assert shown in pdf_text(pdf)[0]
