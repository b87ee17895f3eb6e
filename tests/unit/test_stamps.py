"""The stored form of stamps: one stamp a record, the fields written otherwise named beside it,
devices numbered once. Whatever the fields' values and stamps, reading them back gives the
same (clock, device) for every field; a record written at once stores nothing per field."""

from __future__ import annotations

import json
import sqlite3

from hypothesis import given
from hypothesis import strategies as st

from desktop.services import participants, records
from desktop.storage import stamps as codec
from desktop.storage.engine import db_path

NAMES = ("a", "b", "c", "d", "e")
stamp = st.tuples(st.integers(1, 2**62), st.integers(1, 4), st.integers(0, 9))
field = st.tuples(st.one_of(st.none(), st.text(max_size=3)), st.one_of(st.none(), stamp))


@given(st.lists(field, min_size=len(NAMES), max_size=len(NAMES)))
def test_every_field_reads_back_with_its_own_stamp(fields):
    items = [(n, value, s) for n, (value, s) in zip(NAMES, fields, strict=True)]
    hlc, dev, seq, text = codec.encode(items)
    back = codec.decode([(n, value) for n, value, _s in items], hlc, dev, seq, text)
    assert back == {n: s for n, _value, s in items if s is not None}


def test_one_write_is_one_stamp_and_an_edit_names_only_its_fields(store):
    person = participants.register(
        store,
        {
            "first_name": "Aminata",
            "last_name": "Diop",
            "birth_date": "1990-01-01",
            "gender": "female",
            "migrant_status": "refugee",
        },
    )
    con = sqlite3.connect(db_path(store.data_dir))
    try:

        def stored():
            return con.execute(
                "SELECT hlc, dev, seq, stamps FROM participant WHERE id = ?", (person["id"],)
            ).fetchone()

        hlc, dev, seq, text = stored()
        assert text == "" and con.execute(
            "SELECT device FROM sync_device WHERE id = ?", (dev,)
        ).fetchone() == (store.device_id,)
        participants.update(store, person["id"], {"phone": "+34 611 222 333", "nationality": None})
        later = records.get(store, "participant", person["id"])
        phone_stamp = json.loads(later["stamps"])["phone"]
        # the record keeps its stamp and its position; the phone alone is named, with its own
        assert phone_stamp[0] > hlc and stored() == (
            hlc,
            dev,
            seq + 1,
            f'{{"@":{seq},"phone":[{phone_stamp[0]},{dev},{seq + 1}]}}',
        )
        # a value emptied keeps a stamp: it is named
        participants.update(store, person["id"], {"phone": None})
        emptied = json.loads(records.get(store, "participant", person["id"])["stamps"])
        assert emptied["phone"][0] > phone_stamp[0] and "phone" in stored()[3]
    finally:
        con.close()


def test_a_store_converted_gives_back_the_room_its_stamps_took(data_dir):
    """A store written before one stamp a record (the fixture of schema 0011) opens converted
    and smaller: the pages its per-field stamps took are given back, not kept empty."""
    import shutil
    from pathlib import Path

    from desktop.storage.store import Store

    fixture = Path(__file__).parent.parent / "fixtures" / "store-0011.sqlite3"
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(fixture, db_path(data_dir))
    Store.open(data_dir).close()
    assert db_path(data_dir).stat().st_size < 0.8 * fixture.stat().st_size


def test_going_back_to_the_revision_before_gives_every_stamp_back(data_dir):
    """Downgrading the conversion writes each record's stamps as they were, field by field."""
    import shutil
    from pathlib import Path

    from alembic import command

    from desktop.storage import migrate
    from desktop.storage.engine import make_engine, writer

    fixture = Path(__file__).parent.parent / "fixtures" / "store-0011.sqlite3"
    data_dir.mkdir(parents=True, exist_ok=True)
    path = db_path(data_dir)
    shutil.copyfile(fixture, path)
    previous = f"{int(migrate.LEAN_STAMPS) - 1:04d}"  # the revision before the conversion

    def stamps() -> dict:
        con = sqlite3.connect(path)
        try:
            tables = [
                r[0]
                for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                if "stamps" in {c[1] for c in con.execute(f"PRAGMA table_info({r[0]})")}
            ]
            return {
                (t, row_id): json.loads(text)
                for t in tables
                for row_id, text in con.execute(f"SELECT id, stamps FROM {t}")
            }
        finally:
            con.close()

    engine = make_engine(path)
    migrate.upgrade(engine, path, target=previous)
    held = stamps()
    migrate.upgrade(engine, path)
    assert migrate.current_revision(engine) == migrate.head_revision() >= migrate.LEAN_STAMPS
    cfg = migrate.alembic_config()
    with writer(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, previous)
    engine.dispose()
    assert stamps() == held and len(held) > 100


def test_a_reference_emptied_by_a_remote_delete_keeps_its_stamp_and_travels_emptied(tmp_path):
    """A company deleted on one laptop empties the job outcome's reference to it on another,
    stamped as the reference was; a third store that receives the outcome whole gets it empty
    with that stamp, so every order of merges gives the same data."""
    from tests.unit.merge_support import export_all, import_into, new_laptop

    one, two, three = (new_laptop(tmp_path, name) for name in ("one", "two", "three"))
    try:
        company = records.create(one, "company", {"name": "Hostal Sol"})
        import_into(two, export_all(one))
        person = participants.register(
            two,
            {
                "first_name": "Aminata",
                "last_name": "Diop",
                "birth_date": "1990-01-01",
                "gender": "female",
                "migrant_status": "refugee",
            },
        )
        job = records.create(
            two,
            "employment_outcome",
            {
                "participant_id": person["id"],
                "company_id": company["id"],
                "occupation": "Cocinera",
                "contract_type": "other",
                "start_date": "2026-01-10",
            },
        )
        stamped = records.get(two, "employment_outcome", job["id"])
        records.delete(one, "company", company["id"])  # not knowing of the job
        import_into(two, export_all(one))
        emptied = records.get(two, "employment_outcome", job["id"])
        assert emptied["company_id"] is None
        assert (
            json.loads(emptied["stamps"])["company_id"]
            == json.loads(stamped["stamps"])["occupation"]
        )  # its own stamp, kept
        import_into(
            three, export_all(two)
        )  # the outcome arrives whole, its reference stamped empty
        there = records.get(three, "employment_outcome", job["id"])
        assert there["company_id"] is None
        assert (
            json.loads(there["stamps"])["company_id"] == json.loads(emptied["stamps"])["company_id"]
        )
    finally:
        for store in (one, two, three):
            store.close()
