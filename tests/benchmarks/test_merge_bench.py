"""The merge engine alone: a full collect() of a 50,000-participant demo store (about 500,000
rows), then apply() of those changes into an empty store in one transaction, beside plain
sqlite3 executemany inserting the same rows into an empty copy of the schema (same pragmas), in
the same run. Bundle files, signatures and encryption are measured in test_exchange_bench.py.

Run: pytest tests/benchmarks/test_merge_bench.py --benchmark-enable --benchmark-only -s
(MILMA_BENCH_PARTICIPANTS=5000 for a quicker run.)
"""

from __future__ import annotations

import json
import os
import sqlite3
import time

import pytest

from desktop.exchange.changes import collect, columnar
from desktop.exchange.merge import apply
from desktop.storage.engine import db_path
from desktop.storage.models import RECORD_MODELS
from desktop.storage.store import Store
from tests.benchmarks.conftest import cached_demo_store

PARTICIPANTS = int(os.environ.get("MILMA_BENCH_PARTICIPANTS", "50000"))


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory):
    return cached_demo_store(PARTICIPANTS, tmp_path_factory.mktemp("merge-bench") / "data")


def _plain_inserts(source, target) -> tuple[float, int]:
    """Plain sqlite3 executemany of every record row of ``source`` into ``target`` (an empty
    store of the same schema), one transaction, the store's durability pragmas."""
    src = sqlite3.connect(source)
    data = {}
    for kind, model in RECORD_MODELS.items():
        cols = [c.name for c in model.__table__.columns]
        data[kind] = (
            f'INSERT INTO "{kind}" ({", ".join(cols)}) VALUES ({", ".join("?" * len(cols))})',
            src.execute(f'SELECT {", ".join(cols)} FROM "{kind}"').fetchall(),
        )
    src.close()
    con = sqlite3.connect(target, isolation_level=None)
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL", "secure_delete=ON"):
        con.execute(f"PRAGMA {pragma}")
    start = time.perf_counter()
    con.execute("BEGIN")
    for sql, rows in data.values():
        if rows:
            con.executemany(sql, rows)
    con.execute("COMMIT")
    seconds = time.perf_counter() - start
    con.close()
    return seconds, sum(len(rows) for _sql, rows in data.values())


def test_apply_full_collect_into_an_empty_store(benchmark, demo_dir, tmp_path):
    laptop = Store.open(demo_dir)
    start = time.perf_counter()
    with laptop.read() as s:
        changes, _first, _last = collect(s)
    collect_s = time.perf_counter() - start
    changes = json.loads(json.dumps(changes))  # as read from a bundle
    rest, tables = columnar(changes)  # as a bundle of format 3 carries them
    empty = Store.open(tmp_path / "coordinator")
    plain = Store.open(tmp_path / "plain")  # the same schema, empty
    plain.close()

    def merge():
        with empty.transaction() as tx:
            return apply(tx, rest, tables=tables)

    report = benchmark.pedantic(merge, rounds=1, iterations=1)
    apply_s = benchmark.stats.stats.mean
    plain_s, rows = _plain_inserts(db_path(demo_dir), db_path(tmp_path / "plain"))

    assert report.totals()["new"] == len(changes) == rows
    assert report.counts["participant"]["new"] == PARTICIPANTS
    ratio = apply_s / plain_s
    benchmark.extra_info.update(
        participants=PARTICIPANTS,
        rows=rows,
        collect_s=round(collect_s, 2),
        apply_s=round(apply_s, 2),
        plain_sqlite_s=round(plain_s, 2),
        apply_ratio=round(ratio, 2),
        collect_ratio=round(collect_s / plain_s, 2),
    )
    print(
        f"\nmerge {PARTICIPANTS} participants: {rows} rows; collect {collect_s:.1f}s, apply"
        f" {apply_s:.1f}s, plain sqlite3 executemany {plain_s:.1f}s; apply {ratio:.1f}x, collect"
        f" {collect_s / plain_s:.1f}x"
    )
    laptop.close()
    empty.close()
