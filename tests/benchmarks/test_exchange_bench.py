"""A full bundle of a 50,000-participant demo store (about 500,000 rows): exported (collect,
sign, encrypt, atomic write, read back and verify), then imported into an empty coordinator
store (decrypt, verify, merge in one transaction), each beside plain sqlite3 inserting the same
rows into an empty copy of the schema, measured in the same run (before and after; their mean).

Run: pytest tests/benchmarks/test_exchange_bench.py --benchmark-enable --benchmark-only -s
"""

from __future__ import annotations

import json
import sqlite3
import time

from desktop.exchange import keys as K
from desktop.services import exchange as X
from desktop.services.setup import init_device
from desktop.storage.models import RECORD_MODELS
from desktop.storage.store import Store
from tests.unit.test_bundle_support import made_by_coordinator


def _timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _plain_sqlite_insert(source, target) -> tuple[float, int]:
    """Plain sqlite3: the record rows of ``source`` inserted into an empty copy of its schema,
    one transaction, same durability settings."""
    src = sqlite3.connect(source)
    data = {t: src.execute(f'SELECT * FROM "{t}"').fetchall() for t in RECORD_MODELS}
    schema = [
        r[0]
        for r in src.execute(
            "SELECT sql FROM sqlite_master WHERE type IN ('table','index') AND sql IS NOT NULL AND"
            " name NOT LIKE 'sqlite_%'"
        )
    ]
    src.close()

    def raw():
        con = sqlite3.connect(target)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        for sql in schema:
            con.execute(sql)
        with con:
            for t, items in data.items():
                if items:
                    con.executemany(
                        f'INSERT INTO "{t}" VALUES ({",".join("?" * len(items[0]))})', items
                    )
        con.close()

    seconds, _ = _timed(raw)
    return seconds, sum(len(v) for v in data.values())


def test_full_bundle_50k(benchmark, store_50k_dir, tmp_path):
    laptop = Store.open(store_50k_dir)
    coordinator = Store.open(tmp_path / "coordinator")
    init_device(coordinator, "LOS_ARCOS", "coordinator")
    X.init_coordinator(coordinator, "benchmark passphrase")
    X.trust_coordinator(laptop, X.key_info(coordinator)["age_public_key"])
    X.enrol_device(coordinator, K.parse_enrolment(json.dumps(X.key_info(laptop))))
    made_by_coordinator(laptop, coordinator)  # the demo's labs, companies...: the coordinator's own
    usb = tmp_path / "usb"
    usb.mkdir()

    # the baseline is measured before and after (the disk of a shared machine is noisy, and
    # what the previous step left to write back weighs on the next): their mean is used
    raw_before, rows = _plain_sqlite_insert(laptop.path, tmp_path / "plain-before.sqlite3")
    export_s, exported = _timed(lambda: X.export_changes(laptop, usb, full=True))
    result = benchmark.pedantic(
        lambda: X.apply_import(coordinator, exported.path), rounds=1, iterations=1
    )
    import_s = benchmark.stats.stats.mean
    raw_after, _rows = _plain_sqlite_insert(laptop.path, tmp_path / "plain-after.sqlite3")
    raw_s = (raw_before + raw_after) / 2

    totals = result["report"]["totals"]
    assert totals["new"] + totals["unchanged"] == exported.total
    assert result["report"]["kinds"]["participant"]["new"] == 50_000
    size_mb = exported.path.stat().st_size / 1024**2
    benchmark.extra_info.update(
        rows=rows,
        changes=exported.total,
        bundle_mb=round(size_mb, 1),
        export_s=round(export_s, 2),
        import_s=round(import_s, 2),
        plain_sqlite_s=round(raw_s, 2),
        export_ratio=round(export_s / raw_s, 2),
        import_ratio=round(import_s / raw_s, 2),
    )
    print(
        f"\nfull bundle 50k: {rows} rows, {exported.total} changes, {size_mb:.1f} MB; "
        f"export {export_s:.1f}s, import {import_s:.1f}s, plain sqlite3 insert {raw_s:.1f}s "
        f"(before {raw_before:.1f}s, after {raw_after:.1f}s); "
        f"export {export_s / raw_s:.1f}x, import {import_s / raw_s:.1f}x"
    )
    laptop.close()
    coordinator.close()
