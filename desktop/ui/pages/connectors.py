"""Connectors of the Connector Program: volunteers (local or migrant) who meet newcomers in
their field and refer them on to other connectors."""

from __future__ import annotations

from desktop.domain.schema import KINDS
from desktop.i18n import format_number, translate
from desktop.services import reference
from desktop.ui.pages.list_page import ListPage
from desktop.ui.pages.table import Column, count_column, field_column


class ConnectorsPage(ListPage):
    kind = "connector"
    watched = frozenset({"connector", "connector_meeting", "referral"})

    def columns(self) -> list[Column]:
        return [
            field_column("connector", "full_name"),
            field_column("connector", "field"),
            field_column("connector", "languages"),
            field_column("connector", "neighbourhood"),
            field_column("connector", "origin"),
            Column("referred_by_name",
                   lambda: translate("Field", KINDS["connector"].field("referred_by_id").label)),
            Column("capacity", lambda: translate("ConnectorsPage", "Capacity"),
                   lambda row: format_number(row["capacity"]) if row.get("capacity") is not None else "",
                   lambda row: float(row["capacity"] if row.get("capacity") is not None else -1),
                   align_right=True),
            count_column("meetings", lambda: translate("ConnectorsPage", "Meetings")),
            field_column("connector", "active"),
        ]

    def load_rows(self) -> list[dict]:
        return reference.connector_rows(self.store)

    def texts(self) -> dict[str, str]:
        return {
            "title": translate("ConnectorsPage", "Connectors"),
            "filter": translate("ConnectorsPage", "Filter connectors by name, field, language, neighbourhood…"),
            "new": translate("ConnectorsPage", "New connector…"),
            "edit": translate("ConnectorsPage", "Edit…"),
            "delete": translate("ConnectorsPage", "Delete"),
            "new_title": translate("ConnectorsPage", "New connector"),
            "edit_title": translate("ConnectorsPage", "Edit connector"),
        }

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return translate("ConnectorsPage", "%n connector(s)", None, total)
        return translate("ConnectorsPage", "{shown} of %n connector(s)", None, total).format(
            shown=format_number(shown))

    def delete_question(self, row: dict) -> str:
        meetings = reference.dependents(self.store, "connector", row["id"]).get("connector_meeting", 0)
        if meetings:
            return translate("ConnectorsPage", "Delete the connector {name}? Their %n meeting(s) with "
                                               "participants will be deleted too.", None, meetings).format(
                name=row["full_name"])
        return translate("ConnectorsPage", "Delete the connector {name}?").format(name=row["full_name"])

    def new_values(self) -> dict:
        return {"active": True}

    def remove(self, row_id: str) -> None:
        reference.delete_connector(self.store, row_id)

    def touched(self) -> set[str]:
        return {"connector", "connector_meeting", "referral"}
