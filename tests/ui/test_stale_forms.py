"""A record opens in one form at a time, and a form never saves over a value written after it
opened: on a participant's Itinerary tab (lab enrolments) and Connector meetings tab."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.i18n import format_date
from desktop.services import meetings, participants, records
from desktop.ui import errors
from desktop.ui.participants.meetings import MeetingDialog
from desktop.ui.participants.page import ParticipantsPage
from desktop.ui.widgets.record_dialog import RecordDialog


class NoQuestions:
    def unsaved_changes(self, parent):
        raise AssertionError("unexpected question")

    def restore_draft(self, parent, saved_at):
        raise AssertionError("unexpected draft")


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    def unexpected(*_a, **_k):
        raise AssertionError("unexpected question")

    monkeypatch.setattr(errors, "ask", unexpected)
    monkeypatch.setattr(errors, "show_error", unexpected)
    monkeypatch.setattr(RecordDialog, "questions", NoQuestions())


@pytest.fixture
def person(store):
    return participants.register(
        store,
        {
            "first_name": "Aïcha",
            "last_name": "Benali",
            "birth_date": date(1992, 4, 3),
            "gender": "female",
            "migrant_status": "migrant",
            "nationality": "MA",
        },
    )


@pytest.fixture
def enrolment(store, person):
    lab = records.create(
        store,
        "lab",
        {
            "name": "Jardinería",
            "niche": "gardening",
            "site": "CIFE",
            "start_date": date(2022, 2, 9),
            "end_date": date(2022, 5, 20),
            "planned_hours": 390,
        },
    )
    return records.create(
        store,
        "enrolment",
        {
            "participant_id": person["id"],
            "lab_id": lab["id"],
            "status": "enrolled",
            "enrolled_on": date(2022, 2, 9),
            "hours_attended": 40,
        },
    )


@pytest.fixture
def view(qtbot, store, person):
    page = ParticipantsPage(store)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    page.open_participant(person["id"])
    return page.detail


def open_dialogs(kind, over):
    """The dialogs of ``kind`` shown over the window of ``over``."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind)
        and w.isVisible()
        and w.parentWidget() is not None
        and w.parentWidget().window() is over.window()
    ]


def double_click_first_row(qtbot, table):
    """A real double-click: a first click, then the second one Qt sees as a double-click."""
    where = table.visualRect(table.model().index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def set_hours(qtbot, dialog, hours):
    editor = dialog.form.widget("hours_attended")
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, str(hours))


def save(qtbot, dialog):
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def stored_hours(store, enrolment):
    return records.get(store, "enrolment", enrolment["id"])["hours_attended"]


def test_double_click_opens_one_form_and_a_second_request_raises_it(qtbot, store, enrolment, view):
    view.show_tab(view.itinerary)
    section = view.itinerary.enrolments
    double_click_first_row(qtbot, section.view)
    (dialog,) = open_dialogs(RecordDialog, view)
    assert dialog.form.values()["hours_attended"] == 40
    assert section.edit() is dialog  # Edit… again: the same form, brought to the front
    assert open_dialogs(RecordDialog, view) == [dialog]
    dialog.reject()


def test_a_stale_form_is_refused_with_both_values_and_nothing_is_lost(
    qtbot, store, enrolment, view
):
    view.show_tab(view.itinerary)
    section = view.itinerary.enrolments
    section.view.selectRow(0)
    first = section.edit()
    # the same record opened through another path (e.g. from the lab's page)
    # before the first is saved
    second = RecordDialog(
        "enrolment",
        "Edit",
        lambda values, seen: records.update(store, "enrolment", enrolment["id"], values, seen=seen),
        values=records.get(store, "enrolment", enrolment["id"]),
        fields=section.fields,
        store=store,
        seen=records.stamps_of(records.get(store, "enrolment", enrolment["id"])),
    )
    qtbot.addWidget(second)
    second.show()
    set_hours(qtbot, first, 55)
    save(qtbot, first)
    assert not first.isVisible() and stored_hours(store, enrolment) == 55

    set_hours(qtbot, second, 41)
    save(qtbot, second)
    assert second.isVisible() and second.saved is None
    assert stored_hours(store, enrolment) == 55  # not overwritten
    assert second.conflict.isVisible()
    assert "changed elsewhere" in second.conflict.text.text()
    assert second.conflict.rows() == [("Hours attended", "55", "41")]

    # "Take the saved values": the form shows 55 again, as unchanged
    qtbot.mouseClick(second.conflict.take_button, Qt.MouseButton.LeftButton)
    assert not second.conflict.isVisible()
    assert second.form.values()["hours_attended"] == 55 and not second.form.is_dirty()
    # a deliberate change after seeing it is saved
    set_hours(qtbot, second, 60)
    save(qtbot, second)
    assert not second.isVisible() and stored_hours(store, enrolment) == 60


def test_keep_mine_saves_over_the_value_once_shown(qtbot, store, enrolment, view):
    view.show_tab(view.itinerary)
    section = view.itinerary.enrolments
    section.view.selectRow(0)
    dialog = section.edit()
    records.update(
        store, "enrolment", enrolment["id"], {"hours_attended": 55}
    )  # another writer (the CLI)
    set_hours(qtbot, dialog, 48)
    save(qtbot, dialog)
    assert dialog.isVisible() and stored_hours(store, enrolment) == 55
    assert dialog.conflict.rows() == [("Hours attended", "55", "48")]
    qtbot.mouseClick(dialog.conflict.keep_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and stored_hours(store, enrolment) == 48


@pytest.fixture
def meeting(store, person):
    host, a = (
        records.create(
            store, "connector", {"full_name": n, "field": "Hostelería", "origin": "local"}
        )
        for n in ("Carmen Ruiz", "Youssef Amrani")
    )
    return meetings.save_meeting(
        store,
        person["id"],
        {
            "connector_id": host["id"],
            "met_on": date(2026, 11, 2),
            "mode": "in_person",
            "notes": "Primer encuentro",
        },
        [(None, {"connector_id": a["id"], "status": "pending"})],
    )


def test_connector_meetings_open_once_and_refuse_a_stale_save(qtbot, store, meeting, view):
    view.show_tab(view.meetings)
    tab = view.meetings
    double_click_first_row(qtbot, tab.table)
    (first,) = open_dialogs(MeetingDialog, view)
    assert tab.edit_meeting() is first
    assert open_dialogs(MeetingDialog, view) == [first]

    # the referral is marked as happened elsewhere, the meeting's notes changed by another writer
    (ref,) = records.list_all(store, "referral", meeting_id=meeting["id"])
    records.update(
        store, "referral", ref["id"], {"status": "happened", "happened_on": date(2026, 11, 20)}
    )
    records.update(store, "connector_meeting", meeting["id"], {"notes": "Hablamos de su CV"})
    notes = first.form.widget("notes")
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, " y de hosteleria")
    save(qtbot, first)
    assert first.isVisible() and first.saved is None
    assert first.conflict.rows() == [
        ("Notes", "Hablamos de su CV", "Primer encuentro y de hosteleria"),
        ("Referral 1: Status", "Happened", "Pending"),
        ("Referral 1: Happened on", format_date(date(2026, 11, 20), fmt="medium"), "(empty)"),
    ]
    stored = records.get(store, "connector_meeting", meeting["id"])
    assert stored["notes"] == "Hablamos de su CV"
    assert records.get(store, "referral", ref["id"])["status"] == "happened"

    qtbot.mouseClick(first.conflict.take_button, Qt.MouseButton.LeftButton)
    assert first.form.values()["notes"] == "Hablamos de su CV"
    assert first.rows[0].status.get_value() == "happened"
    assert not first.is_dirty()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, ".")
    save(qtbot, first)
    assert not first.isVisible()
    assert records.get(store, "connector_meeting", meeting["id"])["notes"] == "Hablamos de su CV."
    assert records.get(store, "referral", ref["id"])["status"] == "happened"


def test_a_life_story_changed_meanwhile_is_not_overwritten(qtbot, store, person, view):
    story = records.create(
        store,
        "life_story",
        {
            "participant_id": person["id"],
            "recorded_on": date(2026, 10, 1),
            "language": "fr",
            "consent_scope": "private",
            "text": "Je suis arrivée en 2021.",
        },
    )
    view.refresh()
    view.show_tab(view.life_story)
    tab = view.life_story
    assert tab.form.values()["text"] == "Je suis arrivée en 2021."
    # another laptop's version came in by USB, or another window saved it
    records.update(
        store, "life_story", story["id"], {"text": "Je suis arrivée à Fuenlabrada en 2021."}
    )
    text = tab.form.widget("text")
    text.setFocus()
    text.moveCursor(text.textCursor().MoveOperation.End)
    qtbot.keyClicks(text, " Avec ma fille.")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.conflict.isVisible()
    assert tab.conflict.rows() == [
        (
            "Story",
            "Je suis arrivée à Fuenlabrada en 2021.",
            "Je suis arrivée en 2021. Avec ma fille.",
        )
    ]
    assert (
        records.get(store, "life_story", story["id"])["text"]
        == "Je suis arrivée à Fuenlabrada en 2021."
    )
    qtbot.mouseClick(tab.conflict.keep_button, Qt.MouseButton.LeftButton)
    assert not tab.conflict.isVisible()
    assert (
        records.get(store, "life_story", story["id"])["text"]
        == "Je suis arrivée en 2021. Avec ma fille."
    )
