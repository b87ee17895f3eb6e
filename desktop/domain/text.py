"""Text helpers shared by search, duplicate detection and the screens."""

from __future__ import annotations

import unicodedata


def fold(text: str | None) -> str:
    """Lower-case, accent-free form: "Núñez Çelik" -> "nunez celik"."""
    if not text:
        return ""
    if text.isascii():  # most names and every code and phone: nothing to decompose (faster)
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def search_terms(query: str | None) -> list[str]:
    """The folded words of a search query (each must match)."""
    return [t for t in fold(query).split(" ") if t]


def compact_document(number: str | None) -> str:
    """Document numbers compared without spaces, dashes or dots, upper-case."""
    if not number:
        return ""
    return "".join(ch for ch in number.upper() if ch.isalnum())


def person_name(row) -> str:
    """First and last name of a participant row (either may be missing): "Ana Núñez"."""
    return f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip()
