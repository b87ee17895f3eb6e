"""Widget tests: keep every widget a test registers alive until Qt has handled its events."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _widgets_live_until_teardown(qtbot):
    """pytest-qt keeps only weak references: a widget would be freed when the test returns,
    before Qt has handled its window activation, which crashes the offscreen platform (Qt 6.12).
    Keep the widgets until their pending events are handled."""
    from PySide6.QtWidgets import QApplication

    kept = []
    add = qtbot.addWidget

    def keep(widget, *args, **kwargs):
        kept.append(widget)
        return add(widget, *args, **kwargs)

    qtbot.addWidget = keep
    yield
    # a dialog an action opened (File > Backups...) is no test's widget: hide it, so that the
    # next test sees only its own windows
    from PySide6.QtWidgets import QDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.hide()
    QApplication.processEvents()
    kept.clear()
    QApplication.processEvents()


@pytest.fixture(autouse=True, scope="session")
def _english_interface(qapp):
    """Widget tests start in English with the English catalogue installed (plural forms such as
    "1 of 3 connectors" come from it). Set once, before any window exists: switching language
    sends every open window a LanguageChange. Tests that switch language switch back."""
    from desktop.i18n import set_language

    set_language("en")
    yield


class NoDraftQuestions:
    """A record dialog's questions answered without a message box: no draft restored, unsaved
    changes discarded."""

    def restore_draft(self, parent, saved_at):
        return False

    def unsaved_changes(self, parent):
        return "discard"


@pytest.fixture
def quiet_record_dialogs(monkeypatch):
    """Record dialogs ask nothing (see NoDraftQuestions); for a module: ``pytestmark =
    pytest.mark.usefixtures("quiet_record_dialogs")``."""
    from desktop.ui.widgets.record_dialog import RecordDialog

    monkeypatch.setattr(RecordDialog, "questions", NoDraftQuestions())
