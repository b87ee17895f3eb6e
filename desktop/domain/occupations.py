"""ISCO-08 occupation groups (the ILO's sub-major groups), read from resources/isco08/.

A record stores the two-digit code ("25"); its title is shown in the interface language
(English, Spanish or French, the ILO's own editions). Two groups are *related* when they share
their major group, the code's first digit ("25" and "21" are both Professionals)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from desktop.domain.text import fold
from desktop.paths import resources_dir

LANGUAGES = ("es", "en", "fr")


@dataclass(frozen=True)
class Group:
    code: str
    major: str
    titles: dict[str, str]

    def title(self, lang: str = "en") -> str:
        return self.titles.get(lang) or self.titles["en"]


def _read(name: str) -> list[dict[str, str]]:
    with open(resources_dir() / "isco08" / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def groups() -> dict[str, Group]:
    """Sub-major groups by code, in the classification's order."""
    return {
        row["code"]: Group(
            row["code"], row["major_group"], {lang: row[f"title_{lang}"] for lang in LANGUAGES}
        )
        for row in _read("sub_major_groups.csv")
    }


@cache
def major_groups() -> dict[str, dict[str, str]]:
    """Major group code -> {language: title}."""
    return {
        row["code"]: {lang: row[f"title_{lang}"] for lang in LANGUAGES}
        for row in _read("major_groups.csv")
    }


def is_group(code: str | None) -> bool:
    return bool(code) and code in groups()


def major_of(code: str | None) -> str | None:
    group = groups().get(code or "")
    return group.major if group else None


def related(a: str | None, b: str | None) -> bool:
    """Two different groups of the same major group."""
    return bool(a and b) and a != b and major_of(a) is not None and major_of(a) == major_of(b)


def title(code: str | None, lang: str = "en") -> str:
    """ "25 · Information and communications technology professionals"; an unknown code as
    itself; no code as ""."""
    if not code:
        return ""
    group = groups().get(code)
    return f"{code} · {group.title(lang)}" if group else str(code)


def major_title(code: str | None, lang: str = "en") -> str:
    titles = major_groups().get(major_of(code) or "")
    return (titles.get(lang) or titles["en"]) if titles else ""


def choices(lang: str = "en") -> list[tuple[str, str]]:
    """(code, shown title) in the classification's order."""
    return [(code, title(code, lang)) for code in groups()]


def search(query: str) -> list[str]:
    """Codes whose code or title (any of the three languages) holds every typed word, case and
    accents ignored."""
    words = fold(query).split()
    found = []
    for code, group in groups().items():
        haystack = fold(" ".join([code, *group.titles.values()]))
        if all(w in haystack for w in words):
            found.append(code)
    return found
