"""Every window and dialog fits a small screen: on a 1366x768 laptop and a 1280x720 projector
(a panel taking the top of each), each one opened, shown, has its frame within the part of the
screen that windows may cover, so that its buttons (Print, Save as PDF, Close...) are in sight.

Offscreen, a screen's size cannot be set: the tests give desktop.ui.widgets.geometry the screen
of each case through its one reader, available_geometry().

The main window stays within the screen on every screen it shows, in Spanish, English, French
and the pseudo-localised catalogue (every text about 40 % longer): a window's minimum size is
that of its widest page and tab, so one long row of buttons anywhere (the Connector meetings
tab's) would push it past the screen's edge on every screen."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication, QDialog

import desktop.i18n as i18n
from desktop.i18n import preferences
from desktop.services import records
from desktop.ui import main_window
from desktop.ui.widgets import geometry
from tests.ui.test_pseudo_layout import pseudo_qm  # noqa: F401 - fixture

PANEL = 27  # a desktop panel along the top of the screen
SCREENS = {
    "1366x768": QRect(0, PANEL, 1366, 768 - PANEL),
    "1280x720": QRect(0, PANEL, 1280, 720 - PANEL),
}


@pytest.fixture(params=sorted(SCREENS))
def area(request, monkeypatch, tmp_path) -> QRect:
    rect = SCREENS[request.param]
    monkeypatch.setattr(geometry, "available_geometry", lambda widget=None: QRect(rect))
    path = str(tmp_path / "milma.ini")  # no window geometry remembered from another test
    monkeypatch.setattr(
        preferences, "settings", lambda: QSettings(path, QSettings.Format.IniFormat)
    )
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
    return (
        f"{widget.objectName() or type(widget).__name__} ({widget.windowTitle()!r}): frame"
        f" {frame.x()},{frame.y()} {frame.width()}x{frame.height()} outside"
        f" {area.width()}x{area.height()} at {area.x()},{area.y()}"
    )


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


@pytest.fixture(params=("es", "en", "fr", "pseudo"))
def language(request, monkeypatch):
    """The interface in each language, and in the pseudo-localised catalogue."""
    before = i18n.current_language()
    if request.param == "pseudo":
        monkeypatch.setenv(i18n.PSEUDO_ENV, str(request.getfixturevalue("pseudo_qm")))
        i18n.set_language("en")
    else:
        i18n.set_language(request.param)
    yield request.param
    monkeypatch.delenv(i18n.PSEUDO_ENV, raising=False)
    i18n.set_language(before)


def too_big(window, where: str, seen: set) -> list[str]:
    """What makes the window wider or taller than each small screen, said once: where the
    window's minimum size (that of its widest page and tab so far) first grew past a screen."""
    QApplication.processEvents()
    need, frame = window.minimumSizeHint(), window.frameGeometry()
    problems = []
    for name, rect in SCREENS.items():
        room = rect.height() - geometry.FRAME_ALLOWANCE.height()
        if (need.width() > rect.width() or need.height() > room) and (
            name,
            need.width(),
            need.height(),
        ) not in seen:
            seen.add((name, need.width(), need.height()))
            problems.append(
                f"{where}: the window needs at least {need.width()}x{need.height()}, "
                f"more than a {name} screen's {rect.width()}x{room}"
            )
        if frame.width() > rect.width() and (name, frame.width()) not in seen:
            seen.add((name, frame.width()))
            problems.append(
                f"{where}: the window's frame is {frame.width()} wide, wider than a {name} screen"
            )
    return problems


def test_the_main_window_fits_a_small_screen_on_every_page_and_tab(
    qtbot, demo_store, language, monkeypatch, tmp_path
):
    """Every screen, and a participant's page on each tab (one with connector meetings,
    referrals and introductions, so that each tab has rows), in each language."""
    from desktop.ui.main_window import MainWindow

    smallest = SCREENS["1280x720"]
    monkeypatch.setattr(geometry, "available_geometry", lambda widget=None: QRect(smallest))
    path = str(tmp_path / "milma.ini")
    monkeypatch.setattr(
        preferences, "settings", lambda: QSettings(path, QSettings.Format.IniFormat)
    )
    monkeypatch.setattr(main_window, "settings", preferences.settings)
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show_on_screen()
    qtbot.waitExposed(window)
    problems: list[str] = []
    seen: set = set()
    for key in window.page_keys():
        page = window.show_page(key)
        problems += too_big(
            window,
            f"{language}, the {key} screen (itself {page.minimumSizeHint().width()} wide)",
            seen,
        )

    def count(person_id: str, kind: str) -> int:
        return len(records.list_all(demo_store, kind, participant_id=person_id))

    kinds = ("connector_meeting", "referral", "inclusion_introduction")
    people = [
        p["id"]
        for p in records.list_all(demo_store, "participant")
        if all(count(p["id"], kind) for kind in kinds)
    ]
    assert people, "the demo data has a participant with meetings, referrals and introductions"
    page = window.show_page("participants")
    page.open_participant(max(people, key=lambda pid: sum(count(pid, kind) for kind in kinds)))
    tabs = page.detail.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        widths = ", ".join(
            f"{tabs.tabText(j)!r} {tabs.widget(j).minimumSizeHint().width()}"
            for j in range(tabs.count())
        )
        problems += too_big(
            window, f"{language}, a participant's page (its tabs' widths: {widths})", seen
        )
    window.close()
    assert not problems, "\n".join(problems)


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
    from desktop.ui.widgets.choice_editors import LanguagePicker

    person = records.list_all(demo_store, "participant")[0]
    lab = records.list_all(demo_store, "lab")[0]
    problems: list[str] = []
    for make in (
        lambda: SettingsDialog(window, store=demo_store),
        lambda: ParticipantDialog(demo_store, None, window),
        lambda: ParticipantDialog(demo_store, person["id"], window),
        lambda: MeetingDialog(demo_store, person["id"], parent=window),
        lambda: KeysDialog(demo_store, window),
        lambda: PassphraseDialog(window, confirm=True),
        lambda: ItineraryPreview(demo_store, person["id"], window),
        lambda: LabItinerariesDialog(demo_store, lab["id"], window),
        lambda: LanguagePicker([], window),
    ):
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
