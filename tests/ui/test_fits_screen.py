"""Every window and dialog fits a small screen: on a 1366x768 laptop and a 1280x720 projector
(a panel taking the top of each), each one opened, shown, has its frame within the part of the
screen that windows may cover, so that its buttons (Print, Save as PDF, Close...) are in sight.

Offscreen, a screen's size cannot be set: the tests give desktop.ui.widgets.geometry the screen
of each case through its one reader, available_geometry()."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication, QDialog

from desktop.i18n import preferences
from desktop.services import records
from desktop.ui import main_window
from desktop.ui.widgets import geometry

PANEL = 27  # a desktop panel along the top of the screen
SCREENS = {"1366x768": QRect(0, PANEL, 1366, 768 - PANEL), "1280x720": QRect(0, PANEL, 1280, 720 - PANEL)}


@pytest.fixture(params=sorted(SCREENS))
def area(request, monkeypatch, tmp_path) -> QRect:
    rect = SCREENS[request.param]
    monkeypatch.setattr(geometry, "available_geometry", lambda widget=None: QRect(rect))
    path = str(tmp_path / "milma.ini")  # no window geometry remembered from another test
    monkeypatch.setattr(preferences, "settings", lambda: QSettings(path, QSettings.Format.IniFormat))
    monkeypatch.setattr(main_window, "settings", preferences.settings)
    return rect


@pytest.fixture
def window(qtbot, demo_store, area):
    from desktop.ui.main_window import MainWindow

    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    w.show_on_screen()  # as the application shows it
    qtbot.waitExposed(w)
    yield w
    w.close()
    shiboken6.delete(w)


def outside(widget, area: QRect) -> str:
    """Empty when the widget's frame lies within ``area``; else what sticks out."""
    frame = widget.frameGeometry()
    if area.contains(frame):
        return ""
    return (f"{widget.objectName() or type(widget).__name__} ({widget.windowTitle()!r}): frame "
            f"{frame.x()},{frame.y()} {frame.width()}x{frame.height()} outside {area.width()}x{area.height()} "
            f"at {area.x()},{area.y()}")


def shown(qtbot, dialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


def check(qtbot, dialog, area: QRect, problems: list[str]) -> None:
    shown(qtbot, dialog)
    problem = outside(dialog, area)
    if problem:
        problems.append(problem)
    dialog.reject() if isinstance(dialog, QDialog) else dialog.close()


def test_the_main_window_fills_a_small_screen(window, area):
    assert window.isMaximized(), "on a small screen the main window opens maximised"
    assert window.minimumSizeHint().width() <= area.width()
    assert window.minimumSizeHint().height() <= area.height() - geometry.FRAME_ALLOWANCE.height()


def test_the_main_window_remembers_its_geometry(qtbot, demo_store, area):
    from desktop.ui.main_window import MainWindow

    first = MainWindow(demo_store)
    qtbot.addWidget(first)
    first.show_on_screen()
    assert first.isMaximized()
    qtbot.waitExposed(first)
    first.showNormal()
    first.setGeometry(area.x() + 4, area.y() + 30, 790, 500)  # the offscreen screen is 800 wide
    QApplication.processEvents()
    first.close()
    again = MainWindow(demo_store)
    qtbot.addWidget(again)
    again.show_on_screen()
    qtbot.waitExposed(again)
    assert not again.isMaximized()
    assert again.height() == 500
    assert not outside(again, area)
    again.close()


def test_every_dialog_fits_the_screen(window, qtbot, demo_store, area):
    from desktop.ui.exchange.keys_dialog import KeysDialog
    from desktop.ui.exchange.passphrase import PassphraseDialog
    from desktop.ui.itinerary.batch import LabItinerariesDialog
    from desktop.ui.itinerary.preview import ItineraryPreview
    from desktop.ui.participants.form import ParticipantDialog
    from desktop.ui.participants.meetings import MeetingDialog
    from desktop.ui.participants.sections import RecordSection
    from desktop.ui.settings_dialog import SettingsDialog
    from desktop.ui.widgets.editors import LanguagePicker

    person = records.list_all(demo_store, "participant")[0]
    lab = records.list_all(demo_store, "lab")[0]
    problems: list[str] = []
    for make in (lambda: SettingsDialog(window, store=demo_store),
                 lambda: ParticipantDialog(demo_store, None, window),
                 lambda: ParticipantDialog(demo_store, person["id"], window),
                 lambda: MeetingDialog(demo_store, person["id"], parent=window),
                 lambda: KeysDialog(demo_store, window),
                 lambda: PassphraseDialog(window, confirm=True),
                 lambda: ItineraryPreview(demo_store, person["id"], window),
                 lambda: LabItinerariesDialog(demo_store, lab["id"], window),
                 lambda: LanguagePicker([], window)):
        check(qtbot, make(), area, problems)

    # the record forms of the lists (labs, connectors, companies) and of a participant's page
    for key in ("labs", "connectors", "companies"):
        page = window.show_page(key)
        check(qtbot, page.new_record(), area, problems)
    page = window.show_page("participants")
    page.open_participant(person["id"])
    for section in page.detail.findChildren(RecordSection):
        check(qtbot, section.add(), area, problems)
    assert not problems, "\n".join(problems)


def test_the_first_start_dialog_fits_the_screen(qtbot, tmp_path, area):
    from desktop.storage.store import Store
    from desktop.ui.first_run import FirstRunDialog

    store = Store.open(tmp_path / "fresh")
    try:
        dialog = shown(qtbot, FirstRunDialog(store))
        assert not outside(dialog, area)
        dialog.reject()
    finally:
        store.close()


def test_a_dialog_too_tall_for_the_screen_is_cut_to_it(qtbot, window, area):
    """The helper itself: asked for more than the screen, a dialog gets the screen."""
    dialog = QDialog(window)
    geometry.fit_to_screen(dialog, 3000, 2000)
    shown(qtbot, dialog)
    assert not outside(dialog, area)
    assert dialog.height() >= area.height() - geometry.FRAME_ALLOWANCE.height() - 2
    dialog.reject()
