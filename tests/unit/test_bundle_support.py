"""Shared set-up of the exchange tests: laptops, a coordinator (its passphrase-protected
identity is made once per session, scrypt being slow, and its database copied), snapshots of a
whole database to prove that a refused import wrote nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from desktop.exchange import keys as K
from desktop.services import exchange as X
from desktop.services.setup import init_device
from desktop.storage.store import Store

PASSPHRASE = "correct horse battery"


def new_laptop(folder: Path, name: str = "laptop", participants: int = 0, seed: int = 5) -> Store:
    store = Store.open(folder)
    init_device(store, "CIFE", name, "Técnica de prueba")
    if participants:
        from desktop.services.demo import generate

        generate(store, participants, seed=seed)
    X.key_info(store)  # create its keys
    return store


_TEMPLATE: dict[str, Path] = {}


def new_coordinator(folder: Path, tmp_factory) -> Store:
    """A coordinator store (copied from one made once per session)."""
    if "dir" not in _TEMPLATE:
        base = tmp_factory.mktemp("coordinator-template")
        store = Store.open(base)
        init_device(store, "LOS_ARCOS", "coordinator")
        X.init_coordinator(store, PASSPHRASE)
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        _TEMPLATE["dir"] = base
    shutil.copytree(_TEMPLATE["dir"], folder)
    return Store.open(folder)


def pair(tmp_path: Path, tmp_factory, participants: int = 3) -> tuple[Store, Store]:
    """A laptop that trusts a coordinator which enrolled it (from its key file). The reference
    data of the laptop's demo is the coordinator's too (see made_by_coordinator)."""
    laptop = new_laptop(tmp_path / "laptop", participants=participants)
    coordinator = new_coordinator(tmp_path / "coordinator", tmp_factory)
    X.trust_coordinator(laptop, X.key_info(coordinator)["age_public_key"])
    X.enrol_device(coordinator, K.parse_enrolment(__import__("json").dumps(X.key_info(laptop))))
    if participants:
        made_by_coordinator(laptop, coordinator)
    return laptop, coordinator


def made_by_coordinator(laptop: Store, coordinator: Store) -> None:
    """The reference records a test made on the laptop (labs, companies, connectors, the demo's
    technicians of other sites), given to the coordinator as if it had made them and sent them
    back: a laptop's bundle may not bring them (desktop.exchange.rights), and once the
    coordinator has them, a bundle carrying them unchanged changes nothing there."""
    from desktop.exchange.changes import collect
    from desktop.exchange.merge import apply
    from desktop.exchange.reference import REFERENCE_KINDS
    from desktop.services import records

    site = laptop.meta.get("site")
    strangers = {t["id"] for t in records.list_all(laptop, "technician") if t["site"] != site}
    with laptop.read() as s:
        changes, _first, _last = collect(s)
    theirs = [
        c
        for c in changes
        if c["op"] == "upsert"
        and (c["kind"] in REFERENCE_KINDS or (c["kind"] == "technician" and c["id"] in strangers))
    ]
    with coordinator.transaction() as tx:
        apply(tx, theirs)


def snapshot(store: Store) -> dict[str, list]:
    """Every row of every table."""
    conn = sqlite3.connect(store.path)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        return {
            t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"').fetchall())) for t in tables
        }
    finally:
        conn.close()


def count(store: Store, table: str) -> int:
    conn = sqlite3.connect(store.path)
    try:
        return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        conn.close()
