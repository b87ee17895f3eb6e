"""Never lose work: forms keep a draft while the user types, and after a crash (here: a new
window opened on the same data folder while the old one never closed) the draft is offered
back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.i18n.preferences import settings
from desktop.services import participants, records
from desktop.storage.drafts import Drafts
from desktop.ui import errors
from desktop.ui.main_window import MainWindow
from desktop.ui.participants import form as participant_form
from desktop.ui.participants.page import ParticipantsPage
from desktop.ui.widgets import draft_keeper
from desktop.ui.widgets.record_dialog import RecordDialog


@pytest.fixture(autouse=True)
def quick_drafts(monkeypatch):
    monkeypatch.setattr(draft_keeper, "DELAY_MS", 50)
    s = settings()
    s.clear()
    yield
    s.clear()


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    def unexpected(*_a, **_k):
        raise AssertionError("unexpected question")

    monkeypatch.setattr(errors, "ask", unexpected)


@pytest.fixture
def person(store):
    return participants.register(
        store,
        {
            "first_name": "Oksana",
            "last_name": "Kovalenko",
            "birth_date": date(1985, 9, 9),
            "gender": "female",
            "migrant_status": "refugee",
            "nationality": "UA",
        },
    )


def new_window(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def new_page(qtbot, store):
    page = ParticipantsPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def test_unsaved_registration_is_offered_back_after_a_crash(qtbot, store):
    first = new_window(qtbot, store)
    dialog = first.page("participants").new_participant(restore_draft=False)
    editors = dialog.editors
    for name, text in (
        ("first_name", "Kwame"),
        ("last_name", "Mensah"),
        ("birth_date", "03/02/1991"),
        ("phone", "+34 611 222 333"),
    ):
        editors[name].setFocus()
        qtbot.keyClicks(editors[name], text)
    qtbot.waitUntil(
        lambda: Drafts(store.data_dir).load("participant:new") is not None, timeout=3000
    )
    # the laptop dies here: nothing was saved, the dialog never closed

    second = new_window(qtbot, store)
    assert second.draft_bar.isVisibleTo(second)
    assert second.draft_bar.rows() == [("Registration (new)", "")]
    qtbot.mouseClick(second.draft_bar.buttons("participant:new")[0], Qt.MouseButton.LeftButton)
    page = second.page("participants")
    [restored] = [d for d in page.findChildren(participant_form.ParticipantDialog) if d.isVisible()]
    assert restored.editors["first_name"].get_value() == "Kwame"
    assert restored.editors["birth_date"].get_value() == date(1991, 2, 3)
    assert restored.editors["phone"].get_value() == "+34 611 222 333"
    assert restored.is_dirty()
    # finish the registration: the draft is gone once saved
    for name, key in (("gender", "M"), ("migrant_status", "M")):
        restored.editors[name].setFocus()
        qtbot.keyClicks(restored.editors[name], key)
    restored.consent.date.setFocus()  # the information notice signed today
    qtbot.keyClicks(restored.consent.date, date.today().strftime("%d/%m/%Y"))
    qtbot.mouseClick(
        restored.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert restored.saved is not None
    assert records.get(store, "participant", restored.saved["id"])["phone"] == "+34611222333"
    assert Drafts(store.data_dir).load("participant:new") is None
    dialog.drafts.discard(dialog.key)
    dialog._dirty = False  # the first window's form is the crashed one: leave no new draft behind


def test_a_kept_registration_can_be_discarded(qtbot, store):
    Drafts(store.data_dir).save("participant:new", {"first_name": "Ana"})
    window = new_window(qtbot, store)
    assert window.draft_bar.isVisibleTo(window)
    qtbot.mouseClick(window.draft_bar.buttons("participant:new")[1], Qt.MouseButton.LeftButton)
    assert not window.draft_bar.isVisibleTo(window)
    assert Drafts(store.data_dir).pending() == []


def test_coaching_session_draft_comes_back(qtbot, store, person, monkeypatch):
    first = new_page(qtbot, store)
    first.open_participant(person["id"])
    dialog = first.detail.coaching.sessions.add()
    notes = dialog.form.widget("notes")
    qtbot.keyClicks(notes, "Hablamos de su CV y de la entrevista del martes")
    key = f"coaching_session:new:{person['id']}"
    qtbot.waitUntil(lambda: Drafts(store.data_dir).load(key) is not None, timeout=3000)

    class Restore:
        def restore_draft(self, parent, saved_at):
            return True

        def unsaved_changes(self, parent):
            raise AssertionError("unexpected question")

    monkeypatch.setattr(RecordDialog, "questions", Restore())
    second = new_page(qtbot, store)
    second.open_participant(person["id"])
    again = second.detail.coaching.sessions.add()
    qtbot.waitUntil(lambda: again.restored_draft, timeout=3000)
    assert (
        again.form.widget("notes").get_value() == "Hablamos de su CV y de la entrevista del martes"
    )
    qtbot.mouseClick(
        again.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert again.saved is not None
    assert Drafts(store.data_dir).load(key) is None
    dialog.keeper.decided = True  # the crashed dialog


def test_life_story_draft_comes_back(qtbot, store, person):
    first = new_page(qtbot, store)
    first.open_participant(person["id"])
    tab = first.detail.life_story
    first.detail.show_tab(tab)
    text = tab.form.widget("text")
    text.setFocus()
    qtbot.keyClicks(text, "Vine con mis dos hijos en marzo de 2022.")
    key = f"life_story:new:{person['id']}"
    qtbot.waitUntil(lambda: Drafts(store.data_dir).load(key) is not None, timeout=3000)

    second = new_page(qtbot, store)
    second.open_participant(person["id"])
    again = second.detail.life_story
    second.detail.show_tab(again)
    assert again.draft_bar.isVisibleTo(again)
    qtbot.mouseClick(again.restore_button, Qt.MouseButton.LeftButton)
    assert again.form.widget("text").get_value() == "Vine con mis dos hijos en marzo de 2022."
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    [story] = records.list_all(store, "life_story")
    assert (
        story["text"] == "Vine con mis dos hijos en marzo de 2022."
        and story["consent_scope"] == "private"
    )
    assert Drafts(store.data_dir).load(key) is None
    tab.form.mark_clean()  # the crashed page


def test_connector_meeting_draft_comes_back(qtbot, store, person, monkeypatch):
    connector = records.create(
        store, "connector", {"full_name": "Pilar Ortega", "field": "Cuidados", "origin": "local"}
    )
    first = new_page(qtbot, store)
    first.open_participant(person["id"])
    dialog = first.detail.meetings.add_meeting()
    combo = dialog.form.widget("connector_id")
    combo.setCurrentIndex(combo.findData(connector["id"]))
    qtbot.keyClicks(dialog.form.widget("notes"), "Primera cita en la asociacion del barrio")
    key = f"connector_meeting:new:{person['id']}"
    qtbot.waitUntil(lambda: Drafts(store.data_dir).load(key) is not None, timeout=3000)

    monkeypatch.setattr(errors, "ask", lambda _p, _text, discard=False: "yes")
    second = new_page(qtbot, store)
    second.open_participant(person["id"])
    again = second.detail.meetings.add_meeting()
    qtbot.waitExposed(again)
    qtbot.waitUntil(
        lambda: again.form.widget("connector_id").get_value() == connector["id"], timeout=3000
    )
    assert again.form.widget("notes").get_value() == "Primera cita en la asociacion del barrio"
    assert again.save()
    assert len(records.list_all(store, "connector_meeting")) == 1
    assert Drafts(store.data_dir).load(key) is None
    dialog.keeper.decided = True  # the crashed dialog


def test_unsaved_lab_form_is_offered_back_at_start(qtbot, store, monkeypatch):
    first = new_window(qtbot, store)
    first.show_page("labs")
    first.act_new.trigger()  # Ctrl+N on the Labs screen: a new lab, not a new participant
    dialog = first.page("labs").dialog
    assert dialog is not None and dialog.kind == "lab" and dialog.isVisible()
    qtbot.keyClicks(dialog.form.widget("name"), "Jardineria vertical")
    qtbot.waitUntil(lambda: "lab:new" in Drafts(store.data_dir).pending(), timeout=3000)
    dialog.keeper.decided = True  # the first window "crashed" with the form open

    class Restore:
        def restore_draft(self, parent, saved_at):
            return True

        def unsaved_changes(self, parent):
            raise AssertionError("unexpected question")

    monkeypatch.setattr(RecordDialog, "questions", Restore())
    second = new_window(qtbot, store)
    assert second.draft_bar.isVisibleTo(second)
    assert "not saved" in second.draft_bar.draft_text.text()
    assert second.draft_bar.rows() == [("Lab (new)", "")]
    qtbot.mouseClick(second.draft_bar.buttons("lab:new")[0], Qt.MouseButton.LeftButton)
    assert second.current_key() == "labs"
    reopened = second.page("labs").dialog
    assert reopened is not None and reopened.isVisible()
    qtbot.waitUntil(lambda: reopened.restored_draft, timeout=3000)
    assert reopened.form.widget("name").get_value() == "Jardineria vertical"
    reopened.form.mark_clean()  # leave nothing to ask about when the test closes the windows
    reopened.keeper.decided = True


def test_record_form_drafts_are_listed_at_start_with_whose_they_are(
    qtbot, store, person, monkeypatch
):
    other = participants.register(
        store,
        {
            "first_name": "Kwame",
            "last_name": "Mensah",
            "birth_date": date(1991, 2, 3),
            "gender": "male",
            "migrant_status": "migrant",
        },
    )
    first = new_page(qtbot, store)
    first.open_participant(person["id"])
    dialog = first.detail.coaching.sessions.add()
    notes = dialog.form.widget("notes")
    qtbot.keyClicks(notes, "Hablamos de su CV y de la entrevista del martes")
    session_key = f"coaching_session:new:{person['id']}"
    qtbot.waitUntil(lambda: Drafts(store.data_dir).load(session_key) is not None, timeout=3000)
    dialog.keeper.decided = True  # the laptop dies with the form open
    Drafts(store.data_dir).save(f"life_story:new:{other['id']}", {"text": "Llegué en 2019."})

    monkeypatch.setattr(RecordDialog, "questions", None)  # resuming asks nothing
    window = new_window(qtbot, store)
    bar = window.draft_bar
    assert bar.isVisibleTo(window)
    assert "2 forms were not saved" in bar.draft_text.text()
    assert sorted(bar.rows()) == sorted(
        [
            ("Coaching session (new)", f"Oksana Kovalenko ({person['code']})"),
            ("Life story (new)", f"Kwame Mensah ({other['code']})"),
        ]
    )

    # discarding one removes its draft and its row
    qtbot.mouseClick(bar.buttons(f"life_story:new:{other['id']}")[1], Qt.MouseButton.LeftButton)
    assert bar.rows() == [("Coaching session (new)", f"Oksana Kovalenko ({person['code']})")]
    assert Drafts(store.data_dir).load(f"life_story:new:{other['id']}") is None

    # resuming opens the person's page and the form with what was typed
    qtbot.mouseClick(bar.buttons(session_key)[0], Qt.MouseButton.LeftButton)
    assert not bar.isVisibleTo(window)
    page = window.page("participants")
    assert window.current_key() == "participants" and page.detail.participant_id == person["id"]
    assert page.detail.tabs.currentWidget() is page.detail.coaching
    resumed = page.detail.coaching.sessions.dialog
    assert resumed is not None and resumed.isVisible() and resumed.restored_draft
    assert (
        resumed.form.widget("notes").get_value()
        == "Hablamos de su CV y de la entrevista del martes"
    )
    qtbot.mouseClick(
        resumed.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    [session] = records.list_all(store, "coaching_session")
    assert session["notes"] == "Hablamos de su CV y de la entrevista del martes"
    assert Drafts(store.data_dir).pending() == []


def test_a_life_story_draft_resumes_on_its_tab(qtbot, store, person):
    key = f"life_story:new:{person['id']}"
    Drafts(store.data_dir).save(key, {"text": "Vine con mis dos hijos en marzo de 2022."})
    window = new_window(qtbot, store)
    assert window.draft_bar.rows() == [("Life story (new)", f"Oksana Kovalenko ({person['code']})")]
    qtbot.mouseClick(window.draft_bar.buttons(key)[0], Qt.MouseButton.LeftButton)
    detail = window.page("participants").detail
    assert detail.tabs.currentWidget() is detail.life_story
    assert (
        detail.life_story.form.widget("text").get_value()
        == "Vine con mis dos hijos en marzo de 2022."
    )
    detail.life_story.discard_draft()
    detail.life_story.form.mark_clean()


def test_a_full_disk_costs_the_draft_but_never_the_form(qtbot, store, monkeypatch, caplog):
    """Every form keeps its draft the same way: when the disk refuses it, the user types on and
    the log says why, without a word of what was typed."""

    def full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Drafts, "save", full)
    window = new_window(qtbot, store)
    dialog = window.page("participants").new_participant(restore_draft=False)
    dialog.editors["first_name"].setFocus()
    qtbot.keyClicks(dialog.editors["first_name"], "Kwame")
    dialog.save_draft()
    qtbot.wait(150)  # the keeper's own try, a moment after the last key
    assert dialog.isVisible() and dialog.values()["first_name"] == "Kwame"
    assert "could not keep a draft: OSError" in caplog.text and "Kwame" not in caplog.text
    dialog.keeper.decided = True
