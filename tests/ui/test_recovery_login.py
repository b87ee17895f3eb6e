"""A forgotten password, from the log-in window of an encrypted store: "Use the recovery key…"
takes the key printed when the data was encrypted, then a new password (twice) for the account
named, and the log-in goes on with it. A wrong key is refused in the user's language and
changes nothing; the button is not offered on a plain store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.services import accounts, encryption
from desktop.services.setup import init_device
from desktop.storage import engine
from desktop.storage import keyslots as K
from desktop.storage.store import Store
from desktop.ui.login import LoginDialog
from tests.ui.test_mnemonics import clashes, window_mnemonics


@pytest.fixture(autouse=True)
def _fast_slots(fast_key_slots):
    """Every test here makes key slots."""


@pytest.fixture
def encrypted(tmp_path):
    """An encrypted store with two accounts, rosa (administrator) and teo (technician, who
    forgot his password), locked; and its recovery key."""
    store = Store.open(tmp_path / "data")
    init_device(store, "CIFE", "laptop", "Rosa Martín")
    accounts.create_account(store, "rosa", "una clave larga", "administrator")
    recovery = encryption.after_login(store, "rosa", "una clave larga")
    accounts.create_account(store, "teo", "la clave de teo", "technician", login_now=False)
    store.close()
    engine._keys.clear()
    return tmp_path / "data", recovery


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def login_dialog(qtbot, data_dir, name="teo"):
    dialog = LoginDialog(None, data_dir=data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.user, name)
    return dialog


def test_the_recovery_key_sets_a_new_password_and_the_log_in_goes_on_with_it(qtbot, encrypted):
    data_dir, recovery = encrypted
    dialog = login_dialog(qtbot, data_dir)
    assert dialog.recover_button.isVisible()
    assert dialog.recover_button.text() == "Forgot the password? Use the rec&overy key…"
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    key = dialog.recovery
    assert key is not None and key.isVisible()
    qtbot.keyClicks(key.key, recovery.lower().replace("-", " "))  # typed as read off the page
    qtbot.mouseClick(ok(key), Qt.MouseButton.LeftButton)
    form = dialog.new_password
    assert form is not None and form.isVisible() and form.windowTitle() == "New password for teo"
    assert [
        w.objectName()
        for w in (form.name, form.technician, form.role, form.password, form.repeat)
        if w.isVisible()
    ] == ["password", "repeat"]  # nothing else left loose over the form
    qtbot.keyClicks(form.password, "la nueva de teo")
    qtbot.keyClicks(form.repeat, "otra cosa")
    form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert (
        form.isVisible() and form.error.text() == "The two passwords differ: type the same twice."
    )
    form.repeat.clear()
    qtbot.keyClicks(form.repeat, "la nueva de teo")
    form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert not form.isVisible() and dialog.new_password is None
    assert (
        dialog.isVisible() and dialog.notice.text() == "The new password is set: type it to log in."
    )
    assert not dialog.recover_button.isVisible() and accounts.current(dialog.store) is None
    qtbot.keyClicks(dialog.password, "la clave de teo")  # the old one no longer opens
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == "Wrong user name or password."
    qtbot.keyClicks(dialog.password, "la nueva de teo")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert accounts.current(dialog.store).username == "teo"
    dialog.store.close()
    # the next start: the new password opens the encrypted store itself (teo's key slot)
    engine._keys.clear()
    again = login_dialog(qtbot, data_dir)
    again.password.setText("la nueva de teo")
    qtbot.mouseClick(ok(again), Qt.MouseButton.LeftButton)
    assert (
        again.result() == again.DialogCode.Accepted
        and accounts.current(again.store).username == "teo"
    )
    again.store.close()


def test_a_wrong_recovery_key_is_refused_in_the_users_language_and_changes_nothing(
    qtbot, encrypted, language
):
    data_dir, _recovery = encrypted
    language("es")
    dialog = login_dialog(qtbot, data_dir)
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    key = dialog.recovery
    qtbot.keyClicks(key.key, K.new_recovery_key())
    qtbot.mouseClick(ok(key), Qt.MouseButton.LeftButton)
    assert key.isVisible() and key.error.isVisible()
    assert key.error.text() == "Esta no es la clave de recuperación de estos datos."
    assert (
        dialog.new_password is None
        and dialog.store is None
        and not encryption.is_unlocked(data_dir)
    )
    key.reject()
    assert dialog.recovery is None and dialog.isVisible()
    dialog.password.setText("la clave de teo")  # the old password still opens
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    dialog.store.close()


def test_leaving_the_new_password_unset_locks_the_store_again(qtbot, encrypted):
    data_dir, recovery = encrypted
    dialog = login_dialog(qtbot, data_dir)
    dialog.recover_button.click()
    dialog.recovery.key.setText(recovery)
    ok(dialog.recovery).click()
    dialog.new_password.reject()
    assert dialog.store is None and not encryption.is_unlocked(data_dir)
    assert dialog.recover_button.isVisible() and not dialog.notice.isVisible()


def test_the_account_is_named_first_and_must_exist(qtbot, encrypted):
    data_dir, recovery = encrypted
    dialog = login_dialog(qtbot, data_dir, name="")
    dialog.recover_button.click()
    assert dialog.recovery is None
    assert dialog.error.text() == (
        "Type your user name first: the recovery key sets a new password for that account."
    )
    qtbot.keyClicks(dialog.user, "nadie")
    dialog.recover_button.click()
    dialog.recovery.key.setText(recovery)
    ok(dialog.recovery).click()
    assert (
        dialog.new_password is None
        and dialog.store is None
        and not encryption.is_unlocked(data_dir)
    )
    assert dialog.error.text() == (
        "There is no account called nadie on this laptop: type the user name "
        "of the account whose password to set."
    )


def test_a_plain_store_offers_no_recovery_key(qtbot, store):
    accounts.logout(store)
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.recover_button.isVisible()


@pytest.mark.parametrize("lang", ["es", "en", "fr"])
def test_no_two_mnemonics_clash_in_the_log_in(qtbot, encrypted, language, lang):
    language(lang)
    dialog = login_dialog(qtbot, encrypted[0])
    problems = [
        p
        for scope, found in window_mnemonics(dialog).items()
        for p in clashes(f"login ({lang}) {scope}", found)
    ]
    assert problems == []
