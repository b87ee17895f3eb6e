"""Helpers for the merge tests: simulated laptops and coordinators (separate stores, each with
its own device id), exports and imports, and a snapshot of everything a merge decides."""

from __future__ import annotations

import json
import sqlite3
from itertools import count
from pathlib import Path

from desktop.domain.schema import KINDS
from desktop.exchange.changes import collect
from desktop.exchange.merge import apply
from desktop.services.setup import init_device
from desktop.storage import stamps as codec
from desktop.storage.engine import db_path
from desktop.storage.store import Store

_TEMPLATE: dict[str, Path] = {}
_N = count()

PEOPLE = [
    ("Ana", "García López", "1990-03-04"),
    ("Fatou", "Diop", "1985-11-20"),
    ("Mohamed", "El Amrani", "1979-07-01"),
    ("Oksana", "Kovalenko", "1992-02-14"),
    ("José", "Martín Ruiz", "2000-12-31"),
    ("Ioana", "Popescu", "1988-05-09"),
]


def _template(root: Path) -> Path:
    """A migrated empty database, made once and copied for every store (migrating is slow)."""
    if "db" not in _TEMPLATE or not _TEMPLATE["db"].exists():
        folder = root / "template"
        Store.open(folder).close()
        _TEMPLATE["db"] = db_path(folder)
    return _TEMPLATE["db"]


def new_store(root: Path, name: str | None = None) -> Store:
    folder = root / f"{name or 'store'}-{next(_N)}"
    folder.mkdir(parents=True)
    src = sqlite3.connect(_template(root))
    dst = sqlite3.connect(db_path(folder))
    with dst:
        src.backup(dst)
    dst.close()
    src.close()
    return Store.open(folder)


def new_laptop(root: Path, name: str) -> Store:
    store = new_store(root, name)
    init_device(store, "CIFE", name, f"Técnica {name}")
    return store


def person(i: int, **extra) -> dict:
    first, last, birth = PEOPLE[i % len(PEOPLE)]
    return {
        "first_name": first,
        "last_name": last,
        "birth_date": birth,
        "gender": "female",
        "migrant_status": "migrant",
        "nationality": "SN",
        **extra,
    }


class Laptop:
    """A store and the sequence its last export reached."""

    def __init__(self, root: Path, name: str):
        self.store = new_laptop(root, name)
        self.sent: int | None = None

    def export(self) -> list[dict]:
        with self.store.read() as s:
            changes, _first, last = collect(s, self.sent if self.sent is not None else None)
        if last is not None:
            self.sent = last
        # a bundle is JSON on a stick
        return json.loads(json.dumps(changes))


def export_all(store: Store) -> list[dict]:
    with store.read() as s:
        changes, _first, _last = collect(s)
    return json.loads(json.dumps(changes))


def import_into(store: Store, changes: list[dict], **kw):
    with store.transaction() as tx:
        return apply(tx, changes, **kw)


def snapshot(store: Store, *, with_journal: bool = False) -> dict:
    """Every synced record (stamps parsed), every tombstone and every pending value; with the
    journal and the conflict list when asked (they depend on the order of imports)."""
    con = sqlite3.connect(db_path(store.data_dir))
    out: dict = {}
    try:
        known = codec.devices_of_connection(con)
        for kind in KINDS:
            con.row_factory = sqlite3.Row
            rows = con.execute(f"SELECT * FROM {kind} ORDER BY id").fetchall()
            con.row_factory = None
            # the data columns, then each field's (clock, device): the same meaning whatever
            # numbers a store gave its devices
            out[kind] = [
                (
                    *(r[c] for c in r.keys() if c not in codec.SYNC_COLUMNS),
                    codec.named(codec.of_row(kind, r), known),
                )
                for r in rows
            ]
        out["tombstone"] = sorted(
            con.execute("SELECT table_name, row_id FROM tombstone").fetchall()
        )
        out["merge_pending"] = sorted(
            con.execute("SELECT table_name, row_id, fields FROM merge_pending").fetchall()
        )
        if with_journal:
            out["tombstone_stamps"] = sorted(con.execute("SELECT * FROM tombstone").fetchall())
            # every field's journal position, and the last one handed out
            con.row_factory = sqlite3.Row
            out["positions"] = {
                kind: [
                    (r["id"], r["seq"], sorted((n, s[2]) for n, s in codec.of_row(kind, r).items()))
                    for r in con.execute(f"SELECT * FROM {kind} ORDER BY id")
                ]
                for kind in KINDS
            }
            con.row_factory = None
            out["journal_top"] = con.execute("SELECT value FROM meta WHERE key = 'seq'").fetchall()
            out["merge_conflict"] = con.execute(
                "SELECT * FROM merge_conflict ORDER BY id"
            ).fetchall()
            out["merge_quarantine"] = con.execute(
                "SELECT * FROM merge_quarantine ORDER BY id"
            ).fetchall()
    finally:
        con.close()
    return out


def coordinator_after(root: Path, bundles: list[list[dict]], *, twice: bool = False) -> Store:
    store = new_store(root, "coordinator")
    for bundle in bundles:
        import_into(store, bundle)
        if twice:
            import_into(store, bundle)
    return store
