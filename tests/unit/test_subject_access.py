"""Subject access: a person with a record of every kind that refers to a participant (found from
the schema, so a new kind is built here too) gets a PDF and a JSON file holding every record, in
their language, special categories marked, under names without personal data."""

from __future__ import annotations

import io
import json
import re
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.domain.person_records import kinds_about_a_person
from desktop.domain.schema import KINDS
from desktop.i18n import catalogue
from desktop.reports import subject_access_texts as T
from desktop.services import audit, duplicates, participants, records
from desktop.services import subject_access as SA
from tests.unit.person_support import Builder


@pytest.fixture
def everything(store):
    person = participants.register(
        store,
        {
            "first_name": "Aïcha",
            "last_name": "Benali",
            "birth_date": date(1992, 4, 2),
            "gender": "female",
            "migrant_status": "refugee",
            "nationality": "MA",
            "arrival_date": date(2019, 6, 1),
            "preferred_language": "fr",
            "document_type": "NIE",
            "document_number": "X1234567L",
            "phone": "612345678",
            "employment_history": "Couturière à Tanger",
        },
    )
    b = Builder(store, person, email="mk@example.org")
    for kind in kinds_about_a_person():
        if kind == "participant_merge":
            continue
        extra = (
            {"answers": json.dumps({"free_text": b.marker(kind)}), "form": "initial"}
            if kind == "survey_response"
            else {}
        )
        b.make(kind, **extra)
    twin = participants.register(
        store,
        {
            "first_name": "Aicha",
            "last_name": "Benali",
            "birth_date": date(1992, 4, 2),
            "gender": "female",
            "migrant_status": "refugee",
            "preferred_language": "fr",
        },
    )
    moved = records.create(
        store, "goal", {"participant_id": twin["id"], "title": "ZQ900", "status": "planned"}
    )
    merge = duplicates.merge_participants(store, person["id"], twin["id"])
    b.made.setdefault("goal", []).append(moved["id"])
    b.made["participant_merge"] = [merge["id"]]
    b.markers.setdefault("goal", []).append("ZQ900")
    return person, twin, b


def _pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def test_every_kind_about_a_person_is_built_here():
    assert set(kinds_about_a_person()) >= {
        "enrolment",
        "attendance",
        "goal",
        "coaching_session",
        "life_story",
        "consent",
        "connector",
        "connector_meeting",
        "referral",
        "placement",
        "employment_outcome",
        "survey_response",
        "participant_merge",
    }


def test_the_pdf_and_the_json_hold_every_record(everything, tmp_path):
    person, twin, b = everything
    pdf, data = SA.export(store := b.store, person["id"], tmp_path / "out")
    held = json.loads(data.read_text(encoding="utf-8"))
    # the JSON: every record made, under its kind, with the interface's labels in French
    assert held["language"] == "fr" and held["format"] == SA.FORMAT
    for kind, ids in b.made.items():
        assert {r["id"] for r in held["records"][kind]} >= set(ids), kind
    assert (
        held["participant"]["id"] == person["id"]
        and held["participant"]["document_number"] == "X1234567L"
    )
    assert [d["id"] for d in held["duplicates_merged_into_them"]] == [twin["id"]]
    assert held["labels"]["participant"]["fields"]["nationality"] == catalogue("fr").translate(
        "Field", "Nationality"
    )
    assert held["special_categories"]["participant"] == [
        "nationality",
        "migrant_status",
        "arrival_date",
    ]
    assert held["special_categories"]["life_story"] == ["text"]
    assert held["records"]["survey_response"][0]["answers"] == {
        "free_text": b.markers["survey_response"][0]
    }
    # the PDF: a section per kind with its count, every marker, the person's details, marks
    text = _pdf_text(pdf)
    fr = catalogue("fr")
    for kind, items in held["records"].items():
        heading = fr.translate(T.CONTEXT, T.H_KIND).format(
            kind=fr.translate("Kind", KINDS[kind].label), count=len(items)
        )
        assert heading in text, kind
    for kind, marks in b.markers.items():
        for mark in marks:
            assert mark in text, (kind, mark)
    for shown in (
        "Aïcha",
        "Benali",
        "X1234567L",
        "Couturière à Tanger",
        "Maroc",
        person["code"],
        twin["code"],
    ):
        assert shown in text
    assert (
        text.count(fr.translate(T.CONTEXT, T.SPECIAL)) >= 4
    )  # three fields of the person, the story
    assert fr.translate(T.CONTEXT, T.TITLE) in text
    # the export is in the audit log, with the files' random part and no personal data
    entry = audit.entries(store, actions=["export"], code=person["code"])[0]
    assert entry["detail"]["document"] == "subject_access" and entry["detail"]["files"] in pdf.name


def test_file_names_hold_no_personal_data(everything, tmp_path):
    person, _twin, b = everything
    out = tmp_path / "out"
    pdf, data = SA.export(b.store, person["id"], out)
    again, _ = SA.export(b.store, person["id"], out)
    for path in (pdf, data):
        assert re.fullmatch(r"subject-access-[0-9a-f]{12}\.(pdf|json)", path.name)
        for personal in ("Aïcha", "Aicha", "Benali", person["code"], "X1234567L"):
            assert personal.lower() not in path.name.lower()
    assert (
        pdf.stem == data.stem and again.name != pdf.name
    )  # two requests never overwrite each other
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [pdf.name, data.name, again.name, again.with_suffix(".json").name]
    )


@pytest.mark.parametrize("lang", ["es", "en"])
def test_another_language_on_request(everything, tmp_path, lang):
    person, _twin, b = everything
    pdf, data = SA.export(b.store, person["id"], tmp_path, lang)
    cat = catalogue(lang)
    text = _pdf_text(pdf)
    assert cat.translate(T.CONTEXT, T.TITLE) in text
    assert cat.translate("Field", "Migrant status") in text
    assert json.loads(data.read_text(encoding="utf-8"))["language"] == lang


def test_an_unwritable_folder_is_a_clear_error(everything, tmp_path):
    person, _twin, b = everything
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(SA.UserError) as info:
        SA.export(b.store, person["id"], blocker)
    assert str(blocker) in str(info.value.message)
