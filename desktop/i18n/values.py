"""A stored value as a person reads it: the one function that turns a field's value into text,
for every list of the interface, the command line's tables and the printed documents.

- an enum by its translated label, agreeing with the person's ``gender`` where the label
  describes a person ("Inscrita", "Réfugiée");
- a multiple choice in the order of its list of choices (as the form shows the boxes), whatever
  order it was stored in, each choice once;
- dates (medium), times, numbers, countries and languages by babel, occupation groups titled,
  phones laid out, yes or no translated;
- a value the application does not know (an enum value of a newer laptop, a number stored as
  text) shown as it is stored, never an error.

``lang`` is a document's language (its catalogue, whatever the interface shows); None, the
interface's language. A value shown in a table cell may be cut to its first line (``one_line``).
"""

from __future__ import annotations

from datetime import date, datetime

from desktop.domain import occupations, phones
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.schema import KINDS, F
from desktop.i18n import (
    catalogue,
    country_name,
    current_language,
    enum_label,
    format_date,
    format_datetime,
    format_number,
    language_name,
    translate,
)

YES = QT_TRANSLATE_NOOP("Table", "Yes")
NO = QT_TRANSLATE_NOOP("Table", "No")
ONE_LINE_CHARS = 80  # a long text in a table cell: its first line, cut with "…" past this


def value_text(
    kind: str,
    field: str,
    value,
    *,
    gender: str | None = None,
    lang: str | None = None,
    name=None,
    one_line: bool = False,
) -> str:
    """The value of ``kind``'s ``field`` as text (see the module). A reference is shown by
    ``name`` (the referenced record's name, a date, or a tuple of both), the stored id when no
    name is given."""
    return field_text(
        KINDS[kind].field(field), value, gender=gender, lang=lang, name=name, one_line=one_line
    )


def field_text(
    spec: F,
    value,
    *,
    gender: str | None = None,
    lang: str | None = None,
    name=None,
    one_line: bool = False,
) -> str:
    """As :func:`value_text`, for a field spec already at hand."""
    kind = spec.type
    if kind == "ref" and name is not None:
        return _named(name, lang)
    if value is None or value == "":
        return ""
    if kind == "enum" and spec.enum is not None:
        return enum_text(spec.enum, value, gender, lang)
    if kind == "enums" and spec.enum is not None:
        return choices_text(spec.enum, value, gender, lang)
    if kind == "bool":
        return _words(lang, "Table", YES if value else NO)
    if kind in ("date", "datetime") and isinstance(value, date):
        return _moment(value, lang, with_time=kind == "datetime")
    if kind in ("int", "float") and isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(
            int(value) if isinstance(value, float) and value.is_integer() else value, lang
        )
    if kind == "country":
        return country_name(str(value), lang)
    if kind in ("lang", "langs"):
        return ", ".join(language_name(c, lang) for c in str(value).split(",") if c)
    if kind == "isco":
        return occupations.title(str(value), lang or current_language())
    if spec.name == "phone":
        return phones.display(str(value))
    if one_line and kind == "text":
        return first_line(str(value))
    return str(value)


def enum_text(enum, value, gender: str | None = None, lang: str | None = None) -> str:
    """One choice of ``enum`` by its label; an unknown value as stored."""
    if value is None or value == "":
        return ""
    try:
        member = enum(value)
    except ValueError:
        return str(value)
    return catalogue(lang).enum_label(member, gender) if lang else enum_label(member, gender)


def choices_text(enum, value, gender: str | None = None, lang: str | None = None) -> str:
    """Several choices of ``enum`` (stored as "a,b"), in the list's order, unknown ones after
    them as stored."""
    chosen = list(dict.fromkeys(v for v in str(value or "").split(",") if v))
    known = {m.value for m in enum}
    ordered = [m.value for m in enum if m.value in chosen] + [v for v in chosen if v not in known]
    return ", ".join(enum_text(enum, v, gender, lang) for v in ordered)


def first_line(text: str) -> str:
    """A long text's first line, cut at ONE_LINE_CHARS with "…"."""
    stripped = text.strip()
    first = stripped.splitlines()[0] if stripped else ""
    return first if len(first) <= ONE_LINE_CHARS else first[: ONE_LINE_CHARS - 1] + "…"


def _words(lang: str | None, context: str, text: str) -> str:
    return catalogue(lang).translate(context, text) if lang else translate(context, text)


def _moment(value: date, lang: str | None, with_time: bool) -> str:
    if isinstance(value, datetime):
        return (
            format_datetime(value, lang) if with_time else format_date(value.date(), lang, "medium")
        )
    return format_date(value, lang, "medium")


def _named(name, lang: str | None) -> str:
    """How a referenced record is called: a name, a date (or date and time), or a tuple of them."""
    if isinstance(name, tuple):
        return " · ".join(_named(v, lang) for v in name if v)
    if isinstance(name, date):
        return _moment(name, lang, with_time=isinstance(name, datetime))
    return str(name or "")
