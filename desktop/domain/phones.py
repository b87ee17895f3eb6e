"""Phone numbers: stored in E.164 ("+34612345678"), shown the way people write them.

Numbers are read with the ``phonenumbers`` library (Google's libphonenumber metadata), Spain
being the region of a number written without a country code. phonenumbers is imported on
first use: the first screen can show without paying for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

DEFAULT_REGION = "ES"


def normalise(text: str | None) -> str | None:
    """``text`` as a valid number in E.164, or None when it is not a valid number."""
    import phonenumbers

    try:
        number = phonenumbers.parse(text or "", DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# A Spanish number as it is stored ("+34612345678"): the first screen shows a page of them, so
# they are laid out here, as phonenumbers' metadata for Spain does ("900 123 456" for 800 and 900
# numbers, "612 34 56 78" for the others), without importing phonenumbers at start-up;
# tests/unit/test_phones.py checks that both always agree.
_SPANISH_STORED = re.compile(r"\+34([4-9]\d{8})")


def _spanish(national: str) -> str:
    if national[:3] in ("800", "900"):
        return f"{national[:3]} {national[3:6]} {national[6:]}"
    return f"{national[:3]} {national[3:5]} {national[5:7]} {national[7:]}"


@lru_cache(maxsize=4096)
def display(value: str | None) -> str:
    """A stored number as people write it: the national format for a Spanish number
    ("612 34 56 78"), the international one otherwise ("+33 6 12 34 56 78"). A value that is
    not a valid number (stored before numbers were checked) is shown as it is."""
    if not value:
        return ""
    # checked when it was written; stores from before numbers were checked (and demo data)
    # hold "+34 696 414 980": the same number, laid out the same way
    stored = _SPANISH_STORED.fullmatch(value) or _SPANISH_STORED.fullmatch(value.replace(" ", ""))
    if stored:
        return _spanish(stored.group(1))
    import phonenumbers

    try:
        number = phonenumbers.parse(value, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return value
    if not phonenumbers.is_valid_number(number):
        return value
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(number) == DEFAULT_REGION
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


def search_digits(value: str | None) -> str:
    """What a person may type to find a number: its digits, with the leading "+" of an
    international number ("+33 6…" finds it), and for a number of another country the digits
    of its national form too ("06 12 34 56 78" for +33612345678), which the stored value does
    not hold."""
    value = (value or "").strip()
    digits = "".join(ch for ch in value if ch.isdigit())
    if not digits:
        return ""
    stored = f"+{digits}" if value.startswith("+") else digits
    if value.startswith("+34"):
        return stored
    import phonenumbers

    try:
        number = phonenumbers.parse(value, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return stored
    national = "".join(
        ch
        for ch in phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if ch.isdigit()
    )
    return stored if national in digits else f"{stored} {national}"
