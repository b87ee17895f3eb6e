"""File > Accounts (administrators): who may use this laptop, with which role, and the time
without input after which the window locks. New account, New password, Role and Switch off
act on the chosen account through desktop.services.accounts (which checks the right again)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import roles as R
from desktop.domain.messages import UserError
from desktop.i18n import render, translate
from desktop.services import accounts
from desktop.ui.widgets.geometry import fit_to_screen
from desktop.ui.widgets.table_model import Column, RowsModel
from desktop.ui.widgets.tables import keep_fitted, read_only_table

log = logging.getLogger("milma.ui")


def role_label(role: str) -> str:
    return translate("Roles", R.ROLE_LABELS[role])


class AccountForm(QDialog):
    """A new account (``username`` None) or a new password for one."""

    def __init__(self, store, parent: QWidget | None = None, username: str | None = None):
        super().__init__(parent)
        self.setObjectName("account_form")
        self.store, self.username = store, username
        self.name, self.technician = QLineEdit(self), QLineEdit(self)
        self.role = QComboBox(self)
        for role in R.ROLES:
            self.role.addItem(role_label(role), role)
        self.password, self.repeat = QLineEdit(self), QLineEdit(self)
        for field, name in (
            (self.name, "name"),
            (self.technician, "technician"),
            (self.role, "role"),
            (self.password, "password"),
            (self.repeat, "repeat"),
        ):
            field.setObjectName(name)
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        texts = [
            (translate("Accounts", "&User name:"), self.name),
            (translate("Accounts", "&Technician (full name):"), self.technician),
            (translate("Accounts", "R&ole:"), self.role),
            (translate("Accounts", "&Password:"), self.password),
            (translate("Accounts", "&Repeat the password:"), self.repeat),
        ]
        for text, field in texts:
            if username is not None and field in (self.name, self.technician, self.role):
                field.hide()  # a new password only: not left loose over the form
                continue
            label = QLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, field)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setWindowTitle(
            translate("Accounts", "New account")
            if username is None
            else translate("Accounts", "New password for {name}").format(name=username)
        )
        fit_to_screen(self, max(self.sizeHint().width(), 460))

    def _refuse(self, text: str, field: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        field.setFocus()

    def accept(self) -> None:
        """The fields checked from the top down: the first one at fault is named, and has the
        focus."""
        if self.username is None:
            try:
                accounts.clean_user_name(self.name.text())
            except UserError as exc:
                return self._refuse(render(exc.message), self.name)
            if not self.technician.text().strip():
                return self._refuse(
                    translate(
                        "Accounts",
                        "Write the full name of the technician this account "
                        "stands for: it is recorded with what they do.",
                    ),
                    self.technician,
                )
        try:
            accounts.check_new_password(self.password.text(), self.repeat.text())
        except UserError as exc:
            return self._refuse(render(exc.message), self.password)
        try:
            if self.username is None:
                accounts.create_account(
                    self.store,
                    self.name.text(),
                    self.password.text(),
                    self.role.currentData(),
                    self.technician.text(),
                )
            else:
                accounts.set_password(self.store, self.username, self.password.text())
        except UserError as exc:  # a name taken already, a right missing
            return self._refuse(
                render(exc.message), self.name if self.username is None else self.password
            )
        self.password.clear()
        self.repeat.clear()
        super().accept()


class AccountsDialog(QDialog):
    def __init__(self, store, parent: QWidget | None = None, session_lock=None):
        super().__init__(parent)
        self.setObjectName("AccountsDialog")
        self.store, self.session_lock = store, session_lock
        self.model = RowsModel(
            [
                Column("username", lambda: translate("Accounts", "User name")),
                Column("technician", lambda: translate("Accounts", "Technician")),
                Column(
                    "role", lambda: translate("Accounts", "Role"), lambda r: role_label(r["role"])
                ),
                Column(
                    "active",
                    lambda: translate("Accounts", "May log in"),
                    lambda r: (
                        translate("Accounts", "yes") if r["active"] else translate("Accounts", "no")
                    ),
                ),
            ],
            self,
        )
        self.view = read_only_table(self.model, self, "accounts")
        self.view.setAccessibleName(translate("Accounts", "Accounts"))
        keep_fitted(self.view, stretch=1)
        self.add_button = QPushButton(translate("Accounts", "&New account…"), self)
        self.password_button = QPushButton(translate("Accounts", "New pass&word…"), self)
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        for role in R.ROLES:
            self.role.addItem(role_label(role), role)
        role_label_widget = QLabel(translate("Accounts", "R&ole:"), self)
        role_label_widget.setBuddy(self.role)
        self.role.setAccessibleName(translate("Accounts", "Role"))
        self.active_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.password_button.clicked.connect(self.new_password)
        self.role.activated.connect(lambda _i: self.set_role())
        self.active_button.clicked.connect(self.toggle_active)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected_changed())
        row = QHBoxLayout()
        for w in (
            self.add_button,
            self.password_button,
            role_label_widget,
            self.role,
            self.active_button,
        ):
            row.addWidget(w)
        row.addStretch(1)
        self.idle = QSpinBox(self)
        self.idle.setObjectName("idle_minutes")
        self.idle.setRange(1, 240)
        self.idle.setValue(accounts.idle_minutes(store))
        self.idle.setSuffix(translate("Accounts", " min"))
        idle_label = QLabel(translate("Accounts", "&Lock after this time without input:"), self)
        idle_label.setBuddy(self.idle)
        self.idle.setAccessibleName(idle_label.text().replace("&", "").rstrip(":"))
        idle_row = QHBoxLayout()
        idle_row.addWidget(idle_label)
        idle_row.addWidget(self.idle)
        idle_row.addStretch(1)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.notice = QLabel(self)  # what an action leaves to do (a switched-on account's password)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("Accounts", "&Close")
        )
        self.idle.editingFinished.connect(self.set_idle)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addLayout(idle_row)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        self.setWindowTitle(translate("Accounts", "Accounts"))
        self.load()
        fit_to_screen(self, 720, 460)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
        super().changeEvent(event)

    def load(self) -> None:
        keep = self.selected()
        self.model.set_rows(
            [
                {
                    "id": a.username,
                    "username": a.username,
                    "role": a.role,
                    "active": a.active,
                    "technician": accounts.technician_label(self.store, a),
                }
                for a in accounts.accounts(self.store)
            ]
        )
        row = self.model.row_of(keep) if keep else -1
        self.view.selectRow(max(row, 0))
        self._selected_changed()

    def selected(self) -> str | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.rows[rows[0].row()]["username"] if rows else None

    def _selected_changed(self) -> None:
        name = self.selected()
        row = next((r for r in self.model.rows if r["username"] == name), None)
        for w in (self.password_button, self.role, self.active_button):
            w.setEnabled(row is not None)
        if row is not None:
            self.role.setCurrentIndex(self.role.findData(row["role"]))
        self.active_button.setText(
            translate("Accounts", "&Switch off")
            if row is None or row["active"]
            else translate("Accounts", "&Switch on")
        )

    def _run(self, action) -> None:
        self.notice.hide()
        try:
            action()
        except UserError as exc:
            self.error.setText(render(exc.message))
            self.error.show()
            self.load()
            return
        self.error.hide()
        self.load()

    def add(self) -> AccountForm:
        form = AccountForm(self.store, self)
        form.accepted.connect(self.load)
        form.open()
        return form

    def new_password(self) -> AccountForm | None:
        name = self.selected()
        if name is None:
            return None
        form = AccountForm(self.store, self, username=name)
        form.open()
        return form

    def set_role(self) -> None:
        name = self.selected()
        if name is not None:
            self._run(lambda: accounts.set_role(self.store, name, self.role.currentData()))

    def toggle_active(self) -> None:
        name = self.selected()
        row = next((r for r in self.model.rows if r["username"] == name), None)
        if row is None:
            return
        self._run(lambda: accounts.set_active(self.store, name, not row["active"]))
        from desktop.services import encryption

        if (
            not row["active"]
            and not self.error.isVisible()
            and encryption.is_encrypted(self.store.data_dir)
            and name not in encryption.slot_names(self.store.data_dir)
        ):
            self.notice.setText(
                translate(
                    "Accounts",
                    "{name} may log in again once given a new password (New "
                    "password…): the encrypted data opens with that one.",
                ).format(name=name)
            )
            self.notice.show()

    def set_idle(self) -> None:
        minutes = self.idle.value()
        if minutes == accounts.idle_minutes(self.store):
            return
        self._run(lambda: accounts.set_idle_minutes(self.store, minutes))
        if self.session_lock is not None:
            self.session_lock.set_idle_minutes(accounts.idle_minutes(self.store))
