"""The areas that help inclusion in the window: the Associations screen (type an association,
save, see its row; one that introductions name is not deleted) and the participant's Inclusion
tab (record an introduction to an association, see it listed; the association is asked for only
when the area is one)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.services import participants, records
from desktop.ui.pages.associations import AssociationsPage

pytestmark = pytest.mark.usefixtures("quiet_record_dialogs")


def _choose(combo, text):
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def _save(dialog, qtbot):
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def _cells(model, row):
    return [model.index(row, c).data() for c in range(model.columnCount())]


def _person(store):
    return participants.register(
        store,
        {
            "first_name": "Aminata",
            "last_name": "Diop",
            "birth_date": "1992-04-04",
            "gender": "female",
            "migrant_status": "refugee",
            "neighbourhood": "Loranca",
        },
    )


def test_type_an_association_save_it_and_see_its_row(store, qtbot):
    page = AssociationsPage(store)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh()
    errors = []
    page.show_error = errors.append

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.dialog.form
    assert form.widget("active").get_value() is True  # a new association is offered at once
    qtbot.keyClicks(form.widget("name"), "Vecinos de La Serna")
    qtbot.keyClicks(form.widget("neighbourhood"), "La Serna")
    qtbot.keyClicks(form.widget("phone"), "91 600 12 34")
    qtbot.keyClicks(form.widget("email"), "not-an-address")
    _save(page.dialog, qtbot)
    assert page.dialog is not None and "name@example.org" in form.error_text("email")
    form.widget("email").clear()
    qtbot.keyClicks(form.widget("email"), "laserna@example.org")
    _save(page.dialog, qtbot)

    assert page.dialog is None
    assert page.model.rowCount() == 1
    assert _cells(page.proxy, 0) == [
        "Vecinos de La Serna",
        "La Serna",
        "916 00 12 34",
        "laserna@example.org",
        "0",
        "0",
        "Yes",
    ]
    assert page.count.text() == "1 association"
    assert (
        "La Serna · Contact: 916 00 12 34 · laserna@example.org · Active"
        in page.detail.summary.text()
    )

    # named by an introduction, it is not deleted: the screen says what to do instead
    club = records.list_all(store, "association")[0]
    pid = _person(store)["id"]
    records.create(
        store,
        "inclusion_introduction",
        {
            "participant_id": pid,
            "introduced_on": date.today(),
            "area": "association",
            "association_id": club["id"],
            "interest": "yes",
        },
    )
    page.refresh()
    assert _cells(page.proxy, 0)[4:6] == ["1", "1"]
    assert page.detail.people_model.rowCount() == 1
    assert page.detail.people_model.index(0, 1).data() == "Aminata Diop"
    page.confirm = lambda text: pytest.fail("asked to delete an association in use")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert errors and "Mark it as not active instead" in errors[-1]
    assert len(records.list_all(store, "association")) == 1

    qtbot.keyClicks(page.filter, "serna")
    assert page.proxy.rowCount() == 1
    page.filter.clear()
    qtbot.keyClicks(page.filter, "lectura")
    assert page.proxy.rowCount() == 0


def test_record_an_introduction_on_the_inclusion_tab(store, qtbot):
    from desktop.ui.main_window import MainWindow

    club = records.create(store, "association", {"name": "Club de lectura Loranca", "active": True})
    records.create(store, "association", {"name": "Asociación cerrada", "active": False})
    person = _person(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    page = window.show_page("participants")
    page.open_participant(person["id"])
    view = page.detail
    view.show_tab(view.inclusion)
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Communit&y"
    section = view.inclusion.section
    assert section.model.rowCount() == 0

    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    form = dialog.form
    association = form.widget("association_id")
    assert form.widget("introduced_on").get_value() == date.today()
    # only active associations are offered, and only for the area of a local association
    assert [association.itemText(i) for i in range(association.count())] == [
        "",
        "Club de lectura Loranca",
    ]
    _choose(form.widget("area"), "Coexistence Board (Mesa por la Convivencia)")
    assert not association.isEnabled()
    _choose(form.widget("area"), "A local association")
    assert association.isEnabled()
    _choose(form.widget("interest"), "Wants to join")
    _save(dialog, qtbot)
    assert section.dialog.isVisible()
    assert form.error_text("association_id") == (
        "Association: choose the local association the participant was introduced to."
    )
    form.widget("introduced_on").set_value(date.today() - timedelta(days=2))
    _choose(association, "Club de lectura Loranca")
    qtbot.keyClicks(form.widget("notes"), "Will go to the Thursday meeting")
    _save(dialog, qtbot)

    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    [saved] = records.list_all(store, "inclusion_introduction")
    assert (saved["area"], saved["association_id"], saved["interest"]) == (
        "association",
        club["id"],
        "yes",
    )
    row = _cells(section.model, 0)
    assert row[1:] == [
        "A local association",
        "Club de lectura Loranca",
        "Wants to join",
        "Will go to the Thursday meeting",
    ]

    # changing the area to another leaves no association behind
    section.view.selectRow(0)
    qtbot.mouseClick(section.edit_button, Qt.MouseButton.LeftButton)
    form = section.dialog.form
    assert form.widget("association_id").isEnabled()
    _choose(form.widget("area"), "Anti-Rumours network")
    assert form.widget("association_id").get_value() is None
    _save(section.dialog, qtbot)
    qtbot.waitUntil(lambda: _cells(section.model, 0)[1] == "Anti-Rumours network")
    assert records.get(store, "inclusion_introduction", saved["id"])["association_id"] is None
