"""A stored field value as a person reads it, in a document's language (not the interface's):
dates, numbers, countries and languages by babel, enum labels by the catalogue (agreeing with
the person's gender), phones laid out, occupation groups titled, long texts whole."""

from __future__ import annotations

from datetime import date, datetime

from desktop.domain import occupations, phones
from desktop.domain.schema import F
from desktop.i18n import (
    Catalogue,
    country_name,
    format_date,
    format_datetime,
    format_number,
    language_name,
)
from desktop.reports import subject_access_texts as T


def _named(lang: str, value) -> str:
    """How a referenced record is called (desktop.services.subject_access._ref_name): a name,
    a date, or a tuple of both."""
    if isinstance(value, tuple):
        return " · ".join(_named(lang, v) for v in value if v)
    if isinstance(value, datetime):
        return format_datetime(value, lang)
    if isinstance(value, date):
        return format_date(value, lang, "medium")
    return str(value or "")


def value_text(cat: Catalogue, f: F, value, gender: str | None = None, ref_name=None) -> str:
    lang = cat.lang
    if f.type == "ref":
        return _named(lang, ref_name if ref_name is not None else value)
    if value is None or value == "":
        return ""
    if f.type == "date" and isinstance(value, date):
        return format_date(value if not isinstance(value, datetime) else value.date(), lang, "medium")
    if f.type == "datetime" and isinstance(value, datetime):
        return format_datetime(value, lang)
    if f.type == "enum" and f.enum is not None:
        try:
            return cat.enum_label(f.enum(value), gender)
        except ValueError:
            return str(value)
    if f.type == "enums" and f.enum is not None:
        out = []
        for v in str(value).split(","):
            try:
                out.append(cat.enum_label(f.enum(v), gender))
            except ValueError:
                out.append(v)
        return ", ".join(out)
    if f.type == "bool":
        return cat.translate(T.CONTEXT, T.YES if value else T.NO)
    if f.type in ("int", "float"):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return format_number(value, lang)
    if f.type == "country":
        return country_name(str(value), lang)
    if f.type in ("lang", "langs"):
        return ", ".join(language_name(c, lang) for c in str(value).split(",") if c)
    if f.type == "isco":
        return occupations.title(str(value), lang)
    if f.name == "phone":
        return phones.display(str(value))
    return str(value)
