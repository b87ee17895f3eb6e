"""Lab attendance between stores: migration 0006, a USB bundle carrying the register, and the same
day recorded on two laptops merging into one record (the other laptop's value kept for review)."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from desktop.services import attendance as A
from desktop.services import conflicts, itinerary, participants, reference
from desktop.services import exchange as X
from desktop.storage import migrate
from desktop.storage.engine import db_path, make_engine
from desktop.storage.store import Store
from tests.unit.merge_support import export_all, import_into, new_laptop, new_store
from tests.unit.test_bundle_support import count, made_by_coordinator, pair

DAY, TODAY = date(2026, 10, 5), date(2026, 11, 16)


def _lab_with(store, *names: str) -> tuple[str, dict[str, str]]:
    lab = reference.save_lab(
        store,
        None,
        {
            "name": "Elderly care",
            "niche": "elderly_care",
            "site": "CIFE",
            "start_date": date(2026, 9, 14),
            "end_date": date(2027, 1, 22),
            "planned_hours": 380,
            "schedule": "L-V 9:00-14:00",
        },
    )
    people = [
        participants.register(
            store,
            {
                "first_name": "Awa",
                "last_name": last,
                "birth_date": date(1990, 1, 2),
                "gender": "female",
                "migrant_status": "migrant",
                "preferred_language": "fr",
            },
        )["id"]
        for last in names
    ]
    A.enrol_many(store, lab["id"], people, enrolled_on=date(2026, 9, 14))
    return lab["id"], {
        p["last_name"]: p["enrolment_id"]
        for p in reference.lab_detail(store, lab["id"])["participants"]
    }


def _record(store, lab_id, day, statuses: dict[str, str]) -> None:
    register = A.register(store, lab_id, day)
    A.save_day(
        store,
        lab_id,
        day,
        [
            {
                "enrolment_id": r["enrolment_id"],
                "status": statuses.get(r["last_name"], "present"),
                "hours": (
                    register["day_hours"]
                    if statuses.get(r["last_name"], "present") == "present"
                    else 0.0
                ),
            }
            for r in register["rows"]
        ],
        today=TODAY,
    )


# ---- migration 0006 ----------------------------------------------------------------------------


def _db_at_0005_with_an_enrolment(data_dir):
    data_dir.mkdir(parents=True)
    path = db_path(data_dir)
    engine = make_engine(path)
    migrate.upgrade(engine, path, target="0005")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO participant (id, stamps, code, site, first_name, last_name, birth_date,"
        " gender, migrant_status, preferred_language) VALUES ('p1', '{}', 'CIF-TEST-0001', 'CIFE',"
        " 'Awa', 'Diallo', '1990-01-02', 'female', 'migrant', 'fr')"
    )
    con.execute(
        "INSERT INTO lab (id, stamps, name, niche, site, start_date, end_date, planned_hours) "
        "VALUES ('l1', '{}', 'Catering', 'catering', 'CIFE', '2024-01-15', '2024-05-10', 360)"
    )
    con.execute(
        "INSERT INTO enrolment (id, stamps, participant_id, lab_id, status, enrolled_on,"
        " hours_attended) VALUES ('e1', '{}', 'p1', 'l1', 'completed', '2024-01-10', 320.5)"
    )
    con.execute(
        "INSERT INTO meta (key, value) VALUES ('device_id', '01a20000-0000-7000-8000-000000000001')"
    )
    con.commit()
    con.close()
    return path


def test_migration_0006_adds_the_register_and_typed_hours_keep_their_meaning(data_dir):
    _db_at_0005_with_an_enrolment(data_dir)
    store = Store.open(data_dir)
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    assert store.last_backup is not None
    con = sqlite3.connect(db_path(data_dir))
    columns = [r[1] for r in con.execute("PRAGMA table_info(attendance)")]
    indexes = [r[1] for r in con.execute("PRAGMA index_list(attendance)")]
    con.close()
    assert columns == [
        "id",
        "stamps",
        "enrolment_id",
        "day",
        "status",
        "hours",
        "note",
        "hlc",
        "dev",
        "seq",
    ]
    assert "ix_attendance_enrolment_day" in indexes
    assert count(store, "attendance") == 0
    enrolment = itinerary.records_of(store, "p1")["enrolment"][0]
    assert (enrolment["hours_attended"], enrolment["hours_from_register"]) == (320.5, False)
    assert A.summary(store, "l1")["e1"]["share"] == pytest.approx(320.5 / 360)
    store.close()


def test_an_interrupted_migration_0006_leaves_the_database_at_0005(data_dir, monkeypatch):
    _db_at_0005_with_an_enrolment(data_dir)
    from alembic.operations import Operations

    def power_cut(self, *args, **kwargs):
        raise OSError("battery died")

    monkeypatch.setattr(
        Operations, "batch_alter_table", power_cut
    )  # after the table, before its index
    with pytest.raises(OSError):
        Store.open(data_dir)
    con = sqlite3.connect(db_path(data_dir))
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0005"
    assert (
        con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'attendance'").fetchone()[0]
        == 0
    )
    con.close()
    monkeypatch.undo()
    store = Store.open(data_dir)
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    store.close()


# ---- a bundle carries the register ---------------------------------------------------------


def test_a_bundle_carries_the_register_and_the_coordinator_computes_the_same_hours(
    tmp_path, tmp_path_factory
):
    laptop, coordinator = pair(tmp_path, tmp_path_factory, participants=0)
    lab_id, enrolments = _lab_with(laptop, "Diallo", "Bravo")
    made_by_coordinator(laptop, coordinator)  # labs are the coordinator's
    _record(laptop, lab_id, DAY, {"Bravo": "absent"})
    _record(laptop, lab_id, date(2026, 10, 6), {"Bravo": "excused"})
    usb = tmp_path / "usb"
    usb.mkdir()
    exported = X.export(laptop, usb)
    assert exported.counts["attendance"] == 4
    applied = X.apply_import(coordinator, exported.path)
    assert applied["report"]["kinds"]["attendance"]["new"] == 4
    assert A.summary(coordinator, lab_id) == A.summary(laptop, lab_id)
    hours = {
        p["last_name"]: p["hours_attended"]
        for p in reference.lab_detail(coordinator, lab_id)["participants"]
    }
    assert hours == {"Diallo": 10.0, "Bravo": 0.0}
    # a correction travels as an update of the same record
    _record(laptop, lab_id, DAY, {})
    again = X.apply_import(coordinator, X.export(laptop, usb).path)
    assert again["report"]["kinds"]["attendance"]["updated"] == 1
    assert count(coordinator, "attendance") == 4
    assert A.summary(coordinator, lab_id)[enrolments["Bravo"]]["present"] == 1
    laptop.close()
    coordinator.close()


# ---- the same day on two laptops -----------------------------------------------------------


def test_the_same_day_recorded_on_two_laptops_is_one_record_with_the_other_value_kept(tmp_path):
    first = new_laptop(tmp_path, "first")
    lab_id, enrolments = _lab_with(first, "Diallo", "Bravo")
    second = new_laptop(tmp_path, "second")
    import_into(second, export_all(first))  # both laptops know the lab and its enrolments
    _record(first, lab_id, DAY, {"Diallo": "absent"})
    _record(second, lab_id, DAY, {"Diallo": "excused"})  # the same day, told differently
    coordinator = new_store(tmp_path, "coordinator")
    import_into(coordinator, export_all(first))
    import_into(coordinator, export_all(second))
    assert count(coordinator, "attendance") == 2  # one per participant, not one per laptop
    diallo = A.summary(coordinator, lab_id)[enrolments["Diallo"]]
    assert diallo["absent"] + diallo["excused"] == 1 and diallo["hours"] == 0.0
    open_ = conflicts.list_open(coordinator)
    assert [(c["kind"], c["field"]) for c in open_] == [("attendance", "status")]
    assert {open_[0]["mine"], open_[0]["theirs"]} == {"absent", "excused"}
    diallo_code = next(
        p["code"]
        for p in reference.lab_detail(coordinator, lab_id)["participants"]
        if p["last_name"] == "Diallo"
    )
    assert open_[0]["record"] == diallo_code  # the review names whose day it is by code
    bravo = A.summary(coordinator, lab_id)[enrolments["Bravo"]]
    assert (bravo["present"], bravo["hours"]) == (1, 5.0)  # the same value on both: no conflict
    for store in (first, second, coordinator):
        store.close()
