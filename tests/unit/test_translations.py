"""The translation files are complete, consistent and in sync with the source and with their
compiled .qm files (scripts/update_translations.py keeps them so)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "update_translations", ROOT / "scripts" / "update_translations.py"
)
tools = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tools)

LANGUAGES = tools.LANGUAGES
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\([A-Za-z_]+\)[a-z]|%[sdr]")
FIX = "run: .venv/bin/python scripts/update_translations.py (then translate what it reports)"


def _key(m: dict) -> tuple:
    return (m["context"], m["source"], m["comment"], m["numerus"])


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[tuple]:
    """The messages pyside6-lupdate finds in the source today."""
    ts = tmp_path_factory.mktemp("lupdate") / "milma_en.ts"
    tools.lupdate([ts], "en")
    return {_key(m) for m in tools.messages(ts)}


@pytest.fixture(scope="module")
def catalogues() -> dict[str, list[dict]]:
    return {lang: tools.messages(tools.ts_path(lang)) for lang in LANGUAGES}


def test_every_language_has_its_files():
    for lang in LANGUAGES:
        assert tools.ts_path(lang).is_file(), f"translations/milma_{lang}.ts is missing; {FIX}"
        assert tools.ts_path(lang).with_suffix(".qm").is_file(), (
            f"milma_{lang}.qm is missing; {FIX}"
        )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_holds_exactly_the_source_messages(lang, extracted, catalogues):
    committed = {_key(m) for m in catalogues[lang]}
    missing = sorted(extracted - committed)
    stale = sorted(committed - extracted)
    assert not missing, (
        f"{len(missing)} source text(s) missing from milma_{lang}.ts, e.g. {missing[:5]}; {FIX}"
    )
    assert not stale, (
        f"{len(stale)} message(s) in milma_{lang}.ts no longer in the source, e.g. {stale[:5]};"
        f" {FIX}"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated_and_finished(lang, catalogues):
    todo = [
        (m["context"], m["source"])
        for m in catalogues[lang]
        if m["type"] or not m["translations"] or not all(t.strip() for t in m["translations"])
    ]
    assert not todo, f"{len(todo)} unfinished message(s) in milma_{lang}.ts, e.g. {todo[:5]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_messages_have_two_forms_with_the_number(lang, catalogues):
    for m in catalogues[lang]:
        if m["numerus"]:
            assert len(m["translations"]) == 2, (lang, m["source"])
            for form in filter(None, m["translations"]):  # empty ones: the test above
                assert "%n" in form, (lang, m["source"], form)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(lang, catalogues):
    for m in catalogues[lang]:
        wanted = sorted(PLACEHOLDER.findall(m["source"]))
        has_accel = "&" in m["source"].replace("&&", "")
        for form in filter(None, m["translations"]):
            assert sorted(PLACEHOLDER.findall(form)) == wanted, (lang, m["source"], form)
            assert ("&" in form.replace("&&", "")) == has_accel, (lang, m["source"], form)
            assert form.count("&") - 2 * form.count("&&") <= 1, (lang, m["source"], form)
            assert m["source"].endswith("…") == form.endswith("…"), (lang, m["source"], form)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_qm_is_current(lang, tmp_path):
    """Byte-compare the committed .qm with a fresh compilation of the committed .ts (mtimes are
    meaningless in a fresh clone)."""
    fresh = tmp_path / f"milma_{lang}.qm"
    tools.lrelease(tools.ts_path(lang), fresh)
    committed = tools.ts_path(lang).with_suffix(".qm").read_bytes()
    assert committed == fresh.read_bytes(), f"milma_{lang}.qm is out of date with its .ts; {FIX}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_qm_gives_every_translation(lang, catalogues):
    translator = QTranslator()
    assert translator.load(str(tools.ts_path(lang).with_suffix(".qm")))
    for m in catalogues[lang]:
        n = 2 if m["numerus"] else -1
        got = translator.translate(m["context"], m["source"], m["comment"] or None, n)
        expected = m["translations"][-1] if m["numerus"] else m["translations"][0]
        assert got == expected, (lang, m["context"], m["source"])


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("es", 0, "0 participantes"),
        ("es", 1, "1 participante"),
        ("es", 2, "2 participantes"),
        ("en", 0, "0 participants"),
        ("en", 1, "1 participant"),
        ("en", 7, "7 participants"),
        ("fr", 0, "0 participant"),
        ("fr", 1, "1 participant"),
        ("fr", 2, "2 participants"),
    ],
)
def test_plural_rules_of_each_language(lang, n, expected):
    translator = QTranslator()
    assert translator.load(str(tools.ts_path(lang).with_suffix(".qm")))
    out = translator.translate("Cli", "%n participant(s)", None, n).replace("%n", str(n))
    assert out == expected


OPTION = re.compile(r"--?[a-z][a-z-]*")  # command-line options (--lab) are not words

# Programme terms (translations/GLOSSARY.md): when the English text uses the term, the
# translation uses the glossary's word for it.
GLOSSARY = [
    (r"\blabs?\b", {"es": r"laboratorio", "fr": r"laboratoire"}),
    (r"\bitinerar(y|ies)\b", {"es": r"itinerario", "fr": r"parcours"}),
    (r"\bconnectors?\b", {"es": r"conector", "fr": r"connecteur"}),
    (
        r"\bcoaching sessions?\b",
        {"es": r"sesi[oó]n(es)? de acompañamiento", "fr": r"séances? d’accompagnement"},
    ),
    (r"\b(work )?placements?\b", {"es": r"prácticas", "fr": r"stages?|stagiaires"}),
    (r"\blife stor(y|ies)\b", {"es": r"historias? de vida", "fr": r"récits? de vie"}),
    (r"\bdevelopment[- ]plan\b", {"es": r"plan de desarrollo", "fr": r"plan de développement"}),
    (r"\breferrals?\b", {"es": r"derivaci[oó]n", "fr": r"mises? en relation"}),
    (r"\bniche\b", {"es": r"nicho", "fr": r"niche"}),
    (r"\bbundles?\b", {"es": r"paquetes?", "fr": r"paquets?"}),
]


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_programme_terms_follow_the_glossary(lang, catalogues):
    wrong = []
    for m in catalogues[lang]:
        if m["context"] == "Argparse":
            continue
        source = PLACEHOLDER.sub("", OPTION.sub("", m["source"]))
        for english, translations in GLOSSARY:
            if re.search(english, source, re.IGNORECASE):
                for form in filter(None, m["translations"]):
                    # a mnemonic may fall inside the term ("Séances d’accompa&gnement")
                    if not re.search(translations[lang], form.replace("&", ""), re.IGNORECASE):
                        wrong.append((m["source"], form, translations[lang]))
    assert not wrong, f"{len(wrong)} translation(s) not using the glossary's term: {wrong[:5]}"


def test_glossary_lists_the_programme_terms():
    text = (ROOT / "translations" / "GLOSSARY.md").read_text(encoding="utf-8")
    for term in (
        "lab",
        "itinerary",
        "connector",
        "coaching session",
        "placement",
        "life story",
        "development plan",
        "technician",
        "participant",
        "referral",
        "niche",
        "Coexistence Board",
        "Anti-Rumours network",
    ):
        assert f"| {term}" in text, term


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_sentences_are_not_left_in_english(lang, catalogues):
    """A text of three words or more whose 'translation' is the English text itself was
    forgotten (names such as "MILMA Desktop" are shorter)."""
    left = []
    for m in catalogues[lang]:
        text = re.sub(
            r"\bmilma(-desktop)?\b", "", PLACEHOLDER.sub("", m["source"])
        )  # command names
        words = re.findall(r"[A-Za-z]{2,}", text)
        if len(words) >= 3 and m["source"] in m["translations"]:
            left.append(m["source"])
    assert not left, f"{len(left)} text(s) of milma_{lang}.ts left in English: {left[:5]}"


def test_source_reader_finds_every_call_style():
    """What the update command adds to lupdate's findings (its Python parser varies between
    PySide6 releases): plural forms for translate(ctx, text, None, n), counts given as
    expressions, tr() in the context of its class, implicit concatenation; never f-strings."""
    import ast

    code = """
translate("Ctx", "%n row(s)", None, len(rows))
translate("Ctx", "Plain " "joined")
QT_TRANSLATE_NOOP("Enum", "Woman")
translate("Ctx", f"not {this}")
class Page(QWidget):
    def retranslate(self):
        self.tr("%n page(s)", None, count)
        self.tr("Title")
"""
    finder = tools._Finder()
    finder.visit(ast.parse(code))
    assert finder.found == [
        ("Ctx", "%n row(s)", "", True),
        ("Ctx", "Plain joined", "", False),
        ("Enum", "Woman", "", False),
        ("Page", "%n page(s)", "", True),
        ("Page", "Title", "", False),
    ]
