"""Partner companies: they co-design trainings, host visits and placements, and hire.
The detail pane shows the labs a company partners and the placements it hosted."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from desktop.i18n import translate
from desktop.i18n.values import value_text
from desktop.services import reference
from desktop.ui.pages.detail import DetailPane, detail_layout
from desktop.ui.pages.list_page import (
    ListPage,
    PageSpec,
    fit_columns,
    participant_columns,
    people_table,
    small_table,
)
from desktop.ui.widgets.table_model import RowsModel, count_column, field_column


class CompanyDetail(DetailPane):
    def __init__(self, page: CompaniesPage):
        super().__init__(page)
        self.labs_box = QGroupBox(self)
        self.labs_model = RowsModel(
            [
                field_column("lab", "name"),
                field_column("lab", "start_date"),
                field_column("lab", "end_date"),
            ],
            self,
        )
        self.labs = small_table(self.labs_box, self.labs_model, stretch=0)
        self.labs.setObjectName("company_labs")
        QVBoxLayout(self.labs_box).addWidget(self.labs)
        self.placements_box = QGroupBox(self)
        self.placements_model = RowsModel(
            [
                *participant_columns(lambda: translate("CompaniesPage", "Participant")),
                field_column("placement", "role"),
                field_column("placement", "start_date"),
                field_column("placement", "end_date"),
                field_column("placement", "status"),
            ],
            self,
        )
        self.placements = people_table(
            self.placements_box, self.placements_model, "company_placements"
        )
        detail_layout(self, self.name, [(self.labs_box, 2), (self.placements_box, 3)])
        self.retranslate()

    def fetch(self, record_id: str) -> dict:
        return reference.company_detail(self.page.store, record_id)

    def draw(self) -> None:
        labs = self.data["labs"] if self.data else []
        placements = self.data["placements"] if self.data else []
        self.labs_box.setTitle(translate("CompaniesPage", "Partner of labs (%n)", None, len(labs)))
        self.placements_box.setTitle(
            translate("CompaniesPage", "Work placements (%n)", None, len(placements))
        )
        self.labs_model.set_rows(labs)
        self.placements_model.set_rows(placements)
        fit_columns(self.labs, 0)
        fit_columns(self.placements, 1)
        if self.data is None:
            self.name.setText(
                translate(
                    "CompaniesPage", "Choose a company in the list to see its labs and placements."
                )
            )
            self.summary.clear()
            return
        company = self.data["company"]
        self.name.setText(company["name"])
        contact = " · ".join(
            x
            for x in (
                company["contact_name"],
                value_text("company", "phone", company["phone"]),
                company["email"],
                company["address"],
            )
            if x
        )
        collaboration = value_text("company", "collaboration", company["collaboration"])
        self.summary.setText(
            translate(
                "CompaniesPage", "{sector} · Contact: {contact} · Collaboration: {collaboration}"
            ).format(
                sector=company["sector"] or "—",
                contact=contact or "—",
                collaboration=collaboration or "—",
            )
        )

    def retranslate(self) -> None:
        self.labs.setAccessibleName(translate("CompaniesPage", "Labs the company partners"))
        self.placements.setAccessibleName(
            translate("CompaniesPage", "Work placements at the company")
        )
        self.placements.setToolTip(
            translate(
                "CompaniesPage",
                "Double-click a placement (or press Enter) to open the participant's page.",
            )
        )
        self.labs_model.retranslate()
        self.placements_model.retranslate()
        self.draw()


def _delete_question(store, row: dict) -> str:
    placements = reference.dependents(store, "company", row["id"]).get("placement", 0)
    if placements:
        return translate(
            "CompaniesPage",
            "Delete the company “{name}”? Its %n work placement(s) will be "
            "deleted too; job outcomes keep the employer's name.",
            None,
            placements,
        ).format(name=row["name"])
    return translate(
        "CompaniesPage", "Delete the company “{name}”? It stops being a partner of its labs."
    ).format(name=row["name"])


SPEC = PageSpec(
    kind="company",
    watched=frozenset({"company", "lab_company", "placement", "lab", "participant"}),
    split=(2, 1),
    columns=lambda: [
        field_column("company", "name"),
        field_column("company", "sector"),
        field_column("company", "contact_name"),
        field_column("company", "phone"),
        field_column("company", "email"),
        count_column("labs", lambda: translate("CompaniesPage", "Labs")),
        count_column("placements", lambda: translate("CompaniesPage", "Placements")),
        field_column("company", "collaboration"),
    ],
    rows=reference.company_rows,
    detail=CompanyDetail,
    texts=lambda: {
        "title": translate("CompaniesPage", "Companies"),
        "filter": translate("CompaniesPage", "Filter companies by name, sector, contact…"),
        "new": translate("CompaniesPage", "New company…"),
        "edit": translate("CompaniesPage", "Edit…"),
        "delete": translate("CompaniesPage", "Delete"),
        "new_title": translate("CompaniesPage", "New company"),
        "edit_title": translate("CompaniesPage", "Edit company"),
    },
    count=lambda n: translate("CompaniesPage", "%n company(ies)", None, n),
    count_of=lambda n: translate("CompaniesPage", "{shown} of %n company(ies)", None, n),
    delete_question=_delete_question,
    remove=reference.delete_company,
)


class CompaniesPage(ListPage):
    spec = SPEC
