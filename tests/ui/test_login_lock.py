"""Logging in, and the session locking after a while without input: every window covered, the
forms underneath kept as typed, only the right password opening it again; five wrong passwords
in a row make the next try wait, saying how long."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.services import accounts
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.session_lock import SessionLock
from desktop.ui.widgets.record_dialog import RecordDialog


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_logging_in_takes_the_right_password_only(qtbot, store):
    accounts.logout(store)
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.user.text() and not dialog.password.text()  # nothing secret is filled in
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    qtbot.keyClicks(dialog.user, "demo")
    qtbot.keyClicks(dialog.password, "not the password")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == "Wrong user name or password."
    assert not dialog.password.text() and accounts.current(store) is None
    qtbot.keyClicks(dialog.password, accounts.DEMO_PASSWORD)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert (
        dialog.result() == dialog.DialogCode.Accepted and accounts.current(store).username == "demo"
    )


def test_five_wrong_passwords_make_the_next_try_wait_and_say_so(qtbot, store):
    accounts.logout(store)
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user.setText("demo")
    for _ in range(5):
        dialog.password.setText("wrong password")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert (
        dialog.error.text()
        == "Too many wrong passwords in a row: the next try is possible in 5 seconds."
    )
    assert not ok_button(dialog).isEnabled() and dialog.countdown.isActive()
    qtbot.waitUntil(lambda: "4 seconds" in dialog.error.text(), timeout=3000)  # counting down
    # a new dialog (a restart) waits as long: the count is kept with the account
    again = LoginDialog(store)
    qtbot.addWidget(again)
    again.user.setText("demo")
    again._tick()
    assert not ok_button(again).isEnabled() and "next try is possible" in again.error.text()


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def test_the_session_locks_when_idle_and_the_form_keeps_what_was_typed(
    qtbot, window, store, monkeypatch
):
    from desktop.ui import errors

    monkeypatch.setattr(errors, "ask", lambda *_a, **_k: "discard")  # closing the form at the end
    lock = SessionLock(store, window, idle_ms=300)
    window.session_lock = lock
    form = RecordDialog(
        "company",
        "New: Company",
        lambda values: values,
        fields=["name", "sector"],
        store=store,
        parent=window,
    )
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    name = form.form.widget("name")
    qtbot.keyClicks(name, "Taller Sur")
    with qtbot.waitSignal(lock.locked, timeout=3000):
        pass  # no input for the idle time
    assert lock.is_locked
    covers = [
        w for w in QApplication.allWidgets() if w.objectName() == "lock_cover" and w.isVisible()
    ]
    assert {c.parentWidget() for c in covers} >= {window, form}  # every window covered
    assert all(c.geometry() == c.parentWidget().rect() for c in covers)
    unlock = lock.dialog
    assert (
        unlock.isVisible()
        and unlock.isModal()
        and unlock.user.text() == "demo"
        and unlock.user.isReadOnly()
    )
    assert unlock.windowTitle() == "Locked"
    unlock.reject()  # Escape does not open it
    assert lock.is_locked and unlock.isVisible()
    unlock.password.setText("not the password")
    qtbot.mouseClick(ok_button(unlock), Qt.MouseButton.LeftButton)
    assert lock.is_locked and unlock.error.text() == "Wrong user name or password."
    unlock.password.setText(accounts.DEMO_PASSWORD)
    with qtbot.waitSignal(lock.unlocked, timeout=3000):
        qtbot.mouseClick(ok_button(unlock), Qt.MouseButton.LeftButton)
    assert not lock.is_locked and form.isVisible() and name.text() == "Taller Sur"
    qtbot.waitUntil(
        lambda: (
            not [
                w
                for w in QApplication.allWidgets()
                if w.objectName() == "lock_cover" and w.isVisible()
            ]
        ),
        timeout=2000,
    )
    assert lock.timer.isActive()  # and the wait starts again
    form.close()


def test_input_keeps_the_session_open_and_the_screen_lock_locks_it(qtbot, window, store):
    lock = SessionLock(store, window, idle_ms=400)
    for _ in range(4):
        qtbot.wait(200)
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)  # the user is at work
        assert not lock.is_locked
    lock._state_changed(Qt.ApplicationState.ApplicationInactive)  # another window: no lock
    assert not lock.is_locked
    lock._state_changed(Qt.ApplicationState.ApplicationSuspended)  # a lid closed, a screen lock
    assert lock.is_locked
    lock.dialog.password.setText(accounts.DEMO_PASSWORD)
    lock.dialog.accept()
    assert not lock.is_locked


def test_file_lock_locks_now_and_accounts_are_for_administrators(qtbot, window, store):
    window.session_lock = SessionLock(store, window)
    assert window.act_lock.isVisible() and window.act_accounts.isVisible()
    window.act_lock.trigger()
    assert window.session_lock.is_locked
    window.session_lock.dialog.password.setText(accounts.DEMO_PASSWORD)
    window.session_lock.dialog.accept()
    accounts.create_account(store, "tecnico", "password of tecnico", "technician", "Teo Técnico")
    accounts.login(store, "tecnico", "password of tecnico")
    technician_window = MainWindow(store)
    qtbot.addWidget(technician_window)
    assert not technician_window.act_accounts.isVisible()
    assert not technician_window.act_import_history.isVisible()
    assert (
        "indicators" not in technician_window.page_keys()
        and "participants" in technician_window.page_keys()
    )
    assert "indicators" in window.page_keys()
    technician_window.close()
