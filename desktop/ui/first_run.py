"""First start of a laptop: the interface language, its site, a name for it and the technician
who uses it (required: it is recorded with every registration and session), then the
administrator's account (a user name and a password typed twice; it stands for that technician
and is logged in when the dialog closes). A laptop set up before accounts existed sees only the
account part. Quit closes the application without setting anything up."""

from __future__ import annotations

import logging
import socket

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Site
from desktop.domain.messages import UserError
from desktop.i18n import LANGUAGES, current_language, render, set_language, translate
from desktop.i18n.preferences import save_language
from desktop.i18n.values import enum_text
from desktop.services import accounts, encryption
from desktop.services.setup import init_device, technician_name
from desktop.storage.store import Store
from desktop.ui.widgets.geometry import fit_to_screen

log = logging.getLogger("milma.ui")


class FirstRunDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None):
        from desktop.ui.settings_dialog import LANGUAGE_NAMES

        super().__init__(parent)
        self.setObjectName("first_run")
        self.recovery_key: str | None = None  # made when the store is encrypted (accept)
        self.store = store
        self.accounts_only = bool(store.meta.get("site"))  # set up before accounts existed
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.site = QComboBox(self)
        self.site.setObjectName("site")
        for site in Site:
            self.site.addItem("", site.value)
        self.device = QLineEdit(self)
        self.device.setObjectName("device")
        self.device.setText(socket.gethostname()[:60])
        self.technician = QLineEdit(self)
        self.technician.setObjectName("technician")
        self.technician_note = QLabel(self)
        self.technician_note.setObjectName("technician_note")
        self.technician_note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.cancel_note = QLabel(self)
        self.cancel_note.setObjectName("cancel_note")
        self.cancel_note.setWordWrap(True)
        self.labels = {
            name: QLabel(self)
            for name in (
                "language",
                "site",
                "device",
                "technician",
                "admin_user",
                "admin_password",
                "admin_repeat",
            )
        }
        self.laptop_box = QGroupBox(self)
        self.form = QFormLayout(self.laptop_box)
        for name, widget in (
            ("language", self.language),
            ("site", self.site),
            ("device", self.device),
            ("technician", self.technician),
        ):
            self.labels[name].setBuddy(widget)
            self.form.addRow(self.labels[name], widget)
        self.form.addRow("", self.technician_note)
        self.account_box = QGroupBox(self)
        self.account_form = QFormLayout(self.account_box)
        self.admin_note = QLabel(self)
        self.admin_note.setObjectName("admin_note")
        self.admin_note.setWordWrap(True)
        self.account_form.addRow(self.admin_note)
        self.admin_user, self.admin_password, self.admin_repeat = (
            QLineEdit(self),
            QLineEdit(self),
            QLineEdit(self),
        )
        for name, widget in (
            ("admin_user", self.admin_user),
            ("admin_password", self.admin_password),
            ("admin_repeat", self.admin_repeat),
        ):
            widget.setObjectName(name)
            if name != "admin_user":
                widget.setEchoMode(QLineEdit.EchoMode.Password)
            widget.textChanged.connect(lambda _t: self.error.hide())
            self.labels[name].setBuddy(widget)
            self.account_form.addRow(self.labels[name], widget)
        if self.accounts_only:
            self.technician.setText(technician_name(store))
            if self.technician.text():
                self.laptop_box.hide()
            else:  # none chosen yet: only whom the account stands for is asked
                for widget in (self.language, self.site, self.device):
                    self.form.setRowVisible(widget, False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.technician.textChanged.connect(lambda _t: self.error.hide())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.laptop_box)
        layout.addWidget(self.account_box)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.cancel_note)
        layout.addWidget(self.buttons)
        self.retranslate()
        (self.admin_user if self.accounts_only else self.technician).setFocus()
        fit_to_screen(self, max(self.sizeHint().width(), 560))

    def retranslate(self) -> None:
        self.setWindowTitle(translate("FirstRun", "Set up this laptop"))
        if self.accounts_only:
            self.intro.setText(
                translate(
                    "FirstRun",
                    "This laptop's data has no accounts yet. Create the administrator's "
                    "account: from now on everyone logs in with their own.",
                )
            )
        else:
            self.intro.setText(
                translate(
                    "FirstRun",
                    "This laptop is not set up yet. Choose the site where it is used, "
                    "a name for the laptop and the technician who uses it, then "
                    "create the administrator's account.",
                )
            )
        self.laptop_box.setTitle(translate("FirstRun", "This laptop"))
        self.account_box.setTitle(translate("FirstRun", "Administrator's account"))
        stands = (
            translate(
                "FirstRun", "The account stands for this laptop's technician, {name}."
            ).format(name=self.technician.text())
            if self.accounts_only and self.laptop_box.isHidden()
            else translate("FirstRun", "The account stands for the technician above.")
        )
        self.admin_note.setText(
            " ".join(
                (
                    translate(
                        "FirstRun",
                        "The administrator manages the accounts of the other technicians, the"
                        " exchange keys and the settings.",
                    ),
                    stands,
                    translate(
                        "FirstRun",
                        "The password needs at least {n} characters; keep it safe: nobody can read"
                        " it back.",
                    ).format(n=accounts.MIN_PASSWORD),
                )
            )
        )
        self.admin_user.setPlaceholderText(translate("FirstRun", "One word, for example rosa"))
        for i in range(self.site.count()):
            self.site.setItemText(i, enum_text(Site, self.site.itemData(i)))
        texts = {
            "language": translate("FirstRun", "Interface &language:"),
            "site": translate("FirstRun", "&Site:"),
            "device": translate("FirstRun", "Laptop &name:"),
            "technician": translate("FirstRun", "&Technician:"),
            "admin_user": translate("FirstRun", "&User name:"),
            "admin_password": translate("FirstRun", "&Password:"),
            "admin_repeat": translate("FirstRun", "&Repeat the password:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            self.labels[name].buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        self.technician.setPlaceholderText(translate("FirstRun", "Full name"))
        self.technician_note.setText(
            translate(
                "FirstRun",
                "Required: the technician is recorded with every participant registered and every "
                "session on this laptop. The other technicians get accounts of their own later, in "
                "File > Accounts.",
            )
        )
        self.device.setToolTip(
            translate("FirstRun", "Shown to the coordinator with the data this laptop exports.")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("FirstRun", "St&art")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("FirstRun", "&Quit")
        )
        self.cancel_note.setText(
            translate(
                "FirstRun",
                "Quit closes the application without setting anything up; this window opens "
                "again at the next start.",
            )
        )

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self, _index: int) -> None:
        """The whole interface switches at once; the choice is remembered."""
        lang = self.language.currentData()
        if lang and lang != current_language():
            set_language(lang)
            log.info("interface language changed to %s", lang)
        save_language(lang)

    def accept(self) -> None:
        technician = " ".join(self.technician.text().split())
        if not technician:
            self.error.setText(
                translate(
                    "FirstRun",
                    "Write the technician's full name: it is recorded with "
                    "everything done on this laptop.",
                )
            )
            self.error.show()
            self.technician.setFocus()
            return
        try:
            accounts.clean_user_name(self.admin_user.text())
            accounts.check_new_password(self.admin_password.text(), self.admin_repeat.text())
            if not self.accounts_only:
                init_device(
                    self.store,
                    self.site.currentData(),
                    self.device.text().strip() or None,
                    technician,
                )
            admin = accounts.create_account(
                self.store,
                self.admin_user.text(),
                self.admin_password.text(),
                "administrator",
                technician,
            )
            # the store is encrypted now: its recovery key, shown once as the dialog closes (app.py)
            self.recovery_key = encryption.after_login(
                self.store, admin.username, self.admin_password.text()
            )
        except UserError as exc:
            self.error.setText(render(exc.message))
            self.error.show()
            return
        log.info("laptop set up with its administrator's account")
        for field in (self.admin_password, self.admin_repeat):
            field.clear()
        super().accept()
