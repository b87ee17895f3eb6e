"""The participants list: the one table model (desktop.ui.widgets.table_model) fetching pages
from desktop.services.participant_list.

The model holds only the rows fetched so far (pages of PAGE_SIZE); searching, filtering and
sorting are done by the service query (no SQL here), so 50,000 people cost one page.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.domain import enums as E
from desktop.domain.text import person_name
from desktop.i18n import enum_label, format_date, translate
from desktop.services import participant_list
from desktop.storage.store import Store
from desktop.ui.widgets.table_model import Column, RowsModel, field_column

PAGE_SIZE = 200


def _sorted_field(name: str) -> Column:
    return field_column("participant", name, order_by=name)


# The list's columns: a stored field each (sorted in the query by it), and the current lab
COLUMNS: tuple[Column, ...] = (
    _sorted_field("code"),
    replace(_sorted_field("last_name"), tooltip=person_name),  # the whole name on hover
    _sorted_field("first_name"),
    _sorted_field("birth_date"),
    _sorted_field("gender"),
    _sorted_field("migrant_status"),
    _sorted_field("site"),
    Column("current_lab", lambda: translate("Participants", "Current lab")),
    field_column("participant", "phone"),
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
    for key in (c.key for c in COLUMNS):
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


class ParticipantTableModel(RowsModel):
    """The participants matching a search and filters, in the chosen order; ``total_changed``
    fires when their number is known (see RowsModel)."""

    COLUMNS = COLUMNS
    PAGE_SIZE = PAGE_SIZE

    def __init__(self, store: Store, parent=None):
        super().__init__(parent=parent)
        self.store = store
        self.text = ""
        self.filters = participant_list.Filters()
        self.sort_key = "last_name"

    def set_query(
        self, text: str | None = None, filters: participant_list.Filters | None = None
    ) -> None:
        if text is not None:
            self.text = text
        if filters is not None:
            self.filters = filters
        self.reload()

    def fetch(self, offset: int, limit: int) -> list[dict]:
        return participant_list.search(
            self.store,
            self.text,
            self.filters,
            sort=self.sort_key or "last_name",
            descending=self.descending,
            limit=limit,
            offset=offset,
        )

    def count(self) -> int | None:
        if not self.store.is_open:  # the window is closing: nothing to count
            return None
        return participant_list.count(self.store, self.text, self.filters)
