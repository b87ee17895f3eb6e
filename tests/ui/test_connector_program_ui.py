"""The Connector Program in the window: suggest connectors on a participant's meetings tab,
record the meeting with three referrals, see them waiting, mark one happened and see the
programme's screen change."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from desktop.services import participants, records


def connector(store, name, **extra):
    return records.create(
        store,
        "connector",
        {
            "full_name": name,
            "field": "Cocina",
            "origin": "local",
            "active": True,
            "contact_consent_on": "2026-01-01",
            "phone": "+34612345678",
            **extra,
        },
    )


def test_suggest_meet_with_three_referrals_wait_then_happened(qtbot, store):
    from desktop.ui.connectors.suggestions import SuggestionsDialog
    from desktop.ui.main_window import MainWindow

    person = participants.register(
        store,
        {
            "first_name": "Aminata",
            "last_name": "Diop",
            "birth_date": "1992-04-04",
            "gender": "female",
            "migrant_status": "refugee",
            "desired_occupation_group": "51",
            "languages": "fr",
            "neighbourhood": "Loranca",
        },
    )
    best = connector(
        store, "Marta Gil", occupation_group="51", languages="fr", neighbourhood="Loranca"
    )
    connector(store, "Pedro Ruiz", occupation_group="72")
    others = [connector(store, n) for n in ("Rosa Vidal", "Luis Ortega", "Karim Benali")]

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    page = window.show_page("participants")
    page.open_participant(person["id"])
    tab = page.detail.meetings
    chooser = tab.suggest_connectors()
    assert isinstance(chooser, SuggestionsDialog)
    qtbot.waitExposed(chooser)
    table = chooser.table
    assert table.model().index(0, 1).data() == "Marta Gil"
    why = table.model().index(0, 3).data()
    assert "Works in the same occupation group (Personal service workers)" in why
    assert "Speaks French" in why and "Lives in the same neighbourhood (Loranca)" in why
    table.selectRow(0)
    chooser.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    dialog = tab.dialog
    assert dialog is not None and dialog.form.values()["connector_id"] == best["id"]
    dialog.form.set_values({"met_on": date.today() - timedelta(days=30)}, clean=False)
    for row, other in zip(dialog.rows, others, strict=True):
        row.connector.set_value(other["id"])
    assert dialog.save()

    waiting = window.show_page("referrals_waiting")
    qtbot.waitUntil(lambda: waiting.model.rowCount() == 3)
    assert waiting.count.text() == "3 referrals waiting"
    assert {waiting.model.index(r, 4).data() for r in range(3)} == {
        "Rosa Vidal",
        "Luis Ortega",
        "Karim Benali",
    }
    assert waiting.model.index(0, 5).data() == "612 34 56 78"
    waiting.days.setValue(31)
    qtbot.waitUntil(lambda: waiting.model.rowCount() == 0)
    waiting.days.setValue(21)
    qtbot.waitUntil(lambda: waiting.model.rowCount() == 3)

    program = window.show_page("connector_program")
    qtbot.waitUntil(lambda: program.findChild(QLabel, "value_referrals_pending").text() == "3")
    assert program.findChild(QLabel, "value_referrals_happened").text() == "0"
    assert program.findChild(QLabel, "value_active_connectors").text() == "5"
    assert "at least 20 (not reached)" in program.cells["active_connectors"][2].text()

    window.show_page("referrals_waiting")
    waiting.table.selectRow(0)
    qtbot.mouseClick(waiting.happened_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: waiting.model.rowCount() == 2)
    window.show_page("connector_program")
    qtbot.waitUntil(lambda: program.findChild(QLabel, "value_referrals_happened").text() == "1")
    assert program.findChild(QLabel, "value_referrals_pending").text() == "2"


def test_connectors_list_shows_each_connectors_group_and_load(qtbot, store):
    from desktop.services import meetings
    from desktop.ui.main_window import MainWindow

    person = participants.register(
        store,
        {
            "first_name": "Omar",
            "last_name": "Ba",
            "birth_date": "1990-01-01",
            "gender": "male",
            "migrant_status": "migrant",
        },
    )
    marta = connector(store, "Marta Gil", occupation_group="53")
    meetings.save_meeting(
        store,
        person["id"],
        {"connector_id": marta["id"], "met_on": date.today().isoformat(), "mode": "virtual"},
        [],
    )
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("connectors")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    row = {h: page.model.index(0, c).data() for c, h in enumerate(headers)}
    assert row["Occupation group (ISCO-08)"] == "53 · Personal care workers"
    assert row["Newcomers now"] == "1" and row["Newcomers at a time"] == ""
