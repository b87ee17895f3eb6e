"""The command line with accounts: `milma init --admin`, `milma accounts`, and every command that
reads or writes data logging in as --user (or MILMA_USER) with MILMA_PASSWORD; a store made
before accounts works as before. Real subprocesses, as scripts run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def milma(*args, data_dir, lang="en", **env):
    full = {k: v for k, v in os.environ.items() if k not in ("MILMA_USER", "MILMA_PASSWORD")}
    full.update(QT_QPA_PLATFORM="offscreen", **{k: v for k, v in env.items() if v is not None})
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--lang", lang, "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=full,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


ADMIN = {"MILMA_USER": "rosa", "MILMA_PASSWORD": "clave de rosa"}


@pytest.fixture(scope="module")
def laptop(tmp_path_factory):
    """A laptop set up from the command line with its administrator rosa and a technician teo."""
    d = tmp_path_factory.mktemp("accounts") / "data"
    made = milma(
        "init",
        "--site",
        "CIFE",
        "--technician",
        "Rosa Martín",
        "--admin",
        "Rosa",
        data_dir=d,
        MILMA_PASSWORD="clave de rosa",
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines()[-1] == "Administrator account rosa created."
    added = milma(
        "accounts",
        "add",
        "teo",
        "--technician",
        "Teo Técnico",
        data_dir=d,
        **ADMIN,
        MILMA_NEW_PASSWORD="clave de teo",
    )
    assert added.returncode == 0 and added.stdout.strip() == "Account teo created (Technician).", (
        added.stderr
    )
    return d


def test_a_command_needs_the_user_and_their_password(laptop):
    nobody = milma("participants", "list", data_dir=laptop)
    assert nobody.returncode == 1
    assert (
        nobody.stderr.strip()
        == "milma: This data store has accounts: name yours with --user NAME or MILMA_USER."
    )
    no_terminal = milma("--user", "rosa", "participants", "list", data_dir=laptop)
    assert no_terminal.returncode == 1 and "set MILMA_PASSWORD" in no_terminal.stderr
    wrong = milma(
        "--user", "rosa", "participants", "list", data_dir=laptop, MILMA_PASSWORD="not hers"
    )
    assert wrong.returncode == 1 and wrong.stderr.strip() == "milma: Wrong user name or password."
    right = milma(
        "--user", "rosa", "participants", "list", data_dir=laptop, MILMA_PASSWORD="clave de rosa"
    )
    assert right.returncode == 0, right.stderr
    by_env = milma("participants", "list", "--format", "json", data_dir=laptop, **ADMIN)
    assert by_env.returncode == 0 and json.loads(by_env.stdout) == []
    # --user wins over MILMA_USER
    teo = milma(
        "--user",
        "teo",
        "indicators",
        data_dir=laptop,
        MILMA_USER="rosa",
        MILMA_PASSWORD="clave de teo",
    )
    assert teo.returncode == 1


def test_what_a_role_may_not_do_is_refused_in_the_users_language(laptop):
    teo = {"MILMA_USER": "teo", "MILMA_PASSWORD": "clave de teo"}
    assert milma("agenda", data_dir=laptop, **teo).returncode == 0
    refused = milma("indicators", data_dir=laptop, **teo)
    assert refused.returncode == 1
    assert (
        refused.stderr.strip()
        == "milma: Your role, Technician, may not see the programme's indicators."
    )
    es = milma("accounts", "list", data_dir=laptop, lang="es", **teo)
    assert es.stderr.strip() == "milma: Su rol, Técnico/a, no permite gestionar las cuentas."
    fr = milma(
        "keys",
        "init-coordinator",
        data_dir=laptop,
        lang="fr",
        **teo,
        MILMA_KEY_PASSPHRASE="une phrase longue",
    )
    assert fr.stderr.strip() == (
        "milma\u00a0: Votre rôle, Technicien/ne, ne permet pas de gérer les clés de l’échange."
    )


def test_the_administrator_lists_and_changes_accounts(laptop):
    listed = milma("accounts", "list", "--format", "json", data_dir=laptop, **ADMIN)
    assert json.loads(listed.stdout) == [
        {"name": "rosa", "role": "administrator", "technician": "Rosa Martín", "active": True},
        {"name": "teo", "role": "technician", "technician": "Teo Técnico", "active": True},
    ]
    assert milma("accounts", "disable", "teo", data_dir=laptop, **ADMIN).returncode == 0
    off = milma("agenda", data_dir=laptop, MILMA_USER="teo", MILMA_PASSWORD="clave de teo")
    assert (
        off.returncode == 1
        and "The account teo does not open this encrypted data store" in off.stderr
    )
    assert milma("accounts", "enable", "teo", data_dir=laptop, **ADMIN).returncode == 0
    idle = milma("accounts", "idle-lock", "5", data_dir=laptop, **ADMIN)
    assert idle.stdout.strip() == "The window locks after 5 minutes without input."
    short = milma("accounts", "password", data_dir=laptop, **ADMIN, MILMA_NEW_PASSWORD="corta")
    assert short.returncode == 1 and "at least 8 characters" in short.stderr


def test_a_store_made_before_accounts_works_as_before(tmp_path):
    d = tmp_path / "old"
    assert milma("init", "--site", "LOS_ARCOS", data_dir=d).returncode == 0
    assert milma("participants", "list", data_dir=d).returncode == 0  # no account, no password
    assert milma("indicators", data_dir=d).returncode == 0
    admin = milma("init", "--admin", "boss", data_dir=d, MILMA_PASSWORD="clave del jefe")
    assert admin.returncode == 0, admin.stderr
    assert milma("participants", "list", data_dir=d).returncode == 1  # from now on, logged in
    assert (
        milma(
            "participants", "list", data_dir=d, MILMA_USER="boss", MILMA_PASSWORD="clave del jefe"
        ).returncode
        == 0
    )


def test_the_demo_says_its_account_and_it_opens_the_data(tmp_path):
    d = tmp_path / "demo"
    made = milma("demo", "--participants", "5", data_dir=d)
    assert (
        made.returncode == 0
        and made.stdout.splitlines()[-1] == "Log in as demo with the password milma-demo."
    )
    listed = milma(
        "participants",
        "list",
        "--format",
        "json",
        data_dir=d,
        MILMA_USER="demo",
        MILMA_PASSWORD="milma-demo",
    )
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 5
