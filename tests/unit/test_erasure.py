"""Erasure: a person with a record of every kind about them (found from the schema) is erased on
the coordinator's store; nothing of them is left in any table, in the database files, their WAL
or the drafts folder; tombstones without personal data remain; a laptop is refused; the erasure
travels to a laptop in reference data and takes what the laptop held about them."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.domain.person_records import PERSON, kinds_about_a_person
from desktop.domain.schema import KINDS
from desktop.exchange.changes import collect
from desktop.exchange.reference import is_reference
from desktop.services import audit, participants, records
from desktop.services import erasure as ER
from desktop.services import exchange as X
from desktop.storage.drafts import Drafts
from desktop.storage.engine import db_path
from tests.unit.merge_support import import_into, new_laptop
from tests.unit.person_support import Builder

NAME, SURNAME, DOCUMENT = "Zelmira", "Quintanilla Oyarzábal", "X7654321J"
CONNECTOR_NAME = "Bartolomé Conector"


@pytest.fixture
def coordinator(store):
    X.init_coordinator(store, "a long passphrase")
    return store


def _register(store, first=NAME, last=SURNAME, document=DOCUMENT, **extra) -> dict:
    return participants.register(
        store,
        {
            "first_name": first,
            "last_name": last,
            "birth_date": date(1991, 5, 6),
            "gender": "female",
            "migrant_status": "refugee",
            "nationality": "MA",
            "document_type": "NIE",
            "document_number": document,
            "employment_history": f"{first} cosía en Tánger",
            **extra,
        },
    )


@pytest.fixture
def person(coordinator):
    """Zelmira, with a record of every kind about a person, a connector record of her own, a
    duplicate merged into her, drafts of her records and, for contrast, someone else."""
    from desktop.services import duplicates

    p = _register(coordinator, phone="612345679")
    b = Builder(coordinator, p, prefix=NAME)
    for kind in kinds_about_a_person():
        if kind == "participant_merge":
            continue
        if kind == "survey_response":
            b.make(kind, answers=json.dumps({"free_text": f"{NAME} answered"}), form="initial")
        elif kind == "connector":  # his own data, about himself
            b.make(
                kind,
                **{
                    f.name: f"{CONNECTOR_NAME} {i}"
                    for i, f in enumerate(KINDS[kind].fields)
                    if f.type in ("str", "text") and f.name not in ("phone", "email")
                },
            )
        else:
            b.make(kind)
    twin = _register(coordinator, first=NAME, last=SURNAME, document="Y1234567X")
    records.create(
        coordinator,
        "goal",
        {"participant_id": twin["id"], "title": f"{NAME} twin goal", "status": "planned"},
    )
    duplicates.merge_participants(coordinator, p["id"], twin["id"])
    other = _register(coordinator, first="Otra", last="Persona", document="Z1234567R")
    records.create(
        coordinator,
        "goal",
        {"participant_id": other["id"], "title": "Otro objetivo", "status": "planned"},
    )
    drafts = Drafts(coordinator.data_dir)
    goal = b.made["goal"][0]
    drafts.save(f"goal:{goal}", {"title": f"{NAME} draft goal"})
    drafts.save(f"coaching_session:new:{p['id']}", {"notes": f"{NAME} draft session"})
    drafts.save(f"participant:{p['id']}", {"document_number": DOCUMENT})
    drafts.save("goal:new:" + other["id"], {"title": "Otro borrador"})
    return {"p": p, "twin": twin, "other": other, "made": b.made}


def _rows_mentioning(store, needle: str) -> list[str]:
    con = sqlite3.connect(db_path(store.data_dir))
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return [
            t for t in tables for row in con.execute(f'SELECT * FROM "{t}"') if needle in repr(row)
        ]
    finally:
        con.close()


def _files_holding(folder: Path, needles: list[bytes], skip: str = "backups") -> list[str]:
    found = []
    for path in Path(folder).rglob("*"):
        if path.is_file() and skip not in path.relative_to(folder).parts:
            data = path.read_bytes()
            found += [f"{path.name}: {n!r}" for n in needles if n in data]
    return found


def test_every_record_about_the_person_goes_and_tombstones_remain(person, coordinator):
    p, made = person["p"], person["made"]
    # before: the search finds her, the files hold her
    assert _rows_mentioning(coordinator, NAME)
    done = ER.erase(coordinator, p["id"])
    assert done.code == p["code"] and done.people == 2 and done.compacted
    assert done.records >= len([i for ids in made.values() for i in ids]) + 2 - len(
        made.get("connector", [])
    )
    assert done.backup is not None and done.backup.exists()
    con = sqlite3.connect(db_path(coordinator.data_dir))
    try:
        for kind in KINDS:
            ids = {r[0] for r in con.execute(f"SELECT id FROM {kind}")}
            for row_id in made.get(kind, []):
                if kind == "connector":
                    assert row_id in ids  # a connector's own record stays, without the link
                    assert con.execute(
                        "SELECT participant_id FROM connector WHERE id = ?", (row_id,)
                    ).fetchone() == (None,)
                else:
                    assert row_id not in ids
                    assert con.execute(
                        "SELECT 1 FROM tombstone WHERE table_name = ? AND row_id = ?",
                        (kind, row_id),
                    ).fetchone()
        for pid in (p["id"], person["twin"]["id"]):
            assert con.execute(
                "SELECT 1 FROM tombstone WHERE table_name = 'participant' AND row_id = ?", (pid,)
            ).fetchone()
        assert con.execute("SELECT count(*) FROM erasure").fetchone()[0] == 2
    finally:
        con.close()
    # nothing of her in any table (the connector keeps only his own name), the other stays whole
    for needle in (NAME, SURNAME, DOCUMENT, "612345679"):
        assert _rows_mentioning(coordinator, needle) == [], needle
    assert participants.search(coordinator, "Otra")[0]["code"] == person["other"]["code"]
    assert participants.search(coordinator, NAME) == []


def test_no_copy_is_left_in_the_files_nor_the_drafts(person, coordinator):
    data = coordinator.data_dir
    needles = [NAME.encode(), SURNAME.encode(), DOCUMENT.encode(), b"Quintanilla"]
    assert _files_holding(data, needles)  # the database, its WAL and the drafts hold her now
    assert coordinator.reader().execute("PRAGMA secure_delete").fetchone()[0] == 1
    ER.erase(coordinator, person["p"]["id"])
    assert _files_holding(data, needles) == []
    assert Drafts(data).pending() == [
        "goal:new:" + person["other"]["id"]
    ]  # the other's draft stays
    # what the backups folder holds is listed (see test_erasure_backups)
    assert _files_holding(data / "backups", needles, skip="-")


def test_the_audit_log_says_who_erased_whom_by_code_only(person, coordinator):
    ER.erase(coordinator, person["p"]["id"])
    [entry] = audit.entries(coordinator, actions=["erase"])
    assert entry["code"] == person["p"]["code"] and entry["record_id"] == person["p"]["id"]
    assert entry["detail"]["duplicates"] == 1
    for needle in (NAME, SURNAME, DOCUMENT):
        assert needle not in json.dumps(audit.entries(coordinator, limit=None), default=str)


def test_a_laptop_is_refused_and_nothing_changes(store):
    p = _register(store)
    with pytest.raises(ER.ErasureRefused) as refused:
        ER.erase_code(store, p["code"])
    assert "coordinator" in str(refused.value)
    assert participants.by_code(store, p["code"])["id"] == p["id"]
    assert not ER.allowed(store)


def test_an_unknown_code_names_it(coordinator):
    with pytest.raises(participants.NotFound) as missing:
        ER.erase_code(coordinator, "CIF-9Q7Z-0999")
    assert "CIF-9Q7Z-0999" in str(missing.value)


def test_the_erasure_reaches_a_laptop_and_takes_what_it_held(tmp_path, coordinator):
    laptop = new_laptop(tmp_path, "laptop")
    p = _register(laptop)
    goal = records.create(
        laptop, "goal", {"participant_id": p["id"], "title": f"{NAME} goal", "status": "planned"}
    )
    with laptop.read() as s:
        import_into(coordinator, collect(s)[0])
    Drafts(laptop.data_dir).save(f"goal:{goal['id']}", {"title": f"{NAME} unsaved"})
    # offline, before hearing of the erasure, the laptop edits her and adds a session
    participants.update(laptop, p["id"], {"neighbourhood": "Loranca"})
    records.create(
        laptop,
        "coaching_session",
        {
            "participant_id": p["id"],
            "starts_at": datetime(2025, 3, 11, 9, 0),
            "duration_minutes": 30,
            "kind": "individual",
            "notes": f"{NAME} late",
        },
    )
    ER.erase(coordinator, p["id"])
    with coordinator.read() as s:
        reference = [c for c in collect(s)[0] if is_reference(c)]
    assert any(c.get("erasure") for c in reference if c["kind"] == PERSON and c["id"] == p["id"])
    import_into(laptop, json.loads(json.dumps(reference)))
    assert ER.settle(
        laptop, 0
    )  # as an import of the reference data does: drafts go, files compacted
    assert _rows_mentioning(laptop, NAME) == [] and _rows_mentioning(laptop, SURNAME) == []
    assert (
        _files_holding(laptop.data_dir, [NAME.encode(), SURNAME.encode(), DOCUMENT.encode()]) == []
    )
    assert Drafts(laptop.data_dir).pending() == []
    with laptop.read() as s:
        from desktop.storage import erasure as SE

        assert p["id"] in SE.registered(s)
        back = collect(s)[0]
    # what the laptop sends next (its late edits are gone: deletes only) leaves the coordinator
    # clean
    import_into(coordinator, json.loads(json.dumps(back)))
    assert _rows_mentioning(coordinator, NAME) == []
    laptop.close()


def test_in_an_encrypted_store_the_sealed_drafts_go_too(coordinator, fast_key_slots):
    from desktop.services import backups, encryption
    from desktop.storage import engine

    try:
        encryption.encrypt(coordinator, "demo", "milma-demo")
        p = _register(coordinator)
        drafts = Drafts(coordinator.data_dir)
        drafts.save(f"coaching_session:new:{p['id']}", {"notes": f"{NAME} draft"})
        drafts.save("goal:new:someone-else", {"title": "Otro"})
        done = ER.erase(coordinator, p["id"])
        assert done.drafts == 1 and done.compacted
        assert drafts.pending() == ["goal:new:someone-else"]
        assert (
            len(backups.erasure_times(coordinator))
            == len(backups.erasure_times(coordinator.data_dir))
            == 1
        )
        assert participants.search(coordinator, NAME) == []
    finally:
        coordinator.close()
        engine._keys.clear()


def test_on_the_coordinators_store_a_technicians_account_is_refused(coordinator):
    from desktop.services import accounts

    p = _register(coordinator)
    accounts.create_account(coordinator, "tecnica", "a long password", "technician", "Ana Técnica")
    accounts.login(coordinator, "tecnica", "a long password")
    assert not ER.allowed(coordinator)
    with pytest.raises(ER.ErasureRefused) as refused:
        ER.erase(coordinator, p["id"])
    assert "technician" in str(refused.value).lower()
    assert participants.by_code(coordinator, p["code"])["id"] == p["id"]
    accounts.login(coordinator, "demo", "milma-demo")  # an administrator
    assert ER.erase(coordinator, p["id"]).people == 1


def test_through_real_bundles_the_erasure_reaches_the_laptop_and_its_late_edits_stay_out(
    tmp_path, tmp_path_factory
):
    from tests.unit.test_bundle_support import PASSPHRASE, pair

    laptop, coordinator = pair(tmp_path, tmp_path_factory, participants=0)
    usb = tmp_path / "usb"
    usb.mkdir()
    try:
        p = _register(laptop)
        X.apply_import(coordinator, X.export(laptop, usb).path)
        participants.update(laptop, p["id"], {"neighbourhood": "Loranca"})  # offline, not knowing
        records.create(
            laptop,
            "goal",
            {"participant_id": p["id"], "title": f"{NAME} late goal", "status": "planned"},
        )
        X.unlock(coordinator, PASSPHRASE)
        ER.erase(coordinator, p["id"])
        X.apply_import(
            coordinator, X.export(laptop, usb).path
        )  # the late edits arrive after the erasure
        assert _rows_mentioning(coordinator, NAME) == []
        X.apply_import(
            laptop, X.export(coordinator, usb, passphrase=PASSPHRASE).path
        )  # reference data back
        assert _rows_mentioning(laptop, NAME) == [] and _rows_mentioning(laptop, SURNAME) == []
        assert _files_holding(laptop.data_dir, [NAME.encode(), DOCUMENT.encode()]) == []
        X.apply_import(coordinator, X.export(laptop, usb).path)
        assert _rows_mentioning(coordinator, NAME) == []
    finally:
        laptop.close()
        coordinator.close()


def test_a_lab_day_of_an_enrolment_made_offline_after_the_erasure_waits_nowhere(
    tmp_path, coordinator
):
    laptop = new_laptop(tmp_path, "laptop")
    try:
        p = _register(laptop)
        with laptop.read() as s:
            import_into(coordinator, collect(s)[0])
        ER.erase(coordinator, p["id"])
        day = Builder(laptop, p, prefix=NAME).make(
            "attendance"
        )  # its enrolment (of hers) and its lab made with it
        with laptop.read() as s:
            report = import_into(coordinator, json.loads(json.dumps(collect(s)[0])))
        assert report.pending == 0 and _rows_mentioning(coordinator, NAME) == []
        con = sqlite3.connect(db_path(coordinator.data_dir))
        try:
            assert con.execute("SELECT count(*) FROM merge_pending").fetchone()[0] == 0
            assert con.execute(
                "SELECT 1 FROM tombstone WHERE table_name = 'attendance' AND row_id = ?",
                (day["id"],),
            ).fetchone()
            assert (
                con.execute("SELECT count(*) FROM lab").fetchone()[0] == 1
            )  # the lab is no one's: it stays
        finally:
            con.close()
    finally:
        laptop.close()
