"""One window per data folder: a second start says so and brings the first window to the front;
a lock left by a process that was killed is taken over; another folder opens beside it."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop.ui.main_window import MainWindow
from desktop.ui.single_instance import LOCK_FILE, SingleInstance, bring_to_front, server_name

HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(120)
"""


def _env() -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


def test_a_second_start_is_refused_and_brings_the_first_window_to_the_front(qtbot, store):
    first = SingleInstance(store.data_dir)
    assert first.claim()
    window = MainWindow(store)
    qtbot.addWidget(window)
    first.activated.connect(lambda: bring_to_front(window))
    window.showMinimized()
    try:
        second = subprocess.Popen(
            [sys.executable, "-m", "desktop.app", "--data-dir", str(store.data_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        qtbot.waitUntil(
            lambda: second.poll() is not None, timeout=60000
        )  # our event loop answers it
        _out, err = second.communicate()
        assert second.returncode == 1
        assert err.strip() == (
            "milma-desktop: MILMA Desktop is already open with this data folder; "
            "its window was brought to the front."
        )
        qtbot.waitUntil(lambda: not window.isMinimized(), timeout=5000)
        assert window.isVisible()
        assert (
            window.statusBar().currentMessage()
            == "MILMA Desktop was started again with this data folder: it is open here."
        )
    finally:
        first.release()


def test_the_same_folder_is_refused_in_this_process_too_and_another_folder_is_not(tmp_path, store):
    first = SingleInstance(store.data_dir)
    assert first.claim()
    try:
        assert not SingleInstance(store.data_dir).claim()
        other = SingleInstance(tmp_path / "demo-data")
        assert other.claim()
        other.release()
    finally:
        first.release()
    again = SingleInstance(store.data_dir)
    assert again.claim()  # released: the next start has it
    again.release()


def test_a_lock_left_by_a_killed_process_is_taken_over(store):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(store.data_dir / LOCK_FILE)],
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert not SingleInstance(store.data_dir).claim()  # alive: the folder is taken
    finally:
        holder.kill()  # SIGKILL: the lock file stays behind
        holder.wait()
    assert (store.data_dir / LOCK_FILE).exists()
    store.close()
    started = subprocess.run(
        [sys.executable, "-m", "desktop.app", "--data-dir", str(store.data_dir), "--smoke"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert started.returncode == 0, started.stderr
    assert not (store.data_dir / LOCK_FILE).exists()  # given back when the window closed


def test_the_socket_name_says_nothing_of_the_folder(tmp_path):
    folder = tmp_path / "Aminata Diop"
    name = server_name(folder)
    assert name == server_name(tmp_path / "." / "Aminata Diop")  # the same folder, however written
    assert "Aminata" not in name and "Diop" not in name and len(name) < 50
    assert name != server_name(tmp_path / "other")
