"""The read-only lists of the application: whole rows selected one at a time, nothing edited in
place, alternating row colours, no row numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

# The roles a list model answers with its header text: displayed, and as the tooltip, which
# shows a header whole when a narrow screen cuts it short (read_only_table ends it in "…")
HEADER_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def read_only_table(model, parent: QWidget | None = None, name: str | None = None) -> QTableView:
    view = QTableView(parent)
    if name:
        view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    # a header with too little room ends in an ellipsis (its tooltip has it whole, see
    # HEADER_TEXT_ROLES) rather than losing letters at both ends
    view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    return view


def compact_rows(view: QTableView) -> None:
    """Rows as tall as the text needs: more of the list fits on a 768-pixel screen."""
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)


def fit_to_contents(view: QTableView, stretch_first: bool = False) -> None:
    """Columns as wide as their contents; the first or the last one takes the room left."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_first:
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
