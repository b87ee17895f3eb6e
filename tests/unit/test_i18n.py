"""Languages: choosing one, translating with it, and formatting dates, numbers, countries and
language names the way each language writes and sorts them."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings

import desktop.i18n as i18n
from desktop.domain.messages import Message
from desktop.i18n import preferences


@pytest.fixture
def restore_language():
    before = i18n.current_language()
    yield
    i18n.set_language(before)


@pytest.fixture
def prefs(tmp_path, monkeypatch):
    """Preferences in a file of this test (QSettings caches its default paths per process)."""
    path = str(tmp_path / "milma.ini")
    monkeypatch.setattr(
        preferences, "settings", lambda: QSettings(path, QSettings.Format.IniFormat)
    )
    return path


# ---- which language --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("fr_FR.UTF-8", "fr"),
        ("es_ES", "es"),
        ("en-GB", "en"),
        ("EN_us.utf8", "en"),
        ("de_DE.UTF-8", None),
        ("", None),
        (None, None),
        ("ca_ES", None),
    ],
)
def test_normalise_language(value, expected):
    assert i18n.normalise_language(value) == expected


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "es_ES.UTF-8"}, "es"),
        ({"LANG": "de_DE.UTF-8"}, "es"),  # not one of ours: Spanish
        ({"LANG": "ar_MA.UTF-8"}, "es"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr"),  # LC_ALL wins
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "de_DE.UTF-8"}, "es"),  # German messages: Spanish
    ],
)
def test_system_language_follows_the_locale_else_spanish(monkeypatch, env, expected):
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert i18n.system_language() == expected


def test_first_start_follows_the_system_then_the_choice_is_remembered(prefs, monkeypatch):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert preferences.load_language() == "fr"
    preferences.save_language("en")
    assert preferences.load_language() == "en"
    preferences.save_language("de")  # not offered: ignored
    assert preferences.load_language() == "en"
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert preferences.load_language() == "en"


# ---- translating -----------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "expected"), [("es", "Mujer"), ("fr", "Femme"), ("en", "Woman")])
def test_catalogue_translates_without_installing(lang, expected, restore_language):
    i18n.set_language("en")
    assert i18n.catalogue(lang).translate("Enum", "Woman") == expected
    assert i18n.current_language() == "en"


def test_catalogue_renders_messages_with_placeholders():
    msg = Message(
        "Validation",
        "{field}: enter a value from {min} to {max}.",
        {"field": Message("Field", "Planned hours"), "min": 1, "max": 5},
    )
    assert i18n.catalogue("es").render(msg) == "Horas previstas: introduzca un valor entre 1 y 5."
    assert (
        i18n.catalogue("fr").render(msg) == "Heures prévues\u00a0: saisissez une valeur de 1 à 5."
    )
    assert i18n.catalogue("en").render(msg) == "Planned hours: enter a value from 1 to 5."


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("es", 1, "1 participante"),
        ("es", 3, "3 participantes"),
        ("es", 0, "0 participantes"),
        ("fr", 0, "0 participant"),
        ("fr", 1, "1 participant"),
        ("fr", 1500, "1\u202f500 participants"),
        ("en", 1, "1 participant"),
        ("en", 1500, "1,500 participants"),
    ],
)
def test_plurals_in_each_language(lang, n, expected):
    assert i18n.catalogue(lang).translate("Cli", "%n participant(s)", None, n) == expected


def test_set_language_switches_translate_and_render(qapp, restore_language):
    for lang, woman, required in (
        ("es", "Mujer", "Nombre: campo obligatorio."),
        ("fr", "Femme", "Prénom\u00a0: champ obligatoire."),
        ("en", "Woman", "First name is required."),
    ):
        assert i18n.set_language(lang) == lang
        assert i18n.current_language() == lang
        assert i18n.translate("Enum", "Woman") == woman
        assert (
            i18n.render(
                Message(
                    "Validation", "{field} is required.", {"field": Message("Field", "First name")}
                )
            )
            == required
        )
    assert i18n.set_language("de") == "es"  # unknown: the default, Spanish


def test_translate_with_a_count(qapp, restore_language):
    i18n.set_language("es")
    assert i18n.translate("Cli", "%n coaching session(s)", None, 1) == "1 sesión de acompañamiento"
    assert (
        i18n.translate("Cli", "%n coaching session(s)", None, 4) == "4 sesiones de acompañamiento"
    )
    i18n.set_language("fr")
    assert i18n.translate("Cli", "%n coaching session(s)", None, 0) == "0 séance d’accompagnement"


def test_pseudo_catalogue_replaces_ours(qapp, tmp_path, monkeypatch, restore_language):
    from tests.unit.test_translations import tools

    qm = tools.build_pseudo(tmp_path / "pseudo.qm")
    monkeypatch.setenv(i18n.PSEUDO_ENV, str(qm))
    i18n.set_language("en")
    text = i18n.translate("Enum", "Woman")
    assert text.startswith("[") and text.endswith("]") and len(text) >= len("Woman") * 1.4
    assert i18n.translate("Validation", "{field} is required.").count("{field}") == 1


# ---- formatting ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("es", "19 de noviembre de 2026"),
        ("fr", "19 novembre 2026"),
        ("en", "November 19, 2026"),
    ],
)
def test_long_dates(lang, expected):
    assert i18n.format_date(date(2026, 11, 19), lang) == expected


def test_dates_follow_the_current_language(qapp, restore_language):
    i18n.set_language("fr")
    assert i18n.format_date(date(2026, 11, 19)) == "19 novembre 2026"
    i18n.set_language("es")
    assert i18n.format_date(date(2026, 11, 19)) == "19 de noviembre de 2026"
    assert i18n.format_date(None) == ""


@pytest.mark.parametrize(
    ("lang", "expected"), [("es", "14:05"), ("fr", "14:05"), ("en", "2:05\u202fPM")]
)
def test_times(lang, expected):
    assert i18n.format_time(datetime(2026, 11, 19, 14, 5), lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("es", "1.234,5"),
        ("fr", "1\u202f234,5"),
        ("en", "1,234.5"),
    ],
)
def test_numbers(lang, expected):
    assert i18n.format_number(1234.5, lang) == expected
    assert i18n.format_number(None, lang) == ""


def test_spanish_groups_large_numbers():
    assert i18n.format_number(123456, "es") == "123.456"


@pytest.mark.parametrize(
    ("code", "lang", "expected"),
    [
        ("MA", "es", "Marruecos"),
        ("MA", "fr", "Maroc"),
        ("MA", "en", "Morocco"),
        ("sn", "fr", "Sénégal"),
        ("ES", "en", "Spain"),
        ("", "es", ""),
        (None, "es", ""),
    ],
)
def test_country_names(code, lang, expected):
    assert i18n.country_name(code, lang) == expected


@pytest.mark.parametrize(
    ("code", "lang", "expected"),
    [
        ("ar", "es", "Árabe"),
        ("wo", "fr", "Wolof"),
        ("fr", "es", "Francés"),
        ("es", "fr", "Espagnol"),
        ("en", "en", "English"),
    ],
)
def test_language_names(code, lang, expected):
    assert i18n.language_name(code, lang) == expected


@pytest.mark.parametrize("lang", ["es", "fr", "en"])
def test_countries_are_countries_named_and_sorted_in_the_language(lang):
    items = i18n.countries(lang)
    codes = [c for c, _n in items]
    assert len(codes) == len(set(codes)) > 240
    assert {"MA", "SN", "UA", "VE", "CO", "RO", "XK"} <= set(codes)
    assert not {"EU", "UN", "ZZ", "QO", "XA", "XB", "EZ", "IC", "EA"} & set(codes)
    names = [n for _c, n in items]
    assert names == i18n.sort_texts(names, lang=lang)


def test_sorting_follows_each_language():
    # accents do not decide the first letter (Égypte among the E's in French)
    fr = [n for _c, n in i18n.countries("fr")]
    assert (
        fr.index("Égypte")
        < fr.index("Espagne")
        < fr.index("États-Unis")
        < fr.index("Éthiopie")
        < fr.index("Fidji")
    )
    es = [n for _c, n in i18n.countries("es")]
    assert es.index("Irak") < es.index("Irán") < es.index("Irlanda") < es.index("Islandia")
    # Spanish sorts Ñ as a letter of its own, after N; English and French do not
    words = ["Ñandú", "Nueva Zelanda", "Oman", "Namibia"]
    assert i18n.sort_texts(words, lang="es") == ["Namibia", "Nueva Zelanda", "Ñandú", "Oman"]
    assert i18n.sort_texts(words, lang="en") == ["Namibia", "Ñandú", "Nueva Zelanda", "Oman"]


@pytest.mark.parametrize("lang", ["es", "fr", "en"])
def test_languages_are_named_capitalised_and_sorted(lang):
    items = i18n.languages(lang)
    codes = {c for c, _n in items}
    assert {"ar", "fr", "en", "es", "wo", "ro", "uk", "ber"} & codes >= {
        "ar",
        "fr",
        "en",
        "es",
        "wo",
        "ro",
        "uk",
    }
    names = [n for _c, n in items]
    assert all(n[:1] == n[:1].upper() for n in names)
    assert names == i18n.sort_texts(names, lang=lang)


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.text(alphabet="abcdefghijklmnñopqrstuvwxyzáéíóúüçàèâêîôû ABCÉÑ", max_size=12),
        max_size=20,
    ),
    st.sampled_from(["es", "fr", "en"]),
)
def test_sorting_is_a_consistent_order(words, lang):
    once = i18n.sort_texts(words, lang=lang)
    assert sorted(once) == sorted(words)  # a permutation
    assert i18n.sort_texts(once, lang=lang) == once  # sorting sorted text changes nothing
