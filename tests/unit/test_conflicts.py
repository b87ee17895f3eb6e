"""Reviewing concurrent edits: the list a coordinator sees, and keeping mine or theirs."""

from __future__ import annotations

import logging
import sqlite3

import pytest

from desktop.domain.messages import NotFound
from desktop.services import conflicts, participants, records
from desktop.storage.engine import db_path
from tests.unit.merge_support import Laptop, export_all, import_into, new_store, person


@pytest.fixture
def clash(tmp_path):
    """A coordinator whose own edit of a person's phone and next steps met a laptop's edits."""
    laptop = Laptop(tmp_path, "laptop")
    p = participants.register(
        laptop.store, person(1, phone="+34600000000", next_steps="Actualizar el CV")
    )
    coordinator = new_store(tmp_path, "coordinator")
    import_into(coordinator, laptop.export())
    participants.update(
        laptop.store, p["id"], {"phone": "+34611111111", "next_steps": "Entrevista el lunes"}
    )
    participants.update(coordinator, p["id"], {"phone": "+34622222222"})  # later: wins
    import_into(coordinator, laptop.export())  # the laptop's next steps are newer: they win
    return coordinator, laptop, p


def test_open_conflicts_show_mine_and_theirs_with_labels(clash):
    coordinator, _laptop, p = clash
    found = {c["field"]: c for c in conflicts.list_open(coordinator)}
    assert set(found) == {"phone"}  # next steps were not edited here: no conflict
    c = found["phone"]
    assert (
        c["kind"] == "participant"
        and c["kind_label"] == "Participant"
        and c["field_label"] == "Phone"
    )
    assert c["record"] == p["code"]
    assert (c["mine"], c["theirs"], c["winner"]) == ("+34622222222", "+34611111111", "mine")
    assert records.get(coordinator, "participant", p["id"])["next_steps"] == "Entrevista el lunes"
    assert conflicts.count_open(coordinator) == 1


def test_keep_theirs_writes_the_losing_value_as_a_new_edit(clash):
    coordinator, laptop, p = clash
    [c] = conflicts.list_open(coordinator)
    row = conflicts.resolve(coordinator, c["id"], keep="theirs")
    assert row["phone"] == "+34611111111"
    assert conflicts.list_open(coordinator) == []
    # the decision reaches the laptop like any edit and settles it there without a new conflict
    import_into(laptop.store, export_all(coordinator))
    assert records.get(laptop.store, "participant", p["id"])["phone"] == "+34611111111"
    assert conflicts.count_open(laptop.store) == 0


def test_keep_mine_closes_the_review_and_forgets_the_other_value(clash):
    coordinator, _laptop, p = clash
    [c] = conflicts.list_open(coordinator)
    row = conflicts.resolve(coordinator, c["id"], keep="mine")
    assert row["phone"] == "+34622222222"
    con = sqlite3.connect(db_path(coordinator.data_dir))
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert con.execute("SELECT resolved, value FROM merge_conflict").fetchall() == [
        ("mine", "null")
    ]
    con.close()
    assert b"611 111 111" not in db_path(coordinator.data_dir).read_bytes()
    with pytest.raises(NotFound):
        conflicts.resolve(coordinator, c["id"], keep="theirs")


def test_erasing_the_record_drops_its_conflicts(clash):
    coordinator, _laptop, p = clash
    records.delete(coordinator, "participant", p["id"])
    assert conflicts.list_open(coordinator) == []
    con = sqlite3.connect(db_path(coordinator.data_dir))
    assert con.execute("SELECT count(*) FROM merge_conflict").fetchone() == (0,)
    con.close()


def test_conflict_values_are_never_logged(clash, caplog):
    coordinator, _laptop, _p = clash
    caplog.set_level(logging.DEBUG, logger="milma")
    [c] = conflicts.list_open(coordinator)
    conflicts.resolve(coordinator, c["id"], keep="theirs")
    text = caplog.text
    assert "611 111 111" not in text and "622 222 222" not in text
    assert f"conflict {c['id']}" in text
