"""Migration 0018 (a lab's niche and planned hours may be empty) rebuilds the lab table while
enrolments and partner companies refer to it with foreign keys on: on a store with labs,
enrolments, attendance and stamps every row, stamp, rowid and index is the same after, the
foreign keys still hold and still point at the labs, and a lab may then lack both fields."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic import command

from desktop.services import records
from desktop.storage import migrate
from desktop.storage.engine import db_path, make_engine, writer
from desktop.storage.store import Store

FIXTURE = Path(__file__).parent.parent / "fixtures" / "store-0011.sqlite3"


def _snapshot(path: Path) -> dict:
    con = sqlite3.connect(path)
    try:
        schema = {
            (kind, name): sql
            for kind, name, sql in con.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            )
        }
        tables = [name for kind, name in schema if kind == "table" and name != "alembic_version"]
        rows = {
            t: con.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall() for t in tables
        }
        indexes = {
            t: sorted(
                (r[1], r[2], tuple(c[2] for c in con.execute(f"PRAGMA index_info({r[1]})")))
                for r in con.execute(f"PRAGMA index_list({t})")
            )
            for t in tables
        }
        keys = {t: con.execute(f"PRAGMA foreign_key_list({t})").fetchall() for t in tables}
        return {"schema": schema, "rows": rows, "indexes": indexes, "keys": keys}
    finally:
        con.close()


@pytest.fixture
def at_0017(data_dir) -> Path:
    """The fixture store (labs with enrolments, attendance and partners) brought to 0017."""
    data_dir.mkdir(parents=True)
    path = db_path(data_dir)
    shutil.copyfile(FIXTURE, path)
    engine = make_engine(path)
    migrate.upgrade(engine, path, target="0017")
    engine.dispose()
    return path


def test_labs_referred_to_upgrade_keeping_every_row_stamp_and_index(at_0017, data_dir):
    before = _snapshot(at_0017)
    assert len(before["rows"]["lab"]) == 7 and len(before["rows"]["enrolment"]) == 12
    assert len(before["rows"]["attendance"]) > 100 and len(before["rows"]["lab_company"]) > 10
    engine = make_engine(at_0017)
    migrate.upgrade(
        engine, at_0017, target="0018"
    )  # the migration alone (later ones change stamps)
    assert migrate.current_revision(engine) == "0018"
    engine.dispose()
    after = _snapshot(at_0017)
    assert after["rows"] == before["rows"]  # every table, every column (stamps too), every rowid
    assert after["indexes"] == before["indexes"]  # ix_lab_end_date among them
    assert after["keys"] == before["keys"]  # enrolments and partners still refer to lab(id)
    changed = {
        k
        for k in before["schema"].keys() | after["schema"].keys()
        if before["schema"].get(k) != after["schema"].get(k)
    }
    assert changed == {("table", "lab")}
    con = sqlite3.connect(at_0017)
    try:
        not_null = {r[1]: r[3] for r in con.execute("PRAGMA table_info(lab)")}
        assert (
            not_null["niche"],
            not_null["planned_hours"],
            not_null["name"],
            not_null["end_date"],
        ) == (0, 0, 1, 1)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        con.execute("PRAGMA foreign_keys=ON")  # the keys are enforced against the new table
        with pytest.raises(sqlite3.IntegrityError):
            con.execute(
                "INSERT INTO enrolment (id, stamps, participant_id, lab_id, status, enrolled_on)"
                " SELECT 'e-x', '{}', participant_id, 'no-such-lab', status, enrolled_on FROM"
                " enrolment LIMIT 1"
            )
        lab_id = before["rows"]["lab"][0][1]
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("DELETE FROM lab WHERE id = ?", (lab_id,))
    finally:
        con.close()


def test_after_it_a_lab_may_lack_its_niche_and_hours_and_going_back_is_refused_whole(
    at_0017, data_dir
):
    store = Store.open(data_dir)
    try:
        lab = records.create(
            store,
            "lab",
            {
                "name": "Carpintería 2019",
                "site": "CIFE",
                "start_date": date(2019, 3, 4),
                "end_date": date(2019, 6, 28),
            },
        )
        assert (lab["niche"], lab["planned_hours"]) == (None, None)
        engine = store.engine
        cfg = migrate.alembic_config()
        with pytest.raises(Exception, match="NOT NULL"), writer(engine).begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0017")
        assert migrate.current_revision(engine) == migrate.head_revision()  # nothing went back
        assert records.get(store, "lab", lab["id"])["name"] == "Carpintería 2019"
        assert (
            len(records.list_all(store, "lab")) == 8
            and len(records.list_all(store, "enrolment")) == 12
        )
    finally:
        store.close()
    con = sqlite3.connect(at_0017)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
