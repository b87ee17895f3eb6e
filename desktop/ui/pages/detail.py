"""The pane under a reference list (labs, connectors, companies, associations): the chosen
record's name, a summary under it, and boxes of what it links to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.messages import UserError


def detail_heading(parent: QWidget) -> tuple[QLabel, QLabel]:
    """The top of a detail pane: the record's name in bold, and a wrapping, selectable summary."""
    name = QLabel(parent)
    font = QFont(name.font())
    font.setBold(True)
    name.setFont(font)
    summary = QLabel(parent)
    summary.setWordWrap(True)
    summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return name, summary


def detail_layout(pane: QWidget, heading, boxes: list[tuple[QWidget, int]]) -> None:
    """Lay a detail pane out: its heading (the name label, or a row holding it), the summary
    under it, then the boxes side by side with their stretch factors."""
    lists = QHBoxLayout()
    for box, stretch in boxes:
        lists.addWidget(box, stretch)
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 4, 0, 0)
    if isinstance(heading, QWidget):
        layout.addWidget(heading)
    else:
        layout.addLayout(heading)
    layout.addWidget(pane.summary)
    layout.addLayout(lists, 1)


class DetailPane(QWidget):
    """A detail pane: ``show_record(record_id)`` reads the chosen record through ``fetch`` (None
    when nothing, or something erased meanwhile, is chosen) and draws it with ``draw`` (not
    ``render``, which is QWidget's own); ``retranslate`` draws it again in the new language."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.record_id: str | None = None
        self.data: dict | None = None
        self.name, self.summary = detail_heading(self)

    # each pane defines both: the chosen record's data (UserError when it is gone), and drawing
    # ``self.data`` (None: nothing chosen)
    fetch: Callable[[str], dict]
    draw: Callable[[], None]

    def show_record(self, record_id: str | None) -> None:
        self.record_id = record_id
        self.data = None
        if record_id is not None:
            try:
                self.data = self.fetch(record_id)
            except UserError:
                self.data = None
        self.draw()

    def retranslate(self) -> None:
        self.draw()
