"""The participants list as a lazily fetched table model, fed by desktop.services.participants.

The model holds only the rows fetched so far (pages of PAGE_SIZE); searching, filtering and
sorting are done by the service query (no SQL here), so 50,000 people cost one page.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.domain import enums as E
from desktop.domain.schema import KINDS
from desktop.i18n import format_date, translate
from desktop.services import participants
from desktop.storage.store import Store

PAGE_SIZE = 200

ID_ROLE = Qt.ItemDataRole.UserRole + 1

# (key, header source, header context, service sort key or None)
COLUMNS = (
    ("code", KINDS["participant"].field("code").label, "Field", "code"),
    ("last_name", KINDS["participant"].field("last_name").label, "Field", "last_name"),
    ("first_name", KINDS["participant"].field("first_name").label, "Field", "first_name"),
    ("birth_date", KINDS["participant"].field("birth_date").label, "Field", "birth_date"),
    ("gender", KINDS["participant"].field("gender").label, "Field", "gender"),
    ("migrant_status", KINDS["participant"].field("migrant_status").label, "Field", "migrant_status"),
    ("site", KINDS["participant"].field("site").label, "Field", "site"),
    ("current_lab", "Current lab", "Participants", None),
    ("phone", KINDS["participant"].field("phone").label, "Field", None),
)

_ENUMS = {"gender": E.Gender, "migrant_status": E.MigrantStatus, "site": E.Site}


def _header(i: int) -> str:
    key, source, context, _sort = COLUMNS[i]
    if key == "current_lab":
        return translate("Participants", "Current lab")
    return translate(context, source)


class ParticipantTableModel(QAbstractTableModel):
    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.text = ""
        self.filters = participants.Filters()
        self.sort_key = "last_name"
        self.descending = False
        self._rows: list[dict] = []
        self._total = 0

    # ---- queries ----------------------------------------------------------------------
    def set_query(self, text: str | None = None, filters: participants.Filters | None = None) -> None:
        if text is not None:
            self.text = text
        if filters is not None:
            self.filters = filters
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = participants.count(self.store, self.text, self.filters)
        self._rows = participants.search(self.store, self.text, self.filters, sort=self.sort_key,
                                         descending=self.descending, limit=PAGE_SIZE, offset=0)
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        if parent.isValid():
            return
        more = participants.search(self.store, self.text, self.filters, sort=self.sort_key,
                                   descending=self.descending, limit=PAGE_SIZE, offset=len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][3] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(COLUMNS) if c[3] == self.sort_key)

    # ---- model API --------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def row(self, i: int) -> dict:
        return self._rows[i]

    def row_of(self, participant_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r["id"] == participant_id:
                return i
        return -1

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = row.get(key)
            if value is None:
                return ""
            if key == "birth_date":
                return format_date(value, fmt="medium")
            if key in _ENUMS:
                try:
                    return translate("Enum", _ENUMS[key](value).label)
                except ValueError:
                    return str(value)
            return str(value)
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.ToolTipRole and key == "last_name":
            return f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip()
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(COLUMNS):
                return _header(section)
        return None

    def retranslate(self) -> None:
        """Headers and enum labels in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))
