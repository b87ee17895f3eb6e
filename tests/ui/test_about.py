"""Help > About: the version, the data and log folders and the licences of what is bundled,
in the interface language, within a laptop's screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

import desktop.i18n as i18n
from desktop import __version__
from desktop.logs import setup_logging
from desktop.ui.about import AboutDialog
from desktop.ui.widgets import geometry
from tests.ui.test_fits_screen import SCREENS, outside


@pytest.fixture
def window(qtbot, store):
    from desktop.ui.main_window import MainWindow

    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def english():
    before = i18n.current_language()
    yield
    i18n.set_language(before)


def open_about(qtbot, window) -> AboutDialog:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Help")
    about = next(a for a in help_menu.actions() if a.text() == "&About MILMA Desktop…")
    about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def table(dialog) -> dict[str, tuple[str, str]]:
    view = dialog.libraries
    return {
        view.item(r, 0).text(): (view.item(r, 1).text(), view.item(r, 2).text())
        for r in range(view.rowCount())
    }


def test_help_about_shows_the_version_folders_and_licences(qtbot, window, store, tmp_path, english):
    log_file = setup_logging(tmp_path / "logs here")
    dialog = open_about(qtbot, window)
    assert __version__ in dialog.version.text()
    assert dialog.data_path.text() == str(store.data_dir)
    assert dialog.log_path.text() == str(log_file.parent)
    assert "DejaVu" in dialog.fonts_label.text() and "bitstream-vera" in dialog.fonts_label.text()
    rows = table(dialog)
    # the application's own requirements and theirs, each with a licence named
    for name in (
        "PySide6",
        "shiboken6",
        "SQLAlchemy",
        "reportlab",
        "babel",
        "cryptography",
        "pyrage",
    ):
        assert name in rows, name
        assert rows[name][1], name
    assert "LGPL-3.0-only" in rows["PySide6"][1]
    assert rows["pyrage"][1] == "The MIT License (MIT)"  # from its licence file: no metadata field
    assert "Python" in rows and "Qt" in rows
    assert not {"pytest", "pytest-qt", "hypothesis", "pyinstaller"} & {n.lower() for n in rows}
    dialog.buttons.button(dialog.buttons.StandardButton.Close).click()
    assert not dialog.isVisible()


@pytest.mark.parametrize(
    ("lang", "title", "folder", "licence"),
    [
        ("es", "Acerca de MILMA Desktop", "Carpeta de datos:", "Licencia"),
        ("fr", "À propos de MILMA Desktop", "Dossier des données :", "Licence"),
    ],
)
def test_the_dialog_speaks_the_interface_language(
    qtbot, store, english, lang, title, folder, licence
):
    dialog = AboutDialog(None, data_dir=store.data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    i18n.set_language(lang)
    QApplication.processEvents()
    assert dialog.windowTitle() == title
    assert dialog.data_label.text() == folder
    assert dialog.libraries.horizontalHeaderItem(2).text() == licence
    i18n.set_language("en")
    QApplication.processEvents()
    assert dialog.windowTitle() == "About MILMA Desktop"


@pytest.mark.parametrize("screen", sorted(SCREENS))
@pytest.mark.parametrize("lang", ["es", "en", "fr"])
def test_the_dialog_fits_a_laptop_screen(qtbot, store, monkeypatch, english, screen, lang):
    area = SCREENS[screen]
    monkeypatch.setattr(geometry, "available_geometry", lambda widget=None: QRect(area))
    i18n.set_language(lang)
    dialog = AboutDialog(None, data_dir=store.data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert not outside(dialog, area)
    # nothing scrolls sideways: the licences column takes what the window leaves
    assert not dialog.libraries.horizontalScrollBar().isVisible()
