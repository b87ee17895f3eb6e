"""Foundation benchmarks, each beside a baseline measured in the same run.

- demo generation of 10,000 participants (through the stamped write path, with validation)
  vs plain sqlite3 inserting the very same rows;
- participant search over 50,000 participants (service: query + count) vs the same LIKE
  query in plain sqlite3.
Run: pytest tests/benchmarks --benchmark-enable --benchmark-only
"""

from __future__ import annotations

import sqlite3
import statistics
import time

from desktop.services import demo, participants
from desktop.services.setup import init_device
from desktop.storage.engine import db_path
from desktop.storage.store import Store


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def test_demo_generation_10k(benchmark, tmp_path):
    counter = iter(range(100))

    def build():
        store = Store.open(tmp_path / f"d{next(counter)}")
        init_device(store, "CIFE")
        demo.generate(store, 10_000, seed=3)
        store.close()
        return store.path

    path = benchmark.pedantic(build, rounds=1, iterations=1)
    service_s = benchmark.stats.stats.mean

    # baseline: the same rows, inserted with plain sqlite3 into an empty copy of the schema
    src = sqlite3.connect(path)
    tables = [r[0] for r in src.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
    data = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    schema = [r[0] for r in src.execute("SELECT sql FROM sqlite_master WHERE type IN ('table','index') AND sql IS NOT NULL")]
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
                    con.executemany(f"INSERT INTO {t} VALUES ({','.join('?' * len(items[0]))})", items)
        con.close()

    raw_s = _timed(raw)
    benchmark.extra_info.update(rows=rows, service_s=round(service_s, 2), plain_sqlite_s=round(raw_s, 2),
                                ratio=round(service_s / raw_s, 1))
    print(f"\ndemo 10k: {rows} rows, service {service_s:.2f}s, plain sqlite3 {raw_s:.2f}s, ratio {service_s / raw_s:.1f}x")


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
            con.execute(f"SELECT id, code, first_name, last_name, birth_date FROM participant WHERE {where} "
                        "ORDER BY last_name, code LIMIT 200", args).fetchall()
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
    benchmark.extra_info.update(service_ms_per_query=round(service_ms, 1), plain_sqlite_ms=round(raw_ms, 1),
                                same_sql_raw_ms=round(same_ms, 1), ratio=round(service_ms / raw_ms, 2),
                                ratio_same_sql=round(service_ms / same_ms, 2))
    print(f"\nsearch 50k: service {service_ms:.1f} ms/query (search + count); plain sqlite3 LIKE query "
          f"{raw_ms:.1f} ms (ratio {service_ms / raw_ms:.2f}x); the service's SQL run raw {same_ms:.1f} ms "
          f"(ratio {service_ms / same_ms:.2f}x)")
