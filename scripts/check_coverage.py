"""Hold the modules the data's safety rests on at their coverage, and the rest of the application
at least where it stands: ``python scripts/check_coverage.py``.

Reads the coverage data of a test run (``.coverage`` in the current folder, written by
``pytest --cov`` with the settings of [tool.coverage] in pyproject.toml: branches measured,
subprocesses included) and fails when a module listed in ``FLOORS``, or a package listed in
``PACKAGE_FLOORS`` (all its files counted together), has fewer of its statements or of its
branches covered than its floor, or is missing from the data. Floors are the figures measured
when they were set; raise them when tests are added, never lower them.
Exit status: 0 when every module holds, 1 otherwise.
"""

from __future__ import annotations

import json
import math
import sys
import tempfile
from pathlib import Path

# module: (statements covered %, branches covered %), measured with the unit tests of journal,
# merge, conflicts, bundles and the exchange CLI alone (the whole suite covers at least as much).
# Issue 18 asks for 100% of the branches of these four: conflicts and reference have it since
# 4 December (test_conflict_review.py, test_reference_body.py); journal and merge are at it
# since 4 December (test_journal_paths.py, test_merge_paths.py) but for defensive code no input
# reaches: merge's MergeReport.add of no records, a pending value of a kind this version does not
# know, a pending record already erased (every erasure drops what waited); the journal's insert
# of a model with a column Tx does not fill (every model's columns are fields, derived or sync
# columns), and so Statements.stored given an empty value.
FLOORS: dict[str, tuple[float, float]] = {
    "desktop/storage/journal.py": (99.7, 98.5),
    "desktop/exchange/merge.py": (99.7, 98.4),
    "desktop/services/conflicts.py": (100.0, 100.0),
    "desktop/exchange/reference.py": (100.0, 100.0),
}

# package (every measured file under it, counted together): (statements %, branches %). The rest
# of the application is not allowed to fall (issue 18): each floor is the whole suite's figure of
# 5 December (1,383 tests) less 0.5, for the few lines whose coverage hangs on timing (a worker
# thread finishing before or after a repaint, an idle lock's timer). "desktop/" is the whole.
PACKAGE_FLOORS: dict[str, tuple[float, float]] = {
    "desktop/": (93.6, 84.2),
    "desktop/cli/": (88.4, 78.0),
    "desktop/domain/": (95.7, 88.5),
    "desktop/exchange/": (96.0, 92.5),
    "desktop/i18n/": (91.9, 83.8),
    "desktop/reports/": (98.3, 93.5),
    "desktop/services/": (94.8, 88.0),
    "desktop/storage/": (95.6, 91.4),
    "desktop/ui/": (92.6, 76.9),
}


def _tenths(percent: float) -> float:
    """A percentage rounded down to a tenth, as figures are printed and floors written."""
    return math.floor(percent * 10 + 1e-6) / 10


def _percent(covered: int, total: int) -> float:
    return _tenths(100.0 * covered / total) if total else 100.0


def figures(data_file: Path) -> dict[str, tuple[float, float]]:
    """Statements %, branches %, each rounded down to a tenth: per measured file (its path
    relative to the current folder) and per package (its path with a trailing slash, every
    measured file under it counted together: "desktop/" is the whole application)."""
    import coverage

    cov = coverage.Coverage(data_file=str(data_file))
    cov.load()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "coverage.json"
        cov.json_report(outfile=str(out))
        files = json.loads(out.read_text(encoding="utf-8"))["files"]
    result = {}
    sums: dict[str, list[int]] = {}
    for name, info in files.items():
        s = info["summary"]
        path = Path(name).as_posix()
        counts = (
            s["covered_lines"],
            s["num_statements"],
            s.get("covered_branches", 0),
            s.get("num_branches", 0),
        )
        result[path] = (_percent(counts[0], counts[1]), _percent(counts[2], counts[3]))
        parts = path.split("/")
        for depth in range(1, len(parts)):
            total = sums.setdefault("/".join(parts[:depth]) + "/", [0, 0, 0, 0])
            for i, n in enumerate(counts):
                total[i] += n
    for package, (lines, statements, branches, num_branches) in sums.items():
        result[package] = (_percent(lines, statements), _percent(branches, num_branches))
    return result


def judge(
    measured: dict[str, tuple[float, float]], floors: dict[str, tuple[float, float]] = FLOORS
) -> list[str]:
    """One line per module under its floor or not measured."""
    problems = []
    for module, (min_lines, min_branches) in floors.items():
        found = next(
            (v for k, v in measured.items() if k == module or k.endswith("/" + module)), None
        )
        if found is None:
            problems.append(f"{module}: not in the coverage data (was the suite run with --cov?)")
            continue
        lines, branches = found
        if lines < min_lines:
            problems.append(
                f"{module}: {lines:.1f}% of statements covered, under its floor of {min_lines:.1f}%"
            )
        if branches < min_branches:
            problems.append(
                f"{module}: {branches:.1f}% of branches covered, under its floor of"
                f" {min_branches:.1f}%"
            )
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    data_file = Path(args[0]) if args else Path(".coverage")
    if not data_file.exists():
        print(f"coverage check: no coverage data at {data_file}: run pytest with --cov first")
        return 1
    measured = figures(data_file)
    floors = {**FLOORS, **PACKAGE_FLOORS}
    for module, (min_lines, min_branches) in floors.items():
        lines, branches = measured.get(module, (0.0, 0.0))
        print(
            f"{module}: statements {lines:.1f}% (floor {min_lines:.1f}%), "
            f"branches {branches:.1f}% (floor {min_branches:.1f}%)"
        )
    problems = judge(measured, floors)
    for line in problems:
        print(line)
    print(
        "coverage check: "
        + (f"{len(problems)} module(s) under their floor" if problems else "every module holds")
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
