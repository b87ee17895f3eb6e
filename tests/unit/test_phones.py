"""Phone numbers are stored in E.164 and shown as people write them, in every place one is
shown; search finds a number by the digits people type."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import phones
from desktop.domain.messages import ValidationError
from desktop.i18n import catalogue
from desktop.services import itinerary_docs as docs
from desktop.services import participant_list, records
from desktop.services.participants import register
from desktop.ui.participants.model import ParticipantTableModel
from tests.unit.test_cli import milma
from tests.unit.test_itinerary import PRINTED, make_lab, make_person, pdf_text

PERSON = {
    "first_name": "Amina",
    "last_name": "Benali",
    "birth_date": date(1991, 3, 4),
    "gender": "female",
    "migrant_status": "migrant",
    "nationality": "MA",
    "preferred_language": "fr",
}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("612 34 56 78", "+34612345678"),
        ("+34 612-34-56-78", "+34612345678"),
        ("0034 612 345 678", "+34612345678"),
        ("(91) 611 80 64", "+34916118064"),
        ("+33 6 12 34 56 78", "+33612345678"),
        ("+212 661 23 45 67", "+212661234567"),
    ],
)
def test_numbers_are_stored_in_e164(store, typed, stored):
    person = register(store, {**PERSON, "phone": typed})
    assert records.get(store, "participant", person["id"])["phone"] == stored


@pytest.mark.parametrize("typed", ["12345", "call me", "06 12 34 56 78", "612 34 56"])
def test_an_invalid_number_is_refused_with_a_translated_message(store, typed):
    with pytest.raises(ValidationError) as info:
        register(store, {**PERSON, "phone": typed})
    message = info.value.for_field("phone")
    assert message is not None
    assert "+33 6 12 34 56 78" in str(message)
    spanish = catalogue("es").render(message)
    assert spanish != str(message) and spanish.startswith("Teléfono")
    assert records.list_all(store, "participant") == []


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("+34612345678", "612 34 56 78"),
        ("+34916118064", "916 11 80 64"),
        ("+33612345678", "+33 6 12 34 56 78"),
        ("+34 612 34 56 78", "612 34 56 78"),  # stored as typed before numbers were checked
        ("ext. 214", "ext. 214"),  # not a number: shown as it is
        ("0612", "0612"),
        ("", ""),
    ],
)
def test_numbers_are_shown_national_for_spain_international_otherwise(stored, shown):
    assert phones.display(stored) == shown


def test_every_place_shows_the_same_form(store, data_dir):
    """The participants list, the printed itinerary and the command line."""
    person = make_person(store, make_lab(store), goals=0, sessions=0, phone="612345678")
    technician = records.list_all(store, "technician")[0]
    records.update(store, "technician", technician["id"], {"phone": "+33 1 42 68 53 00"})
    phone = next(c for c in ParticipantTableModel.COLUMNS if c.key == "phone")
    assert phone.display(records.get(store, "participant", person["id"])) == "612 34 56 78"
    pdf, _ = docs.participant_pdf(store, person["id"], "es", printed_on=PRINTED)
    assert "+33 1 42 68 53 00" in pdf_text(pdf)[0]
    store.close()
    out = milma("participants", "show", person["code"], data_dir=data_dir).stdout
    assert "612 34 56 78" in out and "+34612345678" not in out


@pytest.mark.parametrize(
    "typed", ["612345678", "612 34 56 78", "34612345678", "612 345", "+34 612 34 56 78"]
)
def test_search_finds_a_spanish_number_as_typed(store, typed):
    person = register(store, {**PERSON, "phone": "+34 612 34 56 78"})
    assert [r["id"] for r in participant_list.search(store, typed)] == [person["id"]]


@pytest.mark.parametrize(
    "typed", ["0612345678", "06 12 34 56 78", "33612345678", "+33 6 12 34 56 78"]
)
def test_search_finds_a_number_of_another_country_as_typed(store, typed):
    person = register(store, {**PERSON, "phone": "+33 6 12 34 56 78"})
    assert [r["id"] for r in participant_list.search(store, typed)] == [person["id"]]


@settings(max_examples=400, deadline=None)
@given(st.from_regex(r"[4-9][0-9]{8}", fullmatch=True))
def test_spanish_numbers_are_laid_out_as_phonenumbers_does(national):
    """The first screen lays out stored Spanish numbers without phonenumbers: always as it would."""
    import phonenumbers

    number = phonenumbers.parse(f"+34{national}")
    if phonenumbers.is_valid_number(number):
        expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        assert phones.display(f"+34{national}") == expected
        # as stores written before numbers were checked hold it (demo data too)
        assert phones.display(f"+34 {national[:3]} {national[3:6]} {national[6:]}") == expected


@pytest.mark.parametrize(
    "national", ["800123456", "900123456", "612345678", "916118064", "711234567"]
)
def test_spanish_number_kinds_agree_with_phonenumbers(national):
    import phonenumbers

    expected = phonenumbers.format_number(
        phonenumbers.parse(f"+34{national}"), phonenumbers.PhoneNumberFormat.NATIONAL
    )
    assert phones.display(f"+34{national}") == expected


def test_the_first_screen_needs_no_phonenumbers():
    """Showing stored Spanish numbers imports nothing more (start-up time)."""
    import subprocess
    import sys

    code = (
        "import sys; from desktop.domain import phones; "
        "assert phones.display('+34612345678') == '612 34 56 78'; "
        "assert phones.display('+34 696 414 980') == '696 41 49 80'; "
        "print('phonenumbers' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"
