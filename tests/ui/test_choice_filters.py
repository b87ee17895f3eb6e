"""The filters of the languages chooser and of check-box lists (a lab's partner companies) fold
case and accents as the main search does: "arabe" finds "árabe"."""

from __future__ import annotations

import pytest

from desktop.i18n import language_name, set_language
from desktop.ui.widgets.choice_editors import ChoiceList, LanguagePicker


def shown(proxy) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


@pytest.fixture
def in_language():
    def switch(lang):
        set_language(lang)

    yield switch
    set_language("en")


@pytest.mark.parametrize(
    "lang,typed,code",
    [
        ("es", "arabe", "ar"),  # árabe
        ("es", "ARABE", "ar"),
        ("es", "ucrani", "uk"),  # ucraniano: no accent, still found
        ("fr", "neerlandais", "nl"),  # néerlandais
        ("fr", "tcheque", "cs"),  # tchèque
        ("fr", "Arabe", "ar"),
    ],
)
def test_the_languages_filter_ignores_case_and_accents(qtbot, in_language, lang, typed, code):
    in_language(lang)
    picker = LanguagePicker([])
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.filter, typed)
    names = shown(picker.proxy)
    assert language_name(code) in names
    assert 0 < len(names) < 10


def test_a_typed_accent_still_matches_and_words_may_come_in_any_order(qtbot, in_language):
    in_language("es")
    picker = LanguagePicker([])
    qtbot.addWidget(picker)
    picker.show()
    picker.filter.setText("árabe")  # typed with its accent (keyClicks cannot type "á")
    assert language_name("ar") in shown(picker.proxy)
    picker.filter.clear()
    assert len(shown(picker.proxy)) == picker.model.rowCount()


def test_a_choice_list_filter_folds_accents(qtbot):
    choices = ChoiceList()
    qtbot.addWidget(choices)
    choices.show()
    choices.set_choices([("a", "Viveros Núñez"), ("b", "Hostelería Sur"), ("c", "Limpiezas Ávila")])
    qtbot.keyClicks(choices.filter, "nunez")
    assert shown(choices.proxy) == ["Viveros Núñez"]
    choices.filter.clear()
    qtbot.keyClicks(choices.filter, "avila")
    assert shown(choices.proxy) == ["Limpiezas Ávila"]
