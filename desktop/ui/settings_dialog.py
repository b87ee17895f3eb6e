"""Settings: the interface language (Español, English, Français) and the technician who uses
this laptop.

Applying a language installs its translators at once: every open window receives a
LanguageChange event and retranslates itself, no restart needed. The choice is remembered.
On a laptop without accounts yet the technician is kept where the first-start dialog keeps it
(the store); a name not known yet adds a technician at this laptop's site. With accounts the
technician is the logged-in account's, and is not offered here.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import UserError
from desktop.i18n import LANGUAGES, current_language, format_date, render, set_language, translate
from desktop.i18n.preferences import save_language
from desktop.ui.widgets.geometry import fit_to_screen

log = logging.getLogger("milma.ui")

# Each language is offered under its own name, whatever the interface language is.
LANGUAGE_NAMES = {"es": "Español", "en": "English", "fr": "Français"}
EXAMPLE_DATE = date(2026, 11, 19)


def _has_accounts(store) -> bool:
    from desktop.services.accounts import has_accounts

    return has_accounts(store)


class SettingsDialog(QDialog):
    """Built as SettingsDialog(parent, store=store). OK and Apply switch the language and the
    technician; Cancel keeps both. Without a store only the language is offered."""

    def __init__(self, parent: QWidget | None = None, store=None):
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.store = store
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

        self.technician_label = QLabel(self)
        self.technician = QComboBox(self)
        self.technician.setObjectName("technician")
        self.technician.setEditable(True)
        self.technician.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.technician_label.setBuddy(self.technician)
        self.technician_hint = QLabel(self)
        self.technician_hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self._technician_id = ""
        self._technician_name = ""

        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow("", self.example)
        # with accounts, the technician is the logged-in account's (desktop.services.accounts)
        self.chooses_technician = store is not None and not _has_accounts(store)
        if self.chooses_technician:
            self._load_technicians()
            form.addRow(self.technician_label, self.technician)
            form.addRow("", self.technician_hint)
        if store is not None:
            self.backups_label = QLabel(self)
            self.backups_button = QPushButton(self)
            self.backups_button.setObjectName("backups")
            self.backups_button.clicked.connect(self.open_backups)
            self.backups_label.setBuddy(self.backups_button)
            form.addRow(self.backups_label, self.backups_button)
        if not self.chooses_technician:
            for w in (self.technician_label, self.technician, self.technician_hint):
                w.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.language.currentIndexChanged.connect(self._update_example)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        fit_to_screen(self, max(self.sizeHint().width(), 520))

    def _load_technicians(self) -> None:
        from desktop.services.setup import technician_name, technicians

        self._technician_id = self.store.meta.get("technician_id") or ""
        self._technician_name = technician_name(self.store)
        self.technician.clear()
        for tid, name in technicians(self.store):
            self.technician.addItem(name, tid)
        index = self.technician.findData(self._technician_id) if self._technician_id else -1
        if index >= 0:
            self.technician.setCurrentIndex(index)
        else:
            self.technician.setEditText(self._technician_name)

    def chosen_technician(self) -> str:
        return " ".join(self.technician.currentText().split())

    def set_chosen_technician(self, name: str) -> None:
        index = self.technician.findText(name)
        if index >= 0:
            self.technician.setCurrentIndex(index)
        else:
            self.technician.setEditText(name)

    def apply_technician(self) -> bool:
        """Make the chosen technician the one using this laptop. False (with a message) when
        the name is empty or cannot be kept."""
        if not self.chooses_technician:
            return True
        name = self.chosen_technician()
        if name == self._technician_name:
            return True
        from desktop.services.setup import choose_technician
        from desktop.ui.events import data_changed

        if not name:
            self.error.setText(
                translate(
                    "Settings",
                    "Choose the technician who uses this laptop, or write their full name.",
                )
            )
            self.error.show()
            return False
        try:
            self._technician_id = choose_technician(self.store, name)
        except UserError as exc:
            self.error.setText(render(exc.message))
            self.error.show()
            return False
        log.info("technician of this laptop changed")
        self.error.hide()
        self._load_technicians()
        data_changed({"technician"})
        return True

    def open_backups(self):
        """The backups of this data folder and the second folder (a USB stick) for their copies."""
        from desktop.ui.backups import BackupsDialog

        dialog = BackupsDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def chosen_language(self) -> str:
        return self.language.currentData()

    def set_chosen_language(self, lang: str) -> None:
        index = self.language.findData(lang)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def apply(self) -> bool:
        """Switch the whole interface to the chosen language and remember it; make the chosen
        technician the current one. False when the technician could not be set."""
        lang = self.chosen_language()
        if lang != current_language():
            set_language(lang)
            log.info("interface language changed to %s", lang)
        save_language(lang)
        return self.apply_technician()

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Settings", "Settings"))
        self.language_label.setText(translate("Settings", "Interface &language:"))
        self.language.setAccessibleName(translate("Settings", "Interface language"))
        self.technician_label.setText(translate("Settings", "&Technician using this laptop:"))
        self.technician.setAccessibleName(translate("Settings", "Technician using this laptop"))
        self.technician_hint.setText(
            translate(
                "Settings",
                "Recorded with the participants registered and the sessions held from now on. "
                "Choose a name from the list, or write a new one to add a technician.",
            )
        )
        if self.store is not None:
            self.backups_label.setText(translate("Settings", "Backups and their second copy:"))
            self.backups_button.setText(translate("Settings", "&Backups…"))
        self.hint.setText(
            translate(
                "Settings",
                "The whole application switches at once and remembers the choice. Documents for a"
                " participant are printed in the participant's own language.",
            )
        )
        self._update_example()

    def _update_example(self, *_args) -> None:
        lang = self.chosen_language() or current_language()
        self.example.setText(
            translate("Settings", "Dates look like this: {date}").format(
                date=format_date(EXAMPLE_DATE, lang)
            )
        )

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
