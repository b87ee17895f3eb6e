"""A date with a time reads as the day and the hours and minutes, in each language (babel)."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.i18n import format_datetime

WHEN = datetime(2026, 12, 3, 10, 5, 42)


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("es", "3 dic 2026, 10:05"),
        ("fr", "3 déc. 2026, 10:05"),
        ("en", "Dec 3, 2026, 10:05\u202fAM"),
    ],
)
def test_day_hours_and_minutes_without_seconds(lang, shown):
    assert format_datetime(WHEN, lang) == shown


def test_a_babel_format_can_still_be_asked_for():
    assert format_datetime(WHEN, "es", fmt="medium").endswith("10:05:42")
    assert format_datetime(None) == ""
