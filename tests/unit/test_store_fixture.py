"""A store written by an earlier revision (tests/fixtures/store-0011.*, made by
make_store_0011.py) opens on this one with every record, every stamp's meaning and every
export unchanged: a change of the storage format must convert it, not lose or resend anything."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from desktop.domain.schema import KINDS
from desktop.exchange.changes import collect
from desktop.storage.engine import db_path
from desktop.storage.store import Store

FIXTURES = Path(__file__).parent.parent / "fixtures"
EXPECTED = json.loads((FIXTURES / "store-0011.json").read_text(encoding="utf-8"))


def _opened(data_dir: Path) -> Store:
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURES / "store-0011.sqlite3", db_path(data_dir))
    return Store.open(data_dir)


def test_every_record_keeps_its_values(data_dir):
    store = _opened(data_dir)
    store.close()
    con = sqlite3.connect(db_path(data_dir))
    try:
        for kind, spec in KINDS.items():
            wanted = EXPECTED["records"].get(kind, {})
            # the fields the fixture knows (a later revision may add some)
            names = [n for n in spec.names if all(n in r["values"] for r in wanted.values())]
            rows = {
                row[0]: dict(zip(names, row[1:], strict=True))
                for row in con.execute(f"SELECT id, {', '.join(names)} FROM {kind}")
            }
            assert rows == {
                row_id: {n: r["values"][n] for n in names} for row_id, r in wanted.items()
            }, kind
    finally:
        con.close()


def test_full_and_incremental_exports_send_what_they_sent(data_dir):
    store = _opened(data_dir)
    try:
        with store.read() as s:
            for since, wanted in EXPECTED["exports"].items():
                changes, _first, last = collect(s, None if since == "None" else int(since))
                assert json.loads(json.dumps(changes)) == wanted["changes"], since
                assert last == wanted["last"], since
    finally:
        store.close()


def test_every_stamp_keeps_its_meaning(data_dir):
    """Each field's (clock, device) as the full export carries it is the stamp the store held."""
    store = _opened(data_dir)
    try:
        with store.read() as s:
            changes, _first, _last = collect(s)
    finally:
        store.close()
    sent = {}
    for c in changes:
        if c["op"] == "upsert":
            fields = dict(c.get("fields") or {})
            if c.get("values"):
                fields.update({n: [v, *c["stamp"]] for n, v in c["values"].items()})
            sent[c["kind"], c["id"]] = {n: f[1:] for n, f in fields.items()}
    held = {
        (kind, row_id): r["stamps"]
        for kind, rows in EXPECTED["records"].items()
        for row_id, r in rows.items()
    }
    assert sent == held
    assert (
        sorted([c["kind"], c["id"], c["hlc"], c["device"]] for c in changes if c["op"] == "delete")
        == EXPECTED["tombstones"]
    )
