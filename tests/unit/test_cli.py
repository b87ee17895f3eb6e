"""The `milma` command through a real subprocess: outputs, exit codes, no tracebacks."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__


def milma(*args, data_dir=None, env=None, lang="en"):
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    cmd = [sys.executable, "-m", "desktop.cli", "--lang", lang]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    result = subprocess.run(
        cmd + list(args), capture_output=True, text=True, env=full_env, timeout=120
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli") / "data"
    assert (
        milma("init", "--site", "LOS_ARCOS", "--device-name", "aula-2", data_dir=d).returncode == 0
    )
    r = milma("demo", "--participants", "40", "--seed", "3", data_dir=d)
    assert r.returncode == 0, r.stderr
    assert "40" in r.stdout
    return d


def test_version():
    r = milma("--version")
    assert r.returncode == 0 and __version__ in r.stdout


def test_list_formats(demo_dir):
    table = milma("participants", "list", data_dir=demo_dir)
    assert table.returncode == 0
    assert "ARC-" in table.stdout and "40 participant" in table.stdout
    rows = json.loads(milma("participants", "list", "--format", "json", data_dir=demo_dir).stdout)
    assert len(rows) == 40 and {"code", "last_name", "birth_date"} <= set(rows[0])
    parsed = list(
        csv.DictReader(
            io.StringIO(milma("participants", "list", "--format", "csv", data_dir=demo_dir).stdout)
        )
    )
    assert [r["code"] for r in parsed] == [r["code"] for r in rows]


def test_search_ignores_case_and_accents(demo_dir):
    rows = json.loads(milma("participants", "list", "--format", "json", data_dir=demo_dir).stdout)
    accented = next((r for r in rows if any(ord(c) > 127 for c in r["last_name"])), rows[0])
    from desktop.domain.text import fold

    word = fold(accented["last_name"]).split()[0].upper()
    found = json.loads(
        milma(
            "participants", "list", "--search", word, "--format", "json", data_dir=demo_dir
        ).stdout
    )
    assert accented["code"] in [r["code"] for r in found]


def test_show_text_and_json(demo_dir):
    rows = json.loads(milma("participants", "list", "--format", "json", data_dir=demo_dir).stdout)
    code = rows[0]["code"]
    text = milma("participants", "show", code, data_dir=demo_dir)
    assert text.returncode == 0 and rows[0]["last_name"] in text.stdout and "Lab:" in text.stdout
    data = json.loads(
        milma("participants", "show", code, "--format", "json", data_dir=demo_dir).stdout
    )
    assert data["participant"]["code"] == code and data["enrolment"]


def test_messages_follow_the_language(demo_dir):
    english = milma("participants", "show", "NOPE-0000", data_dir=demo_dir, lang="en")
    for lang in ("es", "fr"):
        other = milma("participants", "show", "NOPE-0000", data_dir=demo_dir, lang=lang)
        assert other.returncode == 1 and "NOPE-0000" in other.stderr
        assert other.stderr != english.stderr


@pytest.mark.parametrize(
    "args,code,needle",
    [
        (("participants", "show", "CIF-ZZZZ-9999"), 1, "CIF-ZZZZ-9999"),
        (("demo", "--participants", "-5"), 1, "between 0 and"),
        (("demo", "--participants", "many"), 2, "invalid int"),
        (("init", "--site", "MADRID"), 2, "invalid choice"),
        (("participants", "list", "--format", "xml"), 2, "invalid choice"),
        (("frobnicate",), 2, "invalid choice"),
        ((), 2, "usage"),
    ],
)
def test_user_and_usage_errors(demo_dir, args, code, needle):
    r = milma(*args, data_dir=demo_dir)
    assert r.returncode == code
    assert needle in r.stderr
    if code == 1:
        assert len(r.stderr.strip().splitlines()) == 1


def test_unwritable_data_dir(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        target = locked / "data"
        if os.access(locked, os.W_OK):  # root writes anywhere: use a folder nobody can create
            if not Path("/proc/self").exists():
                pytest.skip(
                    "running as root on a system without /proc: cannot simulate a read-only folder"
                )
            target = Path("/proc/self/milma-data")
        r = milma("init", "--site", "CIFE", data_dir=target)
        assert r.returncode == 1 and "data folder" in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1
    finally:
        locked.chmod(0o700)


def test_data_dir_is_a_file(tmp_path):
    target = tmp_path / "file"
    target.write_text("x")
    r = milma("init", "--site", "CIFE", data_dir=target)
    assert r.returncode == 1 and "data folder" in r.stderr


def test_environment_variable_chooses_the_data_dir(tmp_path):
    d = tmp_path / "from-env"
    r = milma("init", "--site", "CIFE", env={"MILMA_DATA_DIR": str(d)})
    assert r.returncode == 0 and (d / "milma.sqlite3").exists()


def test_init_refuses_to_move_a_laptop(demo_dir):
    r = milma("init", "--site", "CIFE", data_dir=demo_dir)
    assert r.returncode == 1 and "LOS_ARCOS" in r.stderr
