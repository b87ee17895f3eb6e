"""Small things a technician noticed: the header's time, the referrals to follow, the
connectors' wording, and the employer of a job outcome."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.domain.messages import ValidationError
from desktop.services import records
from desktop.ui.pages.connectors import ConnectorsPage
from tests.ui.test_participants_page import connectors, person, view  # noqa: F401 - fixtures


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_header_shows_the_next_appointment_in_hours_and_minutes(qtbot, store, person, view):  # noqa: F811
    when = datetime.combine(date.today() + timedelta(days=3), datetime.min.time()).replace(hour=10)
    records.create(
        store,
        "coaching_session",
        {
            "participant_id": person["id"],
            "starts_at": when - timedelta(days=7),
            "duration_minutes": 45,
            "kind": "individual",
            "next_appointment": when,
        },
    )
    view.refresh()
    text = view.header.appointment.text()
    assert "10:00" in text and "10:00:00" not in text


def test_referrals_to_follow_are_the_pending_ones(qtbot, store, person, connectors, view):  # noqa: F811
    carmen, youssef, lucia, ibrahima = connectors
    meeting = records.create(
        store,
        "connector_meeting",
        {
            "participant_id": person["id"],
            "connector_id": carmen["id"],
            "met_on": date(2026, 10, 1),
            "mode": "in_person",
            "status": "held",
        },
    )
    for connector, status in ((youssef, "pending"), (lucia, "happened"), (ibrahima, "cancelled")):
        records.create(
            store,
            "referral",
            {
                "meeting_id": meeting["id"],
                "participant_id": person["id"],
                "connector_id": connector["id"],
                "status": status,
                "happened_on": date(2026, 10, 20) if status == "happened" else None,
                "dropped_reason": "Se mudó" if status == "cancelled" else None,
            },
        )
    view.refresh()
    tab = view.meetings
    view.show_tab(tab)
    assert [r["connector_name"] for r in tab.referrals.model.rows] == ["Youssef Amrani"]
    tab.referrals.view.selectRow(0)
    click(qtbot, tab.happened_button)
    assert tab.referrals.model.rowCount() == 0  # it happened: nothing left to follow


def test_connectors_list_uses_the_forms_wording(qtbot, store, connectors):  # noqa: F811
    records.update(store, "connector", connectors[0]["id"], {"capacity": 3})
    page = ConnectorsPage(store)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert "Newcomers at a time" in headers and "Capacity" not in headers
    page.select(connectors[0]["id"])
    assert "Newcomers at a time: 3" in page.detail.summary.text()
    assert "Capacity" not in page.detail.summary.text()


def test_a_job_outcome_has_one_employer(qtbot, store, person, view):  # noqa: F811
    """The employer is a company from the list, or one written because it is not in the list:
    the form says so, refuses both, and the table shows either in one Employer column."""
    company = records.create(store, "company", {"name": "Jardines del Sur"})
    base = {
        "participant_id": person["id"],
        "occupation": "Jardinera",
        "contract_type": "temporary",
        "start_date": date(2026, 6, 1),
    }
    with pytest.raises(ValidationError) as info:
        records.create(
            store,
            "employment_outcome",
            {**base, "company_id": company["id"], "employer_name": "Viveros Pérez"},
        )
    assert info.value.fields == ["employer_name"]
    records.create(store, "employment_outcome", {**base, "company_id": company["id"]})
    records.create(
        store,
        "employment_outcome",
        {**base, "employer_name": "Viveros Pérez", "start_date": date(2026, 9, 1)},
    )
    view.refresh()
    section = view.itinerary.outcomes
    headers = [
        section.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(section.model.columnCount())
    ]
    assert headers.count("Employer") == 1 and "Company" not in headers
    column = headers.index("Employer")
    shown = {section.model.index(r, column).data() for r in range(section.model.rowCount())}
    assert shown == {"Jardines del Sur", "Viveros Pérez"}
    section.view.selectRow(0)
    dialog = section.edit()
    qtbot.addWidget(dialog)
    labels = {name: dialog.form.labels[name].text() for name in ("company_id", "employer_name")}
    assert labels == {
        "company_id": "Employer",
        "employer_name": "Employer not in the companies list",
    }
    dialog.reject()
