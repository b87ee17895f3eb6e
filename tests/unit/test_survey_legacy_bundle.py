"""A bundle written by a laptop not upgraded yet (schema 0007: survey responses with a moment
and one field per answer) still imports into an upgraded store: its responses are converted as
migration 0008 converts stored ones, values and stamps, so the same response migrated on one
store and converted on import on another is one record, without conflict."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

from desktop.domain import survey_legacy as SL
from desktop.domain.clock import pack, system_ms
from desktop.exchange import changes as C
from desktop.services import exchange as X
from desktop.services import participants
from desktop.services import surveys as S
from desktop.storage import migrate
from desktop.storage import stamps as codec
from desktop.storage.engine import db_path, make_engine
from desktop.storage.store import Store
from tests.unit.merge_support import export_all, import_into
from tests.unit.test_bundle_support import pair

SCALES_NULL = {c: None for c in SL.SCALES}


def _old_changes(pid: str, device: str) -> tuple[list[dict], dict[str, dict]]:
    """Two survey responses as a laptop at schema 0007 sends them (JSON, as collect made them
    then): one written at once (one stamp: it travels in a table), one edited later (stamps per
    field). Also the stored rows they come from (stamps per field), for a store at 0007."""
    t = pack(system_ms() - 3_600_000, 0)
    one = {
        "participant_id": pid,
        "moment": "initial",
        "answered_on": "2026-03-02",
        "employed": False,
        **SCALES_NULL,
        "employability": 2,
        "inclusion": 3,
        "opportunities_improved": None,
        "considers_association": True,
        "answers": None,
    }
    edited = {
        "participant_id": [pid, t + 1, device],
        "moment": ["follow_up", t + 1, device],
        "answered_on": ["2026-09-15", t + 1, device],
        "employed": [True, t + 5, device],
        "drive": [4, t + 1, device],
        "setbacks": [2, t + 1, device],
        "opportunities_improved": [True, t + 1, device],
        "considers_association": [False, t + 1, device],
        "answers": ["Contenta con el curso", t + 3, device],
    }
    changes = [
        {
            "kind": "survey_response",
            "id": "s-one",
            "op": "upsert",
            "stamp": [t, device],
            "values": one,
        },
        {"kind": "survey_response", "id": "s-edited", "op": "upsert", "fields": edited},
    ]
    rows = {
        "s-one": {"values": one, "stamps": {n: [t, device] for n in one}},
        "s-edited": {
            "values": {n: v[0] for n, v in edited.items()},
            "stamps": {n: v[1:] for n, v in edited.items()},
        },
    }
    return changes, rows


def _row(store: Store, rid: str) -> tuple:
    con = sqlite3.connect(db_path(store.data_dir))
    con.row_factory = sqlite3.Row
    try:
        found = con.execute("SELECT * FROM survey_response WHERE id = ?", (rid,)).fetchone()
        stamps = codec.named(
            codec.of_row("survey_response", found), codec.devices_of_connection(con)
        )
    finally:
        con.close()
    return (
        *(found[n] for n in ("participant_id", "form", "form_version", "answered_on", "language")),
        json.loads(found["answers"]),
        stamps,
    )


def _store_at_0007(data_dir, participant: dict, rows: dict[str, dict]) -> Store:
    """A store of schema 0007 holding the participant and the responses, then upgraded."""
    data_dir.mkdir(parents=True)
    path = db_path(data_dir)
    engine = make_engine(path)
    migrate.upgrade(engine, path, target="0007")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO participant (id, stamps, code, site, first_name, last_name, birth_date,"
        " gender, migrant_status, preferred_language) VALUES (?, '{}', ?, 'CIFE', 'Awa', 'Diallo',"
        " '1990-01-02', 'female', 'migrant', ?)",
        (participant["id"], participant["code"], participant["preferred_language"]),
    )
    for rid, row in rows.items():
        names = list(row["values"])
        con.execute(
            f"INSERT INTO survey_response (id, stamps, {', '.join(names)}) VALUES (?, ?, "
            f"{', '.join('?' * len(names))})",
            (rid, json.dumps(row["stamps"]), *row["values"].values()),
        )
    con.execute(
        "INSERT INTO meta (key, value) VALUES ('device_id', '01a20000-0000-7000-8000-0000000000aa')"
    )
    con.commit()
    con.close()
    return Store.open(data_dir)


def test_a_0007_laptop_bundle_imports_converted_and_meets_the_migrated_record_without_conflict(
    tmp_path, tmp_path_factory, monkeypatch
):
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
    old, rows = _old_changes(person["id"], laptop.device_id)

    # the laptop exports as one not upgraded yet would: its schema, its survey responses' fields
    real_collect = C.collect

    def collect_0007(session, since=None):
        changes, first, last = real_collect(session, since)
        return changes + json.loads(json.dumps(old)), first, last

    monkeypatch.setattr(C, "collect", collect_0007)
    monkeypatch.setattr(X.exporting, "head_revision", lambda: "0007")
    usb = tmp_path / "usb"
    usb.mkdir()
    applied = X.apply_import(coordinator, X.export(laptop, usb).path)
    assert applied["report"]["kinds"]["survey_response"]["new"] == 2
    assert applied["report"]["conflicts"] == 0

    # converted: form, version "0", the participant's language, the answers under question names
    one = S.get(coordinator, "s-one")
    assert (one.form, one.form_version, one.language, one.answered_on) == (
        "initial",
        "0",
        "fr",
        date(2026, 3, 2),
    )
    assert one.answers == {
        "employed": "no",
        "employability": 2,
        "inclusion": 3,
        "join_interest": "yes",
    }
    edited = S.get(coordinator, "s-edited")
    assert (edited.form, edited.form_version, edited.language) == ("followup", "0", "fr")
    assert edited.answers == {
        "employed": "yes",
        "drive": 4,
        "setbacks": 2,
        "improved_opportunities": "yes",
        "join_interest": "no",
        "notes": "Contenta con el curso",
    }
    t, device = rows["s-edited"]["stamps"]["participant_id"]
    newest = [t + 4, device]  # the employed answer, written last
    assert json.loads(edited.stamps) == {
        "participant_id": [t, device],
        "form": newest,
        "form_version": newest,
        "answered_on": [t, device],
        "language": newest,
        "answers": newest,
    }

    # the same responses migrated on a store of schema 0007: the same records, values and stamps
    migrated = _store_at_0007(tmp_path / "migrated", person, rows)
    for rid in rows:
        assert _row(migrated, rid) == _row(coordinator, rid)
    # the old bundle's responses there: nothing changes, no conflict
    report = import_into(migrated, json.loads(json.dumps(old))).to_dict()
    assert report["conflicts"] == 0
    assert report["kinds"]["survey_response"]["unchanged"] == 2
    # what the migrated store sends, on the store that converted them on import: nothing either
    report = import_into(
        coordinator, [c for c in export_all(migrated) if c["kind"] == "survey_response"]
    ).to_dict()
    assert report["conflicts"] == 0 and report["kinds"]["survey_response"]["unchanged"] == 2
    for rid in rows:
        assert _row(migrated, rid) == _row(coordinator, rid)
    for store in (laptop, coordinator, migrated):
        store.close()


def test_an_old_response_with_a_field_unknown_to_either_form_is_refused_whole(tmp_path):
    from desktop.exchange.errors import BundleRejected

    change = {
        "kind": "survey_response",
        "id": "s1",
        "op": "upsert",
        "stamp": [5, "d"],
        "values": {"moment": "initial", "answered_on": "2026-03-02", "mood": 3},
    }
    try:
        C.decode(change)
    except BundleRejected as exc:
        assert "unknown field" in str(exc.message)
    else:
        raise AssertionError("refused")
    bad = {**change, "values": {"moment": "initial", "answered_on": "2026-03-02", "drive": "four"}}
    try:
        C.decode(bad)
    except BundleRejected:
        pass
    else:
        raise AssertionError("refused")


def test_an_old_laptops_delta_of_some_answers_keeps_the_other_answers_as_stored(
    tmp_path, tmp_path_factory
):
    """An old laptop exports only the fields changed since its last export: a response whose
    employed answer was changed arrives with that field alone. The answers stored for the
    response stay; only the one given changes (and a field sent empty clears its answer)."""
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
    old, _rows = _old_changes(person["id"], laptop.device_id)
    import_into(coordinator, export_all(laptop) + json.loads(json.dumps(old)))
    before = S.get(coordinator, "s-edited").answers
    t = json.loads(S.get(coordinator, "s-edited").stamps)["answers"][0]
    delta = {
        "kind": "survey_response",
        "id": "s-edited",
        "op": "upsert",
        "fields": {
            "employed": [False, t + 10, laptop.device_id],
            "drive": [None, t + 10, laptop.device_id],
        },
    }
    report = import_into(coordinator, [delta]).to_dict()
    assert report["conflicts"] == 0
    after = S.get(coordinator, "s-edited")
    expected = {k: v for k, v in before.items() if k != "drive"}
    expected["employed"] = "no"
    assert after.answers == expected
    assert (after.form, after.form_version, after.language) == ("followup", "0", "fr")
    # the same delta again changes nothing
    report = import_into(coordinator, [delta]).to_dict()
    assert report["kinds"]["survey_response"]["unchanged"] == 1
    assert S.get(coordinator, "s-edited").answers == expected
    for store in (laptop, coordinator):
        store.close()
