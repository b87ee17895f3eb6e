"""SQLCipher against plain SQLite, in the same run, on copies of the same demo store: opening
the store with its first read (the participants count and a page of the list), and a typical
write and read (a participant registered, then found by surname). The ratios are printed; the
write and read is held within 1.5x, the opening (about 3 ms more: the pages read first are
decrypted, cold) within 4x, so that a slowdown shows (issue 14 asks 1.3x for the search
keystroke and the bundle import at 50,000). The key derivation (argon2id of a slot, meant to take 0.3-0.5 s) is
timed apart.

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
OPEN_LIMIT, WORK_LIMIT = 4.0, 1.5


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
    conn.execute("SELECT id, first_name, last_name FROM participant ORDER BY last_name LIMIT 50").fetchall()
    store.close()


_n = iter(range(10**9))


def _write_and_read(store) -> None:
    n = next(_n)
    participants.register(store, {"first_name": "Bench", "last_name": f"Encrypted {n}", "birth_date": "1990-01-01",
                                  "gender": "female", "migrant_status": "refugee"})
    store.reader().execute("SELECT id FROM participant WHERE last_name LIKE ? LIMIT 20", (f"%{n}%",)).fetchall()


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
    print(f"\nopen + first read at {PEOPLE:,}: plain {base * 1000:.1f} ms, SQLCipher {enc * 1000:.1f} ms, "
          f"ratio {enc / base:.2f}x")
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
    print(f"\nregister + search at {PEOPLE:,}: plain {base * 1000:.1f} ms, SQLCipher {enc * 1000:.1f} ms, "
          f"ratio {enc / base:.2f}x")
    assert enc / base < WORK_LIMIT


def test_the_key_derivation_of_a_slot_takes_a_third_of_a_second_or_so(benchmark):
    key = K.new_key()
    keys = K.KeyFile().add("ana", "a password of the bench", key)
    assert benchmark.pedantic(keys.open, args=("ana", "a password of the bench"), rounds=3, iterations=1) == key
    took = benchmark.stats.stats.median
    print(f"\nargon2id slot ({K.COSTS}): {took * 1000:.0f} ms")
    assert 0.05 < took < 3.0
