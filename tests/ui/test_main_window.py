"""The main window and the `milma-desktop` entry point."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.i18n import set_language
from desktop.i18n.preferences import settings
from desktop.ui import errors, navigation
from desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def fresh_settings():
    s = settings()
    s.clear()
    s.sync()
    yield
    s.clear()
    s.sync()


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    def unexpected(*_a, **_k):
        raise AssertionError("unexpected question")

    monkeypatch.setattr(errors, "ask", unexpected)


@pytest.fixture
def window(qtbot, demo_store):
    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def run_app(*args, data_dir=None, timeout=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if data_dir is not None:
        args = ("--data-dir", str(data_dir), *args)
    return subprocess.run(
        [sys.executable, "-m", "desktop.app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


def test_smoke_opens_the_main_window_and_exits_zero(tmp_path):
    result = run_app("--demo", "25", "--smoke", data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    # --demo filled the empty store; a second --demo leaves the data alone and says so
    again = run_app("--demo", "10", "--smoke", data_dir=tmp_path / "d")
    assert again.returncode == 0
    assert "already has participants" in again.stderr
    from desktop.services import participants
    from desktop.storage.store import Store

    store = Store.open(tmp_path / "d")
    try:
        assert participants.count(store) == 25
    finally:
        store.close()


FIRST_SCREEN_ONLY = """
import gc, sys
from desktop.app import main
code = main(sys.argv[1:])
heavy = sorted(m for m in ("sqlalchemy", "sqlmodel", "alembic", "desktop.storage.journal",
                           "desktop.storage.models", "desktop.services.records")
               if m in sys.modules)
print("heavy:", ",".join(heavy))
print("collecting:", gc.isenabled(), "frozen:", gc.get_freeze_count() > 1000)
sys.exit(code)
"""


def test_perf_guard_first_screen_opens_without_the_storage_stack(tmp_path):
    """Start-up stays fast: the window and the participants list are shown from plain sqlite3
    reads; SQLAlchemy, the models and the journal are loaded only after the first screen."""
    made = run_app("--demo", "5", "--smoke", data_dir=tmp_path / "d")
    assert made.returncode == 0, made.stderr
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", FIRST_SCREEN_ONLY, "--data-dir", str(tmp_path / "d"), "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "heavy: \n" in result.stdout
    # the collector was held while start-up made its long-lived objects, then given back
    assert "collecting: True frozen: True" in result.stdout


WARMS_UP = """
import gc, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import desktop.app as A

def check():
    if all(m in sys.modules for m in A.WARM_UP) and gc.isenabled():
        print("warmed up, collecting, frozen:", gc.get_freeze_count() > 1000)
        QApplication.instance().quit()
    else:
        QTimer.singleShot(20, check)

QTimer.singleShot(0, check)
QTimer.singleShot(30000, lambda: QApplication.instance().quit())
from desktop.services import accounts
# as typed at the log-in
A._logged_in = lambda store, _args: bool(accounts.login(store, "demo", "milma-demo"))
sys.exit(A.main(sys.argv[1:]))
"""


def test_perf_guard_storage_stack_loads_by_itself_after_the_first_screen(tmp_path):
    """Without any action of the user, the modules behind opening a participant or saving a
    form are loaded once the window shows (so the first click does not wait for them)."""
    made = run_app("--demo", "5", "--smoke", data_dir=tmp_path / "d")
    assert made.returncode == 0, made.stderr
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run(
        [sys.executable, "-c", WARMS_UP, "--data-dir", str(tmp_path / "d")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "warmed up, collecting, frozen: True" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [("--demo", "-1"), ("--demo", "many"), ("--colour",), ("extra",)])
def test_bad_arguments_exit_2_with_a_message(tmp_path, args):
    result = run_app(*args, data_dir=tmp_path / "d", timeout=60)
    assert result.returncode == 2
    assert "milma-desktop: error:" in result.stderr
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr


def test_unusable_data_folder_exits_1_with_one_line(tmp_path):
    not_a_db = tmp_path / "d"
    not_a_db.mkdir()
    (not_a_db / "milma.sqlite3").write_bytes(b"this is not a database" * 100)
    result = run_app("--smoke", data_dir=not_a_db, timeout=60)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("milma-desktop:")]
    assert len(lines) == 1 and "damaged" in lines[0]
    assert "Traceback" not in result.stderr


def test_status_bar_and_title_show_site_device_and_technician(window):
    assert "CIFE (main site)" in window.status_site.text()
    assert "test-laptop" in window.status_device.text()
    assert "Ana Técnica" in window.status_technician.text()
    assert "test-laptop" in window.windowTitle()


def test_navigation_is_built_from_the_registry(qtbot, window):
    keys = [k for k, _t, _l in navigation.PAGES]
    assert window.page_keys() == keys
    assert window.nav.count() == len(keys)
    assert window.current_key() == keys[0]
    for row, key in enumerate(keys):
        rect = window.nav.visualItemRect(window.nav.item(row))
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_key() == key
        assert window.stack.currentWidget() is window.page(key)
    window.go_actions[0].trigger()
    assert window.current_key() == keys[0]


def test_geometry_and_last_screen_are_remembered(qtbot, demo_store):
    first = MainWindow(demo_store)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    last = navigation.PAGES[-1][0]
    first.show_page(last)
    # (the offscreen test screen is small: the height is what can change here)
    first.resize(first.width(), 520)
    qtbot.waitUntil(lambda: first.height() == 520)
    size = first.size()
    first.close()
    second = MainWindow(demo_store)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.current_key() == last
    assert second.height() == size.height() == 520


def test_menu_shortcuts(qtbot, window):
    page = window.page("participants")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "participants"
    assert QApplication.focusWidget() is page.list.search
    # open someone, Ctrl+W goes back to the list, Ctrl+N opens the registration form
    page.list.open_row(0)
    assert page.stack.currentWidget() is page.detail
    window.act_close.trigger()
    assert page.stack.currentWidget() is page.list
    window.act_new.trigger()
    dialog = window.findChild(type(page), None)  # noqa: F841 - the page is the dialog's parent
    from desktop.ui.participants.form import ParticipantDialog

    dialogs = [d for d in page.findChildren(ParticipantDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()  # untouched: closes without asking
    assert not dialogs[0].isVisible()
    shortcuts = {
        a.shortcut().toString()
        for a in (
            window.act_new,
            window.act_find,
            window.act_save,
            window.act_close,
            window.act_quit,
        )
    }
    assert {"Ctrl+N", "Ctrl+F", "Ctrl+S", "Ctrl+W", "Ctrl+Q"} <= shortcuts


def test_settings_menu_opens_the_settings_dialog(qtbot, window):
    assert window.act_settings is not None
    window.act_settings.trigger()
    from desktop.ui.settings_dialog import SettingsDialog

    dialogs = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_language_change_retranslates_without_restart(qtbot, window):
    try:
        set_language("es")
        qtbot.waitUntil(lambda: window.nav.item(0).text() != "Participants")
        assert window.menu_file.title() != "&File"
        assert "Site" not in window.status_site.text()
    finally:
        set_language("en")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Participants")


def test_unexpected_errors_are_logged_and_shown_without_traceback(qtbot, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc: shown.append(exc))
    try:
        raise RuntimeError("internal detail")
    except RuntimeError as exc:
        errors.excepthook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    assert "internal detail" not in str(shown[0])
    assert "Something went wrong" in str(shown[0])
    assert any("RuntimeError" in r.getMessage() for r in caplog.records)


def test_first_start_asks_for_the_site_and_technician(qtbot, data_dir):
    from desktop.services import records
    from desktop.storage.store import Store
    from desktop.ui.first_run import FirstRunDialog

    store = Store.open(data_dir)
    try:
        dialog = FirstRunDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.site.setCurrentIndex(dialog.site.findData("LOS_ARCOS"))
        dialog.device.clear()
        qtbot.keyClicks(dialog.device, "arcos-02")
        qtbot.keyClicks(dialog.technician, "Rosa Martin")
        for field, text in (
            (dialog.admin_user, "rosa"),
            (dialog.admin_password, "clave de rosa"),
            (dialog.admin_repeat, "clave de rosa"),
        ):
            qtbot.keyClicks(field, text)
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted
        assert store.meta["site"] == "LOS_ARCOS" and store.meta["device_name"] == "arcos-02"
        [tech] = records.list_all(store, "technician")
        assert tech["full_name"] == "Rosa Martin" and store.meta["technician_id"] == tech["id"]
    finally:
        store.close()
