"""Follow-ups due: end surveys and 6-month follow-ups of the labs that ended, overdue or due, with
the phone and next appointment; the agenda's follow-up calls; `milma followups`."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timedelta

from desktop.domain.indicators import add_months
from desktop.services import agenda, consents, participants, records, reference
from desktop.services import followups as F
from desktop.services import surveys as S
from tests.unit.test_cli import milma
from tests.unit.test_surveys import BEHAVIOUR, END

LAB_START, LAB_END = date(2026, 1, 12), date(2026, 5, 31)
TODAY = date(2026, 11, 20)
FOLLOWUP = {
    "employment_situation": "self_employed",
    "expectations_met": 4,
    "improved_opportunities": "yes",
    "inclusion": 4,
    "join_interest": "no",
    **BEHAVIOUR,
}


def _lab(store, start=LAB_START, end=LAB_END) -> str:
    return reference.save_lab(
        store,
        None,
        {
            "name": "Gardening",
            "niche": "gardening",
            "site": "CIFE",
            "start_date": start,
            "end_date": end,
            "planned_hours": 300,
        },
    )["id"]


def _person(store, lab_id, last, status, phone=None, contact=True) -> str:
    pid = participants.register(
        store,
        {
            "first_name": "Awa",
            "last_name": last,
            "birth_date": date(1990, 1, 2),
            "gender": "female",
            "migrant_status": "migrant",
            "preferred_language": "fr",
            "phone": phone,
        },
    )["id"]
    lab = records.get(store, "lab", lab_id)
    records.create(
        store,
        "enrolment",
        {
            "participant_id": pid,
            "lab_id": lab_id,
            "status": status,
            "enrolled_on": lab["start_date"],
        },
    )
    if contact:  # agreed to be contacted for follow-up (tests/unit/test_consents.py: without it)
        consents.grant(store, pid, "follow_up", date(2020, 1, 6))
    return pid


def _listed(items):
    return [(f.last_name, f.form, f.state) for f in items]


def test_who_needs_an_end_survey_or_a_follow_up_and_who_is_overdue(store):
    lab = _lab(store)
    diallo = _person(store, lab, "Diallo", "completed", phone="612345678")
    _person(store, lab, "Bravo", "enrolled")
    _person(store, lab, "Cano", "dropped_out")  # no survey asked of who left
    later = _lab(store, date(2026, 9, 1), date(2026, 11, 24))
    _person(store, later, "Duarte", "enrolled")  # her lab ends within the week asked
    records.create(
        store,
        "coaching_session",
        {
            "participant_id": diallo,
            "starts_at": datetime(2026, 11, 2, 10),
            "duration_minutes": 30,
            "kind": "individual",
            "next_appointment": datetime(2026, 11, 25, 9, 30),
        },
    )
    items = F.due(store, today=TODAY)
    # end survey due by lab end + 1 month: overdue; follow-up window 31 Oct - 30 Nov: due now
    assert _listed(items) == [
        ("Bravo", "end", "overdue"),
        ("Diallo", "end", "overdue"),
        ("Bravo", "followup", "due"),
        ("Diallo", "followup", "due"),
        ("Duarte", "end", "upcoming"),
    ]
    first = next(f for f in items if f.last_name == "Diallo" and f.form == "followup")
    assert (
        (first.opens, first.due)
        == (add_months(LAB_END, 5), date(2026, 11, 30))
        == (date(2026, 10, 31), first.due)
    )
    assert first.phone == "+34612345678" and first.next_appointment == datetime(2026, 11, 25, 9, 30)
    assert _listed(F.due(store, today=TODAY, within_days=0))[-1] == (
        "Diallo",
        "followup",
        "due",
    )  # no upcoming

    S.save(store, diallo, "end", END, answered_on=date(2026, 6, 2), language="fr")
    S.save(store, diallo, "followup", FOLLOWUP, answered_on=date(2026, 11, 19), language="fr")
    assert [f.last_name for f in F.due(store, today=TODAY)] == ["Bravo", "Bravo", "Duarte"]


def test_a_survey_answered_for_an_earlier_lab_does_not_count_for_a_later_one(store):
    old = _lab(store, date(2024, 1, 15), date(2024, 5, 10))
    pid = _person(store, old, "Diallo", "completed")
    S.save(store, pid, "end", END, answered_on=date(2024, 5, 10), language="fr")
    S.save(store, pid, "followup", FOLLOWUP, answered_on=date(2024, 11, 1), language="fr")
    assert F.due(store, today=TODAY) == []
    new = _lab(store)
    records.create(
        store,
        "enrolment",
        {"participant_id": pid, "lab_id": new, "status": "completed", "enrolled_on": LAB_START},
    )
    assert _listed(F.due(store, today=TODAY)) == [
        ("Diallo", "end", "overdue"),
        ("Diallo", "followup", "due"),
    ]


def test_the_agenda_shows_a_follow_up_call_on_the_day_a_survey_is_due(store):
    lab = _lab(store)
    pid = _person(store, lab, "Diallo", "completed")
    week = agenda.week(store, date(2026, 11, 30))
    calls = [a for a in week if a.kind == "follow_up_call"]
    assert [(a.day, a.participant_id, a.detail, a.tab) for a in calls] == [
        (date(2026, 11, 30), pid, "followup", "surveys")
    ]
    assert agenda.kind_text(calls[0], lambda _c, t: t) == "Follow-up call · Follow-up (6 months)"
    assert [a for a in agenda.week(store, date(2026, 6, 29)) if a.kind == "follow_up_call"][
        0
    ].detail == "end"
    S.save(store, pid, "followup", FOLLOWUP, answered_on=date(2026, 11, 19), language="fr")
    assert not [a for a in agenda.week(store, date(2026, 11, 30)) if a.kind == "follow_up_call"]


def test_followups_command_as_table_csv_and_json(store, data_dir):
    today = date.today()
    lab_end = add_months(today, -6) + timedelta(
        days=10
    )  # follow-up due in about 10 days, window open
    lab = _lab(store, lab_end - timedelta(days=90), lab_end)
    _person(store, lab, "Diallo", "completed", phone="612345678")
    store.close()
    table = milma("followups", data_dir=data_dir)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[-1] == "2 surveys to answer"
    assert any(
        "Overdue" in line and "End survey" in line and "612 34 56 78" in line for line in lines
    )
    assert any("Due now" in line and "Follow-up (6 months)" in line for line in lines)
    as_json = json.loads(milma("followups", "--format", "json", data_dir=data_dir).stdout)
    assert [(r["form"], r["state"], r["last_name"]) for r in as_json] == [
        ("end", "overdue", "Diallo"),
        ("followup", "due", "Diallo"),
    ]
    assert as_json[1]["due"] == add_months(lab_end, 6).isoformat()
    rows = list(
        csv.DictReader(io.StringIO(milma("followups", "--format", "csv", data_dir=data_dir).stdout))
    )
    assert [r["state"] for r in rows] == ["overdue", "due"]
    spanish = milma("followups", data_dir=data_dir, lang="es")
    assert "Encuesta final" in spanish.stdout and "Vencida" in spanish.stdout
    bad = milma("followups", "--due-within", "soon", data_dir=data_dir)
    assert bad.returncode == 2 and "soon is not a number of days from 0 to 3660" in bad.stderr
