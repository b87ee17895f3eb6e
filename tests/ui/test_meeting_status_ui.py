"""The Connector meetings tab, as a technician uses it: plan a meeting for a day to come, see it
planned in the tab and in next week's agenda, mark it held in one click; and a referral set to
Cancelled without saying why is refused in the meeting dialog, with the reason asked for."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services import agenda, meetings, participants, records
from desktop.ui import errors
from desktop.ui.events import data_changed
from tests.days import RUN_DAY

TODAY = RUN_DAY
pytestmark = pytest.mark.usefixtures("run_day")


@pytest.fixture
def window(qtbot, store, monkeypatch):
    from desktop.ui.main_window import MainWindow

    monkeypatch.setattr(errors, "ask", lambda *_a, **_k: "yes")
    monkeypatch.setattr(
        errors, "show_error", lambda _p, exc: (_ for _ in ()).throw(AssertionError(str(exc)))
    )
    person = participants.register(
        store,
        {
            "first_name": "Aminata",
            "last_name": "Diop",
            "birth_date": "1992-04-04",
            "gender": "female",
            "migrant_status": "refugee",
        },
    )
    hosts = [
        records.create(store, "connector", {"full_name": n, "field": "Cocina", "origin": "local"})
        for n in ("Marta Gil", "Luis Ortega")
    ]
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    page = w.show_page("participants")
    page.open_participant(person["id"])
    page.detail.show_tab(page.detail.meetings)
    w.person, w.hosts, w.tab = person, hosts, page.detail.meetings
    return w


def choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())  # as a click in its list does


def click(qtbot, button):
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def table_texts(tab) -> list[list[str]]:
    m = tab.table.model()
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_plan_a_meeting_see_it_in_the_agenda_and_mark_it_held(qtbot, window, store):
    tab = window.tab
    click(qtbot, tab.add_button)
    dialog = tab.dialog
    day = agenda.week_start(TODAY) + timedelta(days=9)  # Wednesday next week
    dialog.form.set_values({"connector_id": window.hosts[0]["id"], "met_on": day}, clean=False)
    dialog.save()
    assert dialog.isVisible()  # held cannot be in the future: the date says so
    assert "choose the status Scheduled" in dialog.form.error_text("met_on")
    assert dialog.rows[0].connector.isEnabled()  # a held meeting takes referrals
    choose(dialog.form.widget("status"), "planned")
    assert not dialog.rows[0].connector.isEnabled()  # referrals wait until it is held
    assert dialog.referral_box.waiting.isVisible()
    assert dialog.save()
    qtbot.waitUntil(lambda: tab.table.model().rowCount() == 1)
    assert table_texts(tab)[0][1] == "Scheduled"

    week = window.show_page("agenda")
    week.scope.setCurrentIndex(1)  # the whole site
    click(qtbot, week.next_button)
    texts = [week.model.index(0, c).data() for c in range(week.model.columnCount())]
    assert "Planned connector meeting · In person" in texts and "Connector: Marta Gil" in texts

    window.show_page("participants")
    tab.table.selectRow(0)
    click(qtbot, tab.held_button)
    qtbot.waitUntil(lambda: table_texts(tab)[0][1] == "Held")
    stored = records.list_all(store, "connector_meeting")[0]
    assert (stored["status"], stored["met_on"]) == ("held", TODAY)  # it took place today
    tab.table.selectRow(0)
    assert not tab.held_button.isEnabled()


def test_a_referral_cancelled_without_a_reason_is_refused(qtbot, window, store):
    host, other = window.hosts
    meeting = meetings.save_meeting(
        store,
        window.person["id"],
        {"connector_id": host["id"], "met_on": TODAY, "mode": "virtual"},
        [(None, {"connector_id": other["id"], "status": "pending"})],
    )
    data_changed({"connector_meeting", "referral"})  # as a save elsewhere tells the screens
    tab = window.tab
    qtbot.waitUntil(lambda: tab.table.model().rowCount() == 1)
    dialog = tab.edit_meeting(tab.model.rows[0])
    row = dialog.rows[0]
    assert not row.reason.isVisible()
    choose(row.status, "cancelled")
    assert row.reason.isVisible()  # why it was dropped is asked for
    assert not dialog.save()
    QApplication.processEvents()
    assert (
        row.error.isVisible()
        and row.error.text() == "Why it was dropped: say why the introduction was cancelled."
    )
    assert (
        records.list_all(store, "referral", meeting_id=meeting["id"])[0]["status"] == "pending"
    )  # unchanged
    qtbot.keyClicks(row.reason, "No contesta al movil")
    assert dialog.save()
    saved = records.list_all(store, "referral", meeting_id=meeting["id"])[0]
    assert (saved["status"], saved["dropped_reason"]) == ("cancelled", "No contesta al movil")


def test_who_logged_a_meeting_is_the_account_logged_in_and_not_a_choice(qtbot, window, store):
    from desktop.services import accounts

    account = accounts.current(store)
    technician = account.technician_id
    tab = window.tab
    click(qtbot, tab.add_button)
    dialog = tab.dialog
    recorder = dialog.form.widget("recorded_by")
    assert recorder.get_value() == technician and not recorder.isEnabled()
    assert recorder.currentText() == accounts.technician_label(store, account)
    assert dialog.findChild(type(dialog.message), "note_recorded_by").text() == (
        "The technician of the account that records it."
    )
    dialog.form.set_values({"connector_id": window.hosts[0]["id"]}, clean=False)
    assert dialog.save()
    qtbot.waitUntil(lambda: tab.table.model().rowCount() == 1)
    assert records.list_all(store, "connector_meeting")[0]["recorded_by"] == technician
