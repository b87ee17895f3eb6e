"""A table model fed with rows (plain dicts) by a service, and a proxy that filters them
the way people type: every word must appear, case and accents ignored."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from desktop.domain.schema import KINDS
from desktop.domain.text import fold, search_terms
from desktop.i18n import format_number, translate
from desktop.i18n.values import value_text
from desktop.ui.widgets.tables import HEADER_TEXT_ROLES

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Column:
    key: str
    header: Callable[[], str]  # gives the translated header
    display: Callable[[dict], str] | None = None
    sort: Callable[[dict], object] | None = None
    align_right: bool = False


def field_header(kind: str, field: str) -> Callable[[], str]:
    label = KINDS[kind].field(field).label
    return lambda: translate("Field", label)


def field_column(kind: str, field: str, key: str | None = None) -> Column:
    spec = KINDS[kind].field(field)
    key = key or field

    def sort(row):
        value = row.get(key)
        if spec.type in ("int", "float"):
            return float(value) if value is not None else float("-inf")
        if spec.type in ("date", "datetime"):
            return value.isoformat() if value is not None else ""
        return fold(value_text(kind, field, value))

    return Column(key, field_header(kind, field), lambda row: value_text(kind, field, row.get(key), gender=row.get("gender")),
                  sort, align_right=spec.type in ("int", "float"))


def count_column(key: str, header: Callable[[], str]) -> Column:
    return Column(key, header, lambda row: format_number(row.get(key) or 0),
                  lambda row: float(row.get(key) or 0), align_right=True)


class RowsModel(QAbstractTableModel):
    """Rows of dicts shown through Column specs. No database access: set_rows() feeds it."""

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list[dict] = []
        self._texts: list[list[str]] = []
        self._haystacks: list[str] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._compute()
        self.endResetModel()

    def _compute(self) -> None:
        self._texts = [[(c.display(r) if c.display else str(r.get(c.key) or "")) for c in self.columns]
                       for r in self.rows]
        self._haystacks = [fold(" ".join(t)) for t in self._texts]

    def retranslate(self) -> None:
        """Headers and shown values (enum labels, dates) in the new language."""
        self._compute()
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][index.column()]
        if role == SORT_ROLE:
            return col.sort(row) if col.sort else fold(self._texts[index.row()][index.column()])
        if role == ID_ROLE:
            return row.get("id")
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role in HEADER_TEXT_ROLES:
            return self.columns[section].header()
        return None

    def haystack(self, row: int) -> str:
        return self._haystacks[row]

    def row_of(self, row_id: str) -> int:
        for i, r in enumerate(self.rows):
            if r.get("id") == row_id:
                return i
        return -1


class FoldFilterProxy(QSortFilterProxyModel):
    """Keeps the rows in which every typed word appears (case and accents ignored)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.terms: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.terms = search_terms(text)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.terms = search_terms(text)
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row, source_parent) -> bool:  # noqa: N802 - Qt API
        if not self.terms:
            return True
        haystack = self.sourceModel().haystack(source_row)
        return all(t in haystack for t in self.terms)
