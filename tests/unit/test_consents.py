"""Consents that gate: one record per grant (a new scope or a withdrawal is a change kept in the
history), and each action that needs a consent refused without it, naming it, and allowed with
it: registration, a life story published beyond its scope, an itinerary printed for a partner
company, follow-up calls (the Follow-ups due list, the agenda, `milma followups`). A withdrawal
reaches the coordinator with the next bundle."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from desktop.domain.indicators import add_months
from desktop.domain.messages import ValidationError
from desktop.i18n import render
from desktop.services import agenda, consents, followups, participants, records, reference
from desktop.services import exchange as X
from desktop.services import itinerary_docs as docs
from tests.days import RUN_DAY
from tests.unit.test_bundle_support import made_by_coordinator, pair
from tests.unit.test_cli import milma

TODAY = RUN_DAY
pytestmark = pytest.mark.usefixtures("run_day")
PERSON = {
    "first_name": "Awa",
    "last_name": "Diallo",
    "birth_date": date(1990, 1, 2),
    "gender": "female",
    "migrant_status": "refugee",
    "preferred_language": "fr",
    "phone": "612345678",
}


@pytest.fixture(autouse=True)
def _english(qapp):
    """Messages read in English, whatever a test before set."""
    from desktop import i18n

    before = i18n.current_language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


def _register(store, **extra) -> dict:
    return consents.register(store, {**PERSON, **extra}, TODAY - timedelta(days=30))


def _pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


# ---- recording and the history ------------------------------------------------------------


def test_a_new_scope_is_a_new_grant_and_a_withdrawal_keeps_the_grant(store):
    pid = _register(store)["id"]
    named = consents.grant(store, pid, "life_story", TODAY - timedelta(days=20), "named")
    assert consents.story_scope(consents.history(store, pid)) == "named"
    anonymised = consents.grant(store, pid, "life_story", TODAY - timedelta(days=10), "anonymised")
    history = consents.history(store, pid)
    # the named grant was replaced the day the narrower one was given: both are kept
    assert [
        (c["kind"], c["scope"], c["withdrawn_on"]) for c in history if c["kind"] == "life_story"
    ] == [("life_story", "anonymised", None), ("life_story", "named", TODAY - timedelta(days=10))]
    assert consents.story_scope(history) == "anonymised"
    assert consents.story_scope(history, TODAY - timedelta(days=15)) == "named"  # as it was then
    consents.withdraw(store, anonymised["id"], TODAY)
    history = consents.history(store, pid)
    assert len(history) == 3 and consents.story_scope(history) is None
    assert records.get(store, "consent", named["id"])["given_on"] == TODAY - timedelta(days=20)


def test_what_cannot_be_recorded_is_refused_naming_the_field(store):
    pid = _register(store)["id"]
    with pytest.raises(ValidationError) as err:
        consents.grant(store, pid, "life_story", TODAY)
    assert err.value.fields == ["scope"] and "private, anonymised or named" in render(
        err.value.message
    )
    with pytest.raises(ValidationError) as err:
        consents.grant(store, pid, "photos", TODAY + timedelta(days=1))
    assert render(err.value.message) == "Date: the date cannot be after today."
    with pytest.raises(ValidationError) as err:
        consents.grant(store, pid, "data_processing", TODAY)
    assert "in force already" in render(err.value.message)
    photos = consents.grant(store, pid, "photos", TODAY - timedelta(days=3))
    with pytest.raises(ValidationError) as err:
        consents.withdraw(store, photos["id"], TODAY - timedelta(days=5))
    assert "cannot be before the consent was given" in render(err.value.message)
    consents.withdraw(store, photos["id"], TODAY)
    with pytest.raises(ValidationError) as err:
        consents.withdraw(store, photos["id"], TODAY)
    assert "withdrawn already" in render(err.value.message)


# ---- registration -------------------------------------------------------------------------


def test_registration_needs_the_data_processing_consent(store):
    with pytest.raises(ValidationError) as err:
        consents.register(store, {**PERSON, "last_name": ""}, None)
    # the other problems are said at the same time; nothing is written
    assert err.value.fields == ["last_name", "data_processing_on"]
    assert "information notice" in render(err.value.for_field("data_processing_on"))
    assert participants.count(store) == 0 and records.list_all(store, "consent") == []
    person = _register(store)
    [consent] = consents.history(store, person["id"])
    assert (consent["kind"], consent["given_on"], consent["granted"]) == (
        "data_processing",
        TODAY - timedelta(days=30),
        True,
    )


def test_the_information_notice_is_printed_in_the_persons_language(store):
    texts = {
        lang: _pdf_text(consents.notice_pdf(store, lang, "Awa Diallo"))
        for lang in ("es", "en", "fr")
    }
    assert "Information on the processing of your personal data" in texts["en"]
    assert "Información sobre el tratamiento de sus datos personales" in texts["es"]
    assert "Information sur le traitement de vos données personnelles" in texts["fr"]
    for text in texts.values():
        assert "Awa Diallo" in text and "AEPD" in text
    assert "Droits" in texts["fr"] or "droits" in texts["fr"]
    assert consents.notice_file_name("fr") == "information-notice-fr.pdf"


# ---- the gates ----------------------------------------------------------------------------


def test_a_life_story_is_published_no_further_than_its_scope(store):
    pid = _register(store)["id"]
    consents.check_story_scope(store, pid, "private")  # keeping it private needs no consent
    with pytest.raises(ValidationError) as err:
        consents.check_story_scope(store, pid, "anonymised")
    assert err.value.fields == ["consent_scope"]
    assert render(err.value.message).startswith(
        "Awa Diallo ("
    ) and "no consent to the life story" in render(err.value.message)
    consents.grant(store, pid, "life_story", TODAY, "anonymised")
    consents.check_story_scope(store, pid, "anonymised")
    with pytest.raises(ValidationError) as err:
        consents.check_story_scope(store, pid, "named")
    assert "consented to the life story as “Publishable anonymised” only" in render(
        err.value.message
    )


def test_an_itinerary_for_a_partner_company_needs_the_sharing_consent(store):
    pid = _register(store)["id"]
    company = records.create(store, "company", {"name": "Hostelería Sur"})["id"]
    own, _lang = docs.participant_pdf(store, pid, "en")  # the participant's own copy needs nothing
    assert "Prepared for" not in _pdf_text(own)
    with pytest.raises(consents.ConsentMissing) as err:
        docs.participant_pdf(store, pid, "en", for_company=company)
    assert "has not given the consent “Sharing the CV with partner companies”" in render(
        err.value.message
    )
    given = consents.grant(store, pid, "share_with_companies", TODAY - timedelta(days=2))
    shared, _lang = docs.participant_pdf(store, pid, "en", for_company=company)
    assert "Prepared for" in _pdf_text(shared) and "Hostelería Sur" in _pdf_text(shared)
    consents.withdraw(store, given["id"], TODAY)
    with pytest.raises(consents.ConsentMissing) as err:
        docs.participant_pdf(store, pid, "en", for_company=company)
    assert "withdrew the consent “Sharing the CV with partner companies” on" in render(
        err.value.message
    )


def _ended_lab(store, end: date) -> str:
    return reference.save_lab(
        store,
        None,
        {
            "name": "Gardening",
            "niche": "gardening",
            "site": "CIFE",
            "start_date": end - timedelta(days=120),
            "end_date": end,
            "planned_hours": 300,
        },
    )["id"]


def _enrol(store, pid, lab):
    records.create(
        store,
        "enrolment",
        {
            "participant_id": pid,
            "lab_id": lab,
            "status": "completed",
            "enrolled_on": records.get(store, "lab", lab)["start_date"],
        },
    )


def test_follow_up_calls_only_for_who_agreed_to_be_contacted(store, data_dir):
    lab_end = add_months(TODAY, -6) + timedelta(days=3)  # the 6-month follow-up is due in 3 days
    lab = _ended_lab(store, lab_end)
    pid = _register(store)["id"]
    _enrol(store, pid, lab)
    [item] = [f for f in followups.due(store) if f.form == "followup"]
    assert not item.may_contact and item.phone is None  # listed (still missing), not to be called
    due_day = item.due
    calls = [
        a
        for a in agenda.week(store, due_day - timedelta(days=due_day.weekday()))
        if a.kind == "follow_up_call"
    ]
    assert calls == []

    given = consents.grant(store, pid, "follow_up", TODAY - timedelta(days=1))
    [item] = [f for f in followups.due(store) if f.form == "followup"]
    assert item.may_contact and item.phone == "+34612345678"
    calls = [
        a
        for a in agenda.week(store, due_day - timedelta(days=due_day.weekday()))
        if a.kind == "follow_up_call"
    ]
    assert [a.participant_id for a in calls] == [pid]

    consents.withdraw(store, given["id"], TODAY)
    assert not [f for f in followups.due(store) if f.form == "followup"][0].may_contact
    store.close()
    table = milma("followups", data_dir=data_dir)
    assert "Not to be contacted (no consent to follow-up contact)" in table.stdout
    assert "612 34 56 78" not in table.stdout
    assert (
        json.loads(milma("followups", "--format", "json", data_dir=data_dir).stdout)[0][
            "may_contact"
        ]
        is False
    )


def test_a_person_registered_before_consents_were_recorded_has_none(store):
    # a migrated store: people registered without the consent step
    pid = participants.register(store, PERSON)["id"]
    assert consents.history(store, pid) == []
    with pytest.raises(consents.ConsentMissing) as err:
        consents.require(store, pid, "data_processing")
    assert "has not given the consent “Processing of personal data”" in render(err.value.message)


# ---- withdrawal after an exchange ---------------------------------------------------------


def test_a_withdrawal_takes_effect_at_the_coordinator_after_the_next_bundle(
    tmp_path, tmp_path_factory
):
    laptop, coordinator = pair(tmp_path, tmp_path_factory, participants=0)
    usb = tmp_path / "usb"
    usb.mkdir()
    try:
        lab = _ended_lab(laptop, add_months(TODAY, -6) + timedelta(days=3))
        made_by_coordinator(laptop, coordinator)  # labs are the coordinator's
        pid = _register(laptop)["id"]
        _enrol(laptop, pid, lab)
        share = consents.grant(laptop, pid, "share_with_companies", TODAY - timedelta(days=5))
        follow = consents.grant(laptop, pid, "follow_up", TODAY - timedelta(days=5))
        X.apply_import(coordinator, X.export(laptop, usb).path)
        consents.require(coordinator, pid, "share_with_companies")
        assert [f.may_contact for f in followups.due(coordinator) if f.form == "followup"] == [True]

        consents.withdraw(laptop, share["id"], TODAY)
        consents.withdraw(laptop, follow["id"], TODAY)
        # before the exchange the coordinator does not know yet
        assert [f.may_contact for f in followups.due(coordinator) if f.form == "followup"] == [True]
        X.apply_import(coordinator, X.export(laptop, usb).path)
        with pytest.raises(consents.ConsentMissing) as err:
            consents.require(coordinator, pid, "share_with_companies")
        assert "withdrew" in render(err.value.message)
        assert [f.may_contact for f in followups.due(coordinator) if f.form == "followup"] == [
            False
        ]
        # the history travelled whole: the grants, each with its withdrawal date
        assert sorted(
            (c["kind"], c["withdrawn_on"]) for c in consents.history(coordinator, pid)
        ) == [("data_processing", None), ("follow_up", TODAY), ("share_with_companies", TODAY)]
    finally:
        laptop.close()
        coordinator.close()
