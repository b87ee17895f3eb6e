"""The one table model of the interface: rows (plain dicts given by a service) shown through
columns, and a proxy that filters them the way people type.

As in vorta, a list is a subclass that declares its columns and roles as constants on the class
(``COLUMNS``; the roles ``ID_ROLE``, the row's record id, and ``SORT_ROLE``, the raw value a
column sorts by, are the same for every list), or the model itself given a list of columns.
A cell reads its text once, when first shown (stored values through desktop.i18n.values).

A short list is given whole (``set_rows``). A large one (the participants, 50,000 of them) sets
``PAGE_SIZE`` and gives ``fetch(offset, limit)`` and ``count()``: the model holds the pages
fetched so far, Qt asks for the next as the view scrolls, and the number of rows is counted
just after the first page shows (``total_changed``), or at once when that page is the last.
Such a list sorts in its query (``sort`` reloads by the column's ``order_by``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)

from desktop.domain.schema import KINDS
from desktop.domain.text import fold, search_terms
from desktop.i18n import format_number, translate
from desktop.i18n.values import value_text
from desktop.ui.widgets.tables import HEADER_TEXT_ROLES

# Qt passes roles as plain ints: compare with ints (enum attribute lookups per call are slow)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ID = int(Qt.ItemDataRole.UserRole.value)  # RowsModel.ID_ROLE
_SORT = _ID + 1  # RowsModel.SORT_ROLE
_ROLES = frozenset({_TOOLTIP, _ALIGN, _ID, _SORT})  # the other roles a cell answers

# Where a service's row carries the name of the record a reference field points to
REF_NAMES = {
    "lab_id": "lab_name",
    "company_id": "company_name",
    "connector_id": "connector_name",
    "technician_id": "technician_name",
    "recorded_by": "recorded_by_name",
    "meeting_id": "meeting_date",
    "association_id": "association_name",
}


@dataclass(frozen=True)
class Column:
    key: str
    header: Callable[[], str]  # gives the translated header
    display: Callable[[dict], str] | None = None  # the cell's text (else the row's value as text)
    sort: Callable[[dict], object] | None = None  # the raw value it sorts by (else its folded text)
    align_right: bool = False
    tooltip: Callable[[dict], str | None] | None = None  # else the cell's text
    order_by: str | None = None  # a paged list's sort key in its query; None: not sortable there


def field_header(kind: str, field: str) -> Callable[[], str]:
    label = KINDS[kind].field(field).label
    return lambda: translate("Field", label)


def field_column(
    kind: str,
    field: str,
    key: str | None = None,
    *,
    gender: Callable[[dict], str | None] | None = None,
    order_by: str | None = None,
) -> Column:
    """A column showing a stored field: its label as header, its value as desktop.i18n.values
    reads it (a reference by the name the row carries, a long text by its first line, whole on
    hover), sorted by the raw value. A label describing a person agrees with ``gender(row)``,
    by default the row's own gender."""
    spec = KINDS[kind].field(field)
    key = key or field
    name_key = REF_NAMES.get(field) if spec.type == "ref" else None
    gender_of = gender or (lambda row: row.get("gender"))

    def display(row: dict) -> str:
        name = (row.get(name_key) or "") if name_key else None
        return value_text(
            kind, field, row.get(key), gender=gender_of(row), name=name, one_line=True
        )

    def sort(row: dict):
        value = row.get(key)
        if spec.type in ("int", "float"):
            return float(value) if isinstance(value, int | float) else float("-inf")
        if spec.type in ("date", "datetime"):
            return value.isoformat() if value is not None else ""
        return fold(display(row))

    tooltip = (lambda row: row.get(key) or None) if spec.type == "text" else None
    return Column(
        key,
        field_header(kind, field),
        display,
        sort,
        align_right=spec.type in ("int", "float"),
        tooltip=tooltip,
        order_by=order_by,
    )


def count_column(key: str, header: Callable[[], str]) -> Column:
    return Column(
        key,
        header,
        lambda row: format_number(row.get(key) or 0),
        lambda row: float(row.get(key) or 0),
        align_right=True,
    )


class RowsModel(QAbstractTableModel):
    """Rows of dicts shown through Column specs (see the module). No database access: rows
    come from ``set_rows`` or, for a paged list, from ``fetch``."""

    ID_ROLE = _ID  # the row's record id ("id"), in every list
    SORT_ROLE = _SORT  # the raw value a column sorts by
    COLUMNS: tuple[Column, ...] = ()
    PAGE_SIZE = 0  # 0: the rows are given whole; else fetched by pages of this size
    COUNT_DELAY_MS = 40  # a paged list shows first; the number of its rows follows
    kind: str | None = None  # the kind of record of each row, when they are records of one kind

    total_changed = Signal(int)

    def __init__(
        self,
        columns: list[Column] | tuple[Column, ...] | None = None,
        parent=None,
        kind: str | None = None,
    ):
        super().__init__(parent)
        self.columns = list(self.COLUMNS if columns is None else columns)
        if kind is not None:
            self.kind = kind
        self.rows: list[dict] = []
        self._texts: dict[tuple[int, int], str] = {}
        self._haystacks: dict[int, str] = {}
        self.sort_key: str | None = None
        self.descending = False
        self._total: int | None = None
        self._more = False
        self._count_timer: QTimer | None = None
        if self.PAGE_SIZE:
            self._count_timer = QTimer(self, singleShot=True, interval=self.COUNT_DELAY_MS)
            self._count_timer.timeout.connect(self._count_now)

    # ---- rows given whole -------------------------------------------------------------
    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._forget()
        self._total = len(self.rows)
        self.endResetModel()

    def _forget(self) -> None:
        self._texts = {}
        self._haystacks = {}

    # ---- rows fetched by pages --------------------------------------------------------
    # a paged list (PAGE_SIZE > 0) defines both: its rows from an offset (at most a limit), in
    # the order of sort_key; and their number (None: not now, the store is closing)
    fetch: Callable[[int, int], list[dict]]
    count: Callable[[], int | None]

    def reload(self) -> None:
        """A paged list's first page again (its query changed, or the store)."""
        assert self._count_timer is not None, "only a paged list reloads"
        self._count_timer.stop()
        rows = self.fetch(0, self.PAGE_SIZE)
        self.beginResetModel()
        self.rows = rows
        self._forget()
        self._more = len(rows) == self.PAGE_SIZE
        self._total = None if self._more else len(rows)
        self.endResetModel()
        if self._total is None:
            self._count_timer.start()
        else:
            self.total_changed.emit(self._total)

    def _count_now(self) -> None:
        if self._count_timer is not None:
            self._count_timer.stop()
        if self._total is None and (counted := self.count()) is not None:
            self._total = counted
            self.total_changed.emit(counted)

    @property
    def total_known(self) -> bool:
        return self._total is not None

    @property
    def total(self) -> int:
        """The number of rows (a paged list's counted now if it is not known yet)."""
        if self._total is None:
            self._count_now()
        return self._total if self._total is not None else len(self.rows)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        if parent.isValid() or not self.PAGE_SIZE:
            return False
        if self._total is None:
            return self._more
        return len(self.rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        if parent.isValid() or not self.PAGE_SIZE:
            return
        more = self.fetch(len(self.rows), self.PAGE_SIZE)
        self._more = len(more) == self.PAGE_SIZE
        if not more:
            if self._total is None:
                self._total = len(self.rows)
                self.total_changed.emit(self._total)
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """A paged list sorts in its query, by the column's ``order_by`` (others do not sort
        there). A list given whole is sorted by its view's proxy (SORT_ROLE)."""
        key = self.columns[column].order_by if 0 <= column < len(self.columns) else None
        if not self.PAGE_SIZE or key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def sort_column(self) -> int:
        """The column the list is sorted by in its query (-1: none)."""
        return next(
            (i for i, c in enumerate(self.columns) if c.order_by and c.order_by == self.sort_key),
            -1,
        )

    # ---- model API --------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def cell_text(self, row: int, column: int) -> str:
        """The text of a cell as shown (read once, then kept until the rows or language change)."""
        cell = (row, column)
        text = self._texts.get(cell)
        if text is None:
            col, values = self.columns[column], self.rows[row]
            text = col.display(values) if col.display else str(values.get(col.key) or "")
            self._texts[cell] = text
        return text

    def data(self, index: QModelIndex | QPersistentModelIndex, role=_DISPLAY):
        # called for every role of every visible cell: keep the common path short
        if role == _DISPLAY or role == _ACCESSIBLE:
            row = index.row()
            if row < 0:  # not a cell
                return None
            text = self._texts.get((row, index.column()))
            return text if text is not None else self.cell_text(row, index.column())
        if role not in _ROLES or not index.isValid():
            return None
        if role == _ID:
            return self.rows[index.row()].get("id")
        col = self.columns[index.column()]
        if role == _TOOLTIP:
            if col.tooltip is not None:
                return col.tooltip(self.rows[index.row()])
            return self.cell_text(index.row(), index.column())
        if role == _SORT:
            return (
                col.sort(self.rows[index.row()])
                if col.sort
                else fold(self.cell_text(index.row(), index.column()))
            )
        return _RIGHT if col.align_right else None  # _ALIGN

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role in HEADER_TEXT_ROLES
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header()
        return None

    def retranslate(self) -> None:
        """Headers and shown values (enum labels, dates) in the new language."""
        self._forget()
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1)
            )

    def haystack(self, row: int) -> str:
        """A row's shown texts, folded, for the filter box."""
        text = self._haystacks.get(row)
        if text is None:
            text = self._haystacks[row] = fold(
                " ".join(self.cell_text(row, c) for c in range(len(self.columns)))
            )
        return text

    def row(self, i: int) -> dict:
        return self.rows[i]

    def row_of(self, row_id: str) -> int:
        for i, r in enumerate(self.rows):
            if r.get("id") == row_id:
                return i
        return -1


class Searchable(Protocol):
    """A source model of FoldFilterProxy: RowsModel or choice_editors.FoldedItems."""

    def haystack(self, row: int) -> str: ...


class FoldFilterProxy(QSortFilterProxyModel):
    """Keeps the rows in which every typed word appears (case and accents ignored), sorted by
    their raw values (RowsModel.SORT_ROLE)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.terms: list[str] = []
        self.setSortRole(RowsModel.SORT_ROLE)

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
        # sourceModel() is typed as the base QAbstractItemModel; this proxy is only given
        # Searchable ones
        haystack = cast(Searchable, self.sourceModel()).haystack(source_row)
        return all(t in haystack for t in self.terms)
