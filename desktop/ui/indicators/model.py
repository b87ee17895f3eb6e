"""The indicators table: one row per indicator, one column per group, each cell the count and,
beside it, the rate within the group ("3 (50 %)"). Fed with a computed result (no SQL here)."""

from __future__ import annotations

from desktop.domain import indicators as D
from desktop.i18n import format_number, format_percent, translate
from desktop.ui.widgets.table_model import Column, RowsModel


def cell(result: D.Indicators, indicator: str, group: str) -> str:
    count = format_number(result.count(indicator, group))
    rate = result.rate(indicator, group)
    return count if rate is None else f"{count} ({format_percent(rate)})"


def _columns() -> tuple[Column, ...]:
    """The indicator, then a column per group."""
    return (
        Column(
            "indicator",
            lambda: translate(D.CONTEXT, "Indicator"),
            lambda r: translate(D.CONTEXT, r["term"].label),
        ),
        *(
            Column(
                group.name,
                lambda g=group: translate(D.CONTEXT, g.label),
                lambda r, g=group.name: cell(r["result"], r["term"].name, g),
                align_right=True,
            )
            for group in D.GROUPS
        ),
    )


class IndicatorsModel(RowsModel):
    """Rows are dicts: ``term`` (the indicator) and ``result``."""

    COLUMNS = _columns()

    def set_result(self, result: D.Indicators) -> None:
        self.set_rows([{"id": term.name, "term": term, "result": result} for term in D.INDICATORS])
