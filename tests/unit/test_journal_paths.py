"""The write path's less travelled paths: the one-stamp fields of a change read like any other
(and name no values when printed), the kinds a commit touched reach whoever watches them, a
model given a default the journal cannot store is refused, the caller's own errors pass
through unchanged, a large insert gets its page cache and gives it back, writes of nothing
write nothing, an older deletion of an erased record keeps the later stamp but travels again,
an emptied field keeps its stamp, a merged erasure empties the optional references to the
record, and the journal position moves past a restored laptop's last one."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import Column, Integer, text

from desktop.services import participants, records
from desktop.storage import journal
from desktop.storage.journal import OneStamp, keep_sequence_above, position, watch_touched
from tests.unit.merge_support import person

DEVICE = "0190a1b2-0000-7000-8000-0000000000dd"


def test_one_stamp_fields_read_like_a_stamp_per_field():
    fields = OneStamp({"first_name": "Awa", "phone": None}, 42, DEVICE)
    spelled = {"first_name": ("Awa", 42, DEVICE), "phone": (None, 42, DEVICE)}
    assert fields["first_name"] == ("Awa", 42, DEVICE) and fields.get("email") is None
    assert list(fields) == ["first_name", "phone"] and len(fields) == 2 and "phone" in fields
    assert fields == spelled and fields == OneStamp(dict(fields.plain), 42, DEVICE)
    assert fields != OneStamp(dict(fields.plain), 43, DEVICE) and fields != ["first_name"]
    assert "Awa" not in repr(fields) and "first_name" in repr(fields)  # logs name no personal data


def test_the_kinds_a_commit_touched_reach_whoever_watches(store):
    with watch_touched() as kinds:
        participants.register(store, person(0))
        with store.transaction() as tx:
            assert tx.touched_kinds == frozenset()
            tx.insert("company", {"name": "Viveros Sur"})
            assert tx.touched_kinds == {"company"}
    assert {"participant", "company"} <= kinds
    gathered = set(kinds)
    with store.transaction() as tx:
        tx.insert("connector", {"full_name": "Marta Gil", "field": "Hostelería", "origin": "local"})
    assert kinds == gathered  # no longer watching: nothing added after
    with watch_touched() as later:
        pass
    assert later == set()


def test_a_model_default_the_journal_cannot_store_is_refused():
    assert (
        journal._default(Column("n", Integer, server_default="0"), None) == "0"
    )  # a literal is stored
    with pytest.raises(TypeError, match="computed default"):
        journal._default(Column("n", Integer, default=lambda: 1), None)
    with pytest.raises(TypeError, match="SQL expression"):
        journal._default(Column("n", Integer, server_default=text("1 + 1")), None)


def test_an_error_of_the_callers_own_passes_through_unchanged(store):
    def rows():
        yield ("journal-test", "1")
        raise ValueError("the caller's own")

    with pytest.raises(ValueError, match="the caller's own"), store.transaction() as tx:
        tx.run("INSERT INTO meta (key, value) VALUES (?, ?)", rows(), many=True)
    with store.read() as s:  # and the transaction was rolled back
        assert s.execute(text("SELECT count(*) FROM meta WHERE key = 'journal-test'")).scalar() == 0


def test_a_large_insert_gets_a_larger_page_cache_and_gives_it_back(store, monkeypatch):
    monkeypatch.setattr(journal, "BULK_ROWS", 3)
    with store.transaction() as tx:
        tx.run("PRAGMA cache_size = -2000", ())
        seen = []
        run = tx.run

        def spy(sql, params, many=False):
            if many:
                seen.append(tx._driver.execute("PRAGMA cache_size").fetchone()[0])
            return run(sql, params, many)

        monkeypatch.setattr(tx, "run", spy)
        tx.insert_many("company", [{"name": f"Empresa {i}"} for i in range(4)])
        assert seen == [-journal.BULK_CACHE_KIB]
        assert tx._driver.execute("PRAGMA cache_size").fetchone()[0] == -2000
        # a connection given a larger cache already keeps it
        tx._driver.execute(f"PRAGMA cache_size = -{2 * journal.BULK_CACHE_KIB}")
        seen.clear()
        tx.insert_many("company", [{"name": f"Otra {i}"} for i in range(4)])
        assert seen == [-2 * journal.BULK_CACHE_KIB]
        assert tx.session.execute(text("SELECT count(*) FROM company")).scalar() == 8


def test_writes_of_nothing_write_nothing(store):
    with store.transaction() as tx:
        assert tx.insert_many("company", []) == [] and tx.apply_remote_new("company", []) == 0
        tx.apply_remote("company", "0190a1b2-0000-7000-8000-0000000000c1", {})
        assert tx.delete("company", "0190a1b2-0000-7000-8000-0000000000c1") == 0
        assert tx.touched_kinds == frozenset()
        assert tx.session.execute(text("SELECT count(*) FROM company")).scalar() == 0
        assert tx.tombstone("company", "0190a1b2-0000-7000-8000-0000000000c1") is None
        with pytest.raises(KeyError):
            tx.update("company", "0190a1b2-0000-7000-8000-0000000000c1", {"name": "Nadie"})


def test_a_merged_edit_of_a_record_not_stored_makes_it_whole(store):
    row_id = "0190a1b2-0000-7000-8000-0000000000c2"
    with store.transaction() as tx:
        tx.apply_remote("company", row_id, {"name": ("Viveros Sur", 77, DEVICE)})
        assert tx.row("company", row_id)["name"] == "Viveros Sur"
        assert tx.stored("company", row_id)["hlc"] == 77


def test_an_older_deletion_keeps_the_later_stamp_and_travels_again(store):
    row_id = "0190a1b2-0000-7000-8000-0000000000c3"
    with store.transaction() as tx:
        tx.insert("company", {"name": "Viveros Sur"}, row_id=row_id)
    with store.transaction() as tx:
        assert tx.apply_remote_delete("company", row_id, 900, DEVICE) == 1
    with store.transaction() as tx:  # the same erasure again, older: nothing to do
        assert tx.apply_remote_delete("company", row_id, 800, DEVICE) == 0
        assert tx.tombstone("company", row_id) == (900, DEVICE) and tx.touched_kinds == frozenset()
    with store.transaction() as tx:  # a record restored meanwhile, erased by an older deletion
        tx.insert("company", {"name": "Viveros Sur"}, row_id=row_id)
    with store.transaction() as tx:
        erased: list = []
        assert tx.apply_remote_delete("company", row_id, 850, DEVICE, erased=erased) == 1
        assert erased == [("company", row_id)] and tx.tombstone("company", row_id) == (900, DEVICE)
        seq = tx.seq
    with store.read() as s:
        assert (
            s.execute(text("SELECT seq FROM tombstone WHERE row_id = :r"), {"r": row_id}).scalar()
            == seq
        )


def test_the_journal_moves_past_a_restored_laptops_last_position(store):
    with store.transaction() as tx:
        top = tx.journal_top()
        assert not keep_sequence_above(tx, top)
        assert keep_sequence_above(tx, top + 50)
        tx.insert("company", {"name": "Viveros Sur"})
        assert tx.seq == top + 51
    with store.read() as s:
        assert position(s) == top + 51


def test_a_field_received_empty_keeps_its_stamp(store):
    row_id = "0190a1b2-0000-7000-8000-0000000000c4"
    with store.transaction() as tx:
        tx.apply_remote_new(
            "company", [(row_id, OneStamp({"name": "Viveros Sur", "sector": None}, 91, DEVICE))]
        )
        row = tx.row("company", row_id)
    assert row["sector"] is None
    stamps = json.loads(row["stamps"])
    assert stamps["sector"] == stamps["name"] == [91, DEVICE]  # an older value cannot fill it again
    assert "phone" not in stamps  # a field not received stays unstamped


def test_a_merged_erasure_empties_the_optional_references_to_the_record(store):
    technician = records.create(store, "technician", {"full_name": "Lucía Benítez", "site": "CIFE"})
    p = participants.register(store, person(2, technician_id=technician["id"]))
    stamp = json.loads(p["stamps"])["technician_id"]
    with store.transaction() as tx:
        assert tx.apply_remote_delete("technician", technician["id"], 10**18, DEVICE) == 1
        assert "participant" in tx.touched_kinds
    row = records.get(store, "participant", p["id"])
    assert row["technician_id"] is None and row["first_name"] == p["first_name"]
    assert json.loads(row["stamps"])["technician_id"] == stamp  # emptied, its stamp kept
