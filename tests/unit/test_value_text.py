"""A stored value as a person reads it (desktop.i18n.values): every choice of every enum by its
translated label in each language, in the interface and in a document, dates and numbers by
babel, a multiple choice in the order of its list, and values the application does not know
shown as stored."""

from __future__ import annotations

import inspect
import xml.etree.ElementTree as ET
from datetime import date, datetime

import pytest

from desktop.domain import enums as E
from desktop.domain.schema import KINDS
from desktop.i18n import LANGUAGES
from desktop.i18n.values import choices_text, enum_text, value_text
from desktop.paths import translations_dir

ENUMS = [
    cls
    for _name, cls in inspect.getmembers(E, inspect.isclass)
    if issubclass(cls, E.LabelledEnum) and cls is not E.LabelledEnum
]
ENUM_FIELDS = [
    (kind, f.name, f.enum) for kind, spec in KINDS.items() for f in spec.fields if f.type == "enum"
]


def _catalogue(lang: str) -> dict[tuple[str, str | None], str]:
    """The finished translations of context Enum in the language's .ts file, read as XML."""
    root = ET.parse(translations_dir() / f"milma_{lang}.ts").getroot()
    out = {}
    for context in root.iter("context"):
        if context.findtext("name") != "Enum":
            continue
        for message in context.iter("message"):
            tr = message.find("translation")
            if (
                tr is None
                or tr.get("type") in ("unfinished", "obsolete", "vanished")
                or not (tr.text or "")
            ):
                continue
            out[(message.findtext("source"), message.findtext("comment"))] = tr.text
    return out


@pytest.fixture(scope="module")
def catalogues():
    return {lang: _catalogue(lang) for lang in LANGUAGES}


def _expected(catalogues, lang: str, member, gender: str | None = None) -> str:
    words = catalogues[lang]
    comment = member.agreement(gender)
    if comment and (member.label, comment) in words:
        return words[(member.label, comment)]
    if lang == "en":
        return words.get((member.label, None), member.label)
    return words[(member.label, None)]  # a choice without its translation fails here


def test_every_enum_is_found():
    assert len(ENUMS) >= 25 and E.MigrantStatus in ENUMS and E.SurveyForm in ENUMS
    assert {enum for _k, _f, enum in ENUM_FIELDS} <= set(ENUMS)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_choice_of_every_enum_reads_translated_in_a_document(catalogues, lang):
    for enum in ENUMS:
        for member in enum:
            assert enum_text(enum, member.value, lang=lang) == _expected(
                catalogues, lang, member
            ), (enum, member)
            for gender in ("female", "male"):
                assert enum_text(enum, member.value, gender, lang) == _expected(
                    catalogues, lang, member, gender
                )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_enum_field_reads_translated_in_the_interface(catalogues, language, lang):
    language(lang)
    for kind, field, enum in ENUM_FIELDS:
        for member in enum:
            assert value_text(kind, field, member.value) == _expected(catalogues, lang, member), (
                kind,
                field,
            )
            assert value_text(kind, field, member.value, lang=lang) == _expected(
                catalogues, lang, member
            )


def test_a_label_describing_a_person_agrees_with_their_gender(language):
    language("es")
    assert value_text("participant", "migrant_status", "refugee", gender="female") == "Refugiada"
    assert value_text("participant", "migrant_status", "refugee", gender="male") == "Refugiado"
    assert (
        value_text("participant", "migrant_status", "refugee", lang="fr", gender="female")
        == "Réfugiée"
    )


@pytest.mark.parametrize(
    ("lang", "day", "moment", "number", "yes"),
    [
        ("es", "5 mar 1990", "3 dic 2026, 10:05", "1.234,5", "Sí"),
        ("en", "Mar 5, 1990", "Dec 3, 2026, 10:05\u202fAM", "1,234.5", "Yes"),
        ("fr", "5 mars 1990", "3 déc. 2026, 10:05", "1\u202f234,5", "Oui"),
    ],
)
def test_dates_times_numbers_and_yes_by_babel_in_each_language(
    language, lang, day, moment, number, yes
):
    for kwargs in ({"lang": lang}, {}):
        language(lang)
        assert value_text("participant", "birth_date", date(1990, 3, 5), **kwargs) == day
        assert (
            value_text("participant", "birth_date", datetime(1990, 3, 5, 23, 59), **kwargs) == day
        )
        assert (
            value_text("coaching_session", "starts_at", datetime(2026, 12, 3, 10, 5), **kwargs)
            == moment
        )
        assert value_text("enrolment", "hours_attended", 1234.5, **kwargs) == number
        assert value_text("enrolment", "hours_attended", 12.0, **kwargs) == "12"
        assert value_text("association", "active", True, **kwargs) == yes
        assert value_text("association", "active", False, **kwargs) != yes


def test_countries_languages_and_phones_read_as_people_write_them():
    assert value_text("participant", "nationality", "MA", lang="es") == "Marruecos"
    assert value_text("participant", "nationality", "MA", lang="fr") == "Maroc"
    assert value_text("participant", "languages", "ar,fr", lang="es") == "Árabe, Francés"
    assert value_text("participant", "phone", "612345678", lang="es") == "612 34 56 78"


def test_a_multiple_choice_reads_in_the_order_of_its_list_whatever_order_it_was_stored_in():
    forward = value_text("company", "collaboration", "training,hiring", lang="en")
    assert forward == "Co-designs training, Hires participants"
    assert value_text("company", "collaboration", "hiring,training", lang="en") == forward
    assert value_text("company", "collaboration", "hiring,training,hiring", lang="en") == forward
    assert choices_text(E.CollaborationType, "hiring,training", lang="es") == value_text(
        "company", "collaboration", "training,hiring", lang="es"
    )


def test_values_the_application_does_not_know_are_shown_as_stored(language):
    language("es")
    assert value_text("participant", "migrant_status", "stateless") == "stateless"
    assert value_text("participant", "migrant_status", "stateless", lang="fr") == "stateless"
    assert value_text("company", "collaboration", "mentoring,training") == (
        f"{enum_text(E.CollaborationType, 'training')}, mentoring"
    )
    assert value_text("participant", "birth_date", "1990-13-45") == "1990-13-45"
    assert value_text("enrolment", "hours_attended", "about ten") == "about ten"
    assert value_text("participant", "gender", None) == ""
    assert value_text("participant", "gender", "") == ""


def test_a_reference_reads_by_its_name_and_a_long_text_by_its_first_line_in_a_cell():
    assert value_text("enrolment", "lab_id", "0190-id", name="Cocina", lang="es") == "Cocina"
    assert value_text("enrolment", "lab_id", "0190-id", name="", lang="es") == ""
    assert value_text("enrolment", "lab_id", "0190-id", lang="es") == "0190-id"
    assert (
        value_text("referral", "meeting_id", "m", name=date(2026, 3, 5), lang="en") == "Mar 5, 2026"
    )
    notes = "First line\nsecond line"
    assert value_text("coaching_session", "notes", notes, one_line=True) == "First line"
    assert value_text("coaching_session", "notes", notes) == notes
    long = "x" * 100
    assert value_text("coaching_session", "notes", long, one_line=True) == "x" * 79 + "…"
