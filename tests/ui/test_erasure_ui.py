"""The participant page's Erase…: shown on the coordinator's store only; it asks one question
naming the code, and once erased the page goes back to the list, which no longer has them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.services import exchange as X
from desktop.services import participants
from desktop.ui import erasure as ui_erasure
from desktop.ui import errors, jobs
from desktop.ui.participants.page import ParticipantsPage

SHOTS = Path("/tmp/shots/erasure")


def _person(store, last="Sow") -> dict:
    return participants.register(
        store,
        {
            "first_name": "Fatou",
            "last_name": last,
            "birth_date": date(1995, 1, 9),
            "gender": "female",
            "migrant_status": "asylum_seeker",
        },
    )


def _page(qtbot, store) -> ParticipantsPage:
    page = ParticipantsPage(store)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    return page


def _erase_button(page) -> QPushButton:
    return page.detail.findChild(QPushButton, "action_erase")


def test_a_laptop_has_no_erase_button(qtbot, store):
    person = _person(store)
    page = _page(qtbot, store)
    page.open_participant(person["id"])
    assert not _erase_button(page).isVisible()
    assert page.detail.findChild(QPushButton, "action_subject_access").isVisible()


def test_erase_asks_naming_the_code_then_the_list_no_longer_has_them(qtbot, store, monkeypatch):
    X.init_coordinator(store, "a long passphrase")
    person, other = _person(store), _person(store, last="Diallo")
    asked, told = [], []
    monkeypatch.setattr(errors, "ask", lambda parent, text, **kw: asked.append(text) or "yes")
    monkeypatch.setattr(errors, "inform", lambda parent, text: told.append(text))
    page = _page(qtbot, store)
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 2, timeout=10_000)
    page.open_participant(person["id"])
    button = _erase_button(page)
    assert button.isVisible() and button.text() == "Erase…"
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "participant-page.png"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert person["code"] in asked[0] and "Sow" not in asked[0] and "cannot be undone" in asked[0]
    assert told == [f"{person['code']} was erased: 1 record removed."]
    qtbot.waitUntil(
        lambda: page.stack.currentWidget() is page.list and page.list.model.rowCount() == 1,
        timeout=10_000,
    )
    assert participants.search(store, "Sow") == []
    assert participants.search(store, "Diallo")[0]["id"] == other["id"]


def test_no_is_no(qtbot, store, monkeypatch):
    X.init_coordinator(store, "a long passphrase")
    person = _person(store)
    monkeypatch.setattr(errors, "ask", lambda parent, text, **kw: "no")
    assert ui_erasure.erase_participant(None, store, person["id"]) is None
    qtbot.waitUntil(lambda: not jobs.runner().busy, timeout=10_000)
    assert participants.by_code(store, person["code"])["id"] == person["id"]


def test_the_retention_review_keeps_or_erases_those_long_inactive(qtbot, store, monkeypatch):
    from datetime import date as real_date

    from PySide6.QtWidgets import QInputDialog

    from desktop.services import retention

    X.init_coordinator(store, "a long passphrase")
    kept, erased = _person(store, last="Antigua"), _person(store, last="Vieja")
    monkeypatch.setattr(
        retention,
        "date",
        type("D", (real_date,), {"today": staticmethod(lambda: real_date(2040, 1, 1))}),
    )
    monkeypatch.setattr(errors, "ask", lambda parent, text, **kw: "yes")
    monkeypatch.setattr(errors, "inform", lambda parent, text: None)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Claim still open", True))
    )
    page = _page(qtbot, store)
    assert page.list.retention_button.isVisible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "participants-list.png"))
    dialog = page.list.open_retention_review()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded and dialog.model.rowCount() == 2, timeout=10_000)
    assert "5 years" in dialog.intro.text()
    dialog.grab().save(str(SHOTS / "retention-review.png"))
    codes = [r["due"].code for r in dialog.model.rows]
    dialog.table.selectRow(codes.index(kept["code"]))
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.model.rowCount() == 0 and dialog.empty.isVisible(), timeout=20_000
    )
    assert participants.search(store, "Vieja") == [] and participants.search(store, "Antigua")
    assert erased["code"] not in [d.code for d in retention.due(store)]


def test_a_laptop_has_no_retention_review(qtbot, store):
    page = _page(qtbot, store)
    assert not page.list.retention_button.isVisible()
