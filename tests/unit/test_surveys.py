"""Questionnaires as data: the shipped XLSForm files load (and match their sources), a bad file is
a clear message, answers are checked against the form, responses are stored through the one
write path, travel in bundles, and keep the version they were given under; migration 0008
carries the responses of the fixed columns over."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.domain.messages import ValidationError
from desktop.domain.surveys import FormError, parse_form, validate_answers
from desktop.services import exchange as X
from desktop.services import participants
from desktop.services import surveys as S
from desktop.storage import migrate
from desktop.storage.engine import db_path, make_engine
from desktop.storage.store import Store
from tests.unit.test_bundle_support import pair

ROOT = Path(__file__).resolve().parents[2]
BEHAVIOUR = {"drive": 4, "empowerment": 3, "creativity": 5, "setbacks": 2}
END = {
    "training_useful": 5,
    "company_contact": "yes",
    "employability": 4,
    "improved_opportunities": "yes",
    **BEHAVIOUR,
}


def _person(store, last="Diallo") -> str:
    return participants.register(
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


def _translated(exc) -> str:
    return str(exc.message)


# ---- the forms ---------------------------------------------------------------------------


def test_the_three_questionnaires_load_with_their_types_texts_and_versions():
    forms = {f: S.load_form(f) for f in ("initial", "end", "followup")}
    assert {f.version for f in forms.values()} == {"2026.1"}
    for form in forms.values():
        for name in ("drive", "empowerment", "creativity", "setbacks"):
            assert form.question(name).kind == "likert" and form.question(name).required
        assert all(set(q.labels) >= {"es", "en", "fr"} for q in form.questions)
    end, followup = forms["end"], forms["followup"]
    assert end.question("improved_opportunities").kind == "yes_no"
    assert (
        end.question("improved_opportunities").label("en")
        == "The programme improved my job opportunities."
    )
    assert followup.question("connector_helped_inclusion").kind == "yes_no"
    assert followup.question("join_interest").kind == "yes_no"
    assert followup.question("job_start").kind == "date"
    assert followup.question("employment_situation").kind == "select"
    assert "self_employed" in {c.name for c in followup.question("employment_situation").choices}
    household = forms["initial"].question("household_size")
    assert (household.kind, household.min, household.max, household.required) == (
        "integer",
        1,
        20,
        False,
    )
    assert forms["initial"].question("expectations").kind == "text"
    assert followup.question("join_interest").label("fr").startswith("Je souhaite rejoindre")


def test_the_spreadsheets_say_what_their_sources_say():
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_surveys.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr


def _copy_forms(tmp_path) -> Path:
    folder = tmp_path / "surveys"
    shutil.copytree(ROOT / "resources" / "surveys", folder, ignore=shutil.ignore_patterns("source"))
    return folder


def _edit(path: Path, sheet: str, row: int, column: str, value) -> None:
    book = load_workbook(path)
    ws = book[sheet]
    header = [c.value for c in ws[1]]
    ws.cell(row=row, column=header.index(column) + 1).value = value
    book.save(path)


@pytest.mark.parametrize(
    "sheet,row,column,value,expected",
    [
        ("settings", 2, "version", None, "has no version"),
        ("settings", 2, "form_id", "final", "says it is the form final; it should be end"),
        ("survey", 2, "type", "geopoint", "question training_useful is of the type geopoint"),
        ("survey", 2, "label::Français (fr)", None, "question training_useful has no text in fr"),
        ("survey", 2, "type", "select_one nowhere", "not a valid XLSForm"),
        (
            "survey",
            2,
            "constraint",
            ". > 3",
            "the constraint of question training_useful is not read here",
        ),
    ],
)
def test_a_bad_questionnaire_is_a_clear_message(tmp_path, sheet, row, column, value, expected):
    folder = _copy_forms(tmp_path)
    _edit(folder / "end.xlsx", sheet, row, column, value)
    with pytest.raises(FormError) as info:
        S.load_form("end", folder)
    assert expected in _translated(info.value)
    assert "end.xlsx" in _translated(info.value)


def test_a_missing_or_broken_file_is_a_clear_message(tmp_path):
    with pytest.raises(FormError) as info:
        S.load_form("end", tmp_path)
    assert _translated(info.value) == "The questionnaire file end.xlsx is missing."
    (tmp_path / "end.xlsx").write_bytes(b"not a spreadsheet")
    with pytest.raises(FormError) as info:
        parse_form(tmp_path / "end.xlsx", "end")
    assert "is not a valid XLSForm" in _translated(info.value)


# ---- answers -----------------------------------------------------------------------------


def test_answers_are_checked_against_the_form():
    end = S.load_form("end")
    assert validate_answers(
        end, {**END, "comments": "  Más prácticas  ", "support_rating": None}
    ) == {
        "training_useful": 5,
        "company_contact": "yes",
        "employability": 4,
        "improved_opportunities": "yes",
        "comments": "Más prácticas",
        **BEHAVIOUR,
    }
    with pytest.raises(ValidationError) as info:
        validate_answers(
            end,
            {
                **END,
                "training_useful": 6,
                "improved_opportunities": "maybe",
                "employability": None,
                "colour": "blue",
            },
        )
    problems = {p.field: str(p.message) for p in info.value.problems}
    assert problems == {
        "training_useful": "Choose a value from 1 to 5.",
        "improved_opportunities": "Choose one of the answers offered.",
        "employability": "Answer this question.",
        "colour": "The questionnaire has no question colour.",
    }
    initial = S.load_form("initial")
    base = {
        "employment_status": "unemployed",
        "worked_before": "no",
        "employability": 2,
        "inclusion": 3,
        "excluded": 4,
        **BEHAVIOUR,
    }
    assert validate_answers(initial, {**base, "household_size": "3"})["household_size"] == 3
    for value, message in (
        ("21", "Enter a number from 1 to 20."),
        ("2.5", "Enter a whole number."),
        ("many", "Enter a whole number."),
    ):
        with pytest.raises(ValidationError) as info:
            validate_answers(initial, {**base, "household_size": value})
        assert str(info.value.for_field("household_size")) == message
    followup = S.load_form("followup")
    answers = validate_answers(
        followup,
        {
            "employment_situation": "self_employed",
            "job_start": date(2027, 2, 1),
            "expectations_met": 4,
            "improved_opportunities": "no",
            "inclusion": 4,
            "join_interest": "yes",
            **BEHAVIOUR,
        },
    )
    assert answers["job_start"] == "2027-02-01" and "connector_helped_inclusion" not in answers


# ---- storage, bundles, versions ----------------------------------------------------------


def test_a_response_is_stored_with_its_form_version_language_and_json_answers(store):
    pid = _person(store)
    saved = S.save(store, pid, "end", END, answered_on=date(2026, 11, 20), language="fr")
    con = sqlite3.connect(db_path(store.data_dir))
    row = con.execute(
        "SELECT form, form_version, answered_on, language, "
        "json_extract(answers, '$.improved_opportunities'), json_extract(answers, '$.drive') "
        "FROM survey_response WHERE id = ?",
        (saved.id,),
    ).fetchone()
    logged = con.execute("SELECT seq FROM survey_response WHERE id = ?", (saved.id,)).fetchone()[0]
    top = con.execute("SELECT value FROM meta WHERE key = 'seq'").fetchone()[0]
    con.close()
    assert row == ("end", "2026.1", "2026-11-20", "fr", "yes", 4)
    assert logged == int(top)  # written through the journal, at its latest position
    assert [r.id for r in S.responses(store, pid)] == [saved.id]
    with pytest.raises(ValidationError) as info:
        S.save(store, pid, "end", {**END, "drive": None}, answered_on=None, language="fr")
    assert set(info.value.fields) == {"drive", "answered_on"}
    assert len(S.responses(store, pid)) == 1  # nothing half-written


def test_responses_travel_in_a_bundle(tmp_path, tmp_path_factory):
    laptop, coordinator = pair(tmp_path, tmp_path_factory, participants=0)
    pid = _person(laptop)
    saved = S.save(laptop, pid, "end", END, answered_on=date(2026, 11, 20), language="es")
    usb = tmp_path / "usb"
    usb.mkdir()
    applied = X.apply_import(coordinator, X.export(laptop, usb).path)
    assert applied["report"]["kinds"]["survey_response"]["new"] == 1
    assert S.get(coordinator, saved.id) == S.get(laptop, saved.id)
    S.save(
        laptop,
        pid,
        "end",
        {**END, "improved_opportunities": "no"},
        answered_on=date(2026, 11, 20),
        language="es",
        response_id=saved.id,
    )
    again = X.apply_import(coordinator, X.export(laptop, usb).path)
    assert again["report"]["kinds"]["survey_response"]["updated"] == 1
    assert S.get(coordinator, saved.id).answers["improved_opportunities"] == "no"
    laptop.close()
    coordinator.close()


def test_a_later_edit_of_the_questionnaire_never_changes_old_answers(store, tmp_path, monkeypatch):
    folder = _copy_forms(tmp_path)
    monkeypatch.setattr(S, "forms_dir", lambda: folder)
    pid = _person(store)
    old = S.save(store, pid, "end", END, answered_on=date(2026, 11, 20), language="es")
    # the coordinator edits the questionnaire: a new version, a question reworded, one removed
    book = load_workbook(folder / "end.xlsx")
    book["settings"]["B2"] = "2027.1"
    survey = book["survey"]
    survey["C2"] = "La formación me ha servido."
    survey.delete_rows(4)  # company_contact
    book.save(folder / "end.xlsx")
    assert S.load_form("end").version == "2027.1"
    kept = S.get(store, old.id)
    assert (kept.form_version, kept.answers) == (
        "2026.1",
        validate_answers(S.load_form("end", ROOT / "resources" / "surveys"), END),
    )
    with pytest.raises(S.OldVersion) as info:
        S.save(
            store,
            pid,
            "end",
            {k: v for k, v in END.items() if k != "company_contact"},
            answered_on=date(2026, 11, 21),
            language="es",
            response_id=old.id,
        )
    assert "version 2026.1" in _translated(info.value) and "2027.1" in _translated(info.value)
    new = S.save(
        store,
        pid,
        "end",
        {k: v for k, v in END.items() if k != "company_contact"},
        answered_on=date(2026, 11, 21),
        language="es",
    )
    assert new.form_version == "2027.1"
    assert S.get(store, old.id).answers["company_contact"] == "yes"


def test_demo_responses_answer_the_shipped_questionnaires(demo_store):
    from desktop.services import records

    rows = records.list_all(demo_store, "survey_response")
    assert {r["form"] for r in rows} == {"initial", "end", "followup"}
    for row in rows:
        form = S.load_form(row["form"])
        answers = json.loads(row["answers"])
        assert row["form_version"] == form.version
        assert validate_answers(form, answers) == answers


# ---- migration 0008 ----------------------------------------------------------------------


def test_migration_0008_carries_fixed_column_responses_over_under_the_question_names(data_dir):
    data_dir.mkdir(parents=True)
    path = db_path(data_dir)
    engine = make_engine(path)
    migrate.upgrade(engine, path, target="0007")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO participant (id, stamps, code, site, first_name, last_name, birth_date,"
        " gender, migrant_status, preferred_language) VALUES ('p1', '{}', 'CIF-TEST-0001', 'CIFE',"
        " 'Awa', 'Diallo', '1990-01-02', 'female', 'migrant', 'fr')"
    )
    con.execute(
        "INSERT INTO survey_response (id, stamps, participant_id, moment, answered_on, employed,"
        " drive, setbacks, opportunities_improved, considers_association, answers) VALUES ('s1',"
        ' \'{"participant_id":[5,"d"],"drive":[9,"d"],"answers":[7,"d"]}\', \'p1\','
        " 'follow_up', '2024-11-01', 1, 4, 2, 1, 0, 'Contenta')"
    )
    con.execute(
        "INSERT INTO meta (key, value) VALUES ('device_id', '01a20000-0000-7000-8000-000000000001')"
    )
    con.commit()
    con.close()
    store = Store.open(data_dir)
    response = S.get(store, "s1")
    store.close()
    assert (response.form, response.form_version, response.language) == ("followup", "0", "fr")
    assert response.answers == {
        "drive": 4,
        "setbacks": 2,
        "employed": "yes",
        "improved_opportunities": "yes",
        "join_interest": "no",
        "notes": "Contenta",
    }
    assert json.loads(response.stamps) == {
        "participant_id": [5, "d"],
        "form": [9, "d"],
        "form_version": [9, "d"],
        "language": [9, "d"],
        "answers": [9, "d"],
    }
