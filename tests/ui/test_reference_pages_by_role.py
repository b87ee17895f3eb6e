"""What a role may not do is left out of its screens: a technician reads the labs, companies,
connectors and associations but sees no New, Edit or Delete (and a double-click opens no
form); a coordinator, who may change them, sees all three."""

from __future__ import annotations

import pytest

from desktop.services import records
from desktop.ui.pages.associations import AssociationsPage
from desktop.ui.pages.companies import CompaniesPage
from desktop.ui.pages.connectors import ConnectorsPage
from desktop.ui.pages.labs import LabsPage
from tests.accounts_support import acting_as

PAGES = [LabsPage, CompaniesPage, ConnectorsPage, AssociationsPage]


@pytest.fixture
def company(store):
    return records.create(store, "company", {"name": "Hostelería Sur", "sector": "Hostelería"})


@pytest.fixture
def technician(store):
    return records.create(
        store, "technician", {"full_name": "Luis Pardo", "site": "CIFE", "active": True}
    )["id"]


def _shown(cls, store, qtbot):
    page = cls(store)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    return page


def _buttons(page):
    return [b for b in (page.new_button, page.edit_button, page.delete_button) if b.isVisible()]


@pytest.mark.parametrize("cls", PAGES)
def test_a_technician_reads_the_list_without_new_edit_or_delete(
    qtbot, store, technician, company, cls
):
    with acting_as(store, technician, role="technician"):
        page = _shown(cls, store, qtbot)
        assert _buttons(page) == []
        assert page.view.isVisible() and page.filter.isVisible()
        if cls is CompaniesPage:  # the list is there to read, and choosing a row opens nothing
            assert page.proxy.rowCount() == 1 and page.select(company["id"])
            page.view.doubleClicked.emit(page.view.currentIndex())
            assert page.dialog is None and page.edit_current() is None and page.new_record() is None
            page.confirm = lambda text: pytest.fail("asked to delete: " + text)
            assert page.delete_current() is False
            assert records.get(store, "company", company["id"])["name"] == "Hostelería Sur"


@pytest.mark.parametrize("cls", PAGES)
def test_a_coordinator_sees_new_edit_and_delete(qtbot, store, technician, company, cls):
    with acting_as(store, technician, role="coordinator"):
        page = _shown(cls, store, qtbot)
        assert _buttons(page) == [page.new_button, page.edit_button, page.delete_button]
        if cls is CompaniesPage:
            assert page.select(company["id"])
            page.view.doubleClicked.emit(page.view.currentIndex())
            assert page.dialog is not None and page.dialog.isVisible()
            page.dialog.reject()
