"""Surveys as a technician uses them: the Follow-ups due screen lists who needs a survey, opening a
row answers it on the person's Surveys tab (questions in the participant's language or the
technician's, errors under the questions), and the answered follow-up leaves the list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.indicators import add_months
from desktop.i18n.preferences import settings
from desktop.services import consents, participants, records, reference
from desktop.services import surveys as S
from desktop.ui import errors
from desktop.ui.main_window import MainWindow


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
    lab_end = add_months(date.today(), -6) + timedelta(days=10)  # the follow-up window is open
    lab = reference.save_lab(
        store,
        None,
        {
            "name": "Gardening",
            "niche": "gardening",
            "site": "CIFE",
            "start_date": lab_end - timedelta(days=100),
            "end_date": lab_end,
            "planned_hours": 300,
        },
    )["id"]
    pid = participants.register(
        store,
        {
            "first_name": "Awa",
            "last_name": "Diallo",
            "birth_date": date(1990, 1, 2),
            "gender": "female",
            "migrant_status": "migrant",
            "preferred_language": "fr",
            "phone": "612345678",
        },
    )["id"]
    records.create(
        store,
        "enrolment",
        {
            "participant_id": pid,
            "lab_id": lab,
            "status": "completed",
            "enrolled_on": lab_end - timedelta(days=100),
        },
    )
    consents.grant(
        store, pid, "follow_up", lab_end - timedelta(days=100)
    )  # may be called for the surveys
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    w.pid = pid
    return w


def shown(page) -> list[list[str]]:
    m = page.model
    return [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def answer(qtbot, dialog, name: str, value) -> None:
    editor = dialog.form.editors[name]
    question = dialog.questionnaire.question(name)
    if question.kind == "likert":
        click(qtbot, editor.buttons[int(value) - 1])
    elif question.kind in ("yes_no", "select"):
        editor.setCurrentIndex(editor.findData(value))
    else:
        editor.clear()
        qtbot.keyClicks(editor, str(value))


def test_answer_a_follow_up_from_the_due_list_and_see_it_leave(qtbot, window):
    page = window.show_page("followups")
    rows = shown(page)
    assert [(r[0], r[1]) for r in rows] == [
        ("Overdue", "End survey"),
        ("Due now", "Follow-up (6 months)"),
    ]
    assert rows[1][3].startswith("Awa Diallo (") and rows[1][4] == "612 34 56 78"
    assert "due no later than 6 months" in page.rules.text()
    assert page.count.text() == "2 surveys to answer · 1 overdue"

    page.view.selectRow(1)
    page.open_row(1)
    detail = window.page("participants").detail
    assert detail.tabs.currentWidget() is detail.surveys
    dialog = detail.surveys.dialog
    assert dialog.isVisible() and dialog.questionnaire.form == "followup"
    # in the participant's language (French) first, then the technician's (English)
    assert (
        dialog.form.labels["improved_opportunities"].text()
        == "Le programme a amélioré mes chances de trouver un emploi. *"
    )
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    assert (
        dialog.form.labels["improved_opportunities"].text()
        == "The programme improved my job opportunities. *"
    )
    assert dialog.form.editors["join_interest"].itemText(1) == "No"

    answer(qtbot, dialog, "employment_situation", "self_employed")
    answer(qtbot, dialog, "job_start", "12/01/2027")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    click(qtbot, save)  # required questions left empty: said under each, nothing saved
    assert dialog.isVisible()
    assert dialog.form.error_text("improved_opportunities") == "Answer this question."
    assert dialog.form.error_text("drive") == "Answer this question."
    assert S.responses(window.store, window.pid) == []

    for name, value in {
        "expectations_met": 4,
        "improved_opportunities": "yes",
        "inclusion": 5,
        "connector_helped_inclusion": "yes",
        "join_interest": "yes",
        "drive": 4,
        "empowerment": 4,
        "creativity": 3,
        "setbacks": 5,
    }.items():
        answer(qtbot, dialog, name, value)
    assert dialog.form.error_text("drive") == ""
    click(qtbot, save)
    assert not dialog.isVisible()
    saved = S.responses(window.store, window.pid)
    assert [
        (
            r.form,
            r.language,
            r.answers["improved_opportunities"],
            r.answers["drive"],
            r.answers["job_start"],
        )
        for r in saved
    ] == [("followup", "en", "yes", 4, "2027-01-12")]
    tab = detail.surveys
    assert (
        tab.model.rowCount() == 1
        and "The programme improved my job opportunities. — Yes" in tab.answers.toPlainText()
    )

    page = window.show_page("followups")
    assert [(r[0], r[1]) for r in shown(page)] == [("Overdue", "End survey")]


def test_a_number_out_of_range_is_said_as_it_is_typed(qtbot, window):
    window.show_page("participants").open_participant(window.pid)
    tab = window.page("participants").detail.surveys
    tab.form_choice.setCurrentIndex(tab.form_choice.findData("initial"))
    click(qtbot, tab.new_button)
    dialog = tab.dialog
    answer(qtbot, dialog, "household_size", "25")
    assert dialog.form.error_text("household_size") == "Enter a number from 1 to 20."
    answer(qtbot, dialog, "household_size", "4")
    assert dialog.form.error_text("household_size") == ""
    dialog.form.set_values({"household_size": None}, clean=True)
    dialog.reject()


def test_a_survey_being_answered_is_kept_as_a_draft_and_offered_back(qtbot, window, monkeypatch):
    from desktop.ui.widgets.record_dialog import Questions, RecordDialog

    class Restore(Questions):
        def restore_draft(self, parent, saved_at) -> bool:
            return True

    monkeypatch.setattr(RecordDialog, "questions", Restore())
    window.show_page("participants").open_participant(window.pid)
    tab = window.page("participants").detail.surveys
    tab.form_choice.setCurrentIndex(tab.form_choice.findData("end"))
    click(qtbot, tab.new_button)
    first = tab.dialog
    answer(qtbot, first, "training_useful", 4)
    answer(qtbot, first, "comments", "More placements")
    first.save_draft()  # what the autosave timer does while typing
    first.hide()  # the battery dies: the dialog never closed
    click(qtbot, tab.new_button)
    again = tab.dialog
    assert again is not first
    qtbot.waitUntil(lambda: again.restored_draft)
    assert again.form.editors["training_useful"].get_value() == 4
    assert again.form.editors["comments"].get_value() == "More placements"
    again.form.mark_clean()
    again.reject()


def test_a_survey_draft_left_by_a_crash_is_listed_at_start_up_and_resumed(qtbot, window):
    from desktop.ui.widgets.pending_drafts import describe

    window.show_page("participants").open_participant(window.pid)
    tab = window.page("participants").detail.surveys
    tab.form_choice.setCurrentIndex(tab.form_choice.findData("followup"))
    click(qtbot, tab.new_button)
    first = tab.dialog
    answer(qtbot, first, "join_interest", "yes")
    first.save_draft()
    first.hide()  # the application died with the form open
    pending = describe(window.store, first.draft_key)
    assert (pending.kind, pending.participant["last_name"], pending.missing) == (
        "survey_response",
        "Diallo",
        False,
    )
    window.open_draft(first.draft_key)  # Resume, in the list of unsaved forms
    again = window.page("participants").detail.surveys.dialog
    assert again is not first and again.isVisible() and again.questionnaire.form == "followup"
    assert again.form.editors["join_interest"].get_value() == "yes"
    again.form.mark_clean()
    again.reject()


def test_answers_changed_meanwhile_are_not_overwritten_and_are_compared_question_by_question(
    qtbot, window
):
    from tests.unit.test_surveys import END

    saved = S.save(window.store, window.pid, "end", END, answered_on=date.today(), language="en")
    window.show_page("participants").open_participant(window.pid)
    tab = window.page("participants").detail.surveys
    assert tab.select(saved.id)
    dialog = tab.open_selected()
    answer(qtbot, dialog, "training_useful", 2)
    # meanwhile another window (or a USB import) changes the same answer
    S.save(
        window.store,
        window.pid,
        "end",
        {**END, "training_useful": 3},
        answered_on=date.today(),
        language="en",
        response_id=saved.id,
    )
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert S.get(window.store, saved.id).answers["training_useful"] == 3
    assert dialog.isVisible() and dialog.conflict.isVisible()
    question = dialog.questionnaire.question("training_useful").label("en")
    assert dialog.conflict.rows() == [(question, "3 - Neither agree nor disagree", "2 - Disagree")]
    click(qtbot, dialog.conflict.take_button)
    assert dialog.form.editors["training_useful"].get_value() == 3
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert not dialog.isVisible()
    assert S.get(window.store, saved.id).answers["training_useful"] == 3
