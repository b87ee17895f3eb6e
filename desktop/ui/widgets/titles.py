"""A screen's title: the font every main screen shows its name in."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def title_label(parent: QWidget) -> QLabel:
    """A label in the screens' title font (larger and bold)."""
    label = QLabel(parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label
