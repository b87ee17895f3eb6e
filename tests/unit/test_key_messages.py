"""A coordinator key that is not right is refused saying what is wrong with it."""

from __future__ import annotations

import pytest
from pyrage import x25519

from desktop.exchange import keys as K
from desktop.i18n import catalogue

GOOD = str(x25519.Identity.generate().to_public())


def refusal(text: str) -> str:
    with pytest.raises(K.KeysError) as info:
        K.parse_age_recipient(text)
    return str(info.value.message)


def _changed(key: str) -> str:
    """One character of the key part changed to another valid one: the checksum fails."""
    i = 10
    return key[:i] + ("q" if key[i] != "q" else "p") + key[i + 1 :]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "No key given"),
        ("   ", "No key given"),
        ("AGE-SECRET-KEY-1QQQQ", "secret identity"),
        ("ed25519:abcdef", "should start with age1"),
        (GOOD[:30] + " " + GOOD[30:], "one line"),
        (GOOD[:30] + "\n" + GOOD[30:], "one line"),
        (GOOD[:20] + GOOD[20:].upper(), "mixes capital and small letters"),
        (GOOD[:-1] + "b", "characters an age key never has (b)"),
        (GOOD[:-3], f"has {len(GOOD) - 3} characters where an age public key has 62"),
        (GOOD + "q", "has 63 characters"),
        (_changed(GOOD), "does not check out"),
    ],
)
def test_says_what_is_wrong(text, says):
    message = refusal(text)
    assert says in message
    if text.strip().lower().startswith("age1"):
        assert "should start with age1" not in message  # it does


def test_a_good_key_in_capitals_is_accepted():
    assert str(K.parse_age_recipient(GOOD.upper())) == GOOD
    assert str(K.parse_age_recipient(f"  {GOOD}\n")) == GOOD


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_the_messages_are_translated(lang):
    for text in ("", GOOD[:-3], _changed(GOOD), GOOD[:-1] + "b"):
        with pytest.raises(K.KeysError) as info:
            K.parse_age_recipient(text)
        assert catalogue(lang).render(info.value.message) != str(info.value.message)
