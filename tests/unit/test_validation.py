"""Each validation rule, with good and bad values. Messages name the field."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.es import dni, nie

from desktop.domain import enums as E
from desktop.domain.messages import ValidationError
from desktop.domain.schema import F
from desktop.domain.validation import validate

TODAY = date(2026, 11, 23)
BASE = {
    "code": "CIF-AAAA-0001",
    "site": "CIFE",
    "first_name": "Ana",
    "last_name": "López",
    "birth_date": date(1990, 1, 1),
    "gender": "female",
    "migrant_status": "local",
    "preferred_language": "es",
}


def problems(kind, values):
    with pytest.raises(ValidationError) as info:
        validate(kind, values, today=TODAY)
    return {p.field: str(p.message) for p in info.value.problems}


def test_a_complete_participant_is_accepted():
    clean = validate("participant", BASE, today=TODAY)
    assert clean["birth_date"] == date(1990, 1, 1) and clean["first_name"] == "Ana"


@pytest.mark.parametrize(
    "field", ["first_name", "last_name", "birth_date", "gender", "migrant_status"]
)
def test_required_fields(field):
    found = problems("participant", {**BASE, field: "  " if field != "birth_date" else None})
    assert field in found and "required" in found[field]


@pytest.mark.parametrize("number", ["12345678Z", "00000000T", "12345678-z", " 87654321x "])
def test_valid_dni_accepted(number):
    validate(
        "participant", {**BASE, "document_type": "DNI", "document_number": number}, today=TODAY
    )


@pytest.mark.parametrize("number", ["12345678A", "1234567Z", "X1234567L", "ABCDEFGHI"])
def test_invalid_dni_refused(number):
    found = problems("participant", {**BASE, "document_type": "DNI", "document_number": number})
    assert "DNI" in found["document_number"]


@pytest.mark.parametrize("number", ["X1234567L", "Y1234567X", "Z7654321F"])
def test_valid_nie_accepted(number):
    if not nie.is_valid(number):
        number = number[:-1] + nie.calc_check_digit(number[:-1])
    validate(
        "participant", {**BASE, "document_type": "NIE", "document_number": number}, today=TODAY
    )


@pytest.mark.parametrize("number", ["X1234567A", "A1234567L", "X123456L"])
def test_invalid_nie_refused(number):
    found = problems("participant", {**BASE, "document_type": "NIE", "document_number": number})
    assert "NIE" in found["document_number"]


def test_passport_and_missing_type():
    validate(
        "participant",
        {**BASE, "document_type": "PASSPORT", "document_number": "AB1234567"},
        today=TODAY,
    )
    assert "document_number" in problems(
        "participant", {**BASE, "document_type": "PASSPORT", "document_number": "A1"}
    )
    assert "document_type" in problems("participant", {**BASE, "document_number": "12345678Z"})


@given(st.integers(min_value=0, max_value=99_999_999))
@settings(max_examples=200)
def test_any_real_dni_is_accepted(n):
    body = f"{n:08d}"
    validate(
        "participant",
        {**BASE, "document_type": "DNI", "document_number": body + dni.calc_check_digit(body)},
        today=TODAY,
    )


@given(st.sampled_from("XYZ"), st.integers(min_value=0, max_value=9_999_999))
@settings(max_examples=100)
def test_any_real_nie_is_accepted(prefix, n):
    body = f"{prefix}{n:07d}"
    validate(
        "participant",
        {**BASE, "document_type": "NIE", "document_number": body + nie.calc_check_digit(body)},
        today=TODAY,
    )


@pytest.mark.parametrize(
    "birth,ok",
    [
        (date(1990, 1, 1), True),
        (TODAY - timedelta(days=365 * 15), True),
        (TODAY + timedelta(days=1), False),
        (date(1900, 1, 1), False),
        (TODAY - timedelta(days=365 * 5), False),
    ],
)
def test_plausible_birth_dates(birth, ok):
    if ok:
        validate("participant", {**BASE, "birth_date": birth}, today=TODAY)
    else:
        assert "birth_date" in problems("participant", {**BASE, "birth_date": birth})


def test_bad_date_text_names_the_field():
    found = problems("participant", {**BASE, "birth_date": "31/02/1990"})
    assert found["birth_date"].startswith("Birth date")


def test_arrival_before_birth_refused():
    assert "arrival_date" in problems("participant", {**BASE, "arrival_date": date(1980, 1, 1)})


def test_email_phone_country_enums():
    found = problems(
        "participant",
        {
            **BASE,
            "email": "ana-at-example",
            "phone": "call me",
            "nationality": "XX",
            "gender": "robot",
        },
    )
    assert set(found) == {"email", "phone", "nationality", "gender"}
    validate(
        "participant",
        {
            **BASE,
            "email": "ana@example.org",
            "phone": "+34 600 11 22 33",
            "nationality": "ma",
            "languages": "ar,fr",
        },
        today=TODAY,
    )


LAB = {
    "name": "Gardening",
    "niche": "gardening",
    "site": "LOS_ARCOS",
    "start_date": date(2022, 2, 9),
    "end_date": date(2022, 5, 20),
    "planned_hours": 390,
}


def test_lab_ends_after_it_starts():
    validate("lab", LAB, today=TODAY)
    found = problems("lab", {**LAB, "end_date": date(2022, 1, 1)})
    assert list(found) == ["end_date"]


def test_lab_hours_positive_whole_number():
    assert "planned_hours" in problems("lab", {**LAB, "planned_hours": 0})
    assert "planned_hours" in problems("lab", {**LAB, "planned_hours": "many"})


SESSION = {
    "participant_id": "p",
    "starts_at": datetime(2026, 11, 2, 10, 0),
    "duration_minutes": 45,
    "kind": "individual",
}


@pytest.mark.parametrize(
    "minutes,ok", [(1, True), (45, True), (0, False), (-30, False), (601, False)]
)
def test_coaching_session_duration_positive(minutes, ok):
    values = {**SESSION, "duration_minutes": minutes}
    if ok:
        validate("coaching_session", values, today=TODAY)
    else:
        assert "duration_minutes" in problems("coaching_session", values)


def test_next_appointment_after_the_session():
    found = problems(
        "coaching_session", {**SESSION, "next_appointment": datetime(2026, 11, 1, 9, 0)}
    )
    assert "next_appointment" in found
    validate(
        "coaching_session",
        {**SESSION, "topics": ["cv", "spanish"], "next_appointment": datetime(2026, 11, 9, 9, 0)},
        today=TODAY,
    )


def test_every_problem_is_reported_at_once():
    found = problems("participant", {**BASE, "first_name": "", "email": "x", "birth_date": "nope"})
    assert set(found) == {"first_name", "email", "birth_date"}


@pytest.mark.parametrize(
    "field",
    [
        dict(type="ref"),
        dict(type="str", ref="site"),
        dict(type="enum"),
        dict(type="str", enum=E.Gender),
    ],
)
def test_a_field_names_its_kind_or_enum_exactly_when_its_type_says_so(field):
    with pytest.raises(ValueError, match="field x"):
        F("x", "X", **field)
    assert (
        F("s", "S", "ref", ref="site").ref == "site"
        and F("g", "G", "enum", enum=E.Gender).enum is E.Gender
    )
