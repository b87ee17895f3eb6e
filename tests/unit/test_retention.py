"""Retention: on the coordinator's store, the people whose last activity (the latest day their
records hold or were written) is older than the period are listed for review, the longest
inactive first; one kept with a reason is not listed again before a year; an erased one is gone;
a laptop is refused; the command line lists, keeps and sets the period."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from desktop.cli import main
from desktop.services import erasure, participants, records, retention
from desktop.services import exchange as X

LATER = date(2040, 6, 1)  # a day when what is written today is 14 years old


def _person(store, last: str) -> dict:
    return participants.register(
        store,
        {
            "first_name": "Awa",
            "last_name": last,
            "birth_date": date(1990, 1, 1),
            "gender": "female",
            "migrant_status": "migrant",
        },
    )


@pytest.fixture
def coordinator(store):
    X.init_coordinator(store, "a long passphrase")
    old = _person(store, "Antigua")
    busy = _person(store, "Activa")
    records.create(
        store,
        "coaching_session",
        {
            "participant_id": busy["id"],
            "starts_at": datetime(2037, 3, 2, 10, 0),
            "duration_minutes": 30,
            "kind": "individual",
        },
    )
    return {"old": old, "busy": busy}


def test_the_longest_inactive_are_listed_and_the_active_are_not(coordinator, store):
    found = retention.due(store, today=LATER)
    codes = [d.code for d in found]
    assert coordinator["old"]["code"] in codes and coordinator["busy"]["code"] not in codes
    first = found[0]
    assert first.last_activity == date.today() and first.name.startswith("Awa ")
    # a session in 2037 is activity: with a period of 5 years from 2040-06-01 she is active
    assert retention.due(store, years=2, today=LATER) and coordinator["busy"]["code"] not in [
        d.code for d in retention.due(store, years=4, today=LATER)
    ]
    assert coordinator["busy"]["code"] in [
        d.code for d in retention.due(store, years=3, today=date(2041, 6, 1))
    ]
    # nobody is due today
    assert retention.due(store) == []


def test_kept_with_a_reason_then_listed_again_a_year_later(coordinator, store, monkeypatch):
    code = coordinator["old"]["code"]
    with pytest.raises(retention.RetentionError):
        retention.keep(store, code, "  ")
    retention.keep(store, code, "Open claim with the employment office")
    assert code not in [d.code for d in retention.due(store, today=LATER)]
    monkeypatch.setattr(retention, "KEPT_FOR", retention.KEPT_FOR * 0)  # a year has passed
    [again] = [d for d in retention.due(store, today=LATER) if d.code == code]
    assert (
        again.kept_reason == "Open claim with the employment office"
        and again.kept_on == date.today()
    )


def test_erased_people_leave_the_review_and_their_decision_goes(coordinator, store):
    retention.keep(store, coordinator["old"]["code"], "Reason")
    erasure.erase(store, coordinator["old"]["id"])
    assert coordinator["old"]["code"] not in [d.code for d in retention.due(store, today=LATER)]
    with store.read() as s:
        from desktop.storage import erasure as E

        assert E.kept(s) == {}


def test_the_period_is_chosen_within_bounds(coordinator, store):
    assert retention.period(store) == 5
    retention.set_period(store, 10)
    assert retention.period(store) == 10
    with pytest.raises(retention.RetentionError) as wrong:
        retention.set_period(store, 0)
    assert "1" in str(wrong.value) and "30" in str(wrong.value)


def test_a_laptop_is_refused(store):
    with pytest.raises(erasure.ErasureRefused):
        retention.due(store)


def _run(capsys, *args, lang="en"):
    code = main(["--lang", lang, *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_the_command_line(qapp, capsys, monkeypatch, coordinator, store):
    store.close()
    code, out, _ = _run(capsys, "retention", "list")
    assert code == 0 and out.strip() == "Nobody has been inactive for more than 5 years."
    code, out, _ = _run(capsys, "retention", "period", "1")
    assert code == 0 and out.strip() == "The retention period is 1 year."
    monkeypatch.setattr(
        retention, "date", type("D", (date,), {"today": staticmethod(lambda: LATER)})
    )
    code, out, _ = _run(capsys, "retention", "list", "--format", "json")
    listed = json.loads(out)
    assert code == 0 and coordinator["old"]["code"] in [d["code"] for d in listed]
    code, out, _ = _run(
        capsys, "retention", "keep", coordinator["old"]["code"], "--reason", "Claim open"
    )
    assert code == 0 and "listed again in a year" in out
    code, out, err = _run(capsys, "retention", "period", "99")
    assert code == 1 and "from 1 to 30 years" in err
