"""Qt's own dialogs speak the interface language (Qt's catalogues plus desktop/i18n/qt_gaps)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from desktop.i18n import set_language


def _labels(dialog) -> set[str]:
    return {label.text() for label in dialog.findChildren(QLabel) if label.text()}


@pytest.fixture
def back_to_english():
    yield
    set_language("en")


@pytest.mark.parametrize("mode", ["open", "save", "folder"])
@pytest.mark.parametrize("lang", ["es", "fr"])
def test_file_dialog_labels_are_translated(qtbot, back_to_english, lang, mode):
    """Qt's own file dialog (the one shown where no desktop dialog exists): no label is left
    in English in a Spanish or French interface ("Look in:", "Files of type:")."""
    set_language("en")
    dialog = QFileDialog(None, "x")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setNameFilter("PDF (*.pdf)")
    dialog.show()
    english = _labels(dialog)
    assert "&Look in:" in english and "Files of &type:" in english
    set_language(lang)
    shown = _labels(dialog)
    assert not shown & english, f"left in English: {shown & english}"
    fresh = QFileDialog(None, "x")
    qtbot.addWidget(fresh)
    fresh.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    fresh.show()
    assert not _labels(fresh) & english
