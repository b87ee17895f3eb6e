"""Migrations: upgrade keeps every row, a backup comes first, a newer schema is refused, an
interrupted upgrade leaves the old database usable, and migrations match the models."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from desktop.storage import migrate
from desktop.storage.engine import db_path, make_engine
from desktop.storage.migrate import SchemaTooNew
from desktop.storage.store import StorageError, Store

FIRST = "0001"
STAMPS = '{"first_name":[1,"d"]}'


def _db_at_first_revision(data_dir):
    data_dir.mkdir(parents=True)
    path = db_path(data_dir)
    engine = make_engine(path)
    migrate.upgrade(engine, path, target=FIRST)
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO technician (id, stamps, full_name, site, active) VALUES ('t1', '{}', 'Ana',"
        " 'CIFE', 1)"
    )
    for i, (first, last) in enumerate(
        [("José", "Núñez"), ("Oleksandr", "Kovalenko"), ("Ștefan", "Popescu")]
    ):
        con.execute(
            "INSERT INTO participant (id, stamps, code, site, first_name, last_name, birth_date,"
            " gender, migrant_status, preferred_language, document_number, technician_id) VALUES"
            " (?, ?, ?, 'CIFE', ?, ?, '1990-01-01', 'male', 'migrant', 'fr', ?, 't1')",
            (f"p{i}", STAMPS, f"CIF-TEST-000{i}", first, last, f"X000000{i}"),
        )
    con.execute(
        "INSERT INTO goal (id, stamps, participant_id, title, status) VALUES ('g1', '{}', 'p0',"
        " 'CV', 'planned')"
    )
    con.execute(
        "INSERT INTO meta (key, value) VALUES ('device_id', '01a20000-0000-7000-8000-000000000001')"
    )
    con.commit()
    con.close()
    return path


def test_first_revision_with_data_upgrades_to_head_keeping_every_row(data_dir):
    path = _db_at_first_revision(data_dir)
    store = Store.open(data_dir)
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    assert store.last_backup is not None and store.last_backup.exists()
    from desktop.services import participants, records

    assert participants.count(store) == 3
    assert [r["code"] for r in participants.search(store, "nunez")] == ["CIF-TEST-0000"]
    assert [r["code"] for r in participants.search(store, "stefan")] == ["CIF-TEST-0002"]
    # the list's order key was filled for the people already there: Núñez between K and P
    assert [r["last_name"] for r in participants.search(store)] == ["Kovalenko", "Núñez", "Popescu"]
    assert records.get(store, "goal", "g1")["title"] == "CV"
    assert records.get(store, "technician", "t1")["full_name"] == "Ana"
    store.close()
    # the backup is the old database, whole
    con = sqlite3.connect(store.last_backup)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == FIRST
    assert con.execute("SELECT count(*) FROM participant").fetchone()[0] == 3
    con.close()
    assert path.exists()


def test_a_current_database_is_not_backed_up_again(data_dir):
    Store.open(data_dir).close()
    store = Store.open(data_dir)
    assert store.last_backup is None
    store.close()


def test_database_from_a_newer_version_is_refused(data_dir):
    Store.open(data_dir).close()
    con = sqlite3.connect(db_path(data_dir))
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(SchemaTooNew) as info:
        Store.open(data_dir)
    assert "newer version" in str(info.value.message)
    con = sqlite3.connect(db_path(data_dir))
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999"
    con.close()


def test_interrupted_upgrade_leaves_the_old_database_usable(data_dir, monkeypatch):
    _db_at_first_revision(data_dir)
    import desktop.storage.derived as derived

    calls = {"n": 0}

    def power_cut(values):
        calls["n"] += 1
        raise OSError("battery died")

    monkeypatch.setattr(derived, "participant_search_key", power_cut)
    with pytest.raises(OSError):
        Store.open(data_dir)
    assert calls["n"] == 1  # the step had started: the new column was already added
    con = sqlite3.connect(db_path(data_dir))
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == FIRST
    assert con.execute("SELECT count(*) FROM participant").fetchone()[0] == 3
    columns = [r[1] for r in con.execute("PRAGMA table_info(participant)")]
    assert "search_key" not in columns  # the half-done step was rolled back whole
    con.close()
    monkeypatch.undo()
    store = Store.open(data_dir)  # and the next start upgrades cleanly
    from desktop.services import participants

    assert participants.count(store, "kovalenko") == 1
    store.close()


def test_not_a_database_gives_a_clear_error(data_dir):
    data_dir.mkdir(parents=True)
    db_path(data_dir).write_bytes(b"this is a shopping list, not a database" * 100)
    with pytest.raises(StorageError) as info:
        Store.open(data_dir)
    assert "not a MILMA database" in str(info.value.message)


def test_migrations_match_the_models(data_dir):
    store = Store.open(data_dir)
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    store.close()
    assert diff == []


def test_head_read_from_the_files_is_alembics_head():
    from alembic.script import ScriptDirectory

    assert (
        migrate.head_revision()
        == ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()
    )


def test_perf_guard_opening_a_current_database_does_not_load_alembic(data_dir):
    import subprocess
    import sys

    Store.open(data_dir).close()
    code = (
        "import sys; from desktop.storage.store import Store; "
        f"Store.open({str(data_dir)!r}).close(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr
