"""A lab's niche and planned hours: asked for when a technician creates a lab; a lab brought in
from the history without them is shown "to complete" in the list and its detail, opens with them
empty and saves with other changes, and once completed they are asked for again."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.services import records
from desktop.ui.pages.labs import LabsPage

NICHE, HOURS = 1, 5  # the list's columns


@pytest.fixture
def page(store, qtbot, quiet_record_dialogs):
    page = LabsPage(store)
    qtbot.addWidget(page)
    page.resize(1140, 700)
    page.show()
    page.refresh()
    return page


def _save(dialog, qtbot):
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def _imported(store) -> dict:
    """A lab as the history import makes it from a sheet without niche or hours."""
    return records.create(
        store,
        "lab",
        {
            "name": "Carpintería 2019",
            "site": "CIFE",
            "start_date": date(2019, 3, 4),
            "end_date": date(2019, 6, 28),
        },
    )


def test_a_new_lab_is_refused_without_its_niche_and_planned_hours(page, store, qtbot):
    dialog = page.new_record()
    form = dialog.form
    assert form.labels["niche"].text() == "Employment niche *"
    assert form.labels["planned_hours"].text() == "Planned hours *"
    form.widget("start_date").set_value(date(2026, 3, 2))
    form.widget("end_date").set_value(date(2026, 6, 26))
    _save(dialog, qtbot)
    assert dialog.isVisible()
    assert form.error_text("niche") == "Employment niche is required."
    assert form.error_text("planned_hours") == "Planned hours is required."
    assert form.error_text("name") == "Name is required."  # all at once, not one save after another
    assert form.error_text("end_date") == ""
    assert records.list_all(store, "lab") == []
    qtbot.keyClicks(form.widget("name"), "Carpentry")
    form.widget("niche").setCurrentIndex(form.widget("niche").findData("gardening"))
    form.widget("planned_hours").setFocus()
    qtbot.keyClicks(form.widget("planned_hours"), "300")
    _save(dialog, qtbot)
    assert not dialog.isVisible()
    [lab] = records.list_all(store, "lab")
    assert (lab["niche"], lab["planned_hours"]) == ("gardening", 300)


def test_a_lab_brought_in_without_them_says_to_complete_and_saves_with_other_changes(
    page, store, qtbot
):
    lab = _imported(store)
    page.refresh()
    assert page.proxy.index(0, NICHE).data() == "To complete"
    assert page.proxy.index(0, HOURS).data() == "To complete"
    assert page.select(lab["id"])
    summary = page.detail.summary.text()
    assert "Employment niche to complete" in summary and "Planned hours to complete" in summary

    dialog = page.edit_record(lab["id"])
    form = dialog.form
    assert (form.values()["niche"], form.values()["planned_hours"]) == (None, None)
    assert form.labels["niche"].text() == "Employment niche"  # not asked: it was stored without it
    qtbot.keyClicks(form.widget("schedule"), "L-V 9:00-14:00")
    _save(dialog, qtbot)
    assert not dialog.isVisible()
    saved = records.get(store, "lab", lab["id"])
    assert (saved["schedule"], saved["niche"], saved["planned_hours"]) == (
        "L-V 9:00-14:00",
        None,
        None,
    )

    # completed later: the list says it, and the niche may no longer be emptied
    dialog = page.edit_record(lab["id"])
    form = dialog.form
    form.widget("niche").setCurrentIndex(form.widget("niche").findData("catering"))
    _save(dialog, qtbot)
    assert records.get(store, "lab", lab["id"])["niche"] == "catering"
    assert page.proxy.index(0, NICHE).data() == "Catering"
    assert page.proxy.index(0, HOURS).data() == "To complete"
    dialog = page.edit_record(lab["id"])
    form = dialog.form
    assert form.labels["niche"].text() == "Employment niche *"
    assert form.labels["planned_hours"].text() == "Planned hours"
    form.widget("niche").setCurrentIndex(form.widget("niche").findData(None))
    _save(dialog, qtbot)
    assert dialog.isVisible() and form.error_text("niche") == "Employment niche is required."
    assert records.get(store, "lab", lab["id"])["niche"] == "catering"
