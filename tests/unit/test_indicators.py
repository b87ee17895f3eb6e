"""The programme's indicators on a crafted data set whose answers are worked out by hand below.

Labs (all built through the services):
  L1 CIFE,      3 Mar 2025 - 31 May 2025 (+3 months: 31 Aug 2025, +6: 30 Nov 2025), partner C1
  L2 Los Arcos, 1 Sep 2025 - 30 Nov 2025 (+3 months: 28 Feb 2026, +6: 30 May 2026)
  L3 CIFE,      2 Feb 2026 - 30 Jun 2026, partner C6

People:
  Ana    woman local,   L1 completed, job (C3) 31 Aug 2025: exactly 3 months after the end;
         unemployed since 3 Mar 2024: exactly 12 months; end survey: improved yes
  Bea    woman migrant, L1 completed, job (an employer not in the list) 1 Sep 2025: one day past
         3 months, within 6; unemployed since 4 Mar 2024: one day short; follow-up: improved no
  Carlos man refugee,   L1 dropped out, hired during the lab (C2, 15 Apr 2025), placement at C2
  David  man local,     L1 completed, his job (C4) began before the lab; unemployed since 2020
  Eva    woman asylum seeker, L2 completed, job (C3) 28 Feb 2026: exactly 3 months after 30 Nov;
         unemployed since 1 Sep 2024 (exactly 12 months); follow-up: improved yes
  Frank  man migrant, registered twice and merged: each record enrolled in L2 (completed), the
         duplicate's job (C5) 15 Dec 2025; a follow-up (improved yes) arrives for the duplicate
         after the merge; a further-training outcome is no job
  Gina   non-binary local, L3 enrolled, no job
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.domain import indicators as D
from desktop.services import duplicates, participants, records, reference, surveys
from desktop.services import indicators as S


def person(
    first: str, gender: str, status: str, unemployed_since: str | None = None, **extra
) -> dict:
    return {
        "first_name": first,
        "last_name": "Prueba",
        "birth_date": "1990-01-01",
        "gender": gender,
        "migrant_status": status,
        "unemployed_since": unemployed_since,
        **extra,
    }


def answers(form: str, improved: str) -> dict:
    """Every required question answered (its first choice, or a plausible value), and the one
    the indicator reads."""
    out = {}
    for q in surveys.load_form(form).questions:
        if not q.required:
            continue
        if q.choices:
            out[q.name] = q.choices[0].name
        elif q.kind in ("integer", "decimal"):
            out[q.name] = int(q.min or 1)
        elif q.kind == "date":
            out[q.name] = "2025-10-01"
        else:
            out[q.name] = "-"
    out["improved_opportunities"] = improved
    return out


def enrol(store, who, lab, status):
    return records.create(
        store,
        "enrolment",
        {
            "participant_id": who["id"],
            "lab_id": lab["id"],
            "status": status,
            "enrolled_on": lab["start_date"],
        },
    )


def job(store, who, start, company=None, name=None, contract="temporary"):
    return records.create(
        store,
        "employment_outcome",
        {
            "participant_id": who["id"],
            "company_id": company["id"] if company else None,
            "employer_name": name,
            "occupation": "Ayudante",
            "contract_type": contract,
            "start_date": start,
        },
    )


def survey(store, who, form, improved, day):
    surveys.save(store, who["id"], form, answers(form, improved), answered_on=day, language="es")


@pytest.fixture
def world(store):
    c = {
        n: records.create(store, "company", {"name": f"Empresa {n}"})
        for n in ("C1", "C2", "C3", "C4", "C5", "C6")
    }
    lab = lambda name, site, start, end, partners: reference.save_lab(  # noqa: E731
        store,
        None,
        {
            "name": name,
            "niche": "gardening",
            "site": site,
            "start_date": start,
            "end_date": end,
            "planned_hours": 100,
        },
        [p["id"] for p in partners],
    )
    l1 = lab("Gardening 2025", "CIFE", date(2025, 3, 3), date(2025, 5, 31), [c["C1"]])
    l2 = lab("Catering 2025", "LOS_ARCOS", date(2025, 9, 1), date(2025, 11, 30), [])
    l3 = lab("Care 2026", "CIFE", date(2026, 2, 2), date(2026, 6, 30), [c["C6"]])

    ana = participants.register(store, person("Ana", "female", "local", "2024-03-03"))
    enrol(store, ana, l1, "completed")
    job(store, ana, date(2025, 8, 31), c["C3"])
    survey(store, ana, "end", "yes", date(2025, 5, 31))

    bea = participants.register(store, person("Bea", "female", "migrant", "2024-03-04"))
    enrol(store, bea, l1, "completed")
    job(store, bea, date(2025, 9, 1), name="Bar Sol")
    survey(store, bea, "followup", "no", date(2025, 11, 1))

    carlos = participants.register(store, person("Carlos", "male", "refugee"))
    enrol(store, carlos, l1, "dropped_out")
    job(store, carlos, date(2025, 4, 15), c["C2"])
    records.create(
        store,
        "placement",
        {
            "participant_id": carlos["id"],
            "company_id": c["C2"]["id"],
            "start_date": date(2025, 4, 1),
            "status": "completed",
        },
    )

    david = participants.register(store, person("David", "male", "local", "2020-01-01"))
    enrol(store, david, l1, "completed")
    job(store, david, date(2025, 1, 10), c["C4"], contract="permanent")
    survey(store, david, "end", "no", date(2025, 5, 31))

    eva = participants.register(store, person("Eva", "female", "asylum_seeker", "2024-09-01"))
    enrol(store, eva, l2, "completed")
    job(store, eva, date(2026, 2, 28), c["C3"], contract="self_employed")
    survey(store, eva, "followup", "yes", date(2026, 5, 1))

    frank = participants.register(store, person("Frank", "male", "migrant"))
    frank2 = participants.register(store, person("Frank", "male", "migrant"))
    enrol(store, frank, l2, "completed")
    enrol(store, frank2, l2, "completed")
    job(store, frank2, date(2025, 12, 15), c["C5"])
    job(store, frank, date(2025, 10, 1), c["C4"], contract="further_training")
    duplicates.merge_participants(store, frank["id"], frank2["id"])
    survey(
        store, frank2, "followup", "yes", date(2026, 5, 1)
    )  # arrived late, for the merged-away record

    gina = participants.register(store, person("Gina", "non_binary", "local"))
    enrol(store, gina, l3, "enrolled")
    return {"labs": (l1, l2, l3), "companies": c}


def figures(store, start=None, end=None, **filters) -> dict:
    return S.compute(store, S.Filters(D.Period(start, end), **filters)).as_json()


def row(*values) -> dict:
    return dict(zip(D.GROUP_NAMES, values, strict=True))


# total, women, men, locals, migrants, long-term unemployed (worked out in the module docstring)
ALL_TIME = {
    "participants": row(7, 3, 3, 3, 4, 3),
    "completed": row(5, 3, 2, 2, 3, 3),
    "employed": row(5, 3, 2, 1, 4, 2),
    "employed_within_3_months": row(3, 2, 1, 1, 2, 2),
    "employed_within_6_months": row(4, 3, 1, 1, 3, 2),
    "improved_opportunities": row(3, 2, 1, 1, 2, 2),
}


def test_every_indicator_and_group_of_all_time(world, store):
    got = figures(store)
    assert got == {
        "period": {"from": None, "to": None},
        "indicators": ALL_TIME,
        "counts": {"labs": 3, "companies": 5},
    }
    assert json.loads(json.dumps(got)) == got  # the shape scripts read


def test_a_year_leaves_out_the_lab_starting_after_it(world, store):
    got = figures(store, date(2025, 1, 1), date(2025, 12, 31))
    assert got["period"] == {"from": "2025-01-01", "to": "2025-12-31"}
    expected = dict(ALL_TIME, participants=row(6, 3, 3, 2, 4, 3))  # Gina's lab starts in 2026
    assert got["indicators"] == expected
    assert got["counts"] == {"labs": 2, "companies": 4}  # C6 was the 2026 lab's partner


def test_a_period_of_one_day_includes_the_lab_starting_that_day(world, store):
    got = figures(store, date(2025, 9, 1), date(2025, 9, 1))
    one_each = row(2, 1, 1, 0, 2, 1)  # Eva and Frank (once); Eva exactly 12 months unemployed
    assert got["indicators"] == {name: one_each for name in D.INDICATOR_NAMES}
    assert got["counts"] == {"labs": 1, "companies": 2}  # C3 (Eva) and C5 (Frank's duplicate)


def test_a_period_from_a_date_on(world, store):
    got = figures(store, date(2026, 1, 1))
    assert got["period"] == {"from": "2026-01-01", "to": None}
    assert got["indicators"]["participants"] == row(1, 0, 0, 1, 0, 0)
    assert all(
        got["indicators"][name]["total"] == 0
        for name in D.INDICATOR_NAMES
        if name != "participants"
    )
    assert got["counts"] == {"labs": 1, "companies": 1}


def test_the_site_and_lab_filters(world, store):
    l1, l2, _l3 = world["labs"]
    assert figures(store, site="LOS_ARCOS") == figures(
        store, date(2025, 9, 1), date(2025, 9, 1)
    ) | {"period": {"from": None, "to": None}}
    got = figures(store, lab_ids=(l1["id"],))
    assert got["indicators"]["participants"] == row(4, 2, 2, 2, 2, 2)
    assert got["indicators"]["employed_within_3_months"] == row(1, 1, 0, 1, 0, 1)  # Ana on the day
    assert got["counts"] == {
        "labs": 1,
        "companies": 3,
    }  # C1 partner, C2 placement and job, C3 Ana's job
    assert S.labs_named(store, "gardening 2025") == (l1["id"],)
    assert (
        figures(store, date(2024, 1, 1), date(2024, 12, 31))["indicators"]["participants"]["total"]
        == 0
    )


def test_an_undone_merge_counts_both_records_again(world, store):
    merge = duplicates.merges(store)[0]
    duplicates.undo_merge(store, merge["id"])
    got = figures(store)["indicators"]
    assert got["participants"]["total"] == 8
    assert got["employed_within_3_months"]["men"] == 1  # the duplicate again holds the job
    assert got["improved_opportunities"]["men"] == 1  # and the late survey
    # companies are counted the same way on a store without merges
    assert figures(store)["counts"] == {"labs": 3, "companies": 5}
    assert figures(store, lab_ids=(world["labs"][0]["id"],))["counts"] == {
        "labs": 1,
        "companies": 3,
    }
    assert figures(store, date(2025, 9, 1), date(2025, 9, 1))["counts"] == {
        "labs": 1,
        "companies": 2,
    }
    assert figures(store, date(2026, 1, 1))["counts"] == {"labs": 1, "companies": 1}


def test_rates_beside_counts(world, store):
    result = S.compute(store)
    assert result.rate("employed_within_3_months", "migrants") == pytest.approx(2 / 4)
    assert result.rate("participants", "women") == pytest.approx(3 / 7)
    assert result.rate("participants", "total") == 1
    assert (
        S.compute(store, S.Filters(D.Period(date(2026, 1, 1)))).rate("completed", "women") is None
    )


def test_an_empty_store_counts_nothing(store):
    got = figures(store)
    assert got["indicators"] == {i: dict.fromkeys(D.GROUP_NAMES, 0) for i in D.INDICATOR_NAMES}
    assert got["counts"] == {"labs": 0, "companies": 0}


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 5, 31), 3, date(2025, 8, 31)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2023, 11, 30), 3, date(2024, 2, 29)),
        (date(2025, 8, 31), 6, date(2026, 2, 28)),
        (date(2024, 2, 29), -12, date(2023, 2, 28)),
        (date(2025, 3, 3), -12, date(2024, 3, 3)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),
    ],
)
def test_calendar_months(day, months, expected):
    assert D.add_months(day, months) == expected


def test_a_period_ending_before_it_starts_is_refused():
    with pytest.raises(D.PeriodError):
        D.Period(date(2025, 2, 1), date(2025, 1, 31))


def test_file_names_carry_dates_only():
    assert S.file_name(S.Filters(), "xlsx") == "indicators-all-time.xlsx"
    assert (
        S.file_name(S.Filters(D.Period(date(2025, 1, 1), date(2025, 12, 31))), "pdf")
        == "indicators-2025-01-01-2025-12-31.pdf"
    )
