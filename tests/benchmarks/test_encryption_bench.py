"""SQLCipher against plain SQLite, in the same run, on copies of the same demo store: opening
the store with its first read (the participants count and a page of the list), and a typical
write and read (a participant registered, then found by surname). The ratios are printed; the
write and read is held within 2.5x (see WORK_LIMIT), the opening (about 3 ms more: the pages
read first are decrypted, cold) within 4x, so that a slowdown shows (issue 14 asks 1.3x for the
search keystroke and the bundle import at 50,000). The key derivation (argon2id of a slot,
meant to take 0.3-0.5 s) is timed apart.

At 50,000 participants (issue 14), on the cached demo store with accounts, plain and encrypted in
the same run: the start of the application to its log-in window (a process each, paired rounds);
the log-in, from Log in clicked to the first screen loaded (the encrypted store derives its slot's
key first: the ratio is also given without that derivation, and asserted within 1.3x); the search
keystroke's p95 and a full bundle imported into an empty coordinator store (asserted within 1.3x;
the import in processor time, its clock time printed beside it: on a shared disk the clock of one
import doubled from one run to the next, while its processor time stayed within a few percent).

Run: pytest tests/benchmarks/test_encryption_bench.py --benchmark-enable --benchmark-only -s
"""

from __future__ import annotations

import shutil
import time

import pytest

from desktop.services import participants
from desktop.storage import backups as B
from desktop.storage import engine
from desktop.storage import keyslots as K
from desktop.storage.engine import db_path
from desktop.storage.store import Store
from tests.benchmarks.conftest import cached_demo_store

PEOPLE = 5_000
ROUNDS = 15  # alternating; the fastest of each is compared (the machine is shared, medians wander)
# The write and read: a write empties the page cache of the connection that reads next (SQLite
# drops a connection's cache when another one changed the database), so the search decrypts again
# each page it scans: about 2.5 ms more at 5,000 (2.0-2.2x since registering got faster; 1.0-1.2x
# before). 2.5x leaves room for the noise and fails when a decrypted page costs much more.
OPEN_LIMIT, WORK_LIMIT = 4.0, 2.5


@pytest.fixture(scope="module")
def two_stores(tmp_path_factory):
    """The same store plain and encrypted (exported with SQLCipher under a random key)."""
    root = tmp_path_factory.mktemp("encryption-bench")
    plain = cached_demo_store(PEOPLE, root / "plain")
    encrypted = root / "encrypted"
    encrypted.mkdir()
    key = K.new_key()
    B.export(db_path(plain), db_path(encrypted), None, key)
    if (plain / "device-state.json").exists():
        shutil.copy(plain / "device-state.json", encrypted / "device-state.json")
    engine.use_key(db_path(encrypted), key)
    yield plain, encrypted
    engine.use_key(db_path(encrypted), None)


def _open_and_read(data_dir) -> None:
    store = Store.open(data_dir)
    conn = store.reader()
    conn.execute("SELECT count(*) FROM participant").fetchone()
    conn.execute(
        "SELECT id, first_name, last_name FROM participant ORDER BY last_name LIMIT 50"
    ).fetchall()
    store.close()


_n = iter(range(10**9))


def _write_and_read(store) -> None:
    n = next(_n)
    participants.register(
        store,
        {
            "first_name": "Bench",
            "last_name": f"Encrypted {n}",
            "birth_date": "1990-01-01",
            "gender": "female",
            "migrant_status": "refugee",
        },
    )
    store.reader().execute(
        "SELECT id FROM participant WHERE last_name LIKE ? LIMIT 20", (f"%{n}%",)
    ).fetchall()


def _alternate(plain, encrypted, run) -> tuple[float, float]:
    times: dict[str, list[float]] = {"plain": [], "encrypted": []}
    for _ in range(ROUNDS):
        for name, target in (("plain", plain), ("encrypted", encrypted)):
            start = time.perf_counter()
            run(target)
            times[name].append(time.perf_counter() - start)
    return min(times["plain"]), min(times["encrypted"])


def test_opening_an_encrypted_store_against_a_plain_one(benchmark, two_stores):
    plain, encrypted = two_stores
    base, enc = _alternate(plain, encrypted, _open_and_read)
    benchmark.pedantic(_open_and_read, args=(encrypted,), rounds=ROUNDS, iterations=1)
    print(
        f"\nopen + first read at {PEOPLE:,}: plain {base * 1000:.1f} ms, SQLCipher {enc * 1000:.1f}"
        f" ms, ratio {enc / base:.2f}x"
    )
    assert enc / base < OPEN_LIMIT


def test_a_write_and_a_read_in_an_encrypted_store_against_a_plain_one(benchmark, two_stores):
    plain, encrypted = (Store.open(d) for d in two_stores)
    try:
        for store in (plain, encrypted):
            _write_and_read(store)  # the engine made, the models imported
        base, enc = _alternate(plain, encrypted, _write_and_read)
        benchmark.pedantic(_write_and_read, args=(encrypted,), rounds=ROUNDS, iterations=1)
    finally:
        plain.close()
        encrypted.close()
    print(
        f"\nregister + search at {PEOPLE:,}: plain {base * 1000:.1f} ms, SQLCipher {enc * 1000:.1f}"
        f" ms, ratio {enc / base:.2f}x"
    )
    assert enc / base < WORK_LIMIT


def test_the_key_derivation_of_a_slot_takes_a_third_of_a_second_or_so(benchmark):
    key = K.new_key()
    keys = K.KeyFile().add("ana", "a password of the bench", key)
    assert (
        benchmark.pedantic(
            keys.open, args=("ana", "a password of the bench"), rounds=3, iterations=1
        )
        == key
    )
    took = benchmark.stats.stats.median
    print(f"\nargon2id slot ({K.COSTS}): {took * 1000:.0f} ms")
    assert 0.05 < took < 3.0


# -- at 50,000 participants (issue 14): the same store plain and encrypted, in the same run --
PASSWORD = "a password of the bench"
# a coordinator: an administrator's log-in would encrypt the plain store (encryption.at_login)
USER = "rosa"
BIG_ROUNDS = 5
TARGET = 1.3  # the search keystroke's p95 and the bundle import, encrypted against plain


@pytest.fixture(scope="module")
def stores_50k(store_50k_dir, tmp_path_factory):
    """The cached 50,000-participant store with two accounts (their real argon2id costs),
    copied plain and exported encrypted with a key slot for the coordinator who logs in."""
    from desktop.services import accounts

    root = tmp_path_factory.mktemp("encryption-50k")
    plain = root / "plain"
    shutil.copytree(store_50k_dir, plain)
    store = Store.open(plain)
    accounts.create_account(store, "boss", PASSWORD, "administrator")
    accounts.create_account(store, USER, PASSWORD, "coordinator", "Rosa Martín")
    store.reader().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    store.close()
    encrypted = root / "encrypted"
    encrypted.mkdir()
    key = K.new_key()
    B.export(db_path(plain), db_path(encrypted), None, key)
    K.save(
        encrypted, K.KeyFile().add(USER, PASSWORD, key).add(K.RECOVERY, K.new_recovery_key(), key)
    )
    engine.use_key(db_path(encrypted), None)
    yield plain, encrypted, key
    engine.use_key(db_path(encrypted), None)


# a start stopped when the log-in window is on screen (as if Quit were chosen there): the hook
# patches the dialog when the application imports it, so that nothing is imported earlier than
# in a real start (PySide6 changes how the modules imported after it load)
TO_LOGIN_WINDOW = """
import importlib.abc, importlib.util, sys

class Hook(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "desktop.ui.login":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module

        def exec_module(module):
            run(module)

            def shown(dialog):
                from PySide6.QtWidgets import QApplication
                dialog.show()
                QApplication.processEvents()
                assert dialog.isVisible()
                return 0
            module.LoginDialog.exec = shown
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, Hook())
import desktop.app
sys.exit(desktop.app.main(sys.argv[1:]))
"""


def _paired(rounds: int, first, second) -> tuple[list[float], list[float]]:
    """Both measured in turn, each round, so that the machine's load weighs on them alike."""
    a, b = [], []
    for _ in range(rounds):
        a.append(first())
        b.append(second())
    return a, b


def test_start_up_to_the_log_in_window_50k_encrypted_vs_plain(benchmark, stores_50k, tmp_path):
    import os
    import statistics
    import subprocess
    import sys

    from tests.benchmarks.test_desktop_bench import _compiled_package

    plain, encrypted, _key = stores_50k
    _compiled_package()
    env = {k: v for k, v in os.environ.items() if k not in ("MILMA_USER", "MILMA_PASSWORD")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_LOGGING_RULES="*.debug=false;qt.qpa.*=false",
    )

    def start(data_dir) -> float:
        begin = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", TO_LOGIN_WINDOW, "--data-dir", str(data_dir)],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        took = time.perf_counter() - begin
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
        return took

    start(plain), start(encrypted)  # the file cache warmed for both
    plain_s, enc_s = _paired(BIG_ROUNDS, lambda: start(plain), lambda: start(encrypted))
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)
    ratio = statistics.median(e / p for e, p in zip(enc_s, plain_s, strict=True))
    benchmark.extra_info.update(
        plain_s=round(statistics.median(plain_s), 3),
        encrypted_s=round(statistics.median(enc_s), 3),
        ratio=round(ratio, 2),
    )
    print(
        f"\nstart-up to the log-in window at 50k: plain {statistics.median(plain_s):.3f} s,"
        f" encrypted {statistics.median(enc_s):.3f} s, ratio {ratio:.2f}x (median of paired rounds)"
    )
    assert ratio < 1.5  # the encrypted store is not even read before the password


def test_password_to_first_screen_50k_encrypted_vs_plain(benchmark, stores_50k, qapp, monkeypatch):
    import statistics

    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.i18n.preferences import settings
    from desktop.services import accounts, encryption
    from desktop.ui.login import LoginDialog
    from desktop.ui.main_window import MainWindow

    monkeypatch.delenv("MILMA_USER", raising=False)
    monkeypatch.delenv("MILMA_PASSWORD", raising=False)
    settings().clear()
    plain, encrypted, _key = stores_50k

    def log_in(data_dir, is_encrypted: bool) -> float:
        """Seconds from Log in clicked to the first screen loaded and painted."""
        store = (
            None if is_encrypted else Store.open(data_dir)
        )  # a plain store is read before the log-in
        dialog = LoginDialog(store, data_dir=data_dir)
        dialog.user.setText(USER)
        dialog.password.setText(PASSWORD)
        begin = time.perf_counter()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
        window = MainWindow(dialog.store)
        loaded = []
        window.first_screen_loaded.connect(lambda: loaded.append(True))
        window.show()
        while not loaded:
            qapp.processEvents()
        qapp.processEvents()
        took = time.perf_counter() - begin
        assert window.page("participants").list.model.rowCount() > 0
        window.close()
        window.deleteLater()
        dialog.deleteLater()
        qapp.processEvents()
        dialog.store.close()
        encryption.lock(data_dir)
        assert not encryption.is_encrypted(plain)
        return took

    log_in(plain, False), log_in(encrypted, True)  # the file cache and the imports warmed
    plain_s, enc_s = _paired(
        BIG_ROUNDS, lambda: log_in(plain, False), lambda: log_in(encrypted, True)
    )
    slot = K.load(encrypted).slots[USER]
    kdf = [0.0] * 3
    for i in range(3):
        begin = time.perf_counter()
        K.derive(PASSWORD, slot.salt, slot.costs)
        kdf[i] = time.perf_counter() - begin
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)
    opened = Store.open(plain)
    hashed = statistics.median(
        _timed(lambda: accounts.authenticate(opened, USER, PASSWORD)) for _ in range(3)
    )
    opened.close()
    p, e, k = statistics.median(plain_s), statistics.median(enc_s), statistics.median(kdf)
    ratio = statistics.median(x / y for x, y in zip(enc_s, plain_s, strict=True))
    without_kdf = statistics.median((x - k) / y for x, y in zip(enc_s, plain_s, strict=True))
    benchmark.extra_info.update(
        plain_s=round(p, 3),
        encrypted_s=round(e, 3),
        ratio=round(ratio, 2),
        key_derivation_s=round(k, 3),
        ratio_without_key_derivation=round(without_kdf, 2),
        password_hash_s=round(hashed, 3),
    )
    print(
        f"\npassword to first screen at 50k: plain {p:.3f} s, encrypted {e:.3f} s, ratio"
        f" {ratio:.2f}x; the key derivation (argon2id {slot.costs}) {k:.3f} s, reported apart:"
        f" without it {without_kdf:.2f}x; the account's password hash checked in both,"
        f" {hashed:.3f} s"
    )
    assert without_kdf < TARGET


def _timed(fn) -> float:
    begin = time.perf_counter()
    fn()
    return time.perf_counter() - begin


def test_search_keystroke_p95_50k_encrypted_vs_plain(benchmark, stores_50k, qapp, monkeypatch):
    from PySide6.QtWidgets import QTableView

    from desktop.services import accounts
    from desktop.ui.participants.model import ParticipantTableModel
    from tests.benchmarks.test_desktop_bench import KEYSTROKES, _p95

    monkeypatch.delenv("MILMA_USER", raising=False)
    plain_dir, encrypted_dir, key = stores_50k
    engine.use_key(db_path(encrypted_dir), key)
    shown = []
    for data_dir in (plain_dir, encrypted_dir):
        store = Store.open(data_dir)
        accounts.login(store, USER, PASSWORD)
        view, model = QTableView(), ParticipantTableModel(store)
        view.setModel(model)
        view.resize(1200, 600)
        view.show()
        model.reload()
        qapp.processEvents()
        shown.append((store, view, model))

    def keystrokes(model) -> list[float]:
        out = []
        for text in KEYSTROKES:
            begin = time.perf_counter()
            model.set_query(text=text)
            qapp.processEvents()  # the view has repainted the new first page
            out.append((time.perf_counter() - begin) * 1000)
        return out

    try:
        keystrokes(shown[0][2]), keystrokes(shown[1][2])  # warmed
        plain_ms: list[float] = []
        enc_ms: list[float] = []
        for _ in range(3):
            plain_ms += keystrokes(shown[0][2])
            enc_ms += keystrokes(shown[1][2])
        benchmark.pedantic(lambda: None, rounds=1, iterations=1)
        for _store, _view, model in shown:
            model.set_query(text="nunez")
            qapp.processEvents()
        assert shown[1][2].total == shown[0][2].total > 0  # the same people found in both
    finally:
        for store, view, _model in shown:
            view.close()
            view.deleteLater()
            store.close()
        engine.use_key(db_path(encrypted_dir), None)
    ratio = _p95(enc_ms) / _p95(plain_ms)
    benchmark.extra_info.update(
        plain_p95_ms=round(_p95(plain_ms), 1),
        encrypted_p95_ms=round(_p95(enc_ms), 1),
        ratio=round(ratio, 2),
        target=TARGET,
    )
    print(
        f"\nsearch keystroke to list at 50k ({len(enc_ms)} keystrokes each): p95 plain"
        f" {_p95(plain_ms):.0f} ms, encrypted {_p95(enc_ms):.0f} ms, ratio {ratio:.2f}x (target"
        f" {TARGET}x)"
    )
    assert ratio <= TARGET


def test_bundle_import_50k_encrypted_vs_plain(benchmark, stores_50k, tmp_path):
    import json

    from desktop.exchange import keys as XK
    from desktop.services import accounts
    from desktop.services import exchange as X
    from desktop.services.setup import init_device

    plain_dir, _encrypted, _key = stores_50k
    passphrase = "benchmark passphrase"
    base = tmp_path / "coordinator"
    coordinator = Store.open(base)
    init_device(coordinator, "LOS_ARCOS", "coordinator")
    X.init_coordinator(coordinator, passphrase)
    laptop = Store.open(plain_dir)
    accounts.login(laptop, "boss", PASSWORD)  # the exchange keys are the administrator's
    X.trust_coordinator(laptop, X.key_info(coordinator)["age_public_key"])
    X.enrol_device(coordinator, XK.parse_enrolment(json.dumps(X.key_info(laptop))))
    coordinator.reader().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    coordinator.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    bundle = X.export_changes(laptop, usb, full=True)
    laptop.close()

    def import_into(encrypt: bool, n: int) -> tuple[float, float]:
        """Seconds of the import: on the clock, and of the processor (what encryption costs;
        the clock also waits for the shared disk, which doubled it from one run to the next)."""
        target = tmp_path / f"{'encrypted' if encrypt else 'plain'}-{n}"
        if encrypt:
            target.mkdir()
            key = K.new_key()
            B.export(db_path(base), db_path(target), None, key)
            engine.use_key(db_path(target), key)
        else:
            shutil.copytree(base, target)
        store = Store.open(target)
        try:
            begin, cpu = time.perf_counter(), time.process_time()
            result = X.apply_import(store, bundle.path, passphrase)
            took = (time.perf_counter() - begin, time.process_time() - cpu)
            assert result["report"]["kinds"]["participant"]["new"] == 50_000
        finally:
            store.close()
            engine.use_key(db_path(target), None)
            shutil.rmtree(target)
        return took

    plain_s: list[tuple[float, float]] = []
    enc_s: list[tuple[float, float]] = []
    for n in range(
        2
    ):  # each order once: what the first import leaves to write back weighs on the next
        for encrypt in (False, True) if n == 0 else (True, False):
            (enc_s if encrypt else plain_s).append(import_into(encrypt, n))
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)

    def mean(runs, i):
        return sum(r[i] for r in runs) / len(runs)

    wall, cpu = mean(enc_s, 0) / mean(plain_s, 0), mean(enc_s, 1) / mean(plain_s, 1)
    benchmark.extra_info.update(
        plain_s=round(mean(plain_s, 0), 2),
        encrypted_s=round(mean(enc_s, 0), 2),
        plain_cpu_s=round(mean(plain_s, 1), 2),
        encrypted_cpu_s=round(mean(enc_s, 1), 2),
        wall_ratio=round(wall, 2),
        cpu_ratio=round(cpu, 2),
        target=TARGET,
    )
    print(
        f"\nfull bundle import at 50k ({bundle.total} changes): plain {mean(plain_s, 0):.1f} s"
        f" ({mean(plain_s, 1):.1f} s of processor), encrypted {mean(enc_s, 0):.1f} s"
        f" ({mean(enc_s, 1):.1f} s of processor); ratio {cpu:.2f}x in processor time (target"
        f" {TARGET}x), {wall:.2f}x on the clock; rounds"
        f" {[tuple(round(x, 1) for x in r) for r in plain_s]} plain,"
        f" {[tuple(round(x, 1) for x in r) for r in enc_s]} encrypted"
    )
    assert cpu <= TARGET
