"""No list scrolls sideways on a 1366x768 laptop, in Spanish, English or French: the participants
list, the labs, connectors and companies with their detail panes, a participant's page on each
tab, the USB exchange screen. Each list's columns share the width it has; what gives way is
shortened with an ellipsis and shown whole in its tooltip. Screenshots go to
$MILMA_SCREENSHOTS (default: the temporary folder)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

import desktop.i18n as i18n
from desktop.i18n import preferences
from desktop.services import records
from desktop.ui import main_window

WINDOW = (1366, 768 - 27 - 40)  # a 1366x768 screen less a panel and the title bar


@pytest.fixture
def prefs(tmp_path, monkeypatch):
    path = str(tmp_path / "milma.ini")
    monkeypatch.setattr(
        preferences, "settings", lambda: QSettings(path, QSettings.Format.IniFormat)
    )
    monkeypatch.setattr(main_window, "settings", preferences.settings)  # no geometry left behind
    before = i18n.current_language()
    yield
    i18n.set_language(before)


def sideways(window, where: str) -> list[str]:
    """The visible lists of the window that scroll sideways, and by how much."""
    QApplication.processEvents()
    problems = []
    for view in window.findChildren(QAbstractItemView):
        if not view.isVisibleTo(window) or view.model() is None or view.width() <= 0:
            continue
        bar = view.horizontalScrollBar()
        if bar.maximum() > 0:
            what = view.objectName() or view.accessibleName() or type(view.parentWidget()).__name__
            detail = ""
            if isinstance(view, QTableView):
                header = view.horizontalHeader()
                widths = [
                    f"{view.model().headerData(i, header.orientation())}={header.sectionSize(i)}"
                    for i in range(header.count())
                    if not header.isSectionHidden(i)
                ]
                detail = f" (viewport {view.viewport().width()}: {', '.join(widths)})"
            problems.append(f"{where}: list {what} scrolls sideways by {bar.maximum()}px{detail}")
    return problems


def screenshot(window, name: str) -> None:
    folder = Path(os.environ.get("MILMA_SCREENSHOTS", tempfile.gettempdir()))
    folder.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(folder / f"milma_lists_{name}.png"))


@pytest.mark.parametrize("lang", ("es", "en", "fr"))
def test_no_list_scrolls_sideways_at_1366x768(qtbot, demo_store, prefs, lang):
    from desktop.ui.main_window import MainWindow

    i18n.set_language(lang)
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.showNormal()
    window.resize(*WINDOW)
    qtbot.waitExposed(window)
    problems = []
    for key in window.page_keys():
        page = window.show_page(key)
        view = getattr(page, "view", None)
        if view is not None and view.model() is not None and view.model().rowCount():
            view.selectRow(0)  # its detail pane shows
        QApplication.processEvents()
        screenshot(window, f"{lang}_{key}")
        problems += sideways(window, f"{lang} {key}")
    page = window.show_page("participants")
    # the participant with the most records, so that every table has rows to fit
    people = records.list_all(demo_store, "participant")
    counts = {
        p["id"]: sum(
            len(records.list_all(demo_store, kind, participant_id=p["id"]))
            for kind in (
                "enrolment",
                "coaching_session",
                "goal",
                "placement",
                "employment_outcome",
                "consent",
                "connector_meeting",
            )
        )
        for p in people
    }
    page.open_participant(max(counts, key=counts.get))
    tabs = page.detail.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        QApplication.processEvents()
        screenshot(window, f"{lang}_participant_{i}")
        problems += sideways(window, f"{lang} participant tab {tabs.tabText(i)!r}")
    window.close()
    assert not problems, "\n".join(problems)
