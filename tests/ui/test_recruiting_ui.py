"""A participant who found work becomes a connector from the Connector meetings tab: the form
comes prefilled, saving links the two, and the tab then says since when."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.i18n import format_date
from desktop.services import participants, records, recruiting


def test_become_a_connector_from_the_meetings_tab(qtbot, store):
    from desktop.ui.main_window import MainWindow

    jobless = participants.register(
        store,
        {
            "first_name": "Omar",
            "last_name": "Sy",
            "birth_date": "1990-01-01",
            "gender": "male",
            "migrant_status": "migrant",
        },
    )
    person = participants.register(
        store,
        {
            "first_name": "Aminata",
            "last_name": "Diop",
            "birth_date": "1992-04-04",
            "gender": "female",
            "migrant_status": "refugee",
            "languages": "fr",
            "neighbourhood": "Loranca",
            "phone": "612345678",
        },
    )
    records.create(
        store,
        "employment_outcome",
        {
            "participant_id": person["id"],
            "employer_name": "Bar Sol",
            "occupation": "Camarera",
            "contract_type": "temporary",
            "start_date": "2026-10-01",
        },
    )
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    page = window.show_page("participants")
    page.open_participant(jobless["id"])
    tab = page.detail.meetings
    page.detail.tabs.setCurrentWidget(tab)
    assert tab.recruit_button.isHidden() and tab.recruit_label.isHidden()

    page.open_participant(person["id"])
    tab = page.detail.meetings
    page.detail.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.recruit_button.isVisible)
    assert tab.recruit_button.text() == "Become a connector…"
    qtbot.mouseClick(tab.recruit_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    shown = dialog.form.values()
    assert (shown["full_name"], shown["field"], shown["neighbourhood"], shown["origin"]) == (
        "Aminata Diop",
        "Camarera",
        "Loranca",
        "migrant",
    )
    qtbot.waitUntil(
        lambda: not dialog.scroll_area.horizontalScrollBar().isVisible()
    )  # no sideways scrolling
    window.grab().save("/tmp/shots/h14/recruit_tab.png")
    dialog.grab().save("/tmp/shots/h14/recruit_dialog.png")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    linked = recruiting.connector_of(store, person["id"])
    assert (
        linked is not None
        and linked["full_name"] == "Aminata Diop"
        and linked["phone"] == "+34612345678"
    )
    tab = page.detail.meetings
    qtbot.waitUntil(tab.recruit_label.isVisible)
    assert tab.recruit_button.isHidden()
    assert (
        tab.recruit_label.text()
        == f"Connector since {format_date(recruiting.since(linked), fmt='medium')}"
    )
    qtbot.waitUntil(
        lambda: tab.recruit_label.width() >= tab.recruit_label.sizeHint().width()
    )  # not cut
    window.grab().save("/tmp/shots/h14/recruit_since.png")
