"""The agenda's rows as the read-only table shows them: day (on the first row of each day),
time, participant, kind, with whom. Fed by desktop.services.agenda (no SQL here)."""

from __future__ import annotations

from datetime import date, datetime

from desktop.i18n import format_date, format_time, translate
from desktop.services import agenda
from desktop.ui.widgets.table_model import Column, RowsModel


class _Formats:
    """Days and times formatted once each: a busy week holds many rows but few distinct times."""

    def __init__(self):
        self._texts: dict[tuple[str, datetime | date], str] = {}

    def time(self, value: datetime | None) -> str:
        if value is None:
            return ""
        key = ("t", value.replace(second=0, microsecond=0))
        if key not in self._texts:
            self._texts[key] = format_time(key[1], fmt="short")  # hours and minutes
        return self._texts[key]

    def day(self, value: date) -> str:
        key = ("d", value)
        if key not in self._texts:
            self._texts[key] = format_date(value, fmt="full")  # "jueves, 3 de diciembre de 2026"
        return self._texts[key]

    def clear(self) -> None:
        self._texts.clear()


class AgendaModel(RowsModel):
    """Rows are dicts: the appointment (``item``), and ``first`` for the first of its day."""

    def __init__(self, parent=None):
        self.formats = f = _Formats()
        columns = [
            Column(
                "day",
                lambda: translate("Agenda", "Day"),
                lambda r: f.day(r["item"].day) if r["first"] else "",
            ),
            Column("time", lambda: translate("Agenda", "Time"), lambda r: f.time(r["item"].time)),
            Column(
                "participant",
                lambda: translate("Agenda", "Participant"),
                lambda r: agenda.participant_text(r["item"], translate),
            ),
            Column(
                "kind",
                lambda: translate("Agenda", "Appointment"),
                lambda r: agenda.kind_text(r["item"], translate),
            ),
            Column(
                "with",
                lambda: translate("Agenda", "With"),
                lambda r: agenda.with_text(r["item"], translate),
            ),
        ]
        super().__init__(columns, parent)

    def set_appointments(self, items: list[agenda.Appointment]) -> None:
        rows, last_day = [], None
        for a in items:
            rows.append({"id": a.record_id, "item": a, "first": a.day != last_day})
            last_day = a.day
        self.set_rows(rows)

    def retranslate(self) -> None:
        self.formats.clear()
        super().retranslate()

    def appointment(self, row: int) -> agenda.Appointment | None:
        return self.rows[row]["item"] if 0 <= row < len(self.rows) else None
