"""Lab attendance: enrolling several participants at once, the register of a lab day, hours
attended computed from it, a lab's attendance by participant and its warning threshold; bad
input refused whole with a message naming what is wrong."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.messages import UserError, ValidationError
from desktop.i18n import render
from desktop.services import attendance as A
from desktop.services import itinerary, itinerary_docs, participants, records, reference
from tests.unit.test_bundle_support import count

START, END = date(2026, 9, 14), date(2027, 1, 22)
DAY = date(2026, 10, 5)  # a Monday
TODAY = date(2026, 11, 16)


@pytest.fixture(autouse=True)
def _english(qapp):
    """Messages read in English (and dates in English form), whatever a test before set."""
    from desktop import i18n

    before = i18n.current_language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


def _person(store, first: str, last: str) -> str:
    return participants.register(
        store,
        {
            "first_name": first,
            "last_name": last,
            "birth_date": date(1990, 1, 2),
            "gender": "female",
            "migrant_status": "migrant",
            "preferred_language": "fr",
        },
    )["id"]


@pytest.fixture
def lab(store):
    lab = reference.save_lab(
        store,
        None,
        {
            "name": "Elderly care",
            "niche": "elderly_care",
            "site": "CIFE",
            "start_date": START,
            "end_date": END,
            "planned_hours": 380,
            "schedule": "L-V 9:00-14:00",
        },
    )
    people = [
        _person(store, f, last)
        for f, last in (("Awa", "Diallo"), ("Iker", "Bravo"), ("Oksana", "Kovalenko"))
    ]
    A.enrol_many(store, lab["id"], people, enrolled_on=START)
    return {"id": lab["id"], "people": people}


def _entries(register: dict, **status_by_last_name) -> list[dict]:
    out = []
    for row in register["rows"]:
        status = status_by_last_name.get(row["last_name"], "present")
        out.append(
            {
                "enrolment_id": row["enrolment_id"],
                "status": status,
                "hours": register["day_hours"] if status == "present" else 0.0,
                "note": None,
            }
        )
    return out


def _by_name(store, lab_id):
    detail = reference.lab_detail(store, lab_id)
    return {p["last_name"]: p for p in detail["participants"]}


# ---- enrolling several at once -----------------------------------------------------------


def test_several_are_enrolled_at_once_and_nobody_twice(store, lab):
    newcomer = _person(store, "Moussa", "Camara")
    result = A.enrol_many(store, lab["id"], [lab["people"][0], newcomer, newcomer], enrolled_on=DAY)
    assert len(result["enrolled"]) == 1 and result["already"] == 1
    assert A.enrolled_participants(store, lab["id"]) == {*lab["people"], newcomer}
    assert count(store, "enrolment") == 4
    enrolment = records.get(store, "enrolment", result["enrolled"][0])
    assert (enrolment["status"], enrolment["enrolled_on"]) == ("enrolled", DAY)


def test_a_batch_with_a_missing_participant_enrols_nobody(store, lab):
    newcomer = _person(store, "Moussa", "Camara")
    with pytest.raises(ValidationError) as info:
        A.enrol_many(
            store, lab["id"], [newcomer, "01a20000-0000-7000-8000-00000000dead"], enrolled_on=DAY
        )
    assert "no longer exists" in render(info.value.message)
    assert newcomer not in A.enrolled_participants(store, lab["id"])  # the first one was not kept


def test_an_empty_choice_or_a_date_after_the_lab_is_refused(store, lab):
    with pytest.raises(UserError) as info:
        A.enrol_many(store, lab["id"], [])
    assert render(info.value.message) == "Choose at least one participant to enrol."
    with pytest.raises(ValidationError) as info:
        A.enrol_many(
            store, lab["id"], [_person(store, "Moussa", "Camara")], enrolled_on=date(2027, 2, 1)
        )
    assert info.value.fields == ["enrolled_on"]
    assert "the lab ended on Jan 22, 2027" in render(info.value.message)


# ---- the register --------------------------------------------------------------------------


def test_a_new_day_lists_everyone_enrolled_present_for_the_days_hours(store, lab):
    register = A.register(store, lab["id"], DAY)
    assert register["day_hours"] == 5.0  # from the schedule 9:00-14:00
    assert register["recorded"] is False
    assert [r["last_name"] for r in register["rows"]] == ["Bravo", "Diallo", "Kovalenko"]
    assert {(r["status"], r["hours"]) for r in register["rows"]} == {("present", 5.0)}


def test_a_recorded_day_is_corrected_in_place_and_hours_are_computed(store, lab):
    register = A.register(store, lab["id"], DAY)
    assert A.save_day(store, lab["id"], DAY, _entries(register, Diallo="absent"), today=TODAY) == 3
    again = A.register(store, lab["id"], DAY)
    assert again["recorded"] is True
    assert {r["last_name"]: r["status"] for r in again["rows"]} == {
        "Bravo": "present",
        "Diallo": "absent",
        "Kovalenko": "present",
    }
    # recorded again, changed: the same three records, one of them corrected
    assert A.save_day(store, lab["id"], DAY, _entries(again, Kovalenko="excused"), today=TODAY) == 2
    assert count(store, "attendance") == 3
    second = date(2026, 10, 6)
    entries = _entries(A.register(store, lab["id"], second))
    entries[0]["hours"] = 3.5  # Bravo left early
    A.save_day(store, lab["id"], second, entries, today=TODAY)
    hours = {name: p["hours_attended"] for name, p in _by_name(store, lab["id"]).items()}
    assert hours == {"Bravo": 8.5, "Diallo": 10.0, "Kovalenko": 5.0}
    assert A.recorded_days(store, lab["id"]) == [second, DAY]
    assert (
        A.register(store, lab["id"], date(2026, 10, 7))["day_hours"] == 5.0
    )  # the last day's length


def test_computed_hours_reach_the_itinerary_and_typed_hours_stay_without_a_register(store, lab):
    diallo, bravo = lab["people"][0], lab["people"][1]
    typed = {e["participant_id"]: e for e in records.list_all(store, "enrolment")}
    records.update(store, "enrolment", typed[diallo]["id"], {"hours_attended": 120.0})
    records.update(store, "enrolment", typed[bravo]["id"], {"hours_attended": 90.0})
    register = A.register(store, lab["id"], DAY)
    entries = [e for e in _entries(register) if e["enrolment_id"] == typed[diallo]["id"]]
    A.save_day(store, lab["id"], DAY, entries, today=TODAY)
    shown = itinerary.records_of(store, diallo)["enrolment"][0]
    assert (
        shown["hours_attended"],
        shown["hours_from_register"],
        shown["typed_hours_attended"],
    ) == (5.0, True, 120.0)
    kept = itinerary.records_of(store, bravo)["enrolment"][0]
    assert (kept["hours_attended"], kept["hours_from_register"]) == (90.0, False)
    printed = itinerary_docs.documents_data(store, [diallo, bravo])
    assert printed[diallo]["labs"][0]["hours_attended"] == 5.0
    assert printed[bravo]["labs"][0]["hours_attended"] == 90.0
    assert (
        records.get(store, "enrolment", typed[diallo]["id"])["hours_attended"] == 120.0
    )  # not overwritten


def test_the_register_follows_the_enrolment_dates(store, lab):
    late = _person(store, "Moussa", "Camara")
    A.enrol_many(store, lab["id"], [late], enrolled_on=date(2026, 10, 20))
    left = {e["participant_id"]: e["id"] for e in records.list_all(store, "enrolment")}[
        lab["people"][2]
    ]
    records.update(
        store, "enrolment", left, {"status": "dropped_out", "ended_on": date(2026, 10, 2)}
    )
    names = [r["last_name"] for r in A.register(store, lab["id"], DAY)["rows"]]
    assert names == ["Bravo", "Diallo"]  # Camara not yet enrolled, Kovalenko gone
    assert "Camara" in [
        r["last_name"] for r in A.register(store, lab["id"], date(2026, 10, 21))["rows"]
    ]


# ---- bad input: refused whole, with a message naming what is wrong ------------------------


def test_an_absent_participant_with_hours_refuses_the_whole_day(store, lab):
    register = A.register(store, lab["id"], DAY)
    entries = _entries(register)
    entries[1].update(status="absent", hours=2.0)  # Diallo, after a valid first row
    with pytest.raises(A.AttendanceError) as info:
        A.save_day(store, lab["id"], DAY, entries, today=TODAY)
    assert render(info.value.message).startswith("Awa Diallo (")
    assert "someone absent or excused attended 0 hours" in render(info.value.message)
    assert info.value.enrolment_id == entries[1]["enrolment_id"] and info.value.field == "hours"
    assert count(store, "attendance") == 0  # nothing half-written
    entries[1]["hours"] = 0.0
    entries[0].update(hours=0.0)  # present for no hours
    with pytest.raises(A.AttendanceError) as info:
        A.save_day(store, lab["id"], DAY, entries, today=TODAY)
    assert "someone present attended more than 0 hours" in render(info.value.message)
    entries[0].update(hours=30.0)
    with pytest.raises(A.AttendanceError) as info:
        A.save_day(store, lab["id"], DAY, entries, today=TODAY)
    assert "Hours" in render(info.value.message)
    assert count(store, "attendance") == 0


def test_a_day_outside_the_lab_or_still_to_come_is_refused(store, lab):
    entries = _entries(A.register(store, lab["id"], DAY))
    with pytest.raises(A.AttendanceError) as info:
        A.save_day(store, lab["id"], date(2026, 9, 1), entries, today=TODAY)
    assert (
        render(info.value.message)
        == "Date: the lab runs from Sep 14, 2026 to Jan 22, 2027; choose a day within it."
    )
    assert info.value.field == "day"
    with pytest.raises(A.AttendanceError) as info:
        A.save_day(store, lab["id"], date(2026, 11, 20), entries, today=TODAY)
    assert "a day still to come" in render(info.value.message)
    with pytest.raises(A.AttendanceError) as info:
        A.save_day(store, lab["id"], DAY, [], today=TODAY)
    assert "nothing to record" in render(info.value.message)
    assert count(store, "attendance") == 0


def test_an_enrolment_of_another_lab_is_refused(store, lab):
    other = reference.save_lab(
        store,
        None,
        {
            "name": "Catering",
            "niche": "catering",
            "site": "CIFE",
            "start_date": START,
            "end_date": END,
            "planned_hours": 300,
        },
    )
    stranger = A.enrol_many(store, other["id"], [lab["people"][0]], enrolled_on=START)["enrolled"][
        0
    ]
    entries = _entries(A.register(store, lab["id"], DAY))
    entries.append({"enrolment_id": stranger, "status": "present", "hours": 5.0})
    with pytest.raises(A.AttendanceError) as info:
        A.save_day(store, lab["id"], DAY, entries, today=TODAY)
    assert "no longer enrolled in this lab" in render(info.value.message)
    assert count(store, "attendance") == 0


# ---- attendance by participant and the warning ---------------------------------------------


def test_summary_counts_days_and_shares_and_warns_below_the_threshold(store, lab):
    days = [date(2026, 10, d) for d in (5, 6, 7, 8)]
    plan = {
        "Diallo": ["present", "absent", "excused", "present"],
        "Bravo": ["present", "present", "present", "present"],
        "Kovalenko": ["present", "present", "present", "absent"],
    }
    for i, day in enumerate(days):
        register = A.register(store, lab["id"], day)
        A.save_day(
            store,
            lab["id"],
            day,
            _entries(register, **{k: v[i] for k, v in plan.items()}),
            today=TODAY,
        )
    by_enrolment = A.summary(store, lab["id"])
    names = {
        p["enrolment_id"]: p["last_name"]
        for p in reference.lab_detail(store, lab["id"])["participants"]
    }
    rows = {names[e]: r for e, r in by_enrolment.items()}
    assert (rows["Diallo"]["present"], rows["Diallo"]["absent"], rows["Diallo"]["excused"]) == (
        2,
        1,
        1,
    )
    assert (rows["Diallo"]["hours"], rows["Diallo"]["held"], rows["Diallo"]["share"]) == (
        10.0,
        20.0,
        0.5,
    )
    assert rows["Kovalenko"]["share"] == 0.75 and rows["Bravo"]["share"] == 1.0
    warned = sorted(n for n, r in rows.items() if A.below(r["share"], A.DEFAULT_THRESHOLD))
    assert warned == ["Diallo"]  # 75% is not below 75%
    assert sorted(n for n, r in rows.items() if A.below(r["share"], 0.8)) == ["Diallo", "Kovalenko"]


def test_without_a_register_the_share_is_of_the_labs_planned_hours_once_it_ended(store, lab):
    enrolment = records.list_all(store, "enrolment")[0]
    records.update(store, "enrolment", enrolment["id"], {"hours_attended": 190.0})
    row = A.summary(store, lab["id"], today=date(2027, 2, 1))[enrolment["id"]]
    assert (row["from_register"], row["hours"], row["share"]) == (False, 190.0, 0.5)
    unknown = [
        r
        for e, r in A.summary(store, lab["id"], today=date(2027, 2, 1)).items()
        if e != enrolment["id"]
    ]
    assert all(r["share"] is None and not A.below(r["share"], 0.75) for r in unknown)
    # while the lab runs, how many hours it has held is not known without a register
    running = A.summary(store, lab["id"], today=TODAY)[enrolment["id"]]
    assert (running["hours"], running["share"]) == (190.0, None)


def test_deleting_an_enrolment_takes_its_register_with_it(store, lab):
    A.save_day(store, lab["id"], DAY, _entries(A.register(store, lab["id"], DAY)), today=TODAY)
    enrolment = records.list_all(store, "enrolment")[0]
    assert reference.dependents(store, "enrolment", enrolment["id"]) == {"attendance": 1}
    records.delete(store, "enrolment", enrolment["id"])
    assert count(store, "attendance") == 2


def test_the_id_of_a_day_is_the_same_everywhere():
    assert A.attendance_id("e1", DAY) == A.attendance_id("e1", date(2026, 10, 5))
    assert (
        len(
            {
                A.attendance_id("e1", DAY),
                A.attendance_id("e2", DAY),
                A.attendance_id("e1", date(2026, 10, 6)),
            }
        )
        == 3
    )
    assert len(A.attendance_id("e1", DAY)) == 36


def test_schedule_hours():
    assert A.schedule_hours("L-V 9:00-14:00") == 5.0
    assert A.schedule_hours("L-V 15:30-20:00") == 4.5
    assert A.schedule_hours("mornings") is None
