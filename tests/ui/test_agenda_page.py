"""The Agenda screen in the main window, used as a technician would: read the week, go to the
next and previous weeks and back, switch between mine and the site's, open a row, save the PDF."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

from desktop.i18n.preferences import settings
from desktop.services import agenda
from desktop.ui import errors
from desktop.ui.main_window import MainWindow
from tests.accounts_support import acting_as
from tests.days import RUN_DAY
from tests.unit import agenda_support

pytestmark = pytest.mark.usefixtures("run_day")
MONDAY = agenda.week_start(RUN_DAY)


@pytest.fixture(autouse=True)
def fresh_settings(monkeypatch):
    settings().clear()
    monkeypatch.setattr(
        errors, "ask", lambda *_a, **_k: (_ for _ in ()).throw(AssertionError("question"))
    )
    monkeypatch.setattr(
        errors, "show_error", lambda _p, exc: (_ for _ in ()).throw(AssertionError(str(exc)))
    )
    yield
    settings().clear()


@pytest.fixture
def window(qtbot, store):
    data = agenda_support.make_week(
        store, MONDAY, meeting_day=0
    )  # a meeting held cannot be in the future
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    w.data = data
    return w


def shown(page) -> list[list[str]]:
    m = page.model
    # babel puts a narrow no-break space before AM and PM
    return [
        [m.data(m.index(r, c)).replace("\u202f", " ") for c in range(m.columnCount())]
        for r in range(m.rowCount())
    ]


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_week_by_day_then_next_previous_and_this_week(qtbot, window):
    page = window.show_page("agenda")
    assert window.nav.currentItem().text() == "Agenda"
    assert page.scope.currentText() == "My appointments"
    rows = shown(page)
    tuesday, thursday = (agenda_support.at(MONDAY, d, 0).date() for d in (1, 3))
    assert [r[2] for r in rows] == [f"Aminata Diop ({window.data['aminata']['code']})"] * 2
    assert rows[0][0].startswith(tuesday.strftime("%A")) and rows[0][1] == "10:30 AM"
    assert rows[0][3] == "Coaching session · Individual" and rows[0][4] == "Technician: Ana Técnica"
    assert rows[1][0].startswith(thursday.strftime("%A")) and rows[1][1] == "9:15 AM"
    assert rows[1][3] == "Coaching appointment"
    assert page.count.text() == "2 appointments" and not page.this_week_button.isEnabled()

    page.scope.setCurrentIndex(page.scope.findText("The whole site"))
    rows = shown(page)
    assert [(r[1], r[2].split(" (")[0], r[3]) for r in rows] == [
        ("", "Omar Sy", "Connector meeting · Virtual"),  # Monday, a day without a time
        ("10:30 AM", "Aminata Diop", "Coaching session · Individual"),
        ("4:00 PM", "Omar Sy", "Coaching session · Group"),
        ("9:15 AM", "Aminata Diop", "Coaching appointment"),
    ]
    assert rows[0][4] == "Connector: Marta Gil"
    assert [bool(r[0]) for r in rows] == [True, True, True, True]  # four days, each named once

    click(qtbot, page.next_button)
    assert [(r[1], r[2].split(" (")[0]) for r in shown(page)] == [("11:00 AM", "Omar Sy")]
    assert page.this_week_button.isEnabled()
    sunday = MONDAY + timedelta(days=13)
    assert page.week_label.text().endswith(f"{sunday.strftime('%b')} {sunday.day}, {sunday.year}")
    click(qtbot, page.previous_button)
    click(qtbot, page.previous_button)
    assert shown(page) == [] and page.empty_label.isVisible()
    assert page.empty_label.text() == "No appointment this week at this site."
    page.scope.setCurrentIndex(page.scope.findText("My appointments"))
    assert [r[2].split(" (")[0] for r in shown(page)] == [
        "Lucía Gómez"
    ]  # at the other site, but mine
    click(qtbot, page.this_week_button)
    assert page.monday == MONDAY and len(shown(page)) == 2


def test_opening_a_row_opens_the_persons_page_on_its_tab(qtbot, window, store):
    from desktop.services import records

    with acting_as(store, window.data["luis"]):  # Omar's latest session: listed first on his tab
        records.create(
            store,
            "coaching_session",
            {
                "participant_id": window.data["omar"]["id"],
                "starts_at": agenda_support.at(MONDAY, 6, 10),
                "duration_minutes": 30,
                "kind": "individual",
            },
        )
    page = window.show_page("agenda")
    page.scope.setCurrentIndex(page.scope.findText("The whole site"))
    view = page.view
    where = QPoint(view.visualRect(page.model.index(2, 2)).center())  # Omar's group session
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a real double-click:
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=where
    )  # a click, then a second
    people = window.page("participants")
    assert window.current_key() == "participants"
    assert people.detail.participant_id == window.data["omar"]["id"]
    assert people.detail.tabs.currentWidget() is people.detail.coaching
    assert (
        people.detail.coaching.sessions.selected()["id"] == window.data["ids"]["wed"]
    )  # that session
    window.show_page("agenda")
    view.setFocus()
    view.selectRow(0)  # his meeting, by Enter
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.current_key() == "participants"
    assert people.detail.tabs.currentWidget() is people.detail.meetings
    meetings = people.detail.meetings
    assert (
        meetings.model.rows[meetings.table.currentIndex().row()]["id"]
        == window.data["ids"]["meeting"]
    )
    assert people.stack.currentWidget() is people.detail


def test_without_a_technician_the_site_is_shown_and_mine_cannot_be_chosen(qtbot, window, store):
    store.meta["technician_id"] = ""
    page = window.show_page("agenda")
    assert page.scope.currentText() == "The whole site"
    assert not page.scope.model().item(0).isEnabled()
    assert len(shown(page)) == 4


def test_the_saved_pdf_holds_names_and_times_only(qtbot, window, tmp_path):
    page = window.show_page("agenda")
    page.scope.setCurrentIndex(page.scope.findText("The whole site"))
    target = page.save_as(str(tmp_path / "week"))
    assert target is not None and target.name == "week.pdf"
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(str(target)).pages)
        .replace("\u202f", " ")
        .split()
    )
    for expected in (
        "Agenda",
        "Aminata Diop",
        window.data["aminata"]["code"],
        "10:30 AM",
        "9:15 AM",
        "Connector meeting · Virtual",
        "Marta Gil",
        "Luis Pardo",
        "CIFE",
    ):
        assert expected in text, expected
    for absent in ("Refugee", "refugee", "Lucía"):  # no status nor origin; nobody from another week
        assert absent not in text


def test_printing_the_week_prints_every_page(qtbot, window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    page = window.show_page("agenda")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert page.print_week(printer) == 1
    assert (tmp_path / "printed.pdf").stat().st_size > 0
