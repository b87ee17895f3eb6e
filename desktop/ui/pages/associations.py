"""Local associations: the small reference list the coordinator keeps and sends back to the
laptops with the labs, to which technicians introduce newcomers (the participant's Inclusion
tab). The detail pane shows the participants introduced to the chosen association."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox

from desktop.i18n import render, translate
from desktop.i18n.values import value_text
from desktop.services import associations
from desktop.ui.pages.detail import DetailPane, detail_layout
from desktop.ui.pages.list_page import (
    ListPage,
    PageSpec,
    fit_columns,
    participant_columns,
    people_table,
)
from desktop.ui.widgets.table_model import RowsModel, count_column, field_column


class AssociationDetail(DetailPane):
    def __init__(self, page: AssociationsPage):
        super().__init__(page)
        self.people_box = QGroupBox(self)
        self.people_model = RowsModel(
            [
                *participant_columns(lambda: translate("AssociationsPage", "Participant")),
                field_column("inclusion_introduction", "introduced_on"),
                field_column("inclusion_introduction", "interest"),
            ],
            self,
        )
        self.people = people_table(self.people_box, self.people_model, "association_introductions")
        detail_layout(self, self.name, [(self.people_box, 1)])
        self.retranslate()

    def fetch(self, record_id: str) -> dict:
        return associations.association_detail(self.page.store, record_id)

    def draw(self) -> None:
        people = self.data["introductions"] if self.data else []
        self.people_box.setTitle(
            translate("AssociationsPage", "Participants introduced (%n)", None, len(people))
        )
        self.people_model.set_rows(people)
        fit_columns(self.people, 1)
        if self.data is None:
            self.name.setText(
                translate(
                    "AssociationsPage",
                    "Choose an association in the list to see who was introduced to it.",
                )
            )
            self.summary.clear()
            return
        a = self.data["association"]
        self.name.setText(a["name"])
        contact = " · ".join(
            x for x in (value_text("association", "phone", a["phone"]), a["email"]) if x
        )
        where = " · ".join(x for x in (a["neighbourhood"], a["address"]) if x)
        state = (
            translate("AssociationsPage", "Active")
            if a["active"] is not False
            else translate(
                "AssociationsPage", "Not active: no longer offered for new introductions"
            )
        )
        self.summary.setText(
            translate("AssociationsPage", "{where} · Contact: {contact} · {state}").format(
                where=where or "—", contact=contact or "—", state=state
            )
        )

    def retranslate(self) -> None:
        self.people.setAccessibleName(
            translate("AssociationsPage", "Participants introduced to the association")
        )
        self.people.setToolTip(
            translate(
                "AssociationsPage",
                "Double-click a participant (or press Enter) to open their page.",
            )
        )
        self.people_model.retranslate()
        self.draw()


SPEC = PageSpec(
    kind="association",
    watched=frozenset({"association", "inclusion_introduction", "participant"}),
    split=(2, 1),
    columns=lambda: [
        field_column("association", "name"),
        field_column("association", "neighbourhood"),
        field_column("association", "phone"),
        field_column("association", "email"),
        count_column("introductions", lambda: translate("AssociationsPage", "Introductions")),
        count_column("interested", lambda: translate("AssociationsPage", "Want to join")),
        field_column("association", "active"),
    ],
    rows=associations.association_rows,
    detail=AssociationDetail,
    new_values=lambda store: {"active": True},
    texts=lambda: {
        "title": translate("AssociationsPage", "Associations"),
        "filter": translate(
            "AssociationsPage", "Filter associations by name, neighbourhood, contact…"
        ),
        "new": translate("AssociationsPage", "New association…"),
        "edit": translate("AssociationsPage", "Edit…"),
        "delete": translate("AssociationsPage", "Delete"),
        "new_title": translate("AssociationsPage", "New association"),
        "edit_title": translate("AssociationsPage", "Edit association"),
    },
    count=lambda n: translate("AssociationsPage", "%n association(s)", None, n),
    count_of=lambda n: translate("AssociationsPage", "{shown} of %n association(s)", None, n),
    delete_question=lambda store, row: translate(
        "AssociationsPage", "Delete the association “{name}”?"
    ).format(name=row["name"]),
    remove=associations.delete_association,
)


class AssociationsPage(ListPage):
    spec = SPEC

    def delete_current(self) -> bool:
        """An association that introductions name is not deleted (they would lose it): the
        screen says so at once, and how to retire it, instead of asking first."""
        row = self.current_row()
        if row is not None and row.get("introductions"):
            self.show_error(render(associations.in_use(row["name"], row["introductions"])))
            return False
        return super().delete_current()
