"""The participants list as a lazily fetched table model, fed by desktop.services.participant_list.

The model holds only the rows fetched so far (pages of PAGE_SIZE); searching, filtering and
sorting are done by the service query (no SQL here), so 50,000 people cost one page.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal

from desktop.domain import enums as E
from desktop.domain.schema import KINDS
from desktop.domain.text import person_name
from desktop.i18n import enum_label, format_date, translate
from desktop.i18n.values import value_text
from desktop.services import participant_list
from desktop.storage.store import Store
from desktop.ui.widgets.tables import HEADER_TEXT_ROLES

PAGE_SIZE = 200
COUNT_DELAY_MS = 40  # the list shows first; the number of matches follows

ID_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1
# Qt passes roles as plain ints: compare with ints (enum attribute lookups per call are slow)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)

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


# What a cell of each column may hold, measured instead of the rows (50,000 of them): samples,
# a number of average characters, or the choices of an enum in the current language
_SAMPLES = {"code": ("CIF-WWWW-00000",), "phone": ("+34 600 00 00 00", "600 00 00 00")}
_CHARS = {"last_name": 22, "first_name": 14}


def natural_widths(fm, lab_names=()) -> list[int]:
    """The width each column's contents need, from the font (see _SAMPLES), for fit_columns."""
    from datetime import date

    pad = fm.averageCharWidth() * 2
    genders = [None, *(g.value for g in E.Gender)]
    widths = []
    for key, *_rest in COLUMNS:
        if key in _CHARS:
            widths.append(fm.averageCharWidth() * _CHARS[key] + pad)
            continue
        if key in _ENUMS:
            texts = {enum_label(member, g) for member in _ENUMS[key] for g in genders}
        elif key == "birth_date":
            texts = {format_date(date(2000, month, 28), fmt="medium") for month in range(1, 13)}
        elif key == "current_lab":
            texts = set(lab_names) or {"x" * 20}
        else:
            texts = set(_SAMPLES.get(key, ("x" * 12,)))
        widths.append(max(fm.horizontalAdvance(t) for t in texts) + pad)
    return widths


def _header(i: int) -> str:
    key, source, context, _sort = COLUMNS[i]
    if key == "current_lab":
        return translate("Participants", "Current lab")
    return translate(context, source)


class ParticipantTableModel(QAbstractTableModel):
    """``total_changed`` fires when the number of matches is known: a first page shorter than
    PAGE_SIZE gives it at once; otherwise it is counted just after the list has updated."""

    total_changed = Signal(int)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.text = ""
        self.filters = participant_list.Filters()
        self.sort_key = "last_name"
        self.descending = False
        self._rows: list[dict] = []
        self._display: dict[tuple[int, int], str] = {}
        self._total: int | None = None
        self._more = False
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count_now)

    # ---- queries ----------------------------------------------------------------------
    def set_query(self, text: str | None = None, filters: participant_list.Filters | None = None) -> None:
        if text is not None:
            self.text = text
        if filters is not None:
            self.filters = filters
        self.reload()

    def reload(self) -> None:
        self._count_timer.stop()
        rows = participant_list.search(self.store, self.text, self.filters, sort=self.sort_key,
                                   descending=self.descending, limit=PAGE_SIZE, offset=0)
        self.beginResetModel()
        self._rows = rows
        self._display = {}
        self._more = len(rows) == PAGE_SIZE
        self._total = None if self._more else len(rows)
        self.endResetModel()
        if self._total is None:
            self._count_timer.start()
        else:
            self.total_changed.emit(self._total)

    def _count_now(self) -> None:
        self._count_timer.stop()
        if self._total is None and self.store.is_open:
            self._total = participant_list.count(self.store, self.text, self.filters)
            self.total_changed.emit(self._total)

    @property
    def total_known(self) -> bool:
        return self._total is not None

    @property
    def total(self) -> int:
        """The number of matches (counted now if it is not known yet)."""
        if self._total is None:
            self._count_now()
        return self._total

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        if parent.isValid():
            return False
        if self._total is None:
            return self._more
        return len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        if parent.isValid():
            return
        more = participant_list.search(self.store, self.text, self.filters, sort=self.sort_key,
                                   descending=self.descending, limit=PAGE_SIZE, offset=len(self._rows))
        self._more = len(more) == PAGE_SIZE
        if not more:
            if self._total is None:
                self._total = len(self._rows)
                self.total_changed.emit(self._total)
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

    def data(self, index: QModelIndex, role=_DISPLAY):
        # called for every role of every visible cell: keep the common path short
        if role == _DISPLAY or role == _ACCESSIBLE:
            cell = (index.row(), index.column())
            text = self._display.get(cell)
            if text is None:
                text = self._display[cell] = self._text(self._rows[cell[0]], COLUMNS[cell[1]][0])
            return text
        if role == ID_ROLE:
            return self._rows[index.row()]["id"]
        if role == _TOOLTIP and COLUMNS[index.column()][0] == "last_name":
            return person_name(self._rows[index.row()])
        return None

    @staticmethod
    def _text(row: dict, key: str) -> str:
        if key == "current_lab":
            return str(row.get(key) or "")
        return value_text("participant", key, row.get(key), gender=row.get("gender"))

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role in HEADER_TEXT_ROLES:
            if 0 <= section < len(COLUMNS):
                return _header(section)
        return None

    def retranslate(self) -> None:
        """Headers and enum labels in the new language."""
        self._display = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))
