"""The columns of the USB exchange screen's lists: what a bundle would change, kind by kind
(the preview), and the past exports and imports (the history); and how a laptop is named."""

from __future__ import annotations

from desktop.domain.ids import device_prefix
from desktop.domain.schema import KINDS
from desktop.i18n import format_datetime, format_number, translate
from desktop.ui.widgets.table_model import Column


def _kind_label(row: dict) -> str:
    kind = row["kind"]
    return translate("Kind", KINDS[kind].label) if kind in KINDS else kind


def _count_column(key: str, header) -> Column:
    return Column(
        key,
        header,
        display=lambda r: format_number(r.get(key, 0)),
        sort=lambda r: r.get(key, 0),
        align_right=True,
    )


def preview_columns() -> list[Column]:
    return [
        Column("kind", lambda: translate("ExchangePage", "Kind of record"), display=_kind_label),
        _count_column("new", lambda: translate("ExchangePage", "New")),
        _count_column("updated", lambda: translate("ExchangePage", "Updated")),
        _count_column("unchanged", lambda: translate("ExchangePage", "Unchanged")),
        _count_column("conflicting", lambda: translate("ExchangePage", "Conflicting")),
        _count_column("deleted", lambda: translate("ExchangePage", "Deleted")),
        _count_column("quarantined", lambda: translate("ExchangePage", "Quarantined")),
    ]


def _direction(row: dict) -> str:
    if row["direction"] == "export":
        return translate("ExchangePage", "Export")
    return translate("ExchangePage", "Import")


def _bundle_type(row: dict) -> str:
    if row["bundle_type"] == "reference":
        return translate("ExchangePage", "Reference data")
    return translate("ExchangePage", "Laptop changes")


def _records(row: dict) -> int:
    return sum((row.get("summary") or {}).get("counts", {}).values())


def laptop_label(device_id: str, name: str | None) -> str:
    """A laptop as people know it: its name, else its tag (the one in its participants' codes)."""
    if name:
        return name
    try:
        tag = device_prefix(device_id)
    except ValueError:
        return device_id[-12:]
    return translate("ExchangePage", "Laptop {tag}").format(tag=tag)


def history_columns() -> list[Column]:
    return [
        Column(
            "at",
            lambda: translate("ExchangePage", "When"),
            display=lambda r: format_datetime(r["at"].astimezone()),
            sort=lambda r: r["at_ms"],
        ),
        Column("direction", lambda: translate("ExchangePage", "Direction"), display=_direction),
        Column("bundle_type", lambda: translate("ExchangePage", "Contents"), display=_bundle_type),
        Column(
            "device_id",
            lambda: translate("ExchangePage", "Laptop"),
            display=lambda r: laptop_label(r["device_id"], r.get("device_name")),
        ),
        Column(
            "records",
            lambda: translate("ExchangePage", "Records"),
            display=lambda r: format_number(_records(r)),
            sort=_records,
            align_right=True,
        ),
        Column("file_name", lambda: translate("ExchangePage", "File")),
    ]
