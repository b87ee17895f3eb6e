"""scripts/build_app.py fails when a frozen program fails, and packs what passes."""

from __future__ import annotations

import importlib.util
import sys
import tarfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the fake programs are scripts")

spec = importlib.util.spec_from_file_location(
    "build_app", Path(__file__).resolve().parents[2] / "scripts" / "build_app.py"
)
build_app = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_app)

FAKE = """#!{python}
import sys
from desktop import __version__
args = sys.argv[1:]
if "--version" in args:
    print("milma", __version__)
    sys.exit(0)
sys.exit({code} if {fails!r} in args else 0)
"""


def fake_build(root: Path, fails: str = "") -> Path:
    folder = root / "dist" / build_app.NAME
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "lib.bin").write_bytes(b"\0" * 4096)
    for name in ("milma", build_app.NAME):
        program = folder / name
        program.write_text(
            FAKE.format(python=sys.executable, code=3, fails=fails), encoding="utf-8"
        )
        program.chmod(0o755)
    return folder


@pytest.fixture
def root(tmp_path, monkeypatch):
    monkeypatch.setattr(build_app, "ROOT", tmp_path)
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).resolve().parents[2]))
    return tmp_path


def test_every_check_passing_packs_the_folder(root, capsys):
    fake_build(root)
    assert build_app.main(["--no-build", "--rounds", "0"]) == 0
    out = capsys.readouterr().out
    assert "all checks passed" in out and "ok   milma demo --participants 50" in out
    (archive,) = (root / "dist").glob("milma-desktop-*.tar.gz")
    with tarfile.open(archive) as tf:
        assert "milma-desktop/_internal/lib.bin" in tf.getnames()


def test_a_failing_smoke_run_fails_the_build(root, capsys):
    fake_build(root, fails="--smoke")
    assert build_app.main(["--no-build", "--rounds", "0"]) == 1
    assert "FAIL milma-desktop --smoke (offscreen): exit 3" in capsys.readouterr().out


def test_a_folder_past_its_limit_fails_the_build(root, capsys):
    fake_build(root)
    assert build_app.main(["--no-build", "--rounds", "0", "--max-mb", "0.001"]) == 1
    assert "FAIL folder size" in capsys.readouterr().out


def test_without_a_build_it_says_so(root, capsys):
    assert build_app.main(["--no-build"]) == 1
    assert "no folder" in capsys.readouterr().out
