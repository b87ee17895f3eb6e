"""Switching the interface language retranslates every open screen at once: titles, menus,
buttons, labels and column headers, and Qt's own standard buttons; the choice is remembered."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
)

import desktop.i18n as i18n
from desktop.i18n import preferences

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def english_first(qapp, tmp_path, monkeypatch):
    path = str(tmp_path / "milma.ini")
    monkeypatch.setattr(
        preferences, "settings", lambda: QSettings(path, QSettings.Format.IniFormat)
    )
    before = i18n.current_language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


def changed_translations(lang: str) -> dict[str, str]:
    """source -> translation of every (non-plural) message whose translation differs."""
    out = {}
    root = ET.parse(ROOT / "translations" / f"milma_{lang}.ts").getroot()
    for msg in root.iter("message"):
        if msg.get("numerus") == "yes":
            continue
        source, tr = msg.findtext("source") or "", msg.find("translation")
        text = (tr.text or "") if tr is not None else ""
        if text and text != source and len(source) > 3:
            out[source] = text
    return out


def unchanged_translations(lang: str) -> set[str]:
    """Sources some (non-plural) message of ``lang`` translates to the same text."""
    root = ET.parse(ROOT / "translations" / f"milma_{lang}.ts").getroot()
    return {
        msg.findtext("source") or ""
        for msg in root.iter("message")
        if msg.get("numerus") != "yes"
        and (msg.findtext("translation") or "") == msg.findtext("source")
    }


def visible_texts(root: QWidget) -> set[str]:
    """What a person reads on a window: titles, menus, labels, buttons, placeholders, tabs,
    group titles, list items and column headers (not the data in the cells)."""
    texts = {root.windowTitle()}
    if hasattr(root, "menuBar"):
        for action in root.menuBar().actions():
            texts.add(action.text())
            if action.menu():
                texts.update(a.text() for a in action.menu().actions())
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel):
            texts.add(w.text())
        elif isinstance(w, QAbstractButton):
            texts.add(w.text())
        elif isinstance(w, QLineEdit):
            texts.add(w.placeholderText())
        elif isinstance(w, QGroupBox):
            texts.add(w.title())
        elif isinstance(w, QTabWidget):
            texts.update(w.tabText(i) for i in range(w.count()))
        if isinstance(w, QListWidget):
            texts.update(w.item(i).text() for i in range(w.count()))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            texts.update(
                str(
                    model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                    or ""
                )
                for c in range(model.columnCount())
            )
        if w.toolTip():
            texts.add(w.toolTip())
    texts.discard("")
    return texts


def assert_all_translated(window: QWidget, lang: str) -> set[str]:
    """No text on the window is left in another language than ``lang``."""
    texts = visible_texts(window)
    if lang == "en":
        sources = set(changed_translations("es")) | set(changed_translations("fr"))
        foreign = (
            set(changed_translations("es").values()) | set(changed_translations("fr").values())
        ) - sources
        left = texts & foreign
    else:
        # a source text is also right in this language when some context translates it to
        # itself ("Participant" in French, beside the notice's "Participant(e)")
        own = set(changed_translations(lang).values()) | unchanged_translations(lang)
        left = {t for t in texts if t in changed_translations(lang) and t not in own}
    assert not left, f"not in {lang} after switching: {sorted(left)}"
    return texts


@pytest.fixture
def window(qtbot, demo_store):
    from desktop.ui.main_window import MainWindow

    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    # gone before its store closes: a later language change must not reach it
    w.close()
    shiboken6.delete(w)


def open_every_page(window, qtbot, demo_store) -> None:
    """Show every screen once, and a participant's file, so that they are all open."""
    from desktop.services import records

    for key in window.page_keys():
        window.show_page(key)
        qtbot.wait(10)
    if "participants" in window.page_keys():
        page = window.show_page("participants")
        people = records.list_all(demo_store, "participant")
        if people and hasattr(page, "open_participant"):
            page.open_participant(people[0]["id"])
            qtbot.wait(10)


def test_main_window_switches_language_on_every_open_screen(window, qtbot, demo_store):
    open_every_page(window, qtbot, demo_store)
    assert "&File" in visible_texts(window)

    for lang, file_menu, participants in (
        ("es", "Archiv&o", "Participantes"),
        ("fr", "&Fichier", "Participants"),
        ("en", "&File", "Participants"),
    ):
        i18n.set_language(lang)
        qtbot.wait(10)
        texts = assert_all_translated(window, lang)
        assert len(texts) > 30  # menus, navigation, filters, headers, the participant's file
        assert file_menu in texts
        assert participants in texts
        # every page that is open was retranslated, the hidden ones too
        for key in window.page_keys():
            window.show_page(key)
            qtbot.wait(10)
            assert_all_translated(window, lang)


def test_participant_list_headers_follow_the_language(window, qtbot):
    if "participants" not in window.page_keys():
        pytest.skip("no participants screen registered")
    page = window.show_page("participants")
    views = [
        v
        for v in page.findChildren(QAbstractItemView)
        if v.isVisibleTo(page)
        and not isinstance(v, QListWidget)
        and v.model() is not None
        and v.model().columnCount() > 2
    ]
    assert views, "the participants screen shows a table"

    def headers():
        model = views[0].model()
        return [
            model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            for c in range(model.columnCount())
        ]

    assert "Last name" in headers() or "Code" in headers()
    i18n.set_language("es")
    assert "Apellidos" in headers() or "Código" in headers()
    i18n.set_language("fr")
    assert "Nom de famille" in headers() or "Code" in headers()
    assert "Last name" not in headers()


def test_every_filter_shows_its_whole_first_choice_in_each_language(window, qtbot):
    """On a 1366-pixel-wide screen, "Any enrolment status" and the other filters' first
    choices are read whole, in English, Spanish and French."""
    from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

    page = window.show_page("participants")
    combos = [c for c in page.list.findChildren(QComboBox) if c.isVisibleTo(page)]
    assert len(combos) == 6  # technician, lab, site, origin, gender, enrolment status
    for lang in ("en", "es", "fr"):
        i18n.set_language(lang)
        qtbot.wait(10)
        for combo in combos:
            option = QStyleOptionComboBox()
            combo.initStyleOption(option)
            room = (
                combo.style()
                .subControlRect(
                    QStyle.ComplexControl.CC_ComboBox,
                    option,
                    QStyle.SubControl.SC_ComboBoxEditField,
                    combo,
                )
                .width()
            )
            need = combo.fontMetrics().horizontalAdvance(combo.itemText(0))
            assert need <= room, (
                f"{lang}: {combo.itemText(0)!r} needs {need}px, the filter shows {room}"
            )
            assert combo.toolTip() == combo.currentText()


def test_lab_enrolments_show_every_column_without_scrolling_sideways(window, qtbot, demo_store):
    """On a 1366-pixel screen a participant's itinerary shows each lab enrolment whole, hours
    attended included: long headers are shortened instead, whole in their tooltip."""
    from desktop.services import records

    enrolled = {e["participant_id"] for e in records.list_all(demo_store, "enrolment")}
    person = next(
        p
        for p in records.list_all(demo_store, "participant", order_by="code")
        if p["id"] in enrolled
    )
    page = window.show_page("participants")
    page.open_participant(person["id"])
    tabs = page.detail.findChild(QTabWidget)
    tabs.setCurrentWidget(page.detail.itinerary)
    view = page.detail.itinerary.enrolments.view
    model = view.model()
    for lang in ("es", "fr", "en"):
        i18n.set_language(lang)
        qtbot.wait(10)
        assert view.model().rowCount() > 0
        assert view.horizontalScrollBar().maximum() == 0, f"{lang}: the enrolments scroll sideways"
        last = model.columnCount() - 1
        right = view.columnViewportPosition(last) + view.columnWidth(last)
        assert right <= view.viewport().width() + 1
        hours = view.visualRect(model.index(0, last))
        assert (
            view.fontMetrics().horizontalAdvance(str(model.index(0, last).data())) <= hours.width()
        )
        for c in range(model.columnCount()):
            assert model.headerData(
                c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
            ) == model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)


def test_settings_dialog_switches_everything_and_remembers(window, qtbot):
    from desktop.ui.settings_dialog import LANGUAGE_NAMES, SettingsDialog

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["Español", "English", "Français"]
    assert dialog.chosen_language() == "en"
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Cancel"

    dialog.set_chosen_language("fr")
    assert "19 novembre 2026" in dialog.example.text()  # the preview follows the choice
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert i18n.current_language() == "fr"
    assert preferences.load_language() == "fr"
    assert dialog.windowTitle() == "Paramètres"
    assert cancel.text() == "Annuler"  # Qt's own strings, from qtbase_fr
    assert "&Fichier" in visible_texts(window)
    assert "Les dates s’affichent ainsi" in dialog.example.text()
    assert names == [dialog.language.itemText(i) for i in range(dialog.language.count())]

    dialog.set_chosen_language("es")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert i18n.current_language() == "es"
    assert preferences.load_language() == "es"
    assert "Archiv&o" in visible_texts(window)
    assert LANGUAGE_NAMES["fr"] == "Français"


def test_cancel_keeps_the_language(window, qtbot):
    from desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_chosen_language("fr")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert i18n.current_language() == "en"
    assert "&File" in visible_texts(window)


@pytest.mark.parametrize(
    ("lang", "cancel", "save", "yes"),
    [
        ("es", "Cancelar", "Guardar", "&Sí"),
        ("fr", "Annuler", "Enregistrer", "&Oui"),
        ("en", "Cancel", "Save", "&Yes"),
    ],
)
def test_qt_standard_buttons_in_the_language(qtbot, lang, cancel, save, yes):
    i18n.set_language(lang)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Yes
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == save
    assert box.button(QDialogButtonBox.StandardButton.Yes).text() == yes


def test_qt_translations_are_installed_with_pyside():
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for lang in ("es", "fr"):
        assert (folder / f"qtbase_{lang}.qm").is_file()
