"""Restoring a backup: what it replaces is backed up first, another laptop's backup or a file
that is not a backup is refused, and a laptop restored to an older copy goes on merging cleanly
with its coordinator (nothing lost, nothing sent twice, no code or stamp handed out twice)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.domain.clock import unpack
from desktop.exchange.reference import REFERENCE_KINDS
from desktop.i18n import render
from desktop.services import backups, participants, records
from desktop.services import exchange as X
from desktop.storage import device_state
from desktop.storage.store import Store
from tests.unit.test_bundle_support import count, new_laptop, pair


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def stores(tmp_path, tmp_path_factory):
    laptop, coordinator = pair(tmp_path, tmp_path_factory, participants=3)
    yield laptop, coordinator
    laptop.close()
    coordinator.close()


def _person(last: str) -> dict:
    return {
        "first_name": "Aminata",
        "last_name": last,
        "birth_date": "1992-04-04",
        "gender": "female",
        "migrant_status": "refugee",
    }


def _by_id(store) -> dict[str, dict]:
    return {p["id"]: p for p in records.list_all(store, "participant")}


def test_restoring_the_third_newest_backup_then_exporting_loses_nothing_and_sends_nothing_twice(
    stores, usb
):
    laptop, coordinator = stores
    # the coordinator holds the laptop's first export and told the laptop so
    X.apply_import(coordinator, X.export(laptop, usb).path)
    X.apply_import(laptop, X.export(coordinator, usb).path)
    p1, p2, p3 = sorted(_by_id(laptop))

    backups.back_up(laptop)
    records.update(laptop, "participant", p1, {"next_steps": "Llamar a la empresa"})
    after_first_edit = backups.back_up(laptop)
    p4 = participants.register(laptop, _person("Diop"))
    backups.back_up(laptop)
    records.update(laptop, "participant", p2, {"phone": "+34612345678"})
    second = X.export(laptop, usb)
    X.apply_import(coordinator, second.path)
    X.apply_import(
        laptop, X.export(coordinator, usb).path
    )  # acknowledges everything up to second.last

    # newest first: before that import, after registering, after the first edit
    listed = backups.list_backups(laptop)
    assert [b.kind for b in listed[:3]] == [backups.IMPORT, backups.MANUAL, backups.MANUAL]
    assert listed[2].path == after_first_edit
    restored = backups.restore(laptop.data_dir, listed[2].path, laptop)
    assert restored.saved_as is not None and restored.saved_as.exists() and not restored.damaged
    assert backups.list_backups(laptop)[0].kind == backups.RESTORE
    # the laptop is back before these changes
    assert p4["id"] not in _by_id(laptop) and _by_id(laptop)[p2]["phone"] != "+34612345678"
    laptop.close()

    # the next start, with the laptop's clock set an hour before the backup was made
    laptop = Store.open(laptop.data_dir)
    stamp_of_backup = device_state.saved_marks(laptop.data_dir).clock
    laptop.clock._wall = lambda: unpack(stamp_of_backup)[0] - 3_600_000
    records.update(laptop, "participant", p1, {"next_steps": "Enviar el CV"})
    p5 = participants.register(laptop, _person("Sow"))
    records.update(laptop, "participant", p2, {"next_steps": "Visita a la empresa"})
    third = X.export(laptop, usb)

    # it sends from where the coordinator is, and only what it lacks
    assert third.since == second.last and third.last > second.last
    assert {k: n for k, n in third.counts.items() if k not in REFERENCE_KINDS} == {"participant": 3}
    result = X.apply_import(coordinator, third.path)
    assert result["gaps"] == []
    people = _by_id(coordinator)
    assert len(people) == 5 and count(coordinator, "merge_conflict") == 0
    assert len({p["code"] for p in people.values()}) == 5  # no code given twice
    assert p5["code"] != p4["code"]
    assert people[p1]["next_steps"] == "Enviar el CV"  # the newer edit wins, clock behind or not
    assert (
        people[p2]["phone"] == "+34612345678" and people[p2]["next_steps"] == "Visita a la empresa"
    )
    assert people[p4["id"]]["last_name"] == "Diop" and people[p5["id"]]["last_name"] == "Sow"
    assert people[p3]["last_name"] == _by_id(laptop)[p3]["last_name"]
    laptop.close()


def test_restore_keeps_the_laptop_keys_made_after_the_backup(tmp_path, usb, tmp_path_factory):
    laptop = new_laptop(tmp_path / "fresh")  # its keys exist
    with sqlite3.connect(laptop.path) as conn:
        keys_now = sorted(conn.execute("SELECT role, public_key FROM exchange_key").fetchall())
    backup = backups.back_up(laptop)
    with sqlite3.connect(backup) as conn:
        conn.execute("DELETE FROM exchange_key")  # as a backup made before the keys were
    backups.restore(laptop.data_dir, backup, laptop)
    with sqlite3.connect(laptop.path) as conn:
        assert (
            sorted(conn.execute("SELECT role, public_key FROM exchange_key").fetchall()) == keys_now
        )
    laptop.close()


def test_another_laptops_backup_is_refused_and_nothing_changes(tmp_path, store):
    other = new_laptop(tmp_path / "other", name="portátil-2")
    theirs = backups.back_up(other)
    other.close()
    participants.register(store, _person("Diop"))
    with pytest.raises(backups.BackupError) as refused:
        backups.restore(store.data_dir, theirs, store)
    assert "another laptop (portátil-2)" in render(refused.value.message)
    assert [p["last_name"] for p in records.list_all(store, "participant")] == ["Diop"]
    assert backups.list_backups(store) == []  # refused before anything was done


@pytest.mark.parametrize("content", [b"", b"hello, not a database", None])
def test_a_file_that_is_not_a_backup_is_refused(store, tmp_path, content):
    path = tmp_path / "something.sqlite3"
    if content is None:  # an SQLite database, but not MILMA's
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE notes (text)")
    else:
        path.write_bytes(content)
    with pytest.raises(backups.BackupError) as refused:
        backups.restore(store.data_dir, path, store)
    assert (
        render(refused.value.message)
        == "The file something.sqlite3 is not a MILMA backup; nothing was restored."
    )


def test_a_backup_from_a_newer_version_is_refused(store, tmp_path):
    backup = backups.back_up(store)
    with sqlite3.connect(backup) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(backups.BackupError) as refused:
        backups.check(backup)
    assert "newer version of MILMA Desktop (schema 9999_future)" in render(refused.value.message)


def test_a_damaged_database_is_put_aside_and_the_saved_marks_still_hold(tmp_path, store):
    first = participants.register(store, _person("Diop"))
    backup = backups.back_up(store)
    second = participants.register(store, _person("Sow"))
    backups.remember_marks(store)  # as an export does
    data_dir, path = store.data_dir, store.path
    store.close()
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    path.write_bytes(b"\0" * 8192)  # a dead disk sector over the whole file

    restored = backups.restore(data_dir, backup)
    assert restored.damaged and restored.saved_as.name.startswith("damaged-")
    assert restored.saved_as.exists() and restored.saved_as not in [
        b.path for b in backups.list_backups(data_dir)
    ]
    again = Store.open(data_dir)
    assert [p["last_name"] for p in records.list_all(again, "participant")] == ["Diop"]
    third = participants.register(again, _person("Ba"))
    assert third["code"] not in (first["code"], second["code"])  # the code sequence went on
    again.close()
