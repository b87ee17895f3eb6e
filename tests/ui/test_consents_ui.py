"""The Consents section of a participant's page (record, withdraw, the history shown with babel
dates), the registration form's consent with the printed information notice, the Follow-ups due
screen's people not to be contacted, and an itinerary printed for a partner company, driven
through the real widgets."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.indicators import add_months
from desktop.i18n import catalogue, format_date
from desktop.reports import itinerary_texts as T
from desktop.services import consents, participants, records, reference
from desktop.ui import errors
from desktop.ui.followups.page import FollowUpsPage
from desktop.ui.itinerary.preview import ItineraryPreview
from tests.days import RUN_DAY
from tests.ui.test_participants import page, save_button, type_into  # noqa: F401 - page is a fixture
from tests.ui.test_participants_page import no_blocking_questions, person, view  # noqa: F401 - fixtures

TODAY = RUN_DAY
pytestmark = pytest.mark.usefixtures("run_day")


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


@pytest.fixture
def shown_errors(monkeypatch):
    shown = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc: shown.append(exc))
    return shown


def _cells(section) -> list[list[str]]:
    model = section.model
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_record_and_withdraw_consents_from_the_profile_tab(qtbot, store, person, view):  # noqa: F811
    view.show_tab(view.profile)
    section = view.profile.consents
    assert not section.edit_button.isVisible() and not section.delete_button.isVisible()
    assert section.add_button.text() == "&Record a consent…"

    dialog = section.add()
    form = dialog.form
    form.widget("kind").setCurrentIndex(form.widget("kind").findData("photos"))
    assert not form.widget("scope").isEnabled()  # the scope is the life story's only
    form.widget("kind").setCurrentIndex(form.widget("kind").findData("life_story"))
    assert form.widget("scope").isEnabled()
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.saved is None and "private, anonymised or named" in form.error_text("scope")
    form.widget("scope").setCurrentIndex(form.widget("scope").findData("named"))
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.saved is not None
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert _cells(section) == [
        [
            "Recording of the life story",
            "Publishable with name",
            format_date(TODAY, fmt="medium"),
            "In force",
        ]
    ]

    section.view.selectRow(0)
    assert section.withdraw_button.isEnabled()
    withdraw = section.withdraw()
    assert withdraw.windowTitle() == "Withdraw: Recording of the life story"
    withdraw.form.widget("withdrawn_on").set_value(TODAY + timedelta(days=2))
    click(qtbot, withdraw.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert withdraw.saved is None and "cannot be after today" in withdraw.form.error_text(
        "withdrawn_on"
    )
    withdraw.form.widget("withdrawn_on").set_value(TODAY)
    click(qtbot, withdraw.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert withdraw.saved is not None
    qtbot.waitUntil(lambda: _cells(section)[0][3] != "In force")
    assert _cells(section)[0][3] == f"Withdrawn on {format_date(TODAY, fmt='medium')}"
    section.view.selectRow(0)
    assert not section.withdraw_button.isEnabled()  # withdrawn once; the grant stays in the history
    [kept] = consents.history(store, person["id"])
    assert kept["withdrawn_on"] == TODAY and kept["scope"] == "named"
    # the life story tab now says nothing is publishable
    view.show_tab(view.life_story)
    assert "Nothing is publishable without consent" in view.life_story.consent_label.text()


def test_registration_records_the_consent_with_the_notice_in_the_persons_language(
    qtbot,
    page,  # noqa: F811
    store,
    tmp_path,
):
    dialog = page.new_participant(restore_draft=False)
    qtbot.waitExposed(dialog)
    e = dialog.editors
    type_into(qtbot, e["first_name"], "Fatou")
    type_into(qtbot, e["last_name"], "Diallo")
    type_into(qtbot, e["birth_date"], "12/05/1990")
    type_into(qtbot, e["gender"], "W")
    type_into(qtbot, e["migrant_status"], "Ref")
    e["preferred_language"].set_value("fr")
    e["preferred_language"].edited.emit()
    assert "French" in dialog.consent.print_button.text()
    click(qtbot, save_button(dialog))
    assert dialog.saved is None and participants.count(store) == 0
    assert dialog.consent.error.isVisible() and "information notice" in dialog.consent.error.text()

    written = dialog.consent.save_notice(str(tmp_path / "notice"), open_it=False)
    assert written.name == "notice.pdf"
    text = pdf_text(written.read_bytes())
    assert (
        "Information sur le traitement de vos données personnelles" in text
        and "Fatou Diallo" in text
    )

    type_into(qtbot, dialog.consent.date, (TODAY - timedelta(days=1)).strftime("%d/%m/%Y"))
    click(qtbot, save_button(dialog))
    assert dialog.saved is not None
    [consent] = consents.history(store, dialog.saved["id"])
    assert (consent["kind"], consent["given_on"]) == ("data_processing", TODAY - timedelta(days=1))


def test_the_follow_ups_screen_says_who_is_not_to_be_contacted(qtbot, store):
    end = add_months(TODAY, -6) + timedelta(days=3)
    lab = reference.save_lab(
        store,
        None,
        {
            "name": "Gardening",
            "niche": "gardening",
            "site": "CIFE",
            "start_date": end - timedelta(days=100),
            "end_date": end,
            "planned_hours": 300,
        },
    )["id"]
    people = []
    for last, contact in (("Diallo", False), ("Sow", True)):
        pid = consents.register(
            store,
            {
                "first_name": "Awa",
                "last_name": last,
                "birth_date": date(1990, 1, 2),
                "gender": "female",
                "migrant_status": "migrant",
                "phone": "612345678",
            },
            TODAY - timedelta(days=200),
        )["id"]
        records.create(
            store,
            "enrolment",
            {
                "participant_id": pid,
                "lab_id": lab,
                "status": "completed",
                "enrolled_on": end - timedelta(days=100),
            },
        )
        if contact:
            consents.grant(store, pid, "follow_up", TODAY - timedelta(days=200))
        people.append(pid)
    screen = FollowUpsPage(store)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    screen.reload()
    model = screen.model
    phone_column = [c.key for c in model.columns].index("phone")
    phones = {
        model.item(r).last_name: model.data(model.index(r, phone_column))
        for r in range(model.rowCount())
        if model.item(r).form == "followup"
    }
    assert phones == {
        "Diallo": "Not to be contacted (no consent to follow-up contact)",
        "Sow": "612 34 56 78",
    }
    assert (
        screen.count.text() == "4 surveys to answer · 2 overdue · 2 not to be contacted"
    )  # Diallo's two


def test_an_itinerary_for_a_partner_company_is_refused_without_the_consent(
    qtbot,
    store,
    person,  # noqa: F811
    shown_errors,
):
    company = records.create(store, "company", {"name": "Hostelería Sur"})
    dialog = ItineraryPreview(store, person["id"])
    qtbot.addWidget(dialog)
    assert dialog.recipient.itemText(0) == "The participant"
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(company["id"]))
    [refusal] = shown_errors
    assert isinstance(refusal, consents.ConsentMissing) and refusal.kind == "share_with_companies"
    prepared = catalogue(dialog.document_language).translate(T.CONTEXT, T.PREPARED_FOR)
    assert dialog.recipient.currentIndex() == 0 and prepared not in pdf_text(dialog.pdf)
    consents.grant(store, person["id"], "share_with_companies", TODAY)
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(company["id"]))
    assert len(shown_errors) == 1
    assert prepared in pdf_text(dialog.pdf) and "Hostelería Sur" in pdf_text(dialog.pdf)
