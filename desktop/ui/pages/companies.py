"""Partner companies: they co-design trainings, host visits and placements, and hire."""

from __future__ import annotations

from desktop.i18n import format_number, translate
from desktop.services import reference
from desktop.ui.pages.list_page import ListPage
from desktop.ui.pages.table import Column, count_column, field_column


class CompaniesPage(ListPage):
    kind = "company"
    watched = frozenset({"company", "lab_company", "placement", "lab"})

    def columns(self) -> list[Column]:
        return [
            field_column("company", "name"),
            field_column("company", "sector"),
            field_column("company", "contact_name"),
            field_column("company", "phone"),
            field_column("company", "email"),
            count_column("labs", lambda: translate("CompaniesPage", "Labs")),
            count_column("placements", lambda: translate("CompaniesPage", "Placements")),
            field_column("company", "collaboration"),
        ]

    def load_rows(self) -> list[dict]:
        return reference.company_rows(self.store)

    def texts(self) -> dict[str, str]:
        return {
            "title": translate("CompaniesPage", "Companies"),
            "filter": translate("CompaniesPage", "Filter companies by name, sector, contact…"),
            "new": translate("CompaniesPage", "New company…"),
            "edit": translate("CompaniesPage", "Edit…"),
            "delete": translate("CompaniesPage", "Delete"),
            "new_title": translate("CompaniesPage", "New company"),
            "edit_title": translate("CompaniesPage", "Edit company"),
        }

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return translate("CompaniesPage", "%n company(ies)", None, total)
        return translate("CompaniesPage", "{shown} of %n company(ies)", None, total).format(
            shown=format_number(shown))

    def delete_question(self, row: dict) -> str:
        deps = reference.dependents(self.store, "company", row["id"])
        placements = deps.get("placement", 0)
        if placements:
            return translate("CompaniesPage", "Delete the company “{name}”? Its %n work placement(s) will be "
                                              "deleted too; job outcomes keep the employer's name.",
                             None, placements).format(name=row["name"])
        return translate("CompaniesPage", "Delete the company “{name}”? It stops being a partner of its labs.").format(
            name=row["name"])

    def remove(self, row_id: str) -> None:
        reference.delete_company(self.store, row_id)

    def touched(self) -> set[str]:
        return {"company", "lab_company", "placement", "employment_outcome"}
