"""The main window's title names the application once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import MainWindow


@pytest.fixture
def app_names():
    """The application's names as the entry point sets them (restored afterwards)."""
    app = QApplication.instance()
    before = (app.applicationName(), app.organizationName(), app.applicationDisplayName())
    from desktop.app import _application

    _application()
    yield app
    app.setApplicationName(before[0])
    app.setOrganizationName(before[1])
    app.setApplicationDisplayName(before[2])


def test_the_title_names_the_application_once(qtbot, store, app_names):
    """Qt appends the application's display name to every window title ("… — MILMA Desktop"):
    the main window's own title is the site and the laptop, so that the name is not repeated."""
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    name = app_names.applicationDisplayName()
    assert name == "MILMA Desktop"
    shown = f"{window.windowTitle()} — {name}"  # what the window manager shows (QPlatformWindow)
    assert shown.count("MILMA") == 1
    assert "CIFE (main site)" in window.windowTitle() and "test-laptop" in window.windowTitle()
