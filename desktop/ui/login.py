"""Logging in at start, and unlocking a locked session.

LoginDialog(store) asks a user name and a password (nothing is pre-filled but the name of the
account that locked); OK logs in through desktop.services.accounts. After five wrong passwords
in a row each try waits longer: the dialog says how long, counting down, and offers OK again
when the wait is over. Unlocking (``unlock=True``) takes only the locked account's password.
On an encrypted store whose password is forgotten, "Use the recovery key…" opens the store with
its recovery key (RecoveryUnlockDialog), then asks a new password for the account named (the
key stands for it meanwhile, as ``milma accounts password NAME --recovery`` does); the log-in
then goes on with the new password. A wrong key is refused by its dialog and changes nothing.
A plain store made before encryption is encrypted at its administrator's first log-in here
(``recovery_key`` and ``without_slot`` are then set, for app.py to show).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import UserError
from desktop.i18n import render, translate
from desktop.services import accounts
from desktop.ui.widgets.geometry import fit_to_screen

log = logging.getLogger("milma.ui")


class LoginDialog(QDialog):
    def __init__(
        self, store, parent: QWidget | None = None, *, unlock: bool = False, data_dir=None
    ):
        super().__init__(parent)
        self.setObjectName("unlock" if unlock else "login")
        # store None: an encrypted store, opened (self.store) once the password unlocks it
        self.store = store
        self.data_dir = data_dir if store is None else store.data_dir
        self.unlocking = unlock
        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.user = QLineEdit(self)
        self.user.setObjectName("user")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.user_label, self.password_label = QLabel(self), QLabel(self)
        self.user_label.setBuddy(self.user)
        self.password_label.setBuddy(self.password)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.notice = QLabel(self)  # after a recovery: the new password is set
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        form = QFormLayout()
        form.addRow(self.user_label, self.user)
        form.addRow(self.password_label, self.password)
        self.recover_button = QPushButton(self)
        self.recover_button.setObjectName("recover")
        self.recover_button.clicked.connect(self.recover)
        self.recovery = self.new_password = None  # the two steps of a recovery, while open
        self._opened_here = False  # the store opened by this dialog (closed again if it is left)
        # a plain store encrypted by this log-in: its recovery key, and the accounts to be given
        # a new password (their key slots), both shown by app.py once the dialog is closed
        self.recovery_key: str | None = None
        self.without_slot: list[str] = []
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        if not unlock:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.recover_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.recover_button.setVisible(self._may_recover())
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self._wait_until = 0.0
        if unlock:
            account = accounts.current(store)
            self.user.setText(account.username if account else "")
            self.user.setReadOnly(True)
        self.password.textEdited.connect(
            lambda _t: self.error.hide() if not self.countdown.isActive() else None
        )
        self.retranslate()
        (self.password if unlock else self.user).setFocus()
        fit_to_screen(self, max(self.sizeHint().width(), 460))
        self._tick()

    def retranslate(self) -> None:
        if self.unlocking:
            self.setWindowTitle(translate("Login", "Locked"))
            self.intro.setText(
                translate(
                    "Login",
                    "The session is locked. Type your password to go on where you were: "
                    "the open forms are kept as they are.",
                )
            )
        else:
            self.setWindowTitle(translate("Login", "Log in"))
            self.intro.setText(translate("Login", "Log in with your account on this laptop."))
        self.user_label.setText(translate("Login", "&User name:"))
        self.password_label.setText(translate("Login", "&Password:"))
        self.user.setAccessibleName(translate("Login", "User name"))
        self.password.setAccessibleName(translate("Login", "Password"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(
            translate("Login", "Un&lock") if self.unlocking else translate("Login", "&Log in")
        )
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(translate("Login", "&Quit"))
        self.recover_button.setText(
            translate("Login", "Forgot the password? Use the rec&overy key…")
        )
        self.notice.setText(translate("Login", "The new password is set: type it to log in."))
        self._tick()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _user_name(self) -> str:
        return self.user.text().strip()

    def _tick(self) -> None:
        """While a wait is on: say how long is left, and keep OK off until it is over."""
        import time

        if not self._user_name() or self.store is None or not self.store.is_open:
            left = 0.0
        else:
            left = max(
                self._wait_until - time.time(), accounts.wait_left(self.store, self._user_name())
            )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if left > 0:
            seconds = max(1, int(left + 0.999))
            self.error.setText(
                translate(
                    "Login",
                    "Too many wrong passwords in a row: the next try is possible in %n second(s).",
                    None,
                    seconds,
                )
            )
            self.error.show()
            ok.setEnabled(False)
            if not self.countdown.isActive():
                self.countdown.start()
        else:
            if self.countdown.isActive():
                self.countdown.stop()
                self.error.hide()
            ok.setEnabled(True)

    def accept(self) -> None:
        import time

        from desktop.services import encryption

        try:
            if self.store is None:  # the password unlocks the encrypted store first
                from desktop.domain.roles import lockout_delay
                from desktop.storage.store import Store

                encryption.before_open(
                    self.data_dir, self._user_name(), self.password.text(), delay=lockout_delay
                )
                self.store = Store.open(self.data_dir)
                self._opened_here = True
            if self.unlocking:
                accounts.unlock(self.store, self.password.text())
            else:
                accounts.login(self.store, self._user_name(), self.password.text())
                self._convert()
        except (accounts.MustWait, encryption.WaitToUnlock) as exc:
            self.password.clear()
            self._wait_until = time.time() + exc.seconds
            log.info("log-in waits after wrong passwords")
            self._tick()
            return
        except UserError as exc:
            self.password.clear()
            self.error.setText(render(exc.message))
            self.error.show()
            self.password.setFocus()
            return
        self.password.clear()
        self.error.hide()
        super().accept()

    def _convert(self) -> None:
        """A plain store made before encryption is encrypted at its administrator's first log-in
        (desktop.services.encryption.at_login): its recovery key, shown once when this dialog
        closes (app.py), and the accounts left without a key slot, to be given a new password."""
        from PySide6.QtGui import QGuiApplication

        from desktop.services import encryption

        plain = not encryption.is_encrypted(self.store.data_dir)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.recovery_key = encryption.at_login(
                self.store, self._user_name(), self.password.text()
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        if plain and self.recovery_key:
            log.info("the data store was encrypted at an administrator's log-in")
            opening = encryption.slot_names(self.store.data_dir)
            self.without_slot = [
                a.username
                for a in accounts.accounts(self.store)
                if a.active and a.username not in opening
            ]

    def reject(self) -> None:
        if self.unlocking:
            return  # only the password opens a locked session
        self._close_opened()
        super().reject()

    # ---- a forgotten password: the recovery key ------------------------------------------------
    def _may_recover(self) -> bool:
        from desktop.services import encryption

        return not self.unlocking and self.store is None and encryption.is_encrypted(self.data_dir)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def recover(self) -> None:
        """Ask the recovery key (the account is the user name typed); on to a new password."""
        from desktop.ui.recovery_key import RecoveryUnlockDialog

        if not self._user_name():
            self._say(
                translate(
                    "Login",
                    "Type your user name first: the recovery key sets a new password "
                    "for that account.",
                )
            )
            self.user.setFocus()
            return
        self.error.hide()
        self.recovery = RecoveryUnlockDialog(self.data_dir, self)
        self.recovery.accepted.connect(self._recovered)
        self.recovery.finished.connect(self._recovery_closed)
        self.recovery.open()

    def _recovery_closed(self, _result: int) -> None:
        dialog, self.recovery = self.recovery, None
        if dialog is not None:
            dialog.deleteLater()

    def _recovered(self) -> None:
        """The key opened the store: it stands for the account named while its password is set."""
        from desktop.domain.text import fold
        from desktop.storage.store import Store
        from desktop.ui.accounts_dialog import AccountForm

        self.store = Store.open(self.data_dir)
        self._opened_here = True
        found = [a for a in accounts.accounts(self.store) if a.username == fold(self._user_name())]
        if not found:
            self._close_opened()
            self._say(
                translate(
                    "Login",
                    "There is no account called {name} on this laptop: type the user "
                    "name of the account whose password to set.",
                ).format(name=self._user_name())
            )
            self.user.setFocus()
            return
        self.store.log_in(found[0])
        self.new_password = AccountForm(self.store, self, username=found[0].username)
        self.new_password.finished.connect(self._password_chosen)
        self.new_password.open()

    def _password_chosen(self, result: int) -> None:
        form, self.new_password = self.new_password, None
        if form is not None:
            form.deleteLater()
        if self.store is not None:
            self.store.log_in(None)  # nobody yet: the log-in below checks the new password
        if result != QDialog.DialogCode.Accepted:
            self._close_opened()  # no new password: the store is locked again, as it was
            return
        log.info("a password was set with the recovery key")
        self.recover_button.hide()
        self.password.clear()
        self.password.setFocus()
        self.error.hide()
        self.notice.show()

    def _close_opened(self) -> None:
        """Close, and lock again, the encrypted store this dialog opened."""
        from desktop.services import encryption

        if self._opened_here and self.store is not None:
            self.store.close()
            encryption.lock(self.data_dir)
            self.store = None
            self._opened_here = False
