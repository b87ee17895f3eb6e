"""The Labs, Connectors and Companies screens' forms never save over a value written after they
opened (another window, the command line, a USB import): the save is refused, both values are
shown, and the technician chooses."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.services import records
from desktop.ui.pages.companies import CompaniesPage
from desktop.ui.pages.labs import LabsPage
from tests.ui.test_reference_pages import _page, _save

pytestmark = pytest.mark.usefixtures("quiet_record_dialogs")


def _type(qtbot, widget, text):
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_a_company_changed_meanwhile_is_not_overwritten(store, qtbot):
    company = records.create(store, "company", {"name": "Cuidar en Casa", "sector": "Cuidados"})
    page = _page(CompaniesPage, store, qtbot)
    page.select(company["id"])
    dialog = page.edit_current()
    _type(qtbot, dialog.form.widget("sector"), "Ayuda a domicilio")
    # meanwhile, another window saves the same field
    records.update(store, "company", company["id"], {"sector": "Dependencia"})
    _save(dialog, qtbot)
    assert records.get(store, "company", company["id"])["sector"] == "Dependencia"
    assert dialog.isVisible() and dialog.conflict.isVisible()
    assert dialog.conflict.rows() == [("Sector", "Dependencia", "Ayuda a domicilio")]
    # keeping mine saves what was typed, now that both were seen
    qtbot.mouseClick(dialog.conflict.keep_button, Qt.MouseButton.LeftButton)
    assert records.get(store, "company", company["id"])["sector"] == "Ayuda a domicilio"


def test_a_lab_changed_meanwhile_shows_the_saved_value_and_can_take_it(store, qtbot):
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
    page = _page(LabsPage, store, qtbot)
    page.select(lab["id"])
    dialog = page.edit_current()
    _type(qtbot, dialog.form.widget("name"), "Huerto urbano")
    records.update(store, "lab", lab["id"], {"name": "Asistente de jardinería"})
    _save(dialog, qtbot)
    assert records.get(store, "lab", lab["id"])["name"] == "Asistente de jardinería"
    assert dialog.conflict.rows() == [("Name", "Asistente de jardinería", "Huerto urbano")]
    qtbot.mouseClick(dialog.conflict.take_button, Qt.MouseButton.LeftButton)
    assert dialog.form.widget("name").text() == "Asistente de jardinería"
    _save(dialog, qtbot)
    assert not dialog.isVisible()
    assert records.get(store, "lab", lab["id"])["name"] == "Asistente de jardinería"


def test_the_same_value_saved_elsewhere_is_no_conflict(store, qtbot):
    company = records.create(store, "company", {"name": "Cuidar en Casa", "sector": "Cuidados"})
    page = _page(CompaniesPage, store, qtbot)
    page.select(company["id"])
    dialog = page.edit_current()
    _type(qtbot, dialog.form.widget("sector"), "Dependencia")
    records.update(store, "company", company["id"], {"sector": "Dependencia"})
    _save(dialog, qtbot)
    assert not dialog.isVisible()
    assert records.get(store, "company", company["id"])["sector"] == "Dependencia"
