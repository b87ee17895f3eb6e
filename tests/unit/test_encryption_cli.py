"""The command line on an encrypted store: `milma init --admin` encrypts the new store and
prints its recovery key once; every password forgotten, `milma accounts password NAME
--recovery` sets a new one with that key, and a wrong key changes nothing. Real subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop.storage import engine
from desktop.storage import keyslots as K
from desktop.storage.engine import db_path


def milma(*args, data_dir, **env):
    full = {k: v for k, v in os.environ.items() if k not in ("MILMA_USER", "MILMA_PASSWORD")}
    full.update(QT_QPA_PLATFORM="offscreen", **env)
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--lang", "en", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=full,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_the_recovery_key_printed_at_set_up_sets_a_forgotten_password(tmp_path):
    d = tmp_path / "data"
    made = milma(
        "init",
        "--site",
        "CIFE",
        "--technician",
        "Rosa Martín",
        "--admin",
        "rosa",
        data_dir=d,
        MILMA_PASSWORD="clave de rosa",
    )
    assert made.returncode == 0, made.stderr
    lines = made.stdout.splitlines()
    assert any(line.startswith("The data is now encrypted.") for line in lines)
    recovery = next(line.strip() for line in lines if line.startswith("    "))
    assert len(recovery.split("-")) == 8
    assert K.exists(d) and not engine.is_plain(db_path(d))
    rosa = {"MILMA_USER": "rosa"}
    wrong = milma(
        "accounts",
        "password",
        "rosa",
        "--recovery",
        data_dir=d,
        MILMA_RECOVERY_KEY=K.new_recovery_key(),
        MILMA_NEW_PASSWORD="nueva clave de rosa",
    )
    assert wrong.returncode == 1 and "not the recovery key" in wrong.stderr
    assert (
        milma("participants", "list", data_dir=d, MILMA_PASSWORD="clave de rosa", **rosa).returncode
        == 0
    )
    reset = milma(
        "accounts",
        "password",
        "rosa",
        "--recovery",
        data_dir=d,
        MILMA_RECOVERY_KEY=recovery.lower().replace("-", " "),
        MILMA_NEW_PASSWORD="nueva clave de rosa",
    )
    assert reset.returncode == 0 and reset.stdout.strip() == "Password changed.", reset.stderr
    old = milma("participants", "list", data_dir=d, MILMA_PASSWORD="clave de rosa", **rosa)
    assert old.returncode == 1 and old.stderr.strip() == "milma: Wrong user name or password."
    assert (
        milma(
            "participants", "list", data_dir=d, MILMA_PASSWORD="nueva clave de rosa", **rosa
        ).returncode
        == 0
    )


def test_a_plain_store_has_no_recovery_key(tmp_path):
    d = tmp_path / "data"
    assert (
        milma("init", "--site", "CIFE", "--technician", "Rosa Martín", data_dir=d).returncode == 0
    )
    refused = milma(
        "accounts", "password", "rosa", "--recovery", data_dir=d, MILMA_RECOVERY_KEY="x"
    )
    assert refused.returncode == 1 and "not encrypted" in refused.stderr
