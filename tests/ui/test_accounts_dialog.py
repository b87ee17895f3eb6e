"""File > Accounts as an administrator uses it: a technician's account added, a password
changed, an account switched off and on again, a role changed; bad input named, in the user's
language, field by field; and a technician's window has no such entry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.services import accounts, encryption
from desktop.ui.accounts_dialog import AccountForm, AccountsDialog
from desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def _open_accounts(qtbot, window) -> AccountsDialog:
    window.act_accounts.trigger()  # File > Accounts…
    dialog = window.findChild(AccountsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _rows(dialog) -> dict[str, dict]:
    model = dialog.model
    return {
        model.index(r, 0).data(): {
            "technician": model.index(r, 1).data(),
            "role": model.index(r, 2).data(),
            "may log in": model.index(r, 3).data(),
        }
        for r in range(model.rowCount())
    }


def _select(dialog, name: str) -> None:
    dialog.view.selectRow(dialog.model.row_of(name))
    assert dialog.selected() == name


def _form(qtbot, dialog, button) -> AccountForm:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    form = next(f for f in dialog.findChildren(AccountForm) if f.isVisible())
    qtbot.waitExposed(form)
    return form


def _fill(form: AccountForm, **fields) -> None:
    for name, text in fields.items():
        getattr(form, name).setText(text)


def _ok(form: AccountForm) -> None:
    form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_administrator_adds_a_technician_changes_a_password_and_switches_an_account_off(
    qtbot, window, store
):
    assert window.act_accounts in window.menu_file.actions() and window.act_accounts.isVisible()
    dialog = _open_accounts(qtbot, window)
    assert _rows(dialog) == {
        "demo": {"technician": "Ana Técnica", "role": "Administrator", "may log in": "yes"}
    }
    form = _form(qtbot, dialog, dialog.add_button)
    assert form.role.currentData() == "technician"  # the usual new account
    _fill(
        form,
        name="Teo",
        technician="Teo Pardo",
        password="la clave de teo",
        repeat="la clave de teo",
    )
    _ok(form)
    assert not form.isVisible()
    assert _rows(dialog)["teo"] == {
        "technician": "Teo Pardo",
        "role": "Technician",
        "may log in": "yes",
    }
    assert accounts.authenticate(store, "teo", "la clave de teo").role == "technician"

    _select(dialog, "teo")
    form = _form(qtbot, dialog, dialog.password_button)
    assert form.windowTitle() == "New password for teo" and not form.name.isVisible()
    _fill(form, password="otra clave de teo", repeat="otra clave de teo")
    _ok(form)
    assert not form.isVisible()
    assert accounts.authenticate(store, "teo", "otra clave de teo").username == "teo"
    with pytest.raises(accounts.WrongPassword):
        accounts.authenticate(store, "teo", "la clave de teo")

    _select(dialog, "teo")
    dialog.role.setCurrentIndex(dialog.role.findData("coordinator"))
    dialog.role.activated.emit(dialog.role.currentIndex())
    assert _rows(dialog)["teo"]["role"] == "Coordinator"

    _select(dialog, "teo")
    assert dialog.active_button.text() == "&Switch off"
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert (
        _rows(dialog)["teo"]["may log in"] == "no" and dialog.active_button.text() == "&Switch on"
    )
    with pytest.raises(accounts.WrongPassword):
        accounts.authenticate(store, "teo", "otra clave de teo")
    _select(dialog, "demo")
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)  # the last administrator
    assert (
        dialog.error.isVisible() and dialog.error.text() == "The last administrator must stay one."
    )
    assert _rows(dialog)["demo"]["may log in"] == "yes"


def test_bad_input_is_named_field_by_field_in_the_users_language(qtbot, window, store, language):
    dialog = _open_accounts(qtbot, window)
    form = _form(qtbot, dialog, dialog.add_button)
    _fill(
        form, name="", technician="Teo Pardo", password="la clave de teo", repeat="la clave de teo"
    )
    _ok(form)
    assert form.isVisible() and form.error.text().startswith("Write a user name of one word")
    assert form.focusWidget() is form.name
    _fill(form, name="teo", technician=" ")
    _ok(form)
    assert (
        form.error.text().startswith("Write the full name of the technician")
        and form.focusWidget() is form.technician
    )
    _fill(form, technician="Teo Pardo", password="corta", repeat="corta")
    _ok(form)
    assert (
        form.error.text() == "The password needs at least 8 characters."
        and form.focusWidget() is form.password
    )
    _fill(form, password="la clave de teo", repeat="la clave de tea")
    _ok(form)
    assert form.error.text() == "The two passwords differ: type the same twice."
    _fill(form, name="DEMO", repeat="la clave de teo")
    _ok(form)
    assert (
        form.error.text() == "There is already an account called demo."
        and form.focusWidget() is form.name
    )
    assert [a.username for a in accounts.accounts(store)] == ["demo"]  # nothing made meanwhile
    language("es")
    _fill(form, name="dos palabras")
    _ok(form)
    assert form.error.text().startswith("Escriba un nombre de usuario de una sola palabra")
    _fill(form, name="teo", password="corta", repeat="corta")
    _ok(form)
    assert form.error.text() == "La contraseña necesita al menos 8 caracteres."
    language("fr")
    _fill(form, technician="")
    _ok(form)
    assert form.error.text().startswith("Écrivez le nom complet du technicien")
    assert [a.username for a in accounts.accounts(store)] == ["demo"]


def test_an_account_switched_on_again_in_an_encrypted_store_is_told_to_get_a_new_password(
    qtbot, window, store, fast_key_slots
):
    accounts.create_account(store, "teo", "la clave de teo", "technician", "Teo Pardo")
    encryption.encrypt(store, "demo", accounts.DEMO_PASSWORD)
    encryption.set_slot(store.data_dir, "teo", "la clave de teo")
    dialog = _open_accounts(qtbot, window)
    _select(dialog, "teo")
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert "teo" not in encryption.slot_names(store.data_dir) and not dialog.notice.isVisible()
    _select(dialog, "teo")
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert _rows(dialog)["teo"]["may log in"] == "yes"
    assert dialog.notice.isVisible() and dialog.notice.text().startswith(
        "teo may log in again once given a new password"
    )
    _select(dialog, "teo")
    form = _form(qtbot, dialog, dialog.password_button)
    _fill(form, password="otra clave de teo", repeat="otra clave de teo")
    _ok(form)
    assert "teo" in encryption.slot_names(store.data_dir)


def test_a_technician_has_no_accounts_entry_and_the_service_refuses_them(qtbot, store):
    accounts.create_account(store, "teo", "la clave de teo", "technician", "Teo Pardo")
    accounts.login(store, "teo", "la clave de teo")
    technician = MainWindow(store)
    qtbot.addWidget(technician)
    technician.show()
    assert not technician.act_accounts.isVisible()
    assert "Accounts…" not in [
        a.text().replace("&", "") for a in technician.menu_file.actions() if a.isVisible()
    ]
    with pytest.raises(accounts.AccessDenied) as refused:
        accounts.create_account(store, "eva", "la clave de eva", "technician", "Eva Ruiz")
    assert "may not manage accounts" in str(refused.value.message.render(lambda _c, t: t))
    technician.close()
