"""scripts/check_coverage.py fails a run whose listed modules fall under their floors."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "check_coverage", ROOT / "scripts" / "check_coverage.py"
)
cov_check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cov_check)

FLOORS = {"desktop/storage/journal.py": (95.0, 89.7), "desktop/exchange/merge.py": (96.0, 91.3)}


def test_modules_at_or_above_their_floors_hold():
    measured = {
        "desktop/storage/journal.py": (95.0, 89.7),
        "desktop/exchange/merge.py": (100.0, 100.0),
        "desktop/ui/main_window.py": (10.0, 0.0),
    }
    assert cov_check.judge(measured, FLOORS) == []


def test_a_module_under_its_statement_or_branch_floor_is_named():
    measured = {
        "desktop/storage/journal.py": (94.9, 89.7),
        "desktop/exchange/merge.py": (96.0, 91.2),
    }
    assert cov_check.judge(measured, FLOORS) == [
        "desktop/storage/journal.py: 94.9% of statements covered, under its floor of 95.0%",
        "desktop/exchange/merge.py: 91.2% of branches covered, under its floor of 91.3%",
    ]


def test_a_module_missing_from_the_data_fails():
    problems = cov_check.judge({"desktop/storage/journal.py": (100.0, 100.0)}, FLOORS)
    assert problems == [
        "desktop/exchange/merge.py: not in the coverage data (was the suite run with --cov?)"
    ]


def test_figures_are_rounded_down_to_the_tenth_they_are_printed_with():
    assert cov_check._tenths(89.77) == 89.7
    assert cov_check._tenths(100.0) == 100.0
    assert cov_check._tenths(45.83333) == 45.8


def test_no_coverage_data_exits_1(tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_coverage.py"), str(tmp_path / ".coverage")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert "no coverage data" in done.stdout


def test_a_package_is_judged_on_all_its_files_counted_together(tmp_path, monkeypatch):
    import coverage

    package = tmp_path / "app" / "part"
    package.mkdir(parents=True)
    (tmp_path / "app" / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    # 4 statements, 3 run; 2 branches, 1 taken
    (package / "half.py").write_text("def f(x):\n    if x:\n        return 1\n    return 2\n")
    # 2 statements, both run
    (package / "whole.py").write_text("A = 1\nB = A + 1\n")
    data = tmp_path / ".coverage"
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    cov = coverage.Coverage(data_file=str(data), branch=True, source=["app"])
    cov.start()
    from app.part import half, whole  # noqa: F401

    half.f(1)
    cov.stop()
    cov.save()
    measured = cov_check.figures(data)
    assert measured["app/part/half.py"] == (75.0, 50.0)
    assert measured["app/part/whole.py"] == (100.0, 100.0)
    # 5 of the package's 6 statements (the empty __init__ has none), 1 of its 2 branches
    assert measured["app/part/"] == (83.3, 50.0)
    assert cov_check.judge(measured, {"app/part/": (83.3, 50.0)}) == []
    assert cov_check.judge(measured, {"app/": (90.0, 40.0)}) == [
        "app/: 83.3% of statements covered, under its floor of 90.0%"
    ]


def test_every_package_floor_names_a_package_of_the_application():
    assert "desktop/" in cov_check.PACKAGE_FLOORS
    for package, (lines, branches) in cov_check.PACKAGE_FLOORS.items():
        assert package.endswith("/") and (ROOT / package).is_dir(), package
        assert 0 < lines <= 100 and 0 < branches <= 100
