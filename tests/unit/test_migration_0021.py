"""Migration 0021: each held change says why it is held (those held before were all dated more
than a day in the future, and say so), each enrolled laptop gets a site (none known yet, learnt
from its key file or next bundle); going back drops both and keeps every row."""

from __future__ import annotations

import sqlite3

from alembic import command

from desktop.exchange import rights
from desktop.storage import migrate
from desktop.storage.engine import db_path, make_engine, writer

BEFORE = "0020"


def _store_before(data_dir):
    data_dir.mkdir(parents=True)
    path = db_path(data_dir)
    engine = make_engine(path)
    migrate.upgrade(engine, path, target=BEFORE)
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO merge_quarantine (table_name, row_id, op, hlc, device_id, digest, change,"
        " received_ms) VALUES ('participant', 'p1', 'upsert', 123, 'd1', 'abc', '{}', 5)"
    )
    con.execute(
        "INSERT INTO exchange_device (fingerprint, signing_public_key, device_id, enrolled_ms) "
        "VALUES ('fp', 'key', 'd1', 7)"
    )
    con.commit()
    con.close()
    return path


def test_held_changes_are_dated_in_the_future_and_laptops_have_no_site_yet(data_dir):
    path = _store_before(data_dir)
    engine = make_engine(path)
    migrate.upgrade(engine, path, target="0021")
    assert migrate.current_revision(engine) == "0021"
    engine.dispose()
    con = sqlite3.connect(path)
    assert con.execute("SELECT row_id, reason FROM merge_quarantine").fetchall() == [
        ("p1", rights.FUTURE)
    ]
    assert con.execute("SELECT fingerprint, site FROM exchange_device").fetchall() == [("fp", None)]
    con.close()


def test_going_back_drops_the_reason_and_the_site_and_keeps_the_rows(data_dir):
    path = _store_before(data_dir)
    engine = make_engine(path)
    migrate.upgrade(engine, path, target="0021")
    cfg = migrate.alembic_config()
    with writer(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, BEFORE)
    assert migrate.current_revision(engine) == BEFORE
    engine.dispose()
    con = sqlite3.connect(path)
    assert [r[1] for r in con.execute("PRAGMA table_info(merge_quarantine)")][-1] == "received_ms"
    assert con.execute("SELECT row_id, hlc FROM merge_quarantine").fetchall() == [("p1", 123)]
    assert "site" not in [r[1] for r in con.execute("PRAGMA table_info(exchange_device)")]
    assert con.execute("SELECT fingerprint FROM exchange_device").fetchall() == [("fp",)]
    con.close()
