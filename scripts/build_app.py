"""Build the one-folder application and check that it works:

    python scripts/build_app.py               # PyInstaller with build.spec, then the checks
    python scripts/build_app.py --no-build    # only the checks, on the folder built before

The folder is dist/milma-desktop/ (both programs, milma-desktop and milma). The checks run the
frozen programs: `milma --version`, `milma init` and `milma demo --participants 50` into a
temporary data folder, then `milma-desktop --smoke` (offscreen) on that data. Then it packs the
folder (dist/milma-desktop-VERSION-PLATFORM.tar.gz, a .zip on Windows), prints the folder's size,
the archive's size and the time taken, and compares the frozen start-up with the installed
package's (`milma-desktop --smoke` of this environment), a few interleaved rounds.

Exits 1 when a check fails or the folder or the archive grows past its limit (--max-mb,
--max-archive-mb), 2 when PyInstaller is not installed (`pip install -e '.[build]'`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "milma-desktop"
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""
MB = 1_000_000
CHECK_TIMEOUT = 600  # seconds for one frozen program (demo data included)


def version() -> str:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from desktop import __version__

    return __version__


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def pack(folder: Path, out_dir: Path) -> Path:
    """The folder as one archive (what a user downloads): tar.gz, or zip on Windows."""
    tag = "windows" if WINDOWS else sys.platform
    base = out_dir / f"{NAME}-{version()}-{tag}"
    if WINDOWS:
        archive = base.with_suffix(".zip")
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in sorted(folder.rglob("*")):
                zf.write(path, Path(NAME) / path.relative_to(folder))
    else:
        archive = Path(f"{base}.tar.gz")
        with tarfile.open(archive, "w:gz", compresslevel=6) as tf:
            tf.add(folder, arcname=NAME)
    return archive


def build(clean: bool) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is not installed here: pip install -e '.[build]'", file=sys.stderr)
        raise SystemExit(2) from None
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(ROOT / "dist"),
        "--workpath",
        str(ROOT / "build" / "pyinstaller"),
    ]
    if clean:
        command.append("--clean")
    subprocess.run([*command, str(ROOT / "build.spec")], cwd=ROOT, check=True)


class Checks:
    def __init__(self, folder: Path):
        self.folder = folder
        self.failures: list[str] = []
        # the demo data's account (`milma demo` makes it): the smoke start logs in with it
        self.env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            LANG="en_US.UTF-8",
            MILMA_USER="demo",
            MILMA_PASSWORD="milma-demo",
        )
        self.env.pop("MILMA_DATA_DIR", None)

    def run(
        self, what: str, command: list[str], expect: str | None = None, env: dict | None = None
    ) -> subprocess.CompletedProcess | None:
        started = time.perf_counter()
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                text=True,
                timeout=CHECK_TIMEOUT,
                env=env or self.env,
                stdin=subprocess.DEVNULL,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            self.fail(what, str(exc))
            return None
        seconds = time.perf_counter() - started
        output = (done.stdout + done.stderr).strip()
        if done.returncode != 0:
            self.fail(what, f"exit {done.returncode}: {output[-2000:]}")
        elif expect is not None and expect not in output:
            self.fail(what, f"{expect!r} not in {output[-500:]!r}")
        else:
            print(f"ok   {what} ({seconds:.1f} s)")
        return done

    def fail(self, what: str, why: str) -> None:
        self.failures.append(what)
        print(f"FAIL {what}: {why}")

    def program(self, name: str) -> str:
        return str(self.folder / f"{name}{EXE}")

    def frozen(self, data: Path) -> None:
        milma, desktop = self.program("milma"), self.program(NAME)
        for path in (milma, desktop):
            if not Path(path).is_file():
                self.fail(f"{Path(path).name} in the folder", "missing")
                return
        self.run("milma --version", [milma, "--version"], expect=version())
        self.run(f"{NAME} --version", [desktop, "--version"], expect=version())
        store = ["--data-dir", str(data)]
        self.run(
            "milma init",
            [
                milma,
                *store,
                "init",
                "--site",
                "CIFE",
                "--device-name",
                "build-check",
                "--technician",
                "Build Check",
            ],
        )
        self.run("milma demo --participants 50", [milma, *store, "demo", "--participants", "50"])
        self.run(
            "milma participants (Spanish)", [milma, *store, "--lang", "es", "participants", "list"]
        )
        self.run(f"{NAME} --smoke (offscreen)", [desktop, *store, "--smoke"])


def smoke_seconds(command: list[str], env: dict) -> float | None:
    started = time.perf_counter()
    done = subprocess.run(
        command, capture_output=True, env=env, timeout=CHECK_TIMEOUT, stdin=subprocess.DEVNULL
    )
    return time.perf_counter() - started if done.returncode == 0 else None


def compare_start_up(checks: Checks, data: Path, rounds: int) -> None:
    """Frozen `--smoke` beside the installed package's, interleaved, median of the ratios."""
    installed = shutil.which(NAME, path=str(Path(sys.executable).parent))
    if installed is None:
        print(f"(no installed {NAME} beside {sys.executable}: start-up not compared)")
        return
    frozen = [checks.program(NAME), "--data-dir", str(data), "--smoke"]
    source = [installed, "--data-dir", str(data), "--smoke"]
    smoke_seconds(frozen, checks.env)  # the first run of each fills the disk cache
    smoke_seconds(source, checks.env)
    pairs = []
    for _ in range(rounds):
        a = smoke_seconds(frozen, checks.env)
        b = smoke_seconds(source, checks.env)
        if a is None or b is None:
            checks.fail("start-up comparison", "a --smoke run failed")
            return
        pairs.append((a, b))
    ratios = [a / b for a, b in pairs]
    print(
        f"start-up (--smoke, 50 participants), {rounds} interleaved rounds: frozen "
        f"{statistics.median(a for a, _ in pairs):.2f} s, installed package "
        f"{statistics.median(b for _, b in pairs):.2f} s, median ratio frozen/installed "
        f"{statistics.median(ratios):.2f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build_app.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-build", action="store_true", help="check the folder built before")
    parser.add_argument(
        "--clean", action="store_true", help="rebuild PyInstaller's cache from scratch"
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="start-up comparison rounds (0: none)"
    )
    # the aim is 200 MB; QtCharts (the indicators screen) brought the folder to about 210 MB, and
    # SQLCipher (encryption at rest: its module and the libraries its wheel carries, its own
    # OpenSSL among them) 8 MB more, to about 224 MB (91 MB packed)
    parser.add_argument("--max-mb", type=float, default=230, help="largest folder allowed, MB")
    parser.add_argument(
        "--max-archive-mb", type=float, default=95, help="largest archive allowed, MB"
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    if not args.no_build:
        try:
            build(args.clean)
        except subprocess.CalledProcessError as exc:
            print(f"FAIL PyInstaller: exit {exc.returncode}")
            return 1
    built = time.perf_counter() - started
    folder = ROOT / "dist" / NAME
    if not folder.is_dir():
        print(f"FAIL no folder {folder.relative_to(ROOT)}: build it first")
        return 1

    checks = Checks(folder)
    with tempfile.TemporaryDirectory(prefix="milma-build-check-") as tmp:
        data = Path(tmp) / "data"
        checks.frozen(data)
        if not checks.failures and args.rounds > 0:
            compare_start_up(checks, data, args.rounds)

    size = folder_size(folder)
    archive = pack(folder, folder.parent)
    packed = archive.stat().st_size
    print(
        f"folder {folder.relative_to(ROOT)}: {size / MB:.1f} MB; "
        f"{archive.name}: {packed / MB:.1f} MB"
    )
    if size > args.max_mb * MB:
        checks.fail("folder size", f"{size / MB:.1f} MB is more than {args.max_mb:g} MB")
    if packed > args.max_archive_mb * MB:
        checks.fail("archive size", f"{packed / MB:.1f} MB is more than {args.max_archive_mb:g} MB")
    total = time.perf_counter() - started
    print(f"time: build {built:.0f} s, everything {total:.0f} s")
    if checks.failures:
        print(f"{len(checks.failures)} check(s) failed: {', '.join(checks.failures)}")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
