"""Encryption through the log-in: the first start's administrator encrypts the new store and
gets its recovery key, the log-in window opens an encrypted store with a password (a wrong one
opens nothing and says so), and the desktop and the command line start on an encrypted store."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.services import accounts, encryption
from desktop.services.setup import init_device
from desktop.storage import engine
from desktop.storage.store import Store
from desktop.ui.first_run import FirstRunDialog
from desktop.ui.login import LoginDialog


@pytest.fixture(autouse=True)
def _fast_slots(fast_key_slots):
    """Every test here makes key slots."""


def test_the_first_start_encrypts_the_store_and_keeps_its_recovery_key_to_show(qtbot, tmp_path):
    fresh = Store.open(tmp_path / "fresh")
    dialog = FirstRunDialog(fresh)
    qtbot.addWidget(dialog)
    dialog.technician.insert("Rosa Martín")
    for field, text in (
        (dialog.admin_user, "Rosa"),
        (dialog.admin_password, "una clave larga"),
        (dialog.admin_repeat, "una clave larga"),
    ):
        field.setText(text)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(dialog.recovery_key.split("-")) == 8
    assert encryption.is_encrypted(fresh.data_dir) and not engine.is_plain(fresh.path)
    assert accounts.current(fresh).username == "rosa"  # still logged in, the store open again
    assert accounts.has_accounts(fresh)
    fresh.close()


@pytest.fixture
def encrypted(tmp_path):
    store = Store.open(tmp_path / "data")
    init_device(store, "CIFE", "laptop", "Rosa Martín")
    accounts.create_account(store, "rosa", "una clave larga", "administrator")
    encryption.after_login(store, "rosa", "una clave larga")
    accounts.create_account(store, "teo", "la clave de teo", "technician", login_now=False)
    store.close()
    engine._keys.clear()
    return tmp_path / "data"


def test_the_log_in_opens_an_encrypted_store_with_a_password_only(qtbot, encrypted):
    dialog = LoginDialog(None, data_dir=encrypted)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user.setText("teo")
    dialog.password.setText("not teo's")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error.text() == "Wrong user name or password."
    assert dialog.store is None and not encryption.is_unlocked(encrypted)
    dialog.password.setText("la clave de teo")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert accounts.current(dialog.store).username == "teo"
    dialog.store.close()


def _env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("MILMA_USER", "MILMA_PASSWORD")}
    env.update(QT_QPA_PLATFORM="offscreen", **extra)
    return env


def test_the_desktop_and_the_command_line_start_on_an_encrypted_store(encrypted):
    app = subprocess.run(
        [sys.executable, "-m", "desktop.app", "--data-dir", str(encrypted), "--smoke"],
        capture_output=True,
        text=True,
        timeout=180,
        env=_env(MILMA_USER="rosa", MILMA_PASSWORD="una clave larga"),
    )
    assert app.returncode == 0, app.stderr
    cli = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "--lang",
            "en",
            "--data-dir",
            str(encrypted),
            "participants",
            "list",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(MILMA_USER="teo", MILMA_PASSWORD="wrong"),
        stdin=subprocess.DEVNULL,
    )
    assert cli.returncode == 1 and cli.stderr.strip() == "milma: Wrong user name or password."
    assert "Traceback" not in cli.stderr
