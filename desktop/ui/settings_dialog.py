"""Settings: the interface language (Español, English, Français).

Applying a language installs its translators at once: every open window receives a
LanguageChange event and retranslates itself, no restart needed. The choice is remembered.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import LANGUAGES, current_language, format_date, set_language, translate
from desktop.i18n.preferences import save_language

log = logging.getLogger("milma.ui")

# Each language is offered under its own name, whatever the interface language is.
LANGUAGE_NAMES = {"es": "Español", "en": "English", "fr": "Français"}
EXAMPLE_DATE = date(2026, 11, 19)


class SettingsDialog(QDialog):
    """Built as SettingsDialog(parent). OK and Apply switch the language; Cancel keeps it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.example = QLabel(self)
        self.example.setObjectName("example")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow("", self.example)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.language.currentIndexChanged.connect(self._update_example)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def chosen_language(self) -> str:
        return self.language.currentData()

    def set_chosen_language(self, lang: str) -> None:
        index = self.language.findData(lang)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def apply(self) -> None:
        """Switch the whole interface to the chosen language and remember it."""
        lang = self.chosen_language()
        if lang != current_language():
            set_language(lang)
            log.info("interface language changed to %s", lang)
        save_language(lang)

    def accept(self) -> None:
        self.apply()
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Settings", "Settings"))
        self.language_label.setText(translate("Settings", "Interface &language:"))
        self.language.setAccessibleName(translate("Settings", "Interface language"))
        self.hint.setText(translate(
            "Settings", "The whole application switches at once and remembers the choice. Documents for a participant are printed in the participant's own language."))
        self._update_example()

    def _update_example(self, *_args) -> None:
        lang = self.chosen_language() or current_language()
        self.example.setText(translate("Settings", "Dates look like this: {date}").format(
            date=format_date(EXAMPLE_DATE, lang)))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
