"""`milma keys`, `milma export`, `milma import` as a user runs them: output, exit codes,
one-line refusals."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from tests.unit.test_bundle_support import PASSPHRASE, new_coordinator, snapshot


def milma(capsys, *args) -> tuple[int, str, str]:
    code = main(["--lang", "en", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def setup(qapp, tmp_path, tmp_path_factory, capsys, monkeypatch):
    """A laptop with demo data and a coordinator, set up through the command line (in this
    process: the session's QApplication is made first, so main() does not make a core one)."""
    monkeypatch.setenv("MILMA_KEY_PASSPHRASE", PASSPHRASE)
    lap = tmp_path / "laptop"
    assert milma(capsys, "--data-dir", lap, "init", "--site", "CIFE", "--technician", "Ana")[0] == 0
    assert milma(capsys, "--data-dir", lap, "demo", "--participants", "4", "--seed", "3")[0] == 0
    coordinator = new_coordinator(tmp_path / "coordinator", tmp_path_factory)
    coordinator.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    return lap, tmp_path / "coordinator", usb


def test_keys_show_json_has_the_documented_keys(setup, capsys):
    lap, co, _ = setup
    code, out, _ = milma(capsys, "--data-dir", lap, "keys", "show", "--format", "json")
    assert code == 0
    info = json.loads(out)
    assert {"device_id", "signing_public_key", "fingerprint", "age_public_key"} <= set(info)
    code, out, _ = milma(capsys, "--data-dir", co, "keys", "show")
    assert code == 0 and "Role: coordinator" in out and "Fingerprint:" in out


def test_the_whole_exchange_from_the_command_line(setup, capsys, tmp_path):
    lap, co, usb = setup
    coordinator_key = json.loads(
        milma(capsys, "--data-dir", co, "keys", "show", "--format", "json")[1]
    )["age_public_key"]
    assert milma(capsys, "--data-dir", lap, "keys", "trust-coordinator", coordinator_key)[0] == 0
    key_file = tmp_path / "laptop-key.json"
    key_file.write_text(milma(capsys, "--data-dir", lap, "keys", "show", "--format", "json")[1])
    fingerprint = json.loads(key_file.read_text())["fingerprint"]
    code, _, err = milma(
        capsys, "--data-dir", co, "keys", "enrol-device", key_file, "--fingerprint", "0000-1111"
    )
    assert code == 1 and "differs" in err
    code, out, _ = milma(
        capsys, "--data-dir", co, "keys", "enrol-device", key_file, "--fingerprint", fingerprint
    )
    assert code == 0 and fingerprint in out

    code, out, err = milma(capsys, "--data-dir", lap, "export", "--to", usb)
    assert code == 0
    path = Path(out.strip())
    assert path.exists() and path.parent == usb and "Exported" in err

    code, out, _ = milma(capsys, "--data-dir", co, "import", path, "--dry-run")
    assert code == 0 and "Participant" in out and "Dry run: nothing was written." in out
    # the laptop's demo made its own companies, labs and connectors, which a laptop may not send:
    # the import says they are held, and why
    assert (
        "changes are outside what this laptop may do (another site's participants, reference"
        " data): they are held in quarantine for review." in out
    )
    code, out, _ = milma(capsys, "--data-dir", co, "import", path, "--format", "json")
    assert code == 0
    result = json.loads(out)
    assert result["applied"] is True and result["report"]["kinds"]["participant"]["new"] == 4

    code, out, _ = milma(capsys, "--data-dir", co, "export", "--to", usb)
    assert code == 0
    reference = Path(out.strip())
    assert "reference" in reference.name
    code, out, _ = milma(capsys, "--data-dir", lap, "import", reference)
    assert code == 0 and "Applied." in out


def test_refusals_are_one_line_with_exit_1_and_write_nothing(setup, capsys, tmp_path):
    lap, co, usb = setup
    coordinator_key = json.loads(
        milma(capsys, "--data-dir", co, "keys", "show", "--format", "json")[1]
    )["age_public_key"]
    milma(capsys, "--data-dir", lap, "keys", "trust-coordinator", coordinator_key)
    path = Path(milma(capsys, "--data-dir", lap, "export", "--to", usb)[1].strip())
    from desktop.storage.store import Store

    store = Store.open(co)
    before = snapshot(store)
    code, out, err = milma(capsys, "--data-dir", co, "import", path)  # not enrolled
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("milma: Refused:") and "unknown laptop" in err
    truncated = tmp_path / "cut.milma.age"
    truncated.write_bytes(path.read_bytes()[:-20])
    code, _, err = milma(capsys, "--data-dir", co, "import", truncated)
    assert code == 1 and err.count("\n") == 1 and "truncated" in err
    assert snapshot(store) == before
    store.close()


def test_export_to_a_missing_folder_exits_1(setup, capsys, tmp_path):
    lap, co, _ = setup
    key = json.loads(milma(capsys, "--data-dir", co, "keys", "show", "--format", "json")[1])[
        "age_public_key"
    ]
    milma(capsys, "--data-dir", lap, "keys", "trust-coordinator", key)
    code, out, err = milma(capsys, "--data-dir", lap, "export", "--to", tmp_path / "pulled-stick")
    assert code == 1 and out == "" and "nothing was exported" in err


def test_backup_and_restore_identity(setup, capsys, tmp_path):
    _, co, _ = setup
    backup = tmp_path / "coordinator-identity.age"
    code, out, _ = milma(capsys, "--data-dir", co, "keys", "backup-identity", backup)
    assert code == 0 and backup.exists()
    assert backup.read_bytes().startswith(b"age-encryption.org/v1\n-> scrypt")
    fresh = tmp_path / "fresh"
    milma(capsys, "--data-dir", fresh, "init", "--site", "CIFE")
    code, out, _ = milma(capsys, "--data-dir", fresh, "keys", "restore-identity", backup)
    assert code == 0
    show = json.loads(milma(capsys, "--data-dir", fresh, "keys", "show", "--format", "json")[1])
    original = json.loads(milma(capsys, "--data-dir", co, "keys", "show", "--format", "json")[1])
    assert show["age_public_key"] == original["age_public_key"]


def test_passphrase_is_read_from_the_prompt(tmp_path):
    """Without MILMA_KEY_PASSPHRASE the passphrase is asked for (here on stdin: no terminal)."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "MILMA_KEY_PASSPHRASE"}
    data = tmp_path / "c"
    subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--data-dir", str(data), "init", "--site", "CIFE"],
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "--data-dir",
            str(data),
            "--lang",
            "en",
            "keys",
            "init-coordinator",
        ],
        env=env,
        input=b"mismatch-one\nmismatch-two\n",
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 1 and b"differ" in proc.stderr


def test_enrol_a_bare_key_then_revoke_it(setup, capsys):
    lap, co, usb = setup
    key = json.loads(milma(capsys, "--data-dir", co, "keys", "show", "--format", "json")[1])[
        "age_public_key"
    ]
    milma(capsys, "--data-dir", lap, "keys", "trust-coordinator", key)
    info = json.loads(milma(capsys, "--data-dir", lap, "keys", "show", "--format", "json")[1])
    assert (
        milma(capsys, "--data-dir", co, "keys", "enrol-device", info["signing_public_key"])[0] == 0
    )
    path = Path(milma(capsys, "--data-dir", lap, "export", "--to", usb)[1].strip())
    code, out, _ = milma(capsys, "--data-dir", co, "import", path)
    assert code == 0 and "Applied." in out
    # the device id was learnt from the signed bundle: it can now name the laptop
    code, out, _ = milma(capsys, "--data-dir", co, "keys", "revoke-device", info["device_id"])
    assert code == 0 and info["fingerprint"] in out
    code, out, _ = milma(capsys, "--data-dir", co, "keys", "show")
    assert "revoked" in out
    code, _, err = milma(capsys, "--data-dir", co, "import", path)
    assert code == 1 and "revoked" in err
    code, _, err = milma(capsys, "--data-dir", co, "keys", "revoke-device", "no-such-laptop")
    assert code == 1 and "No enrolled laptop" in err
