"""One way to ask a modal question (desktop.ui.errors.ask): a delete on a reference screen, the
unsaved changes and the draft of a form all ask through it, each with the answer Enter gives."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services import records
from desktop.ui.pages.companies import CompaniesPage
from desktop.ui.widgets.record_dialog import KEEP_EDITING, SAVE, Questions

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"


def _answer(qtbot, key, seen: list) -> None:
    """Press ``key`` in the next question box once it is open (it blocks until answered)."""

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        seen.append((box.windowTitle(), box.text(), sorted(b.text() for b in box.buttons())))
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, press)


def test_deleting_a_company_asks_and_enter_keeps_it(qtbot, store):
    company = records.create(store, "company", {"name": "Jardines del Sur"})
    page = CompaniesPage(store)
    qtbot.addWidget(page)
    page.show()
    page.refresh(select_id=company["id"])
    seen = []
    _answer(qtbot, Qt.Key.Key_Return, seen)
    assert not page.delete_current()  # Enter is No: nothing is deleted
    assert [c["name"] for c in records.list_all(store, "company")] == ["Jardines del Sur"]
    title, text, buttons = seen[0]
    assert title == page.texts()["title"] and "Jardines del Sur" in text
    assert buttons == ["&No", "&Yes"]
    _answer(qtbot, Qt.Key.Key_Y, seen)  # Alt-less mnemonic of Yes in a message box
    assert page.delete_current()
    assert records.list_all(store, "company") == [] and page.model.rowCount() == 0


def test_a_form_asks_about_its_changes_and_its_draft(qtbot):
    questions = Questions()
    answers = []
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        seen = []
        _answer(qtbot, key, seen)
        answers.append(questions.unsaved_changes(None))
        assert seen[0][0] == "Unsaved changes" and len(seen[0][2]) == 3
    assert answers == [SAVE, KEEP_EDITING]
    seen = []
    _answer(qtbot, Qt.Key.Key_Return, seen)
    assert questions.restore_draft(None, None) is True  # Enter restores the draft
    assert seen[0][0] == "Unsaved draft"
    seen = []
    _answer(qtbot, Qt.Key.Key_Escape, seen)
    assert questions.restore_draft(None, None) is False


def test_house_rule_no_screen_builds_its_own_message_box():
    """Questions and errors are shown by desktop.ui.errors only (tests replace them there)."""
    others = [
        str(p.relative_to(UI))
        for p in UI.rglob("*.py")
        if p.name != "errors.py" and re.search(r"\bQMessageBox\b", p.read_text(encoding="utf-8"))
    ]
    assert others == []
