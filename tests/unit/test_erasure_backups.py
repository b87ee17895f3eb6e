"""Erasure, the command line and the backups: `milma erase CODE` asks first (unless --yes), says
what it removed, refuses a laptop in the user's language; the backups made before an erasure are
listed as holding the people erased and are deleted 30 days after it; restoring one of them does
not bring anyone back."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta

import pytest

from desktop.services import backups, participants, records
from desktop.services import erasure as ER
from desktop.services import exchange as X
from desktop.storage.engine import db_path
from desktop.storage.store import Store
from tests.unit.test_backup_cli import run as run_cli

NAME, DOCUMENT = "Zelmira", "X7654321J"


def _register(store, last="Quintanilla", document=DOCUMENT) -> dict:
    return participants.register(
        store,
        {
            "first_name": NAME,
            "last_name": last,
            "birth_date": date(1991, 5, 6),
            "gender": "female",
            "migrant_status": "refugee",
            "document_type": "NIE",
            "document_number": document,
        },
    )


def run(capsys, monkeypatch, *args, lang="en", answer=None):
    """The command line in this process (the backup tests' runner)."""
    return run_cli(capsys, *args, lang=lang, answer=answer, monkeypatch=monkeypatch)


@pytest.fixture
def coordinator(qapp, store):
    """A coordinator's store with Zelmira and a goal of hers, closed."""
    X.init_coordinator(store, "a long passphrase")
    p = _register(store)
    records.create(
        store, "goal", {"participant_id": p["id"], "title": f"{NAME} goal", "status": "planned"}
    )
    store.close()
    return store.data_dir, p


def _open(data_dir) -> Store:
    return Store.open(data_dir)


def _holds(data_dir, needle: str) -> bool:
    con = sqlite3.connect(db_path(data_dir))
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return any(
            needle in repr(row) for t in tables for row in con.execute(f'SELECT * FROM "{t}"')
        )
    finally:
        con.close()


def test_erase_asks_and_no_erases_nothing(capsys, monkeypatch, coordinator):
    data_dir, p = coordinator
    code, out, err = run(capsys, monkeypatch, "erase", p["code"], answer="n\n")
    assert (
        code == 1
        and p["code"] in err
        and "cannot be undone" in err
        and "Nothing was erased." in err
    )
    assert _holds(data_dir, NAME)


def test_erase_yes_removes_them_and_says_what(capsys, monkeypatch, coordinator):
    data_dir, p = coordinator
    code, out, err = run(capsys, monkeypatch, "erase", p["code"].lower(), answer="y\n")
    assert code == 0 and out.startswith(f"Erased {p['code']}: 2 records removed.")
    assert "-erasure.sqlite3" in out  # the backup made before, named
    assert not _holds(data_dir, NAME) and not _holds(data_dir, DOCUMENT)
    code, out, err = run(capsys, monkeypatch, "erase", p["code"], "--yes")
    assert code == 1 and p["code"] in err  # no longer there


def test_a_laptop_is_refused_in_spanish(capsys, monkeypatch, qapp, store):
    p = _register(store)
    store.close()
    code, out, err = run(capsys, monkeypatch, "erase", p["code"], "--yes", lang="es")
    assert code == 1 and "coordinador" in err and "Traceback" not in err
    assert _holds(store.data_dir, NAME)


def test_backups_made_before_are_listed_as_holding_them(capsys, monkeypatch, coordinator):
    data_dir, p = coordinator
    store = _open(data_dir)
    try:
        backups.back_up(store)
        done = ER.erase(store, p["id"])
        backups.back_up(store)
        found = backups.list_backups(store)
        times = backups.erasure_times(store)
    finally:
        store.close()
    held = {b.name: backups.erased_in(b, times) for b in found}
    assert held[done.backup.name] == 1 and list(held.values()) == [0, 1, 1]  # newest first
    code, out, _ = run(capsys, monkeypatch, "backup", "list")
    lines = out.splitlines()
    assert lines[0].split()[-4:] == ["Erased", "people", "it", "holds"]
    assert (
        "-manual" in lines[2]
        and "deleted by" not in lines[2]
        and "deleted by" in lines[3]
        and "deleted by" in lines[4]
    )
    code, out, _ = run(capsys, monkeypatch, "backup", "list", "--format", "json")
    assert [b["erased_people"] for b in json.loads(out)] == [0, 1, 1]


def test_the_rotation_deletes_them_30_days_after_the_erasure(coordinator):
    data_dir, p = coordinator
    store = _open(data_dir)
    try:
        backups.back_up(store)
        ER.erase(store, p["id"])
        after = backups.back_up(store)
        erased_at = backups.erasure_times(store)[0]
        assert backups.expire_erased(store, erased_at + timedelta(days=29)) == []
        gone = backups.expire_erased(store, erased_at + timedelta(days=30, seconds=1))
        assert len(gone) == 2 and [b.path for b in backups.list_backups(store)] == [after]
    finally:
        store.close()


def test_restoring_a_backup_made_before_does_not_bring_them_back(coordinator):
    data_dir, p = coordinator
    store = _open(data_dir)
    try:
        done = ER.erase(store, p["id"])
        other = _register(store, last="Otra", document="Y1234567X")
        backups.restore(data_dir, done.backup, store)
        assert participants.search(store, "Quintanilla") == []
        assert records.list_all(store, "goal") == []
        assert (
            participants.search(store, "Otra") == []
        )  # registered after the backup: gone with the restore
        assert other["id"]
    finally:
        store.close()
    assert not _holds(data_dir, "Quintanilla") and not _holds(data_dir, DOCUMENT)
    for path in data_dir.iterdir():
        if path.is_file():
            assert DOCUMENT.encode() not in path.read_bytes(), path.name


def test_times_are_local_like_backup_names(coordinator):
    data_dir, p = coordinator
    store = _open(data_dir)
    try:
        before = datetime.now().replace(microsecond=0)
        ER.erase(store, p["id"])
        [when] = backups.erasure_times(store)
        assert before <= when <= datetime.now() + timedelta(seconds=1)
    finally:
        store.close()


def test_a_backup_slow_to_write_after_an_erasure_in_its_second_holds_nobody_erased(store):
    """A busy laptop may take seconds to write a backup: one started in the second of an
    erasure, after it, still holds nobody erased; a file touched long after its name's time is
    taken at that time, so it is never thought newer than it is."""
    import os

    backup = backups.back_up(store)
    [found] = [b for b in backups.list_backups(store) if b.path == backup]
    start = found.made_at  # the name's second
    erased = start + timedelta(milliseconds=400)
    os.utime(found.path, (start.timestamp() + 3.5, start.timestamp() + 3.5))  # written 3.5 s on
    assert backups.erased_in(found, [erased]) == 0
    os.utime(found.path, (start.timestamp() + 7200, start.timestamp() + 7200))  # copied hours later
    assert backups.erased_in(found, [erased]) == 1
