"""The labs screen's attendance, driven through its widgets: enrolling several participants at
once from the list with its filters, recording a day in the register, the warning about those
below a chosen share of the hours, and an enrolment's hours read-only once a register exists."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QToolButton

from desktop.services import attendance, participants, records, reference
from desktop.ui import errors
from desktop.ui.pages.labs import LabsPage
from tests.ui.test_pseudo_layout import pseudo, pseudo_qm  # noqa: F401 - fixtures

START, END = date(2026, 9, 14), date(2027, 1, 22)
PEOPLE = [
    ("Awa", "Diallo", "female"),
    ("Iker", "Bravo", "male"),
    ("Oksana", "Kovalenko", "female"),
    ("Moussa", "Camara", "male"),
    ("Lucía", "Zamora", "female"),
]


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
    ids = {}
    for first, last, gender in PEOPLE:
        ids[last] = participants.register(
            store,
            {
                "first_name": first,
                "last_name": last,
                "birth_date": date(1990, 1, 2),
                "gender": gender,
                "migrant_status": "migrant",
                "preferred_language": "fr",
            },
        )["id"]
    attendance.enrol_many(store, lab["id"], [ids["Diallo"], ids["Bravo"]], enrolled_on=START)
    return {"id": lab["id"], "people": ids}


@pytest.fixture
def page(store, lab, qtbot, monkeypatch):
    monkeypatch.setattr(errors, "ask", lambda *a, **k: "yes")
    page = LabsPage(store)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    page.refresh()
    assert page.select(lab["id"])
    return page


def _settle():
    for _ in range(3):
        QApplication.processEvents()


def _shown(page) -> dict[str, dict[str, str]]:
    """The lab's participants as the pane shows them: name -> header -> text."""
    model = page.detail.people_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return {
        model.index(r, 1).data(): {h: model.index(r, c).data() for c, h in enumerate(headers)}
        for r in range(model.rowCount())
    }


def _row_of(model, last_name: str) -> int:
    for r in range(model.rowCount()):
        if model.row(r)["last_name"] == last_name:
            return r
    raise AssertionError(last_name)


def test_several_participants_are_enrolled_at_once_from_the_filtered_list(page, lab, qtbot):
    assert set(_shown(page)) == {"Awa Diallo", "Iker Bravo"}
    qtbot.mouseClick(page.detail.enrol_button, Qt.MouseButton.LeftButton)
    dialog = page.detail.dialog
    assert dialog.objectName() == "enrol_dialog"
    qtbot.waitExposed(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nobody chosen yet
    # the participants list's filters: only women
    dialog.f_gender.setCurrentIndex(dialog.f_gender.findData("female"))
    model, view = dialog.model, dialog.view
    listed = [model.row(r)["last_name"] for r in range(model.rowCount())]
    assert listed == ["Diallo", "Kovalenko", "Zamora"]
    # Diallo is in the lab already: shown so, and cannot be ticked
    diallo = model.index(_row_of(model, "Diallo"), 0)
    assert diallo.data() == "Already enrolled"
    assert not model.flags(diallo) & Qt.ItemFlag.ItemIsUserCheckable
    view.setFocus()
    for name in ("Diallo", "Kovalenko", "Zamora"):  # Space ticks the current row
        view.setCurrentIndex(model.index(_row_of(model, name), 0))
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert dialog.count.text() == "2 participants chosen"
    assert ok.text() == "&Enrol 2 participants"
    # the search keeps the choice
    qtbot.keyClicks(dialog.search, "camara")
    dialog.apply()
    assert [model.row(r)["last_name"] for r in range(model.rowCount())] == []  # a man: filtered out
    dialog.f_gender.setCurrentIndex(0)
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert dialog.count.text() == "3 participants chosen"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    _settle()
    assert not dialog.isVisible()
    assert set(_shown(page)) == {
        "Awa Diallo",
        "Iker Bravo",
        "Oksana Kovalenko",
        "Lucía Zamora",
        "Moussa Camara",
    }
    assert len(records.list_all(page.store, "enrolment")) == 5  # Diallo not enrolled twice


def test_enrolling_after_the_lab_ended_is_refused_in_the_dialog(page, lab, qtbot):
    dialog = page.detail.enrol()
    qtbot.waitExposed(dialog)
    dialog.model.choose_listed()
    assert dialog.count.text() == "3 participants chosen"
    dialog.enrolled_on.set_value(date(2027, 3, 1))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert dialog.message.isVisible() and "the lab ended on Jan 22, 2027" in dialog.message.text()
    assert len(records.list_all(page.store, "enrolment")) == 2
    dialog.reject()


def _open_register(page, qtbot, day: date):
    qtbot.mouseClick(page.detail.register_button, Qt.MouseButton.LeftButton)
    dialog = page.detail.dialog
    assert dialog.objectName() == "register_dialog"
    qtbot.waitExposed(dialog)
    dialog.day.set_value(day)
    _settle()
    return dialog


def _row(dialog, last_name: str):
    return next(
        r
        for r in dialog.rows
        if r.name.text().startswith(
            next(f"{f} {last}" for f, last, _g in PEOPLE if last == last_name)
        )
    )


def test_a_day_is_recorded_in_the_register_and_the_pane_counts_it(page, lab, qtbot):
    dialog = _open_register(page, qtbot, date(2026, 10, 5))
    assert "not recorded yet" in dialog.state.text()
    assert dialog.day_hours.value() == 5.0  # the schedule's 9:00-14:00
    diallo, bravo = _row(dialog, "Diallo"), _row(dialog, "Bravo")
    assert diallo.status() == bravo.status() == "present" and bravo.hours.value() == 5.0
    qtbot.mouseClick(diallo.radios["absent"], Qt.MouseButton.LeftButton)
    assert diallo.hours.value() == 0.0 and not diallo.hours.isEnabled()
    dialog.day_hours.setValue(4.0)  # a shorter day: those present follow
    assert bravo.hours.value() == 4.0
    qtbot.keyClicks(diallo.note, "Medico")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    _settle()
    assert not dialog.isVisible()
    shown = _shown(page)
    assert (
        shown["Awa Diallo"]["Present"],
        shown["Awa Diallo"]["Absent"],
        shown["Awa Diallo"]["Hours attended"],
    ) == ("0", "1", "0")
    assert (
        shown["Iker Bravo"]["Present"],
        shown["Iker Bravo"]["Hours attended"],
        shown["Iker Bravo"]["Share of hours"],
    ) == ("1", "4", "100%")
    # opened again on another day, the recorded day is offered and opens as recorded
    again = _open_register(page, qtbot, date(2026, 10, 9))
    assert "not recorded yet" in again.state.text()
    recorded = again.recorded
    assert [recorded.itemText(i) for i in range(recorded.count())] == [
        "Recorded days (1)…",
        "Monday, October 5, 2026",
    ]
    recorded.activated.emit(1)
    _settle()
    assert again.day.text() == "05/10/2026"
    assert "recorded before" in again.state.text()
    assert (
        _row(again, "Diallo").status() == "absent" and _row(again, "Diallo").note.text() == "Medico"
    )
    again.reject()


def test_bad_input_in_the_register_is_refused_with_the_row_named_and_nothing_written(
    page, lab, qtbot
):
    dialog = _open_register(page, qtbot, date(2026, 10, 5))
    bravo = _row(dialog, "Bravo")
    bravo.hours.setValue(0.0)  # present for no hours
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert (
        dialog.message.text().startswith("Iker Bravo (")
        and "someone present attended more than 0 hours" in dialog.message.text()
    )
    assert bravo.name.styleSheet()  # the row is marked
    assert records.list_all(page.store, "attendance") == []
    dialog.day.set_value(date(2026, 9, 1))  # before the lab: the register of that day is empty
    _settle()
    assert "nobody is enrolled" in dialog.state.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    dialog.reject()


def test_those_below_the_chosen_share_are_highlighted_and_counted(page, lab, qtbot, store):
    diallo, bravo = (
        e["id"]
        for e in sorted(
            records.list_all(store, "enrolment"),
            key=lambda e: e["participant_id"] != lab["people"]["Diallo"],
        )
    )
    for day, diallo_status in (
        (date(2026, 10, 5), "present"),
        (date(2026, 10, 6), "absent"),
        (date(2026, 10, 7), "present"),
        (date(2026, 10, 8), "present"),
    ):
        attendance.save_day(
            store,
            lab["id"],
            day,
            [
                {
                    "enrolment_id": diallo,
                    "status": diallo_status,
                    "hours": 5.0 if diallo_status == "present" else 0.0,
                },
                {"enrolment_id": bravo, "status": "present", "hours": 5.0},
            ],
            today=date(2026, 11, 16),
        )
    page.detail.show_record(lab["id"])
    shown = _shown(page)
    assert (
        shown["Awa Diallo"]["Share of hours"] == "75%"
        and shown["Iker Bravo"]["Share of hours"] == "100%"
    )
    warning = page.detail.threshold.warning
    assert page.detail.threshold.spin.value() == 75
    assert warning.text() == "Nobody below 75% of the hours."
    page.detail.threshold.spin.setValue(80)
    assert warning.text() == "1 participant below 80% of the hours, highlighted."
    model = page.detail.people_model
    highlighted = {
        model.index(r, 1).data()
        for r in range(model.rowCount())
        if model.index(r, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    }
    assert highlighted == {"Awa Diallo"}
    # the choice is remembered by the next labs screen
    other = LabsPage(store)
    qtbot.addWidget(other)
    assert other.detail.threshold.spin.value() == 80


def test_an_enrolments_hours_are_read_only_once_the_register_has_days(
    store, lab, qtbot, monkeypatch
):
    from desktop.ui.pages.lab_attendance import register_hours_lock
    from desktop.ui.participants.sections import RecordSection

    diallo = lab["people"]["Diallo"]
    enrolment = next(
        e for e in records.list_all(store, "enrolment") if e["participant_id"] == diallo
    )
    records.update(store, "enrolment", enrolment["id"], {"hours_attended": 120.0})
    attendance.save_day(
        store,
        lab["id"],
        date(2026, 10, 5),
        [{"enrolment_id": enrolment["id"], "status": "present", "hours": 5.0}],
        today=date(2026, 11, 16),
    )
    section = RecordSection(
        store,
        diallo,
        "enrolment",
        ["lab_id", "status", "hours_attended"],
        ["lab_id", "status", "enrolled_on", "ended_on", "hours_attended"],
        lambda: "Labs",
        locked=register_hours_lock(store),
    )
    qtbot.addWidget(section)
    from desktop.services import itinerary

    section.set_rows(itinerary.records_of(store, diallo)["enrolment"])
    assert section.model.index(0, 2).data() == "5"  # the table shows the computed hours
    section.view.selectRow(0)
    dialog = section.edit()
    qtbot.waitExposed(dialog)
    hours = dialog.form.widget("hours_attended")
    assert not hours.isEnabled() and hours.get_value() == 5.0
    note = dialog.findChild(type(dialog.message), "note_hours_attended")
    assert note is not None and "attendance register" in note.text()
    assert not dialog.form.is_dirty()
    status = dialog.form.widget("status")
    status.setCurrentIndex(status.findData("completed"))
    assert dialog.save()
    saved = records.get(store, "enrolment", enrolment["id"])
    assert (saved["status"], saved["hours_attended"]) == (
        "completed",
        120.0,
    )  # the typed value untouched


@pytest.mark.parametrize("lang", ("es", "en", "fr"))
def test_the_dialogs_fit_a_small_screen_and_their_mnemonics_do_not_clash(
    page, lab, qtbot, monkeypatch, lang
):
    from PySide6.QtCore import QRect

    from desktop import i18n
    from desktop.ui.widgets import geometry
    from tests.ui.test_fits_screen import SCREENS, outside
    from tests.ui.test_mnemonics import window_clashes, window_mnemonics

    before = i18n.current_language()
    i18n.set_language(lang)
    try:
        problems = []
        for name, rect in SCREENS.items():
            monkeypatch.setattr(
                geometry, "available_geometry", lambda widget=None, r=rect: QRect(r)
            )
            for open_dialog in (page.detail.enrol, page.detail.open_register):
                dialog = open_dialog()
                qtbot.waitExposed(dialog)
                _settle()
                problems += [f"{name}: {p}" for p in [outside(dialog, rect)] if p]
                problems += window_clashes(
                    f"{lang} {dialog.objectName()}", window_mnemonics(dialog)
                )
                dialog.reject()
                _settle()
        assert not problems, "\n".join(problems)
    finally:
        i18n.set_language(before)


def test_with_texts_40_percent_longer_nothing_is_clipped(store, lab, qtbot, monkeypatch, request):
    """The pseudo-localised catalogue (every text stretched): the labs screen with a lab chosen,
    and its two dialogs, cut no label or button on a 1366x768 screen."""
    from tests.ui.test_pseudo_layout import clipped, screenshot

    request.getfixturevalue("pseudo")
    from desktop.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("labs")
    page.refresh()
    assert page.select(lab["id"])
    qtbot.wait(50)
    screenshot(window, "labs_attendance")
    problems = [f"labs screen: {p}" for p in clipped(window)]
    for open_dialog in (page.detail.enrol, page.detail.open_register):
        dialog = open_dialog()
        qtbot.waitExposed(dialog)
        qtbot.wait(20)
        screenshot(dialog, dialog.objectName())
        # a tool button showing only its icon (a date's calendar) has its text for screen readers
        icon_only = {
            repr(b.text())
            for b in dialog.findChildren(QToolButton)
            if b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        }
        problems += [
            f"{dialog.objectName()}: {p}"
            for p in clipped(dialog)
            if not any(t in p for t in icon_only)
        ]
        dialog.reject()
    window.close()
    assert not problems, "\n".join(problems)
