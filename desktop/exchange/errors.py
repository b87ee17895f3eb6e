"""Errors of the USB exchange, and the range every number read from a bundle must fit."""

from __future__ import annotations

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError

MAX_INT = (1 << 63) - 1  # the largest integer SQLite holds (a signed 64-bit integer)


class BundleRejected(UserError):
    """A bundle (or its content) is refused whole: nothing of it is applied."""


def fits(value, low: int = 0) -> bool:
    """Whether ``value`` is a whole number from ``low`` to MAX_INT (booleans are not numbers)."""
    return type(value) is int and low <= value <= MAX_INT


def out_of_range(field: str) -> BundleRejected:
    """The refusal of a bundle holding, in ``field`` (its name in the bundle), a number out of
    the range it may take (one SQLite cannot hold, or below zero)."""
    return BundleRejected(
        Message(
            "Bundle",
            QT_TRANSLATE_NOOP(
                "Bundle", "Refused: the bundle holds a number out of range in {field}."
            ),
            {"field": field[:60]},
        )
    )
