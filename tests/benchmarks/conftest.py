"""Benchmarks: large demo stores are built once per machine and schema, then copied."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

import pytest


def cached_demo_store(n: int, target_dir: Path, seed: int = 11) -> Path:
    """A data directory holding n demo participants (built once, then copied: ~2 min for 50,000)."""
    from desktop.services.demo import generate
    from desktop.services.setup import init_device
    from desktop.storage.migrate import MIGRATIONS
    from desktop.storage.store import Store

    schema = hashlib.sha256(
        b"".join(p.read_bytes() for p in sorted(MIGRATIONS.rglob("*.py")))
    ).hexdigest()[:12]
    cache = Path(tempfile.gettempdir()) / f"milma-bench-{schema}-{n}-{seed}"
    if not (cache / "milma.sqlite3").exists():
        build = cache.with_suffix(".building")
        shutil.rmtree(build, ignore_errors=True)
        store = Store.open(build)
        init_device(store, "CIFE", "bench")
        generate(store, n, seed=seed)
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        shutil.rmtree(cache, ignore_errors=True)
        build.rename(cache)
    shutil.copytree(cache, target_dir)
    return target_dir


@pytest.fixture(scope="session")
def store_50k_dir(tmp_path_factory):
    return cached_demo_store(50_000, tmp_path_factory.mktemp("bench") / "data50k")
