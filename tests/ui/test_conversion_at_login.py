"""A plain store made before encryption, that has accounts, is encrypted at its administrator's
first log-in after the upgrade: an encrypted backup first, the database encrypted, the plain
files gone, the recovery key shown once, the accounts left without a key slot named, and the
first screen shown. A technician's log-in, or the demo's public password, leaves it plain;
the command line converts it too, unless the window has the folder open."""

from __future__ import annotations

import os
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop import app as A
from desktop.services import accounts, backups, encryption, participants
from desktop.services.setup import init_device
from desktop.storage import backups as B
from desktop.storage import engine
from desktop.storage import keyslots as K
from desktop.storage.engine import db_path
from desktop.storage.store import Store
from desktop.ui.login import LoginDialog
from desktop.ui.recovery_key import RecoveryKeyDialog
from desktop.ui.single_instance import LOCK_FILE

SURNAME, DOCUMENT = "Quillantha", "XK4471239"


@pytest.fixture(autouse=True)
def _fast_slots(fast_key_slots, monkeypatch):
    """Every test here makes key slots, and logs in through the window (no account from the
    test environment)."""
    monkeypatch.delenv("MILMA_USER", raising=False)
    monkeypatch.delenv("MILMA_PASSWORD", raising=False)


@pytest.fixture
def upgraded(tmp_path) -> Path:
    """A laptop of the version before encryption: accounts (rosa, administrator; teo,
    technician), a participant, a plain backup, all in plain SQLite."""
    data_dir = tmp_path / "data"
    store = Store.open(data_dir)
    init_device(store, "CIFE", "laptop", "Rosa Martín")
    accounts.create_account(store, "rosa", "una clave larga", "administrator")
    accounts.create_account(store, "teo", "la clave de teo", "technician", "Teo Pardo")
    participants.register(
        store,
        {
            "first_name": "Zebulonia",
            "last_name": SURNAME,
            "birth_date": "1990-02-03",
            "gender": "female",
            "migrant_status": "refugee",
            "document_type": "PASSPORT",
            "document_number": DOCUMENT,
        },
    )
    backups.back_up(store)
    store.close()
    assert not encryption.is_encrypted(data_dir)
    return data_dir


def _holding_a_name(folder: Path) -> list[str]:
    needles = [
        text.encode(codec) for text in (SURNAME, DOCUMENT) for codec in ("utf-8", "utf-16-le")
    ]
    return [
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and any(n in p.read_bytes() for n in needles)
    ]


class Robot:
    """Answers the modal dialogs of a start as a user would: logs in as ``user``, keeps the
    recovery key, reads the notice."""

    def __init__(self, user: str, password: str):
        self.user, self.password = user, password
        self.seen: list[str] = []
        self.recovery_key = None
        self.notice = ""
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.act)
        self.timer.start()

    def act(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LoginDialog):
            self.seen.append("login")
            dialog.user.setText(self.user)
            dialog.password.setText(self.password)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        elif isinstance(dialog, RecoveryKeyDialog):
            self.seen.append("recovery key")
            self.recovery_key = dialog.recovery_key
            dialog.kept.setChecked(True)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        elif isinstance(dialog, QMessageBox):
            self.seen.append("notice")
            self.notice = dialog.text()
            dialog.button(QMessageBox.StandardButton.Ok).click()

    def stop(self) -> None:
        self.timer.stop()


def _start(data_dir: Path, user: str, password: str) -> tuple[Store, Robot]:
    """The window's start-up up to the first screen's log-in, as app.py runs it."""
    store = A._open_store(data_dir, Namespace(smoke=False))
    robot = Robot(user, password)
    try:
        assert A._logged_in(store, Namespace(smoke=False))
    finally:
        robot.stop()
    return store, robot


def test_an_administrators_first_log_in_encrypts_a_plain_store_and_shows_the_first_screen(
    qtbot, upgraded
):
    from desktop.ui.main_window import MainWindow

    assert len(_holding_a_name(upgraded)) >= 2  # the database and the plain backup name her
    store, robot = _start(upgraded, "Rosa", "una clave larga")
    try:
        assert robot.seen == ["login", "recovery key", "notice"]
        assert len(robot.recovery_key.split("-")) == 8
        assert "teo" in robot.notice and "rosa" not in robot.notice  # who needs a new password
        assert accounts.current(store).username == "rosa"
        assert encryption.is_encrypted(upgraded) and not engine.is_plain(db_path(upgraded))
        saved = sorted(B.folder_of(upgraded).glob("*.sqlite3"))
        assert len(saved) >= 2 and not any(
            engine.is_plain(p) for p in saved
        )  # the new backup and the old one
        assert K.exists(B.folder_of(upgraded))  # with the key file they need
        assert not [p.name for p in upgraded.rglob("*") if p.name.startswith(".milma-encrypt-")]
        window = MainWindow(store)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.first_screen_loaded, timeout=20_000):
            window.show()
        shown = window.page("participants").list.model
        assert [shown.row(i)["last_name"] for i in range(shown.rowCount())] == [SURNAME]
        window.close()
        store.reader().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        assert _holding_a_name(upgraded) == []  # database, WAL, backups, key files: none names her
    finally:
        store.close()
    encryption.lock(upgraded)
    # the next start: rosa's password opens it; teo, without a slot yet, is told what to do
    with pytest.raises(encryption.EncryptionError) as teo:
        encryption.before_open(upgraded, "teo", "la clave de teo")
    assert "does not open this encrypted data store" in str(teo.value.message.text)
    encryption.before_open(upgraded, "ROSA", "una clave larga")  # the name as typed, case aside
    reopened = Store.open(upgraded)
    accounts.login(reopened, "rosa", "una clave larga")
    accounts.set_password(
        reopened, "teo", "otra clave de teo"
    )  # the administrator gives teo a slot
    reopened.close()
    encryption.lock(upgraded)
    encryption.before_open(upgraded, "teo", "otra clave de teo")
    assert encryption.is_unlocked(upgraded)


def test_a_technicians_log_in_or_the_demo_password_leaves_the_store_plain(qtbot, upgraded):
    store, robot = _start(upgraded, "teo", "la clave de teo")
    try:
        assert robot.seen == ["login"] and accounts.current(store).username == "teo"
        assert not encryption.is_encrypted(upgraded)
    finally:
        store.close()
    store = Store.open(upgraded)
    accounts.login(store, "rosa", "una clave larga")
    accounts.ensure_demo_account(store)  # none: the store has accounts
    accounts.create_account(store, accounts.DEMO_USER, accounts.DEMO_PASSWORD, "administrator")
    store.close()
    store, robot = _start(upgraded, accounts.DEMO_USER, accounts.DEMO_PASSWORD)
    try:
        assert robot.seen == ["login"] and not encryption.is_encrypted(upgraded)
    finally:
        store.close()


def _milma(*args, data_dir: Path, **env) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if k not in ("MILMA_USER", "MILMA_PASSWORD")}
    full.update(QT_QPA_PLATFORM="offscreen", **env)
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--lang", "en", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=full,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def test_the_command_line_converts_at_an_administrators_log_in_unless_the_window_is_open(upgraded):
    from PySide6.QtCore import QLockFile

    rosa = {"MILMA_USER": "rosa", "MILMA_PASSWORD": "una clave larga"}
    window = QLockFile(str(upgraded / LOCK_FILE))  # as the window holds its folder
    assert window.tryLock(0)
    try:
        beside = _milma("participants", "list", "--format", "json", data_dir=upgraded, **rosa)
        assert beside.returncode == 0 and SURNAME in beside.stdout
        assert not encryption.is_encrypted(upgraded) and "recovery key" not in beside.stderr
    finally:
        window.unlock()
    done = _milma("participants", "list", "--format", "json", data_dir=upgraded, **rosa)
    assert done.returncode == 0, done.stderr
    assert SURNAME in done.stdout and "recovery key" not in done.stdout  # the data alone on stdout
    assert done.stderr.startswith("The data is now encrypted.")
    recovery = done.stderr.splitlines()[1].strip()
    assert len(recovery.split("-")) == 8
    assert encryption.is_encrypted(upgraded) and not engine.is_plain(db_path(upgraded))
    assert _holding_a_name(upgraded) == []
    again = _milma("participants", "list", data_dir=upgraded, **rosa)
    assert again.returncode == 0 and again.stderr == ""  # shown only once
    teo = _milma(
        "participants",
        "list",
        data_dir=upgraded,
        MILMA_USER="teo",
        MILMA_PASSWORD="la clave de teo",
    )
    assert teo.returncode == 1 and "File > Accounts" in teo.stderr
