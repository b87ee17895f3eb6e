"""Languages: Qt translators for the interface and documents, babel for dates, numbers and
country and language names (CLDR), in the current language.

Write user-visible text as ``translate("Context", "Source text")`` (or ``self.tr`` in widgets)
so that pyside6-lupdate finds it; messages raised below the UI are Message objects rendered
with :func:`render` where they are shown.
"""

from __future__ import annotations

import locale as _pylocale
import os
from datetime import date, datetime

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers
from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)

from desktop.domain.messages import Message
from desktop.paths import translations_dir

LANGUAGES = ("es", "en", "fr")
DEFAULT_LANGUAGE = "es"
# A pseudo-localised catalogue (scripts/update_translations.py --pseudo) used instead of the
# application's own, to test layouts with longer, accented texts.
PSEUDO_ENV = "MILMA_PSEUDO_QM"
# Qt locales by name: touching QLocale.Language builds a Python enum of some 350 languages,
# a noticeable part of the start-up time
_QT_LOCALE = {"es": "es_ES", "en": "en_US", "fr": "fr_FR"}

_current = DEFAULT_LANGUAGE
_installed: list[QTranslator] = []
_catalogues: dict[str, Catalogue] = {}


def normalise_language(value: str | None) -> str | None:
    """'fr_FR.UTF-8' -> 'fr'; None when not one of ours."""
    if not value:
        return None
    code = value.split(".")[0].split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else None


def system_language() -> str:
    """The system's language when it is one of ours, else Spanish.

    The first of LC_ALL, LC_MESSAGES, LANG that is set decides (as on POSIX systems: a German
    LC_ALL wins over an English LANG); without them, the locale Qt and Python report."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value and value.split(".")[0] not in ("C", "POSIX"):
            return normalise_language(value) or DEFAULT_LANGUAGE
    lang = normalise_language(QLocale.system().name())
    if lang:
        return lang
    try:
        lang = normalise_language(_pylocale.getlocale()[0])
    except ValueError:
        lang = None
    return lang or DEFAULT_LANGUAGE


class Catalogue:
    """The application's translations in one language, usable without installing them
    (documents are printed in the participant's language whatever the interface shows)."""

    def __init__(self, lang: str):
        self.lang = lang
        self.translator = QTranslator()
        self.loaded = self.translator.load(f"milma_{lang}", str(translations_dir()))

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        out = self.translator.translate(context, text, disambiguation, n) if self.loaded else ""
        if not out:
            out = text
        if n >= 0:
            out = out.replace("%n", format_number(n, self.lang))
        return out

    def render(self, message: Message) -> str:
        return message.render(lambda c, t: self.translate(c, t))

    def enum_label(self, member, gender: str | None = None) -> str:
        """An enum member's label; one describing a person agrees with ``gender``."""
        comment = member.agreement(gender)
        out = (
            self.translator.translate("Enum", member.label, comment)
            if comment and self.loaded
            else ""
        )
        return out or self.translate("Enum", member.label)


def catalogue(lang: str) -> Catalogue:
    if lang not in _catalogues:
        _catalogues[lang] = Catalogue(lang)
    return _catalogues[lang]


def set_language(lang: str) -> str:
    """Install the interface language (and Qt's own strings) in the running application.
    Widgets get a LanguageChange event and retranslate themselves."""
    global _current
    lang = normalise_language(lang) or DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    if app is not None:
        for t in _installed:
            app.removeTranslator(t)
        _installed.clear()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ours = (f"milma_{lang}", str(translations_dir()))
        pseudo = os.environ.get(PSEUDO_ENV)
        if pseudo and os.path.isfile(pseudo):
            ours = (pseudo, "")
        for name, folder in ((f"qtbase_{lang}", qt_dir), ours):
            t = QTranslator(app)
            if t.load(name, folder):
                app.installTranslator(t)
                _installed.append(t)
    QLocale.setDefault(QLocale(_QT_LOCALE[lang]))
    _current = lang
    if app is not None:
        # Deliver the LanguageChange events Qt posted now: every open window has retranslated
        # itself when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return lang


def current_language() -> str:
    return _current


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate through the installed translators (the source text when none is)."""
    if QCoreApplication.instance() is not None:
        out = QCoreApplication.translate(context, text, disambiguation, n)
    else:
        out = catalogue(_current).translate(context, text, disambiguation, n)
    if n >= 0 and "%n" in out:
        out = out.replace("%n", format_number(n))
    return out


def render(message: Message) -> str:
    """A message raised below the UI, in the interface language."""
    return message.render(lambda c, t: translate(c, t))


def render_kept(data: dict) -> str:
    """A message kept as plain data in a stored report (``Message.as_dict``), in the interface
    language: what an import found worth saying, shown by the USB screen and the CLI alike."""
    return render(Message.from_dict(data))


def enum_label(member, gender: str | None = None) -> str:
    """An enum member's label in the interface language. A label that describes a person
    ("Enrolled", "Refugee") agrees with ``gender``, the person's stored gender: "Inscrita",
    "Réfugiée" for a woman; the neutral form ("Inscrito/a") for any other or unknown gender."""
    comment = member.agreement(gender)
    if comment:
        out = translate("Enum", member.label, comment)
        if out != member.label:  # else not in the catalogue: the neutral form
            return out
    return translate("Enum", member.label)


# ---- babel formatting -------------------------------------------------------------------


def _locale(lang: str | None) -> Locale:
    return Locale.parse(lang or _current)


def format_date(value: date | None, lang: str | None = None, fmt: str = "long") -> str:
    if value is None:
        return ""
    return babel_dates.format_date(value, format=fmt, locale=_locale(lang))


def format_datetime(value: datetime | None, lang: str | None = None, fmt: str | None = None) -> str:
    """A date and time as people read them: by default the day and the hours and minutes, no
    seconds ("3 dic 2026, 10:00"), joined as the language joins them (CLDR); ``fmt`` a babel
    format otherwise."""
    if value is None:
        return ""
    if fmt is not None:
        return babel_dates.format_datetime(value, format=fmt, locale=_locale(lang))
    pattern = _locale(lang).datetime_formats["medium"]  # "{1}, {0}": date, time
    return (
        str(pattern)
        .replace("{1}", format_date(value, lang, "medium"))
        .replace("{0}", format_time(value, lang))
    )


def format_time(value: datetime | None, lang: str | None = None, fmt: str = "short") -> str:
    if value is None:
        return ""
    return babel_dates.format_time(value, format=fmt, locale=_locale(lang))


def format_number(value: float | int | None, lang: str | None = None) -> str:
    if value is None:
        return ""
    return babel_numbers.format_decimal(value, locale=_locale(lang))


def format_size(size: int | None, lang: str | None = None) -> str:
    """A file's size as the language writes it (CLDR units: "340 kB", "1,2 MB", "2,5 Go")."""
    if size is None:
        return ""
    from babel.units import format_unit

    for unit, scale in (("digital-gigabyte", 1000**3), ("digital-megabyte", 1000**2)):
        if size >= scale:
            return format_unit(round(size / scale, 1), unit, length="short", locale=_locale(lang))
    return format_unit(
        max(1, round(size / 1000)), "digital-kilobyte", length="short", locale=_locale(lang)
    )


def format_list(items: list[str], lang: str | None = None) -> str:
    """Items joined as the language joins a list ("Ana, Luis and Rosa", "Ana, Luis y Rosa")."""
    from babel.lists import format_list as babel_list

    return babel_list(list(items), locale=_locale(lang)) if items else ""


def format_percent(value: float | None, lang: str | None = None) -> str:
    """A share (0.75) as the language writes a percentage: "75%", "75 %"."""
    if value is None:
        return ""
    return babel_numbers.format_percent(value, locale=_locale(lang))


_collators: dict[str, QCollator] = {}


def _collator(lang: str | None) -> QCollator:
    """The language's collation rules (CLDR, through the ICU bundled with Qt): in Spanish
    'Ñ' comes after 'N', accents are secondary differences in every language."""
    lang = lang or _current
    if lang not in _collators:
        collator = QCollator(QLocale(_QT_LOCALE.get(lang, "en_US")))
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        collator.setNumericMode(True)
        _collators[lang] = collator
    return _collators[lang]


def sort_texts(items, key=lambda item: item, lang: str | None = None) -> list:
    """``items`` sorted by ``key(item)`` with the collation rules of the language."""
    collator = _collator(lang)
    return sorted(items, key=lambda item: collator.sortKey(key(item)))


# Codes CLDR names that are no country of nationality: groupings, pseudo-locales, unknown,
# and the exceptionally reserved codes of islands and territories within other countries.
_NOT_COUNTRIES = frozenset(
    {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"}
)


def country_name(code: str | None, lang: str | None = None) -> str:
    if not code:
        return ""
    return _locale(lang).territories.get(code.upper(), code)


def countries(lang: str | None = None) -> list[tuple[str, str]]:
    """(ISO code, name) of every country, named and sorted in the language."""
    names = _locale(lang).territories
    items = [
        (c, n) for c, n in names.items() if len(c) == 2 and c.isalpha() and c not in _NOT_COUNTRIES
    ]
    return sort_texts(items, key=lambda cn: cn[1], lang=lang)


def language_name(code: str | None, lang: str | None = None) -> str:
    if not code:
        return ""
    name = _locale(lang).languages.get(code, code)
    return name[:1].upper() + name[1:]


def languages(lang: str | None = None) -> list[tuple[str, str]]:
    """(ISO 639-1 code, name) of the world's main languages, sorted in the language."""
    names = _locale(lang).languages
    items = [(c, n[:1].upper() + n[1:]) for c, n in names.items() if len(c) == 2]
    return sort_texts(items, key=lambda cn: cn[1], lang=lang)
