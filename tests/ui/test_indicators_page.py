"""The Indicators screen: open it, change the period, see the numbers change, export XLSX."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.ui.indicators import IndicatorsPage
from tests.unit.test_indicators import world  # noqa: F401 - the crafted data set


def shown(page, row: int, column: int) -> str:
    return page.model.index(row, column).data()


def wait_counted(qtbot, page):
    qtbot.waitUntil(lambda: page.job is None and page.result is not None, timeout=10_000)


def test_period_changes_the_numbers_and_exports(qtbot, world, store, tmp_path, monkeypatch):  # noqa: F811
    page = IndicatorsPage(store)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.preset.setCurrentIndex(page.preset.findData("all"))
    wait_counted(qtbot, page)
    assert shown(page, 0, 0) == "Participants" and shown(page, 0, 1) == "7 (100%)"
    assert shown(page, 3, 5) == "2 (50%)"  # employed within 3 months: 2 of the 4 migrants
    assert page.gender_chart.values["women"][2] == 67  # women within 3 months
    assert "Labs: 3" in page.status.text()

    page.start.setFocus()
    page.start.clear()
    qtbot.keyClicks(page.start, "01/01/2025")
    page.end.clear()
    qtbot.keyClicks(page.end, "31/12/2025")
    qtbot.keyClick(page.end, Qt.Key.Key_Return)
    wait_counted(qtbot, page)
    assert page.preset.currentData() == "chosen"
    assert (
        shown(page, 0, 1) == "6 (100%)" and shown(page, 0, 4) == "2 (33%)"
    )  # Gina's 2026 lab is out
    assert page.shown_filters.period.start == date(2025, 1, 1)

    page.site.setCurrentIndex(page.site.findData("LOS_ARCOS"))
    wait_counted(qtbot, page)
    assert shown(page, 0, 1) == "2 (100%)" and "Labs: 1" in page.status.text()

    target = tmp_path / "chosen.xlsx"
    monkeypatch.setattr(page, "ask_path", lambda fmt: str(target))
    button = page.findChild(QPushButton, "export_xlsx")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    book = load_workbook(target)
    sheet = book["Indicators"]
    assert sheet["B2"].value == "Labs starting from Jan 1, 2025 to Dec 31, 2025 · Site: Los Arcos"
    assert sheet["B5"].value == 2 and sheet["C5"].value == 1  # numbers, not texts
    assert "Definitions" in book.sheetnames


def test_a_wrong_period_is_said_and_nothing_counted(qtbot, store):
    page = IndicatorsPage(store)
    qtbot.addWidget(page)
    page.show()
    wait_counted(qtbot, page)
    before = page.result
    page.start.clear()
    qtbot.keyClicks(page.start, "01/06/2026")
    page.end.clear()
    qtbot.keyClicks(page.end, "01/01/2026")
    qtbot.keyClick(page.end, Qt.Key.Key_Return)
    assert page.problem.isVisible() and "starts after it ends" in page.problem.text()
    assert page.result is before and page.job is None
    page.end.clear()
    qtbot.keyClicks(page.end, "31/02/2026")
    qtbot.keyClick(page.end, Qt.Key.Key_Return)
    assert "does not exist" in page.problem.text()


def test_a_record_saved_meanwhile_is_counted(qtbot, world, store):  # noqa: F811
    from desktop.services import participants, records
    from desktop.ui import jobs

    page = IndicatorsPage(store)
    qtbot.addWidget(page)
    page.show()
    page.preset.setCurrentIndex(page.preset.findData("all"))
    wait_counted(qtbot, page)
    lab = world["labs"][0]

    def enrol_one():
        who = participants.register(
            store,
            {
                "first_name": "Hana",
                "last_name": "Prueba",
                "birth_date": "1990-01-01",
                "gender": "female",
                "migrant_status": "migrant",
            },
        )
        records.create(
            store,
            "enrolment",
            {
                "participant_id": who["id"],
                "lab_id": lab["id"],
                "status": "enrolled",
                "enrolled_on": lab["start_date"],
            },
        )

    jobs.runner().write(enrol_one)
    qtbot.waitUntil(lambda: shown(page, 0, 1) == "8 (100%)", timeout=10_000)
    assert shown(page, 0, 2) == "4 (50%)"


def test_a_labs_dates_preset(qtbot, world, store):  # noqa: F811
    _l1, l2, _l3 = world["labs"]
    page = IndicatorsPage(store)
    qtbot.addWidget(page)
    page.show()
    lab_preset = page.preset.model().item(page.preset.findData("lab"))
    assert not lab_preset.isEnabled()  # no lab chosen yet
    page.lab.setCurrentIndex(page.lab.findData(l2["id"]))
    assert lab_preset.isEnabled()
    page.preset.setCurrentIndex(page.preset.findData("lab"))
    wait_counted(qtbot, page)
    assert (page.start.get_value(), page.end.get_value()) == (date(2025, 9, 1), date(2025, 11, 30))
    assert (
        shown(page, 0, 1) == "2 (100%)" and shown(page, 3, 1) == "2 (100%)"
    )  # Eva and Frank, once
    page.lab.setCurrentIndex(0)  # all labs: the preset no longer applies
    wait_counted(qtbot, page)
    assert page.preset.currentData() == "all" and not lab_preset.isEnabled()
    assert shown(page, 0, 1) == "7 (100%)"
