"""The occupation group field: typed words find a group whatever their case or accents."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.schema import KINDS
from desktop.ui.widgets.editors import editor_for


def test_typing_without_accents_offers_the_group_and_choosing_it_sets_the_code(qtbot):
    editor = editor_for(KINDS["connector"].field("occupation_group"))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.lineEdit(), "informacion y las comunic")
    completer = editor.completer()
    shown = [
        completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())
    ]
    assert shown == [
        "25 · Information and communications technology professionals",
        "35 · Information and communications technicians",
    ]
    completer.popup().setCurrentIndex(completer.completionModel().index(1, 0))
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert editor.get_value() == "35"
    editor.lineEdit().clear()
    assert editor.get_value() is None
    qtbot.keyClicks(editor.lineEdit(), "astronaut")
    assert editor.get_value() == "astronaut"  # refused by validation, by name
