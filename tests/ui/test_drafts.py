"""Drafts on disk, and a RecordDialog that offers its draft back after a crash."""

from __future__ import annotations

import os
from datetime import date, datetime

from PySide6.QtCore import Qt

from desktop.services import records
from desktop.storage.drafts import Drafts
from desktop.ui.widgets import draft_keeper
from desktop.ui.widgets.record_dialog import RecordDialog


def test_drafts_round_trip_typed_values(data_dir):
    drafts = Drafts(data_dir)
    values = {
        "name": "Jardinería",
        "start_date": date(2022, 2, 9),
        "starts_at": datetime(2022, 2, 9, 10, 30),
        "planned_hours": 390,
        "active": True,
        "x": None,
    }
    drafts.save("lab:new", values)
    assert drafts.load("lab:new") == values
    assert drafts.pending() == ["lab:new"]
    assert drafts.load("lab:other") is None
    drafts.discard("lab:new")
    assert drafts.load("lab:new") is None
    assert drafts.pending() == []
    drafts.discard("lab:new")  # discarding twice is harmless


def test_draft_file_names_hold_no_personal_data(data_dir):
    drafts = Drafts(data_dir)
    drafts.save("participant:Fatima Zahra", {"first_name": "Fatima"})
    names = os.listdir(data_dir / "drafts")
    assert len(names) == 1
    assert "fatima" not in names[0].lower() and "participant" not in names[0]
    assert not [n for n in names if n.startswith(".tmp")]  # written atomically, no leftovers


def test_damaged_draft_is_ignored(data_dir):
    drafts = Drafts(data_dir)
    drafts.save("company:new", {"name": "Viveros"})
    path = next((data_dir / "drafts").iterdir())
    path.write_text("{not json", encoding="utf-8")
    assert drafts.load("company:new") is None
    assert drafts.pending() == []


class Answers:
    def __init__(self, restore=True, unsaved="discard"):
        self.restore, self.unsaved = restore, unsaved
        self.asked_restore = 0
        self.asked_unsaved = 0

    def restore_draft(self, parent, saved_at):
        self.asked_restore += 1
        return self.restore

    def unsaved_changes(self, parent):
        self.asked_unsaved += 1
        return self.unsaved


def _company_dialog(store, qtbot, answers):
    dialog = RecordDialog(
        "company",
        "New company",
        lambda v: records.create(store, "company", v),
        store=store,
        draft_key="company:new",
    )
    dialog.questions = answers
    qtbot.addWidget(dialog)
    return dialog


def test_draft_is_offered_back_after_a_crash(store, qtbot):
    answers = Answers(restore=True)
    first = _company_dialog(store, qtbot, answers)
    first.show()
    qtbot.keyClicks(first.form.widget("name"), "Viveros del Sur")
    qtbot.keyClicks(first.form.widget("sector"), "Jardineria")
    first.form.widget("collaboration").boxes["placements"].click()
    # the autosave timer fires while the user types
    qtbot.waitUntil(
        lambda: Drafts(store.data_dir).load("company:new") is not None,
        timeout=draft_keeper.DELAY_MS + 3000,
    )
    # simulated crash: the dialog is never closed; a new one opens on the same data folder
    second = _company_dialog(store, qtbot, answers)
    second.show()
    second.activateWindow()
    qtbot.waitUntil(lambda: second.restored_draft and second.isActiveWindow())
    assert answers.asked_restore == 1
    values = second.form.values()
    assert values["name"] == "Viveros del Sur"
    assert values["sector"] == "Jardineria"
    assert values["collaboration"] == "placements"
    assert second.form.is_dirty()
    # saving writes the record and removes the draft
    qtbot.keyClick(second, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert second.saved is not None
    assert [c["name"] for c in records.list_all(store, "company")] == ["Viveros del Sur"]
    assert Drafts(store.data_dir).pending() == []


def test_refused_draft_is_discarded(store, qtbot):
    Drafts(store.data_dir).save("company:new", {"name": "Old draft"})
    answers = Answers(restore=False)
    dialog = _company_dialog(store, qtbot, answers)
    dialog.show()
    qtbot.waitUntil(lambda: answers.asked_restore == 1)
    assert dialog.form.values()["name"] is None
    assert Drafts(store.data_dir).pending() == []


def test_closing_without_a_decision_keeps_a_draft(store, qtbot):
    answers = Answers()
    dialog = _company_dialog(store, qtbot, answers)
    dialog.show()
    qtbot.keyClicks(dialog.form.widget("name"), "Talleres Loranca")
    dialog.hide()  # e.g. the main window closing under it
    assert Drafts(store.data_dir).load("company:new")["name"] == "Talleres Loranca"


def test_any_form_values_survive_a_draft(tmp_path):
    """Whatever a form holds comes back from its draft with the same types and values."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    values = st.dictionaries(
        st.text(min_size=1, max_size=20),
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(-(10**9), 10**9),
            st.floats(allow_nan=False, allow_infinity=False),
            st.text(max_size=200),
            st.dates(),
            st.datetimes(),
            st.lists(st.text(max_size=40), max_size=5),
        ),
        max_size=12,
    )
    drafts = Drafts(tmp_path)

    @settings(max_examples=60, deadline=None)
    @given(key=st.text(min_size=1, max_size=60), form=values)
    def check(key, form):
        drafts.save(key, form)
        assert drafts.load(key) == form
        assert key in drafts.pending()
        drafts.discard(key)
        assert drafts.load(key) is None

    check()
