"""Layouts hold longer texts: with every string stretched by about 40 % (pseudo-localised
catalogue from scripts/update_translations.py --pseudo), no label or button of the main
screens is clipped in a 1366x768 window. Screenshots go to $MILMA_SCREENSHOTS (default: the
temporary folder) to be looked at."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QListWidget,
    QPushButton,
    QToolButton,
    QWidget,
)

import desktop.i18n as i18n
from desktop.i18n import preferences
from tests.unit.test_translations import tools

SCREEN = (1366, 768)


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory) -> Path:
    return tools.build_pseudo(tmp_path_factory.mktemp("pseudo") / "milma_pseudo.qm")


@pytest.fixture
def pseudo(qapp, pseudo_qm, tmp_path, monkeypatch):
    path = str(tmp_path / "milma.ini")
    monkeypatch.setattr(
        preferences, "settings", lambda: QSettings(path, QSettings.Format.IniFormat)
    )
    monkeypatch.setenv(i18n.PSEUDO_ENV, str(pseudo_qm))
    before = i18n.current_language()
    i18n.set_language("en")
    yield
    monkeypatch.delenv(i18n.PSEUDO_ENV)
    i18n.set_language(before)


def screenshot(widget: QWidget, name: str) -> None:
    folder = Path(os.environ.get("MILMA_SCREENSHOTS", tempfile.gettempdir()))
    folder.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(folder / f"milma_pseudo_{name}.png"))


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons whose text needs more room than the layout gave them."""
    problems = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            if w.wordWrap():
                need_h = (
                    w.heightForWidth(w.contentsRect().width())
                    if w.hasHeightForWidth()
                    else w.sizeHint().height()
                )
                if need_h > w.contentsRect().height() + 1:
                    problems.append(
                        f"wrapped label {w.text()!r}: needs {need_h}px high, has"
                        f" {w.contentsRect().height()}"
                    )
            else:
                hint = w.sizeHint()
                if hint.width() > w.width() + 1 or hint.height() > w.height() + 1:
                    problems.append(
                        f"label {w.text()!r}: needs {hint.width()}x{hint.height()}, has"
                        f" {w.width()}x{w.height()}"
                    )
        elif (
            isinstance(w, QToolButton)
            and w.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        ):
            continue  # its text is only its name for screen readers (a date field's calendar)
        elif isinstance(w, (QPushButton, QToolButton)) and w.text():
            hint = w.sizeHint()
            if hint.width() > w.width() + 1:
                problems.append(
                    f"button {w.text()!r}: needs {hint.width()}px wide, has {w.width()}"
                )
        elif isinstance(w, QAbstractButton) and w.text():  # check boxes, radio buttons
            hint = w.sizeHint()
            if hint.width() > w.width() + 1:
                problems.append(
                    f"{type(w).__name__} {w.text()!r}: needs {hint.width()}px wide, has {w.width()}"
                )
    return problems


def clipped_lists(root: QWidget) -> list[str]:
    """Lists (the navigation) whose widest item needs more room than the list has."""
    problems = []
    for w in root.findChildren(QListWidget):
        if not w.isVisibleTo(root) or not w.count() or w.wordWrap():
            continue
        if w.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            continue
        need = w.sizeHintForColumn(0)  # the widest item, padding included
        if need > w.viewport().width() + 1:
            problems.append(
                f"list {w.objectName() or type(w).__name__}: its widest item needs "
                f"{need}px, the list has {w.viewport().width()}"
            )
    return problems


def test_pseudo_catalogue_stretches_every_text(pseudo):
    text = i18n.translate("MainWindow", "&File")
    assert text != "&File" and text.startswith("[") and "&" in text
    sample = i18n.translate("Participants", "Search by code, name, document number or phone")
    assert len(sample) >= 1.35 * len("Search by code, name, document number or phone")


@pytest.fixture
def window(qtbot, demo_store, pseudo):
    from desktop.ui.main_window import MainWindow

    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    w.resize(*SCREEN)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    shiboken6.delete(w)


def test_no_clipped_text_on_the_main_screens(window, qtbot, demo_store):
    from desktop.services import records

    assert window.minimumSizeHint().width() <= SCREEN[0], (
        "the window does not fit a 1366x768 screen"
    )
    assert window.minimumSizeHint().height() <= SCREEN[1], (
        "the window does not fit a 1366x768 screen"
    )
    found = {}
    for key in window.page_keys():
        window.show_page(key)
        qtbot.wait(50)
        screenshot(window, key)
        found[key] = clipped(window)
    if "participants" in window.page_keys():
        page = window.show_page("participants")
        people = records.list_all(demo_store, "participant")
        if people and hasattr(page, "open_participant"):
            page.open_participant(people[0]["id"])
            qtbot.wait(50)
            screenshot(window, "participant")
            found["participant"] = clipped(window)
    problems = {k: v for k, v in found.items() if v}
    assert not problems, (
        f"clipped texts in a pseudo-localised {SCREEN[0]}x{SCREEN[1]} window: {problems}"
    )


def test_no_clipped_text_in_the_settings_dialog(window, qtbot):
    from desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    screenshot(dialog, "settings")
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1]
    assert not clipped(dialog)


def test_navigation_items_are_not_clipped(window, qtbot):
    for key in window.page_keys():
        window.show_page(key)
    qtbot.wait(50)
    assert not clipped_lists(window)
