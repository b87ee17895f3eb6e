"""The Participants screen driven like a technician would: typing, clicking, searching."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.services import participants, records
from desktop.ui import errors
from desktop.ui.participants import model as list_model
from desktop.ui.participants.page import ParticipantsPage


@pytest.fixture
def page(qtbot, store):
    p = ParticipantsPage(store)
    qtbot.addWidget(p)
    p.resize(1280, 700)
    p.show()
    qtbot.waitExposed(p)
    p.refresh()
    return p


@pytest.fixture
def demo_page(qtbot, demo_store):
    p = ParticipantsPage(demo_store)
    qtbot.addWidget(p)
    p.resize(1280, 700)
    p.show()
    qtbot.waitExposed(p)
    p.refresh()
    return p


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    """Message boxes would block: any question asked fails the test unless a test answers it."""

    def unexpected(*_a, **_k):
        raise AssertionError("unexpected question")

    monkeypatch.setattr(errors, "ask", unexpected)
    monkeypatch.setattr(
        errors, "show_error", lambda _p, exc: (_ for _ in ()).throw(AssertionError(str(exc)))
    )


def type_into(qtbot, widget, text):
    """Type like a keyboard would; letters such as "Ú" (which QTest cannot map to a key) are
    sent as key events carrying the character."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                )


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def fill_person(qtbot, dialog, first, last, birth, doc_type=None, doc=None):
    e = dialog.editors
    type_into(qtbot, e["first_name"], first)
    type_into(qtbot, e["last_name"], last)
    type_into(qtbot, e["birth_date"], birth)
    type_into(qtbot, e["gender"], "W")  # keyboard search in the combo: "Woman"
    type_into(qtbot, e["nationality"], "Sen")
    type_into(qtbot, e["migrant_status"], "Ref")
    if doc_type:
        type_into(qtbot, e["document_type"], doc_type)
    if doc:
        type_into(qtbot, e["document_number"], doc)
    # the information notice signed today (registration needs the consent to data processing)
    type_into(qtbot, dialog.consent.date, date.today().strftime("%d/%m/%Y"))


def test_register_a_participant_by_typing(qtbot, page, store):
    dialog = page.new_participant(restore_draft=False)
    qtbot.waitExposed(dialog)
    fill_person(qtbot, dialog, "Fatou", "Diallo Ndiaye", "12/05/1990", "NIE", "X1234567L")
    type_into(qtbot, dialog.editors["phone"], "+34 600 111 222")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.saved is not None, [
        label.text() for label in dialog.errors_.values() if label.isVisible()
    ]
    saved = records.get(store, "participant", dialog.saved["id"])
    assert (saved["first_name"], saved["last_name"], saved["birth_date"]) == (
        "Fatou",
        "Diallo Ndiaye",
        date(1990, 5, 12),
    )
    assert (saved["gender"], saved["nationality"], saved["migrant_status"]) == (
        "female",
        "SN",
        "refugee",
    )
    assert saved["code"].startswith("CIF-")
    # the new person's page opens, and the list counts them
    assert page.detail is not None and page.detail.participant_id == saved["id"]
    assert "Fatou Diallo Ndiaye" in page.detail.header.name.text()
    page.close_current()
    assert page.list.model.total == 1


def test_validation_messages_appear_next_to_the_fields(qtbot, page, store):
    dialog = page.new_participant(restore_draft=False)
    type_into(qtbot, dialog.editors["first_name"], "Ana")
    type_into(qtbot, dialog.editors["birth_date"], "31/02/1990")
    type_into(qtbot, dialog.editors["email"], "not-an-address")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.saved is None
    assert dialog.errors_["birth_date"].isVisible()
    assert (
        dialog.errors_["birth_date"].text()
        == "Birth date: 31/02/1990 does not exist; check the day and the month."
    )
    dialog.editors["birth_date"].clear()
    type_into(qtbot, dialog.editors["birth_date"], "28/02/1990")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.saved is None
    assert (
        dialog.errors_["last_name"].isVisible() and "required" in dialog.errors_["last_name"].text()
    )
    assert dialog.errors_["email"].isVisible()
    assert not dialog.errors_["first_name"].isVisible()
    assert participants.count(store) == 0


def test_duplicate_by_document_number_offers_the_existing_record(qtbot, page, store):
    existing = participants.register(
        store,
        {
            "first_name": "Moussa",
            "last_name": "Keita",
            "birth_date": date(1988, 3, 1),
            "gender": "male",
            "migrant_status": "migrant",
            "document_type": "NIE",
            "document_number": "X1234567L",
        },
    )
    dialog = page.new_participant(restore_draft=False)
    fill_person(qtbot, dialog, "Mussa", "Keyta", "01/01/1987", "NIE", "x-1234567-l")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.saved is None  # nothing saved: the warning comes first
    assert dialog.duplicates.isVisible()
    assert existing["code"] in dialog.duplicates.list.item(0).text()
    assert "same document number" in dialog.duplicates.list.item(0).text()
    assert participants.count(store) == 1
    qtbot.mouseClick(dialog.duplicates.open_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.detail is not None and page.detail.participant_id == existing["id"]
    assert participants.count(store) == 1


def test_duplicate_by_similar_name_and_birth_date_then_register_anyway(qtbot, page, store):
    existing = participants.register(
        store,
        {
            "first_name": "María José",
            "last_name": "Núñez García",
            "birth_date": date(1979, 7, 14),
            "gender": "female",
            "migrant_status": "local",
        },
    )
    dialog = page.new_participant(restore_draft=False)
    fill_person(qtbot, dialog, "Maria Jose", "Nunez Garcia", "14/07/1979")
    qtbot.waitUntil(dialog.duplicates.isVisible, timeout=3000)  # shown while typing
    assert existing["code"] in dialog.duplicates.list.item(0).text()
    assert "similar name" in dialog.duplicates.list.item(0).text()
    assert "anyway" in save_button(dialog).text()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.saved is not None  # a second person after all
    assert participants.count(store) == 2


@pytest.mark.parametrize("typed", ["nunez", "NÚÑEZ", "Núñez", "nuñez gar"])
def test_search_ignores_accents_and_case(qtbot, page, store, typed):
    participants.register(
        store,
        {
            "first_name": "Ana",
            "last_name": "Núñez García",
            "birth_date": date(1980, 1, 2),
            "gender": "female",
            "migrant_status": "local",
        },
    )
    participants.register(
        store,
        {
            "first_name": "Luis",
            "last_name": "Pérez",
            "birth_date": date(1981, 1, 2),
            "gender": "male",
            "migrant_status": "local",
        },
    )
    page.list.reload()
    assert page.list.model.total == 2
    type_into(qtbot, page.list.search, typed)
    qtbot.waitUntil(lambda: page.list.model.total == 1, timeout=2000)
    assert page.list.model.row(0)["last_name"] == "Núñez García"
    # what the table shows, asked the way the view asks it
    last_name = [c.key for c in list_model.COLUMNS].index("last_name")
    assert page.list.view.model().index(0, last_name).data() == "Núñez García"
    assert "1" in page.list.count_label.text()


def test_filters_and_sorting(qtbot, demo_page, demo_store):
    lst = demo_page.list
    total = participants.count(demo_store)
    assert lst.model.total == total
    lst.f_origin.setCurrentIndex(lst.f_origin.findData("migrant"))
    assert 0 < lst.model.total < total
    assert all(lst.model.row(i)["migrant_status"] != "local" for i in range(lst.model.rowCount()))
    lst.f_gender.setCurrentIndex(lst.f_gender.findData("female"))
    assert all(lst.model.row(i)["gender"] == "female" for i in range(lst.model.rowCount()))
    qtbot.mouseClick(lst.clear_filters_button, Qt.MouseButton.LeftButton)
    assert lst.model.total == total
    lst.f_status.setCurrentIndex(lst.f_status.findData("enrolled"))
    assert lst.model.total == participants.count(
        demo_store, filters=participants.Filters(enrolment_status="enrolled")
    )
    qtbot.mouseClick(lst.clear_filters_button, Qt.MouseButton.LeftButton)

    # clicking the "Birth date" header sorts by birth date, twice: descending
    column = [c.key for c in list_model.COLUMNS].index("birth_date")
    header = lst.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    births = [lst.model.row(i)["birth_date"] for i in range(lst.model.rowCount())]
    assert lst.model.sort_key == "birth_date" and births == sorted(births)
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    births = [lst.model.row(i)["birth_date"] for i in range(lst.model.rowCount())]
    assert births == sorted(births, reverse=True)


def test_list_fetches_lazily(qtbot, demo_store, monkeypatch):
    monkeypatch.setattr(list_model.ParticipantTableModel, "PAGE_SIZE", 20)
    m = list_model.ParticipantTableModel(demo_store)
    m.reload()
    assert m.rowCount() == 20 and m.total == 60 and m.canFetchMore()
    m.fetchMore()
    assert m.rowCount() == 40
    m.fetchMore()
    m.fetchMore()
    assert m.rowCount() == 60 and not m.canFetchMore()
    codes = [m.row(i)["code"] for i in range(60)]
    assert len(set(codes)) == 60


def test_keyboard_down_from_search_goes_to_the_list_and_enter_opens(qtbot, demo_page):
    lst = demo_page.list
    type_into(qtbot, lst.search, "a")
    qtbot.keyClick(lst.search, Qt.Key.Key_Down)
    assert lst.view.currentIndex().row() == 0
    first = lst.model.row(0)["id"]
    lst.open_current()
    assert demo_page.detail.participant_id == first
    assert demo_page.close_current()
    assert demo_page.stack.currentWidget() is lst


def test_edit_a_participant_from_the_profile(qtbot, demo_page, demo_store):
    person = records.list_all(demo_store, "participant")[0]
    demo_page.open_participant(person["id"])
    dialog = demo_page.detail.profile.edit()
    assert dialog.editors["first_name"].get_value() == person["first_name"]
    phone = dialog.editors["phone"]
    phone.clear()
    type_into(qtbot, phone, "+34 699 000 111")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves
    assert dialog.saved is not None, [
        label.text() for label in dialog.errors_.values() if label.isVisible()
    ]
    assert records.get(demo_store, "participant", person["id"])["phone"] == "+34699000111"  # E.164
    assert demo_page.detail.profile.labels["phone"][1].text() == "699 00 01 11"


def test_closing_a_changed_form_asks_first(qtbot, page, store, monkeypatch):
    dialog = page.new_participant(restore_draft=False)
    type_into(qtbot, dialog.editors["first_name"], "Amina")
    asked = []
    monkeypatch.setattr(
        errors, "ask", lambda _p, text, discard=False: asked.append(text) or "cancel"
    )
    dialog.reject()
    assert asked and dialog.isVisible()
    monkeypatch.setattr(errors, "ask", lambda _p, text, discard=False: "discard")
    dialog.reject()
    assert not dialog.isVisible()
    assert participants.count(store) == 0


def test_no_match_says_what_to_do(qtbot, demo_page):
    lst = demo_page.list
    assert not lst.empty_label.isVisible()
    type_into(qtbot, lst.search, "zzqx")
    qtbot.waitUntil(lambda: lst.model.rowCount() == 0, timeout=2000)
    assert lst.empty_label.isVisible() and "New participant" in lst.empty_label.text()
    assert "0" in lst.count_label.text()
    lst.search.clear()
    qtbot.waitUntil(lambda: lst.model.rowCount() > 0, timeout=2000)
    assert not lst.empty_label.isVisible()


def test_keyboard_order_and_accessible_names(qtbot, demo_page, demo_store):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
    )

    from desktop.ui.participants.form import GROUPS

    dialog = demo_page.new_participant(restore_draft=False)
    order = [n for _title, names in GROUPS for n in names]
    widget = dialog.editors[order[0]]
    for name in order[1:4]:  # Tab walks the fields in reading order
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        assert widget is dialog.editors[name] or dialog.editors[name].isAncestorOf(widget), name
    for name, editor in dialog.editors.items():
        assert editor.accessibleName(), name
    dialog.reject()

    demo_page.open_participant(records.list_all(demo_store, "participant")[0]["id"])
    view = demo_page.detail
    for i in range(view.tabs.count()):
        view.tabs.setCurrentIndex(i)
        for w in view.tabs.currentWidget().findChildren(QAbstractButton):
            if (
                w.objectName() != "qt_tableview_cornerbutton"
            ):  # Qt's select-all corner (hidden header)
                assert w.text() or w.accessibleName(), w.objectName()
        for w in view.tabs.currentWidget().findChildren(QAbstractItemView):
            if (
                w.isVisibleTo(view)
                and not isinstance(w, QHeaderView)
                and not isinstance(w.parent(), QComboBox)
            ):
                assert w.accessibleName(), w.objectName()
        for cls in (QLineEdit, QPlainTextEdit, QComboBox):
            for w in view.tabs.currentWidget().findChildren(cls):
                if w.isVisibleTo(view) and w.isEnabled() and not isinstance(w.parent(), QComboBox):
                    owner = w.parent() if not w.accessibleName() else w
                    assert w.accessibleName() or owner.accessibleName(), (
                        cls.__name__,
                        w.objectName(),
                    )
