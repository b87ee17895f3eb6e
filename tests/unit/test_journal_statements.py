"""The journal runs its own statements on the transaction's DB-API connection (made once per
kind, not built and compiled by SQLAlchemy at each write): what they store and read back must be
what SQLAlchemy's insert, update and select of the model's table store and read, every column's
default and type conversion included."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import create_engine, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from desktop.domain.clock import HybridClock
from desktop.domain.schema import KINDS
from desktop.storage import stamps as codec
from desktop.storage.journal import Tx
from desktop.storage.models import RECORD_MODELS

# a value of each field type (a reference points nowhere: these databases check no foreign key)
SAMPLE = {
    "str": "Río Guadalquivir",
    "text": "Línea uno\nlínea dos",
    "int": 7,
    "float": 2.5,
    "bool": False,
    "date": date(2024, 2, 29),
    "datetime": datetime(2026, 3, 1, 9, 5, 7, 120),
    "enum": "other",
    "enums": "a,b",
    "ref": "0190a1b2-0000-7000-8000-000000000001",
    "country": "SN",
    "langs": "es,wo",
    "lang": "fr",
    "isco": "5120",
}
CHANGED = {
    "str": "Otro",
    "text": "Nada",
    "int": 8,
    "float": 0.5,
    "bool": True,
    "date": date(2025, 1, 1),
    "datetime": datetime(2026, 3, 2, 18, 0),
    "enum": "again",
    "enums": "c",
    "ref": "0190a1b2-0000-7000-8000-000000000002",
    "country": "MA",
    "langs": "ar",
    "lang": "en",
    "isco": "9412",
}


def _database():
    engine = create_engine("sqlite://")
    SQLModel.metadata.create_all(engine)
    return engine


def _raw(session, kind, row_id) -> tuple:
    """The row as SQLite holds it (no conversion of any kind)."""
    return tuple(
        session.connection().exec_driver_sql(f"SELECT * FROM {kind} WHERE id = ?", (row_id,)).one()
    )


@pytest.fixture
def databases():
    ours, theirs = _database(), _database()
    with Session(ours) as ours_s, ours_s.begin(), Session(theirs) as theirs_s, theirs_s.begin():
        yield Tx(ours_s, "0190a1b2-0000-7000-8000-0000000000aa", HybridClock()), theirs_s
    ours.dispose()
    theirs.dispose()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_record_written_and_changed_is_stored_as_sqlalchemy_stores_it(databases, kind):
    tx, theirs = databases
    table = RECORD_MODELS[kind].__table__
    spec = KINDS[kind]
    row_id = tx.insert(kind, {f.name: SAMPLE[f.type] for f in spec.fields})["id"]

    def same(write) -> None:
        typed = dict(tx.session.execute(select(table).where(table.c.id == row_id)).mappings().one())
        assert tx.stored(kind, row_id) == typed  # read back with SQLAlchemy's conversions
        theirs.execute(write, [typed])
        assert _raw(tx.session, kind, row_id) == _raw(theirs, kind, row_id)  # stored alike

    same(insert(table))
    # every field changed, then one emptied
    assert set(tx.update(kind, row_id, {f.name: CHANGED[f.type] for f in spec.fields})) == set(
        spec.names
    )
    optional = next((f.name for f in spec.fields if not f.required), None)
    if optional:
        assert tx.update(kind, row_id, {optional: None}) == [optional]
    same(update(table).where(table.c.id == row_id))


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_columns_a_row_leaves_out_take_the_models_defaults(databases, kind):
    tx, theirs = databases
    table = RECORD_MODELS[kind].__table__
    values = {
        "id": "0190a1b2-0000-7000-8000-00000000000f",
        **{f.name: SAMPLE[f.type] for f in KINDS[kind].fields if f.required},
    }
    statements = tx.statements(kind)
    tx.run(statements.insert, statements.stored(values))
    theirs.execute(insert(table).values(**values))
    assert _raw(tx.session, kind, values["id"]) == _raw(theirs, kind, values["id"])


def test_a_failing_statement_raises_sqlalchemys_error(databases):
    """A clash of unique participant codes is reported by the import as such (it catches
    SQLAlchemy's IntegrityError)."""
    tx, _theirs = databases
    values = {f.name: SAMPLE[f.type] for f in KINDS["participant"].fields}
    tx.insert("participant", values)
    with pytest.raises(IntegrityError) as raised:
        tx.insert("participant", values)
    assert "participant.code" in str(raised.value.orig)


def test_a_bulk_insert_is_stored_alike_and_gives_the_page_cache_back(databases, monkeypatch):
    """Many rows at once (a demo, an import) are written with a larger page cache, given back."""
    from desktop.storage import journal

    tx, theirs = databases
    monkeypatch.setattr(journal, "BULK_ROWS", 2)
    table = RECORD_MODELS["goal"].__table__
    driver = tx.session.connection().connection.dbapi_connection
    cache = driver.execute("PRAGMA cache_size").fetchone()[0]
    rows = [
        {f.name: SAMPLE[f.type] for f in KINDS["goal"].fields} | {"title": f"Meta {i}"}
        for i in range(3)
    ]
    during = []
    real = tx.run

    def run(sql, params, many=False):
        if many:
            during.append(driver.execute("PRAGMA cache_size").fetchone()[0])
        return real(sql, params, many)

    monkeypatch.setattr(tx, "run", run)
    written = tx.insert_many("goal", rows)
    assert during == [-journal.BULK_CACHE_KIB] != [cache]
    assert driver.execute("PRAGMA cache_size").fetchone()[0] == cache
    for record in written:
        typed = dict(
            tx.session.execute(select(table).where(table.c.id == record["id"])).mappings().one()
        )
        theirs.execute(insert(table), [typed])
        assert _raw(tx.session, "goal", record["id"]) == _raw(theirs, "goal", record["id"])
        assert typed["title"] == record["title"] and typed["hlc"] > 0 and typed["stamps"] == ""
        # the stamps as services see them: every field written, with the record's stamp
        assert record["stamps"] == codec.text(
            "goal",
            {n: (typed["hlc"], tx.device_id) for n in KINDS["goal"].names if record[n] is not None},
        )


def test_a_bulk_insert_never_shrinks_a_larger_page_cache(databases, monkeypatch):
    from desktop.storage import journal

    tx, _theirs = databases
    monkeypatch.setattr(journal, "BULK_ROWS", 2)
    driver = tx.session.connection().connection.dbapi_connection
    driver.execute(f"PRAGMA cache_size = -{journal.BULK_CACHE_KIB * 2}")
    seen = []
    real = tx.run

    def run(sql, params, many=False):
        seen.append(driver.execute("PRAGMA cache_size").fetchone()[0])
        return real(sql, params, many)

    monkeypatch.setattr(tx, "run", run)
    tx.insert_many("goal", [{f.name: SAMPLE[f.type] for f in KINDS["goal"].fields}] * 3)
    assert set(seen) == {-journal.BULK_CACHE_KIB * 2}
    assert driver.execute("PRAGMA cache_size").fetchone()[0] == -journal.BULK_CACHE_KIB * 2
