"""Every list is the one table model, and gives a row's record id under one role: the
participants list (fetched by pages), a reference list (sorted and filtered through its proxy)
and a participant's records. Choosing a row opens that record, whichever row it is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop.services import records
from desktop.ui import errors
from desktop.ui.pages.companies import CompaniesPage
from desktop.ui.participants.page import ParticipantsPage
from desktop.ui.widgets.table_model import RowsModel


@pytest.fixture(autouse=True)
def _no_questions(quiet_record_dialogs, monkeypatch):
    monkeypatch.setattr(
        errors, "show_error", lambda _p, exc: (_ for _ in ()).throw(AssertionError(str(exc)))
    )


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


def _double_click(qtbot, view: QTableView, row: int, column: int = 0) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_the_id_role_is_one_role_and_not_the_sort_role():
    assert RowsModel.ID_ROLE == int(Qt.ItemDataRole.UserRole.value)
    assert RowsModel.SORT_ROLE != RowsModel.ID_ROLE


def test_a_row_of_the_participants_list_opens_that_person(qtbot, demo_store):
    page = _shown(qtbot, ParticipantsPage(demo_store))
    view = page.list.view
    assert isinstance(view.model(), RowsModel)
    for row in (0, 7, 41):  # 41: past the rows a view asks for first
        index = view.model().index(row, 0)
        record_id = index.data(RowsModel.ID_ROLE)
        assert records.get(demo_store, "participant", record_id)["code"] == index.data()
        _double_click(qtbot, view, row)
        assert page.detail.participant_id == record_id
        assert page.close_current()


def test_a_row_of_a_sorted_reference_list_opens_that_company(qtbot, store):
    for name in (
        "Viveros Fuenlabrada",
        "Jardines del Sur",
        "Hospital de Fuenlabrada",
        "Autoescuela Arcos",
    ):
        records.create(store, "company", {"name": name, "sector": "Servicios"})
    page = _shown(qtbot, CompaniesPage(store))
    page.view.sortByColumn(
        0, Qt.SortOrder.DescendingOrder
    )  # the proxy's rows differ from the model's
    page.filter.setText("fuenlabrada")
    proxy = page.view.model()
    assert isinstance(proxy.sourceModel(), RowsModel) and proxy.rowCount() == 2
    for row in (1, 0):
        record_id = proxy.index(row, 0).data(RowsModel.ID_ROLE)
        name = proxy.index(row, 0).data()
        assert records.get(store, "company", record_id)["name"] == name
        _double_click(qtbot, page.view, row)
        assert page.current_id() == record_id
        assert page.dialog.form.values()["name"] == name
        page.dialog.reject()


def test_a_row_of_a_participants_sessions_opens_that_session(qtbot, demo_store):
    page = _shown(qtbot, ParticipantsPage(demo_store))
    sessions = records.list_all(demo_store, "coaching_session")
    person = max(
        {s["participant_id"] for s in sessions},
        key=lambda pid: sum(s["participant_id"] == pid for s in sessions),
    )
    page.open_participant(person)
    section = page.detail.coaching.sessions
    page.detail.tabs.setCurrentWidget(page.detail.coaching)
    view = section.view
    assert isinstance(view.model(), RowsModel) and view.model().rowCount() >= 2
    for row in range(min(3, view.model().rowCount())):
        record_id = view.model().index(row, 0).data(RowsModel.ID_ROLE)
        assert records.get(demo_store, "coaching_session", record_id)["participant_id"] == person
        _double_click(qtbot, view, row)
        assert (
            section.dialog is not None
            and section.dialog.record_key == f"coaching_session:{record_id}"
        )
        section.dialog.reject()
