"""Foundation benchmarks, each beside a baseline measured in the same run.

- demo generation of 10,000 participants (through the stamped write path, with validation)
  vs plain sqlite3 inserting the very same rows, each table's with executemany in one
  transaction into an empty copy of the schema. Target (asserted): the demo's writing, the time
  spent in its store transactions (stamping, derived columns, inserts, commit), within 2x of
  that. The whole generation is reported beside it, with what else it spends its time on:
  making up the people and their records (random draws, Faker), validating them (the rules
  every form applies) and their ids; those are no part of the write path, and alone take
  longer than plain sqlite3 needs to insert the rows (so the whole cannot come within 2x);
- participant search over 50,000 participants (service: query + count) vs the same LIKE
  query in plain sqlite3.
Run: pytest tests/benchmarks --benchmark-enable --benchmark-only
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections import defaultdict
from contextlib import contextmanager

from desktop.services import demo, participants
from desktop.services.setup import init_device
from desktop.storage.engine import db_path
from desktop.storage.store import Store


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _timing(
    monkeypatch, owner, name: str, spent: dict[str, float], *, context: bool = False
) -> None:
    """Add the time spent in ``owner.name`` (a function, or a context manager) to spent[name]."""
    real = getattr(owner, name)

    def function(*args, **kwargs):
        start = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            spent[name] += time.perf_counter() - start

    @contextmanager
    def manager(*args, **kwargs):
        start = time.perf_counter()
        try:
            with real(*args, **kwargs) as value:
                yield value
        finally:
            spent[name] += time.perf_counter() - start

    monkeypatch.setattr(owner, name, manager if context else function)


def test_demo_generation_10k(benchmark, tmp_path, monkeypatch):
    counter = iter(range(100))
    spent: dict[str, float] = defaultdict(float)

    def build():
        store = Store.open(tmp_path / f"d{next(counter)}")
        init_device(store, "CIFE")
        spent.clear()
        start = time.perf_counter()
        demo.generate(store, 10_000, seed=3)
        spent["generate"] = time.perf_counter() - start
        store.close()
        return store.path

    _timing(monkeypatch, Store, "transaction", spent, context=True)
    _timing(monkeypatch, demo, "validate", spent)
    _timing(monkeypatch, demo, "new_id", spent)
    path = benchmark.pedantic(build, rounds=1, iterations=1)
    service_s, write_s = spent["generate"], spent["transaction"]

    # baseline: the same rows, inserted with plain sqlite3 into an empty copy of the schema
    src = sqlite3.connect(path)
    tables = [
        r[0]
        for r in src.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND"
            " name != 'alembic_version'"
        )
    ]
    data = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    schema = [
        r[0]
        for r in src.execute(
            "SELECT sql FROM sqlite_master WHERE type IN ('table','index') AND sql IS NOT NULL"
        )
    ]
    src.close()
    rows = sum(len(v) for v in data.values())

    def raw():
        con = sqlite3.connect(tmp_path / "raw.sqlite3")
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        for sql in schema:
            con.execute(sql)
        with con:
            for t, items in data.items():
                if items:
                    con.executemany(
                        f"INSERT INTO {t} VALUES ({','.join('?' * len(items[0]))})", items
                    )
        con.close()

    raw_s = _timed(raw)
    made_s = service_s - write_s - spent["validate"] - spent["new_id"]
    benchmark.extra_info.update(
        rows=rows,
        service_s=round(service_s, 2),
        write_s=round(write_s, 2),
        validate_s=round(spent["validate"], 2),
        ids_s=round(spent["new_id"], 2),
        made_up_s=round(made_s, 2),
        plain_sqlite_s=round(raw_s, 2),
        write_ratio=round(write_s / raw_s, 2),
        ratio=round(service_s / raw_s, 1),
    )
    print(
        f"\ndemo 10k: {rows} rows; writing them {write_s:.2f}s, plain sqlite3 {raw_s:.2f}s, ratio"
        f" {write_s / raw_s:.2f}x (target 2x); the whole generation {service_s:.2f}s"
        f" ({service_s / raw_s:.1f}x): made up {made_s:.2f}s, validated {spent['validate']:.2f}s,"
        f" ids {spent['new_id']:.2f}s, written {write_s:.2f}s"
    )
    assert write_s / raw_s <= 2.0


QUERIES = ["garcia", "nunez", "x12", "maria lopez", "600", "zzzz"]


def test_search_50k(benchmark, store_50k_dir):
    store = Store.open(store_50k_dir)

    def service():
        for q in QUERIES:
            participants.search(store, q, limit=200)
            participants.count(store, q)

    benchmark.pedantic(service, rounds=15, iterations=1, warmup_rounds=2)
    service_ms = benchmark.stats.stats.median * 1000 / len(QUERIES)

    con = sqlite3.connect(db_path(store_50k_dir))

    def raw():
        for q in QUERIES:
            terms = q.split()
            where = " AND ".join("search_key LIKE ?" for _ in terms)
            args = [f"%{t}%" for t in terms]
            con.execute(
                f"SELECT id, code, first_name, last_name, birth_date FROM participant WHERE {where}"
                " ORDER BY last_name, code LIMIT 200",
                args,
            ).fetchall()
            con.execute(f"SELECT count(*) FROM participant WHERE {where}", args).fetchone()

    raw_ms = statistics.median(_timed(raw) for _ in range(15)) * 1000 / len(QUERIES)

    # the service's own SQL, recorded and run again through plain sqlite3: the cost of the
    # service's Python around its queries (building them, turning rows into dicts)
    recorded: list[tuple[str, tuple]] = []
    real_reader = store.reader

    class Recorder:
        def __init__(self, conn):
            self.conn = conn

        def execute(self, sql, params=()):
            recorded.append((sql, tuple(params)))
            return self.conn.execute(sql, params)

    store.reader = lambda: Recorder(real_reader())
    for q in QUERIES:
        participants.search(store, q, limit=200)
        participants.count(store, q)
    store.reader = real_reader
    assert len(recorded) == 2 * len(QUERIES)

    def same_sql():
        for sql, params in recorded:
            con.execute(sql, params).fetchall()

    same_ms = statistics.median(_timed(same_sql) for _ in range(15)) * 1000 / len(QUERIES)
    con.close()
    store.close()
    benchmark.extra_info.update(
        service_ms_per_query=round(service_ms, 1),
        plain_sqlite_ms=round(raw_ms, 1),
        same_sql_raw_ms=round(same_ms, 1),
        ratio=round(service_ms / raw_ms, 2),
        ratio_same_sql=round(service_ms / same_ms, 2),
    )
    print(
        f"\nsearch 50k: service {service_ms:.1f} ms/query (search + count); plain sqlite3 LIKE"
        f" query {raw_ms:.1f} ms (ratio {service_ms / raw_ms:.2f}x); the service's SQL run raw"
        f" {same_ms:.1f} ms (ratio {service_ms / same_ms:.2f}x)"
    )
