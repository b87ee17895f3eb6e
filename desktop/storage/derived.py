"""Columns derived from a record's fields, recomputed on every write; never synced."""

from __future__ import annotations

from desktop.domain import phones
from desktop.domain.text import compact_document, fold


def participant_search_key(values: dict) -> str:
    parts = [
        values.get("code"),
        values.get("first_name"),
        values.get("last_name"),
        values.get("document_number"),
        compact_document(values.get("document_number")),
        phones.search_digits(values.get("phone")),
    ]
    return " " + " ".join(fold(p) for p in parts if p) + " "


def participant_name_key(values: dict) -> str:
    """The order of the participants list: last name, then first name, accents and case aside
    ("Álvarez" among the A's, not after "Zapata")."""
    return f"{fold(values.get('last_name'))}\x1f{fold(values.get('first_name'))}"


DERIVED = {
    "participant": {
        "search_key": (
            participant_search_key,
            ("code", "first_name", "last_name", "document_number", "phone"),
        ),
        "name_key": (participant_name_key, ("first_name", "last_name")),
    },
}
