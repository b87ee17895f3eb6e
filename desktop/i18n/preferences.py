"""The interface language chosen in Settings, remembered between runs (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.i18n import LANGUAGES, system_language

ORGANISATION = "MILMA"
APPLICATION = "milma-desktop"
KEY = "interface/language"


def settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def load_language() -> str:
    """The remembered choice; at first start the system's language (es, en or fr; else es)."""
    value = settings().value(KEY)
    if isinstance(value, str) and value in LANGUAGES:
        return value
    return system_language()


def save_language(lang: str) -> None:
    if lang in LANGUAGES:
        s = settings()
        s.setValue(KEY, lang)
        s.sync()
