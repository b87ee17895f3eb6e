"""A bundle written by a laptop not upgraded yet (schema 0013: connector meetings without a
status) still imports into an upgraded store: each meeting it holds whole becomes held, as
migration 0014 makes every stored meeting, the status stamped with the newest stamp of the
meeting's other fields; the same meeting migrated on another store meets it without conflict,
and a delta of only some fields leaves the status stored alone."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

from desktop.exchange import changes as C
from desktop.services import exchange as X
from desktop.services import meetings, participants, records
from desktop.storage import migrate
from desktop.storage import stamps as codec
from desktop.storage.engine import db_path, make_engine
from desktop.storage.store import Store
from tests.unit.merge_support import export_all, import_into
from tests.unit.test_bundle_support import made_by_coordinator, pair

KINDS_COPIED = ("participant", "connector", "connector_meeting")


def _without_status(changes: list[dict]) -> list[dict]:
    """The changes as a laptop at schema 0013 collects them: its meetings have no status."""
    out = json.loads(json.dumps(changes))
    for c in out:
        if c.get("kind") == "connector_meeting":
            for part in ("values", "fields"):
                (c.get(part) or {}).pop("status", None)
    return out


def _meeting(store: Store, rid: str) -> tuple:
    con = sqlite3.connect(db_path(store.data_dir))
    con.row_factory = sqlite3.Row
    try:
        row = con.execute("SELECT * FROM connector_meeting WHERE id = ?", (rid,)).fetchone()
        stamps = codec.named(
            codec.of_row("connector_meeting", row), codec.devices_of_connection(con)
        )
    finally:
        con.close()
    return row["status"], row["notes"], {n: list(s) for n, s in stamps.items()}


def _store_at_0013(data_dir, source: Store) -> Store:
    """A store of schema 0013 holding the source's participants, connectors and meetings (with
    their stamps, the meetings' status left out as 0013 has none), then upgraded."""
    data_dir.mkdir(parents=True)
    path = db_path(data_dir)
    engine = make_engine(path)
    migrate.upgrade(engine, path, target="0013")
    engine.dispose()
    con = sqlite3.connect(path)
    src = sqlite3.connect(db_path(source.data_dir))
    src.row_factory = sqlite3.Row
    known = codec.devices_of_connection(src)
    for table in KINDS_COPIED:
        columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
        for row in src.execute(f"SELECT * FROM {table}"):
            values = {c: row[c] for c in columns if c in row.keys()}
            stamps = {n: list(s) for n, s in codec.named(codec.of_row(table, row), known).items()}
            stamps.pop("status", None)
            values["stamps"] = json.dumps(stamps)
            con.execute(
                f"INSERT INTO {table} ({', '.join(values)}) VALUES"
                f" ({', '.join('?' * len(values))})",
                tuple(values.values()),
            )
    src.close()
    con.execute(
        "INSERT INTO meta (key, value) VALUES ('device_id', '01a20000-0000-7000-8000-0000000000bb')"
    )
    con.commit()
    con.close()
    return Store.open(data_dir)


def _laptop_with_meetings(tmp_path, tmp_path_factory):
    laptop, coordinator = pair(tmp_path, tmp_path_factory, participants=0)
    person = participants.register(
        laptop,
        {
            "first_name": "Awa",
            "last_name": "Diallo",
            "birth_date": date(1990, 1, 2),
            "gender": "female",
            "migrant_status": "migrant",
            "preferred_language": "fr",
        },
    )
    host = records.create(
        laptop, "connector", {"full_name": "Ana López", "field": "Hostelería", "origin": "local"}
    )
    made_by_coordinator(laptop, coordinator)  # connectors are the coordinator's
    once = meetings.save_meeting(
        laptop,
        person["id"],
        {"connector_id": host["id"], "met_on": date(2026, 3, 3), "mode": "in_person"},
        [],
    )
    edited = meetings.save_meeting(
        laptop,
        person["id"],
        {"connector_id": host["id"], "met_on": date(2026, 3, 10), "mode": "virtual"},
        [],
    )
    records.update(laptop, "connector_meeting", edited["id"], {"notes": "Habló de su restaurante"})
    return laptop, coordinator, once["id"], edited["id"]


def test_a_0013_laptop_bundle_imports_meetings_held_and_meets_the_migrated_ones_without_conflict(
    tmp_path, tmp_path_factory, monkeypatch
):
    laptop, coordinator, once, edited = _laptop_with_meetings(tmp_path, tmp_path_factory)
    real_collect = C.collect

    def collect_0013(session, since=None):
        changes, first, last = real_collect(session, since)
        return _without_status(changes), first, last

    monkeypatch.setattr(C, "collect", collect_0013)
    monkeypatch.setattr(X.exporting, "head_revision", lambda: "0013")
    usb = tmp_path / "usb"
    usb.mkdir()
    applied = X.apply_import(coordinator, X.export(laptop, usb).path)
    report = applied["report"]
    assert report["kinds"]["connector_meeting"]["new"] == 2
    assert (report["pending"], report["conflicts"]) == (0, 0)

    # held, the status stamped with the newest stamp of the meeting's other fields
    for rid in (once, edited):
        status, _notes, stamps = _meeting(coordinator, rid)
        others = [s for name, s in stamps.items() if name != "status"]
        assert status == "held"
        assert stamps["status"] == max(others)
    assert _meeting(coordinator, edited)[2]["status"] == _meeting(coordinator, edited)[2]["notes"]

    # the same meetings migrated on a store of schema 0013: held there too, and the two meet
    # without conflict both ways
    monkeypatch.setattr(C, "collect", real_collect)
    migrated = _store_at_0013(tmp_path / "migrated", laptop)
    old = _without_status(export_all(laptop))
    report = import_into(migrated, old).to_dict()
    assert report["conflicts"] == 0 and report["kinds"]["connector_meeting"]["unchanged"] == 2
    report = import_into(
        coordinator, [c for c in export_all(migrated) if c["kind"] == "connector_meeting"]
    ).to_dict()
    assert report["conflicts"] == 0 and report["kinds"]["connector_meeting"]["unchanged"] == 2
    for rid in (once, edited):
        assert _meeting(migrated, rid) == _meeting(coordinator, rid)
    for store in (laptop, coordinator, migrated):
        store.close()


def test_an_old_laptops_delta_of_some_fields_keeps_the_status_stored(tmp_path, tmp_path_factory):
    """An old laptop exports only the fields changed since its last export: a meeting whose
    notes changed arrives with its notes alone, and the status stored (cancelled on the
    coordinator meanwhile) stays."""
    laptop, coordinator, once, _edited = _laptop_with_meetings(tmp_path, tmp_path_factory)
    import_into(coordinator, _without_status(export_all(laptop)))
    records.update(coordinator, "connector_meeting", once, {"status": "cancelled"})
    t = _meeting(coordinator, once)[2]["status"][0]
    delta = {
        "kind": "connector_meeting",
        "id": once,
        "op": "upsert",
        "fields": {"notes": ["Se aplazó", t + 10, laptop.device_id]},
    }
    report = import_into(coordinator, [delta]).to_dict()
    assert report["conflicts"] == 0 and report["kinds"]["connector_meeting"]["updated"] == 1
    assert _meeting(coordinator, once)[:2] == ("cancelled", "Se aplazó")
    for store in (laptop, coordinator):
        store.close()


def test_meetings_left_waiting_by_an_old_bundle_are_written_held_at_the_next_import(
    tmp_path, tmp_path_factory, monkeypatch
):
    """A store that imported an old laptop's bundle before meetings were converted holds its
    meetings waiting for a status that never comes: the next import writes them, held."""
    from desktop.exchange import legacy

    laptop, coordinator, once, edited = _laptop_with_meetings(tmp_path, tmp_path_factory)
    with monkeypatch.context() as m:
        m.setattr(legacy, "_settle_meetings", lambda session, decoded: None)
        assert (
            import_into(coordinator, _without_status(export_all(laptop))).to_dict()["pending"] == 2
        )
    assert records.list_all(coordinator, "connector_meeting") == []
    report = import_into(coordinator, []).to_dict()
    assert report["pending"] == 0 and report["kinds"]["connector_meeting"]["new"] == 2
    for rid in (once, edited):
        status, _notes, stamps = _meeting(coordinator, rid)
        assert status == "held" and stamps["status"] == max(
            s for n, s in stamps.items() if n != "status"
        )
    for store in (laptop, coordinator):
        store.close()


def test_a_laptop_at_0019_sends_meetings_without_who_logged_them_and_they_import(
    tmp_path, tmp_path_factory
):
    laptop, coordinator, once, edited = _laptop_with_meetings(tmp_path, tmp_path_factory)
    old = json.loads(json.dumps(export_all(laptop)))
    for c in old:  # a laptop at schema 0019: its meetings have no recorded_by
        if c.get("kind") == "connector_meeting":
            for part in ("values", "fields"):
                (c.get(part) or {}).pop("recorded_by", None)
    report = import_into(coordinator, old).to_dict()
    assert report["kinds"]["connector_meeting"]["new"] == 2
    assert (report["pending"], report["conflicts"]) == (0, 0)
    assert {
        m["id"]: m["recorded_by"] for m in records.list_all(coordinator, "connector_meeting")
    } == {once: None, edited: None}
    for store in (laptop, coordinator):
        store.close()
