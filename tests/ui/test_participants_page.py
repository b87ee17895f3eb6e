"""A participant's page: header, coaching sessions, life story (with consent rules) and
connector meetings with referrals, driven through the real widgets."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.services import participants, records
from desktop.ui import errors
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
def connectors(store):
    return [
        records.create(
            store, "connector", {"full_name": name, "field": "Hostelería", "origin": origin}
        )
        for name, origin in (
            ("Carmen Ruiz", "local"),
            ("Youssef Amrani", "migrant"),
            ("Lucía Gómez", "local"),
            ("Ibrahima Sow", "migrant"),
        )
    ]


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


def type_text(qtbot, widget, text):
    """Type like a keyboard; letters QTest cannot map to a key ("é") go as key events with text."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                )


def click(qtbot, button):
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_header_shows_name_code_lab_and_next_appointment(qtbot, store, person, view):
    assert view.header.name.text() == "Aïcha Benali"
    assert person["code"] in view.header.code.text()
    assert "Not enrolled" in view.header.lab.text()
    assert "No appointment" in view.header.appointment.text()
    lab = records.create(
        store,
        "lab",
        {
            "name": "Catering 2026",
            "niche": "catering",
            "site": "CIFE",
            "start_date": date(2026, 10, 19),
            "end_date": date(2027, 3, 5),
            "planned_hours": 360,
        },
    )
    records.create(
        store,
        "enrolment",
        {
            "participant_id": person["id"],
            "lab_id": lab["id"],
            "status": "enrolled",
            "enrolled_on": date(2026, 10, 19),
        },
    )
    soon = (datetime.now() + timedelta(days=3)).replace(hour=10, minute=0, second=0, microsecond=0)
    records.create(
        store,
        "coaching_session",
        {
            "participant_id": person["id"],
            "starts_at": datetime.now() - timedelta(days=1),
            "duration_minutes": 30,
            "kind": "individual",
            "next_appointment": soon,
        },
    )
    view.refresh()
    assert "Catering 2026" in view.header.lab.text()
    assert "Next appointment" in view.header.appointment.text()
    assert str(soon.year) in view.header.appointment.text()


def test_log_a_coaching_session(qtbot, store, person, view):
    tab = view.coaching
    view.show_tab(tab)
    click(qtbot, tab.sessions.add_button)
    dialog = tab.sessions.dialog
    qtbot.waitExposed(dialog)
    form = dialog.form
    duration = form.widget("duration_minutes")
    duration.setFocus()
    duration.selectAll()
    type_text(qtbot, duration, "45")
    kind = form.widget("kind")
    kind.setFocus()
    type_text(qtbot, kind, "G")  # Group
    topics = form.widget("topics")
    for topic in ("cv", "interview"):  # by keyboard: focus the box, Space ticks it
        topics.boxes[topic].setFocus()
        qtbot.keyClick(topics.boxes[topic], Qt.Key.Key_Space)
    type_text(qtbot, form.widget("notes"), "Preparamos la entrevista en la empresa.")
    type_text(qtbot, form.widget("agreed_actions"), "Traer el CV actualizado.")
    nxt = (datetime.now() + timedelta(days=7)).replace(hour=11, minute=0, second=0, microsecond=0)
    form.widget("next_appointment").set_value(nxt)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.saved is not None, [form.error_text(n) for n in form.names]
    [session] = records.list_all(store, "coaching_session", participant_id=person["id"])
    assert session["duration_minutes"] == 45 and session["kind"] == "group"
    assert session["topics"] == "cv,interview"
    assert session["agreed_actions"] == "Traer el CV actualizado."
    # the page shows it: the table, the notes of the selected session, the next appointment
    assert tab.sessions.model.rowCount() == 1
    shown = [
        tab.sessions.view.model().index(0, c).data()
        for c in range(tab.sessions.model.columnCount())
    ]
    assert "45" in shown and "Group" in shown and "CV, Job interview" in shown
    assert "Preparamos la entrevista" in tab.notes.toPlainText()
    assert "Next appointment" in view.header.appointment.text()


def test_invalid_session_is_not_saved_and_says_why(qtbot, store, person, view):
    tab = view.coaching
    view.show_tab(tab)
    dialog = tab.sessions.add()
    form = dialog.form
    start = form.widget("starts_at").get_value()
    form.widget("next_appointment").set_value(start - timedelta(days=1))
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.saved is None and dialog.isVisible()
    assert "after the session" in form.error_text("next_appointment")
    assert records.list_all(store, "coaching_session") == []
    form.widget("next_appointment").set_value(None)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert len(records.list_all(store, "coaching_session")) == 1


def test_life_story_stays_private_without_consent(qtbot, store, person, view):
    tab = view.life_story
    view.show_tab(tab)
    assert "Nothing is publishable without consent" in tab.consent_label.text()
    text = tab.form.widget("text")
    text.setFocus()
    type_text(qtbot, text, "Llegué en 2019 y trabajé en el campo.")
    scope = tab.form.widget("consent_scope")
    scope.setCurrentIndex(scope.findData("named"))
    click(qtbot, tab.save_button)
    assert "has no consent to the life story in force: it stays private" in tab.form.error_text(
        "consent_scope"
    )
    assert records.list_all(store, "life_story") == []
    scope.setCurrentIndex(scope.findData("private"))
    click(qtbot, tab.save_button)
    [story] = records.list_all(store, "life_story")
    assert story["consent_scope"] == "private" and story["text"].startswith("Llegué en 2019")
    assert story["participant_id"] == person["id"]


def test_publishable_story_without_consent_is_flagged(qtbot, store, person, view):
    # e.g. consent withdrawn after the story was marked publishable, or merged from another laptop
    story = records.create(
        store,
        "life_story",
        {
            "participant_id": person["id"],
            "text": "Historia.",
            "recorded_on": date(2026, 2, 1),
            "consent_scope": "named",
        },
    )
    view.refresh()
    tab = view.life_story
    view.show_tab(tab)
    assert tab.current["id"] == story["id"]
    assert "must not be published" in tab.consent_label.text()
    click(qtbot, tab.save_button)  # saving it again as publishable is refused
    assert "has no consent to the life story in force: it stays private" in tab.form.error_text(
        "consent_scope"
    )
    scope = tab.form.widget("consent_scope")
    scope.setCurrentIndex(scope.findData("private"))
    click(qtbot, tab.save_button)
    assert records.get(store, "life_story", story["id"])["consent_scope"] == "private"
    assert "must not be published" not in tab.consent_label.text()


def test_edit_a_life_story_once_consent_is_given(qtbot, store, person, view):
    story = records.create(
        store,
        "life_story",
        {
            "participant_id": person["id"],
            "text": "Primera versión.",
            "recorded_on": date(2026, 1, 10),
            "consent_scope": "private",
            "language": "fr",
        },
    )
    # consent recorded from the Profile tab
    view.show_tab(view.profile)
    dialog = view.profile.consents.add()
    form = dialog.form
    form.widget("kind").setCurrentIndex(form.widget("kind").findData("life_story"))
    form.widget("scope").setCurrentIndex(
        form.widget("scope").findData("anonymised")
    )  # publishable so far
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.saved is not None, [form.error_text(n) for n in form.names]

    tab = view.life_story
    view.show_tab(tab)
    assert tab.current["id"] == story["id"]
    assert "Consent to the life story given" in tab.consent_label.text()
    text = tab.form.widget("text")
    text.setFocus()
    text.moveCursor(text.textCursor().MoveOperation.End)
    type_text(qtbot, text, " Hoy trabajo de cocinera.")
    scope = tab.form.widget("consent_scope")
    scope.setCurrentIndex(scope.findData("anonymised"))
    assert tab.form.is_dirty()
    click(qtbot, tab.save_button)
    saved = records.get(store, "life_story", story["id"])
    assert saved["text"] == "Primera versión. Hoy trabajo de cocinera."
    assert saved["consent_scope"] == "anonymised" and saved["language"] == "fr"
    assert not tab.form.is_dirty()


def test_record_a_connector_meeting_with_referrals(qtbot, store, person, connectors, view):
    carmen, youssef, lucia, ibrahima = connectors
    tab = view.meetings
    view.show_tab(tab)
    click(qtbot, tab.add_button)
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    form = dialog.form
    combo = form.widget("connector_id")
    combo.setCurrentIndex(combo.findData(carmen["id"]))
    mode = form.widget("mode")
    mode.setFocus()
    type_text(qtbot, mode, "V")  # Virtual
    type_text(qtbot, form.widget("notes"), "Hablamos de su experiencia en cocina.")
    rows = dialog.rows
    rows[0].connector.setCurrentIndex(rows[0].connector.findData(youssef["id"]))
    rows[1].connector.setCurrentIndex(rows[1].connector.findData(lucia["id"]))
    rows[1].status.setCurrentIndex(rows[1].status.findData("happened"))
    assert rows[1].happened_on.get_value() == date.today()  # filled in when it happened
    rows[2].connector.setCurrentIndex(rows[2].connector.findData(carmen["id"]))  # the meeting's own
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    click(qtbot, save)
    assert dialog.saved is None and rows[2].error.isVisible()
    assert "other than the one of the meeting" in rows[2].error.text()
    assert records.list_all(store, "connector_meeting") == []
    rows[2].connector.setCurrentIndex(rows[2].connector.findData(ibrahima["id"]))
    click(qtbot, save)
    assert dialog.saved is not None
    [meeting] = records.list_all(store, "connector_meeting")
    assert meeting["mode"] == "virtual" and meeting["connector_id"] == carmen["id"]
    refs = records.list_all(store, "referral", meeting_id=meeting["id"])
    assert {r["connector_id"]: r["status"] for r in refs} == {
        youssef["id"]: "pending",
        lucia["id"]: "happened",
        ibrahima["id"]: "pending",
    }

    # followed until it happened: the pending ones, "Mark as happened"
    assert tab.model.rowCount() == 1 and tab.referrals.model.rowCount() == 2
    assert {r["status"] for r in tab.referrals.model.rows} == {"pending"}
    tab.referrals.view.selectRow(0)
    click(qtbot, tab.happened_button)
    statuses = sorted(r["status"] for r in records.list_all(store, "referral"))
    assert statuses == ["happened", "happened", "pending"]
    assert all(
        r["happened_on"] for r in records.list_all(store, "referral") if r["status"] == "happened"
    )


def test_edit_a_meeting_keeps_its_referrals(qtbot, store, person, connectors, view):
    carmen, youssef, lucia, _ = connectors
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
    records.create(
        store,
        "referral",
        {
            "meeting_id": meeting["id"],
            "participant_id": person["id"],
            "connector_id": youssef["id"],
            "status": "pending",
        },
    )
    view.refresh()
    tab = view.meetings
    view.show_tab(tab)
    tab.table.selectRow(0)
    dialog = tab.edit_meeting()
    assert dialog.rows[0].connector.get_value() == youssef["id"]
    dialog.rows[1].connector.setCurrentIndex(dialog.rows[1].connector.findData(lucia["id"]))
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.saved is not None
    assert len(records.list_all(store, "referral", meeting_id=meeting["id"])) == 2
    assert len(records.list_all(store, "connector_meeting")) == 1


def test_itinerary_goals_and_next_steps(qtbot, store, person, view, monkeypatch):
    tab = view.itinerary
    view.show_tab(tab)
    dialog = tab.goals.add()
    type_text(qtbot, dialog.form.widget("title"), "Obtener el carné de manipulador de alimentos")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    [goal] = records.list_all(store, "goal")
    assert goal["status"] == "planned" and goal["participant_id"] == person["id"]
    assert tab.goals.model.rowCount() == 1
    editor = tab.next_steps.editor
    editor.setFocus()
    type_text(qtbot, editor, "Visitar la empresa el jueves.")
    asked = []
    monkeypatch.setattr(
        errors, "ask", lambda _p, text, discard=False: asked.append(text) or "cancel"
    )
    assert not view.can_close()  # leaving the page with unsaved next steps asks first
    assert asked
    click(qtbot, tab.next_steps.save_button)
    assert (
        records.get(store, "participant", person["id"])["next_steps"]
        == "Visitar la empresa el jueves."
    )
    assert not tab.next_steps.is_dirty()


def test_participant_actions_are_buttons(qtbot, store, person, monkeypatch):
    from desktop.ui import navigation

    monkeypatch.setattr(
        navigation,
        "PARTICIPANT_ACTIONS",
        [("probe", "tests.ui.test_participants_page:_probe_action", "Print itinerary…")],
    )
    _CALLS.clear()
    page = ParticipantsPage(store)
    qtbot.addWidget(page)
    page.open_participant(person["id"])
    button = page.detail.findChild(type(page.detail.back_button), "action_probe")
    assert button.text() == "Print itinerary…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _CALLS == [person["id"]]


_CALLS: list[str] = []


def _probe_action(parent, store, record_id):
    _CALLS.append(record_id)
