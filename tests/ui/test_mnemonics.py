"""Alt+letter does what its underlined letter says: in Spanish, English and French, no two
mnemonics of one scope share a letter. A scope is what one Alt+letter can reach: a window (its
menu bar's titles, and its visible buttons, labels with a buddy, group boxes and tabs, such as a
participant's tab bar with the page's buttons), or one menu's items.

Every window is walked: the main window on each screen, a participant's page on each tab,
and every dialog (record forms, registration, meetings, keys, passphrase, itinerary preview and
batch, languages, settings, about, first start)."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QWidget

import desktop.i18n as i18n
from desktop.i18n import preferences
from desktop.services import records
from desktop.ui import main_window

LANGS = ("es", "en", "fr")


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower case."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def window_mnemonics(window: QWidget) -> dict[str, list[tuple[str, str]]]:
    """(letter, text) of what Alt+letter reaches in the window as it is shown now, by scope.

    The window's own scope holds its menu bar's titles, its tab bars and the widgets outside
    any group box; each group box adds its own widgets to the window's scope. Sibling group
    boxes (a participant's sections, each with Add, Edit and Delete) may repeat one another's
    letters for the same action: Qt moves the focus from one to the next on each press of an
    ambiguous Alt+letter rather than choosing one (two different actions under one letter are a
    clash, see window_clashes)."""
    scopes: dict[str, list[tuple[str, str]]] = defaultdict(list)

    def add(scope: str, text: str) -> None:
        letter = mnemonic(text or "")
        if letter:
            scopes[scope].append((letter, text))

    menu_bar = window.menuBar() if hasattr(window, "menuBar") else None
    if menu_bar is not None:
        for action in menu_bar.actions():
            if action.isVisible():
                add("", action.text())
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or w.window() is not window:
            continue
        box = w.parentWidget()
        while box is not None and box is not window and not isinstance(box, QGroupBox):
            box = box.parentWidget()
        scope = f"box {box.title()!r}#{id(box)}" if isinstance(box, QGroupBox) else ""
        if isinstance(w, QAbstractButton):
            add(scope, w.text())
        elif isinstance(w, QLabel) and w.buddy() is not None:
            add(scope, w.text())
        elif isinstance(w, QGroupBox):
            add(scope, w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i):
                    add("", w.tabText(i))
    return scopes


def window_clashes(where: str, scopes: dict[str, list[tuple[str, str]]]) -> list[str]:
    """Clashes in the window's own scope, between each group box and it, and between group
    boxes where one letter stands for different texts."""
    own = scopes.get("", [])
    problems = clashes(where, own)
    for scope, found in scopes.items():
        if scope:
            problems += [
                p
                for p in clashes(f"{where}, {scope.split('#')[0]}", own + found)
                if p.split(": ", 1)[1] not in {q.split(": ", 1)[1] for q in problems}
            ]
    in_boxes = {pair for scope, found in scopes.items() if scope for pair in found}
    problems += clashes(f"{where}, across its group boxes", sorted(in_boxes))
    return sorted(set(problems))


def menu_scopes(window: QWidget) -> dict[str, list[tuple[str, str]]]:
    scopes = {}
    menu_bar = window.menuBar() if hasattr(window, "menuBar") else None
    if menu_bar is None:
        return scopes
    for action in menu_bar.actions():
        menu = action.menu()
        if menu is not None:
            scopes[f"menu {action.text()!r}"] = [
                (m, a.text()) for a in menu.actions() if a.isVisible() and (m := mnemonic(a.text()))
            ]
    return scopes


def clashes(scope: str, found: list[tuple[str, str]]) -> list[str]:
    by_letter = defaultdict(list)
    for letter, text in found:
        by_letter[letter].append(text)
    return [
        f"{scope}: Alt+{letter.upper()} is {' and '.join(repr(t) for t in texts)}"
        for letter, texts in sorted(by_letter.items())
        if len(texts) > 1
    ]


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


def settle() -> None:
    QApplication.processEvents()


def walk(qtbot, store, lang: str) -> list[str]:
    """Every window in ``lang``: the clashes found."""
    from desktop.ui.about import AboutDialog
    from desktop.ui.exchange.keys_dialog import KeysDialog
    from desktop.ui.exchange.passphrase import PassphraseDialog
    from desktop.ui.itinerary.batch import LabItinerariesDialog
    from desktop.ui.itinerary.preview import ItineraryPreview
    from desktop.ui.main_window import MainWindow
    from desktop.ui.participants.form import ParticipantDialog
    from desktop.ui.participants.meetings import MeetingDialog
    from desktop.ui.participants.network import NetworkDialog
    from desktop.ui.participants.sections import RecordSection
    from desktop.ui.settings_dialog import SettingsDialog
    from desktop.ui.widgets.choice_editors import LanguagePicker

    i18n.set_language(lang)
    problems: list[str] = []
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    for scope, found in menu_scopes(window).items():
        problems += clashes(f"{lang} main window, {scope}", found)
    for key in window.page_keys():
        page = window.show_page(key)
        view = getattr(page, "view", None)
        if view is not None and view.model() is not None and view.model().rowCount():
            view.selectRow(0)  # a record chosen: its detail pane shows
        settle()
        problems += window_clashes(f"{lang} main window, {key} screen", window_mnemonics(window))

    person = records.list_all(store, "participant")[0]
    lab = records.list_all(store, "lab")[0]
    page = window.show_page("participants")
    page.open_participant(person["id"])
    tabs = page.detail.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        settle()
        problems += window_clashes(
            f"{lang} participant page, tab {tabs.tabText(i)!r}", window_mnemonics(window)
        )

    dialogs = [
        SettingsDialog(window, store=store),
        ParticipantDialog(store, None, window),
        ParticipantDialog(store, person["id"], window),
        MeetingDialog(store, person["id"], parent=window),
        KeysDialog(store, window),
        PassphraseDialog(window, confirm=True),
        ItineraryPreview(store, person["id"], window),
        LabItinerariesDialog(store, lab["id"], window),
        LanguagePicker([], window),
        AboutDialog(window, data_dir=store.data_dir),
        NetworkDialog(store, person["id"], person["first_name"], window),
    ]
    dialogs += [section.add() for section in page.detail.findChildren(RecordSection)]
    for key in ("labs", "connectors", "companies"):
        dialogs.append(window.show_page(key).new_record())
    seen = 0
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        settle()
        scopes = window_mnemonics(dialog)
        seen += sum(len(found) for found in scopes.values())
        problems += window_clashes(f"{lang} dialog {dialog.windowTitle()!r}", scopes)
        dialog.reject()
    assert seen >= 10, "the dialogs' mnemonics were not found"
    window.close()
    return problems


@pytest.mark.parametrize("lang", LANGS)
def test_no_two_mnemonics_of_a_window_share_a_letter(qtbot, demo_store, prefs, lang):
    problems = walk(qtbot, demo_store, lang)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_no_two_mnemonics_of_the_first_start_share_a_letter(qtbot, tmp_path, prefs, lang):
    from desktop.storage.store import Store
    from desktop.ui.first_run import FirstRunDialog

    i18n.set_language(lang)
    store = Store.open(tmp_path / "fresh")
    try:
        dialog = FirstRunDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        settle()
        assert not window_clashes(f"{lang} first start", window_mnemonics(dialog))
        dialog.reject()
    finally:
        store.close()


def test_in_spanish_alt_i_opens_the_itinerary_tab(qtbot, demo_store, prefs):
    """The clash that was found: Alt+I opened the "Ir" menu instead of the Itinerario tab."""
    from desktop.ui.main_window import MainWindow

    i18n.set_language("es")
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("participants")
    page.open_participant(records.list_all(demo_store, "participant")[0]["id"])
    settle()
    tabs = page.detail.tabs
    letter = mnemonic(tabs.tabText(1))
    assert letter and letter not in {mnemonic(a.text()) for a in window.menuBar().actions()}
    window.close()


def test_mnemonic_reads_the_underlined_letter():
    assert mnemonic("&Ir") == "i" and mnemonic("Con&figuración…") == "f"
    assert mnemonic("Save && close") is None and mnemonic("A && &B") == "b"
    assert not clashes("x", [("a", "&Abrir"), ("b", "&Borrar")])
    assert clashes("x", [("a", "&Abrir"), ("a", "&Añadir")])
