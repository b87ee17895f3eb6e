"""Connectors of the Connector Program: volunteers (local or migrant) who meet newcomers in
their field and refer them on to other connectors. The detail pane shows a connector's part
in the network: who brought them in, whom they brought in, the newcomers they met and the
newcomers referred to them."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from desktop.domain.schema import KINDS
from desktop.i18n import format_number, translate
from desktop.i18n.values import value_text
from desktop.services import connectors, reference
from desktop.ui.pages.detail import DetailPane, detail_layout
from desktop.ui.pages.list_page import (
    ListPage,
    PageSpec,
    fit_columns,
    participant_columns,
    people_table,
    small_table,
)
from desktop.ui.widgets.table_model import Column, RowsModel, count_column, field_column


class ConnectorDetail(DetailPane):
    def __init__(self, page: ConnectorsPage):
        super().__init__(page)

        self.recruited_box = QGroupBox(self)
        self.recruited_model = RowsModel(
            [field_column("connector", "full_name"), field_column("connector", "field")], self
        )
        self.recruited = small_table(self.recruited_box, self.recruited_model, stretch=0)
        QVBoxLayout(self.recruited_box).addWidget(self.recruited)

        def people(what: str, object_name: str, *columns) -> tuple[QGroupBox, RowsModel, object]:
            box = QGroupBox(self)
            model = RowsModel(
                [
                    *participant_columns(lambda: translate("ConnectorsPage", "Participant")),
                    *(field_column(what, c) for c in columns),
                ],
                self,
            )
            return box, model, people_table(box, model, object_name)

        self.meetings_box, self.meetings_model, self.meetings = people(
            "connector_meeting", "connector_meetings", "met_on", "mode"
        )
        self.referrals_box, self.referrals_model, self.referrals = people(
            "referral", "connector_referrals", "status", "happened_on"
        )

        detail_layout(
            self,
            self.name,
            [(self.recruited_box, 2), (self.meetings_box, 3), (self.referrals_box, 3)],
        )
        self.retranslate()

    def fetch(self, record_id: str) -> dict:
        return reference.connector_detail(self.page.store, record_id)

    def draw(self) -> None:
        data = self.data or {"recruited": [], "meetings": [], "referrals": []}
        self.recruited_box.setTitle(
            translate("ConnectorsPage", "Brought in (%n)", None, len(data["recruited"]))
        )
        self.meetings_box.setTitle(
            translate("ConnectorsPage", "Newcomers met (%n)", None, len(data["meetings"]))
        )
        self.referrals_box.setTitle(
            translate("ConnectorsPage", "Referred to them (%n)", None, len(data["referrals"]))
        )
        self.recruited_model.set_rows(data["recruited"])
        self.meetings_model.set_rows(data["meetings"])
        self.referrals_model.set_rows(data["referrals"])
        for view, stretch in ((self.recruited, 0), (self.meetings, 1), (self.referrals, 1)):
            fit_columns(view, stretch)
        if self.data is None:
            self.name.setText(
                translate("ConnectorsPage", "Choose a connector in the list to see their network.")
            )
            self.summary.clear()
            return
        c = self.data["connector"]
        self.name.setText(c["full_name"])
        contact = " · ".join(
            x for x in (value_text("connector", "phone", c["phone"]), c["email"]) if x
        )
        self.summary.setText(
            translate(
                "ConnectorsPage",
                "{field} · {origin} · {languages} · {neighbourhood} · Referred by: {referrer} · "
                "Newcomers at a time: {capacity} · Contact: {contact}",
            ).format(
                field=c["field"],
                origin=value_text("connector", "origin", c["origin"]),
                languages=value_text("connector", "languages", c["languages"]) or "—",
                neighbourhood=c["neighbourhood"] or "—",
                referrer=self.data["referred_by_name"] or "—",
                capacity=format_number(c["capacity"]) if c["capacity"] is not None else "—",
                contact=contact or "—",
            )
        )

    def retranslate(self) -> None:
        self.recruited.setAccessibleName(translate("ConnectorsPage", "Connectors they brought in"))
        self.meetings.setAccessibleName(translate("ConnectorsPage", "Newcomers they met"))
        self.referrals.setAccessibleName(translate("ConnectorsPage", "Newcomers referred to them"))
        tip = translate(
            "ConnectorsPage", "Double-click a participant (or press Enter) to open their page."
        )
        self.meetings.setToolTip(tip)
        self.referrals.setToolTip(tip)
        for model in (self.recruited_model, self.meetings_model, self.referrals_model):
            model.retranslate()
        self.draw()


def _delete_question(store, row: dict) -> str:
    meetings = reference.dependents(store, "connector", row["id"]).get("connector_meeting", 0)
    if meetings:
        return translate(
            "ConnectorsPage",
            "Delete the connector {name}? Their %n meeting(s) with "
            "participants will be deleted too.",
            None,
            meetings,
        ).format(name=row["full_name"])
    return translate("ConnectorsPage", "Delete the connector {name}?").format(name=row["full_name"])


SPEC = PageSpec(
    kind="connector",
    watched=frozenset({"connector", "connector_meeting", "referral", "participant"}),
    split=(2, 1),
    columns=lambda: [
        field_column("connector", "full_name"),
        field_column("connector", "field"),
        field_column("connector", "languages"),
        field_column("connector", "neighbourhood"),
        field_column("connector", "origin"),
        Column(
            "referred_by_name",
            lambda: translate("Field", KINDS["connector"].field("referred_by_id").label),
        ),
        field_column(
            "connector", "capacity", "recorded_capacity"
        ),  # the form's wording: "Newcomers at a time"
        count_column("meetings", lambda: translate("ConnectorsPage", "Meetings")),
        field_column("connector", "active"),
        # appended, so that the columns above keep their places
        field_column("connector", "occupation_group"),
        Column(
            "load",
            lambda: translate("ConnectorsPage", "Newcomers now"),
            lambda r: format_number(r["load"]),
            lambda r: r["load"],
            align_right=True,
        ),
    ],
    rows=connectors.connector_list,  # with each one's load (the last 90 days)
    detail=ConnectorDetail,
    # the participant a connector was recruited from is linked on the participant's page
    form_fields=tuple(n for n in KINDS["connector"].names if n != "participant_id"),
    new_values=lambda store: {"active": True},
    texts=lambda: {
        "title": translate("ConnectorsPage", "Connectors"),
        "filter": translate(
            "ConnectorsPage", "Filter connectors by name, field, language, neighbourhood…"
        ),
        "new": translate("ConnectorsPage", "New connector…"),
        "edit": translate("ConnectorsPage", "Edit…"),
        "delete": translate("ConnectorsPage", "Delete"),
        "new_title": translate("ConnectorsPage", "New connector"),
        "edit_title": translate("ConnectorsPage", "Edit connector"),
    },
    count=lambda n: translate("ConnectorsPage", "%n connector(s)", None, n),
    count_of=lambda n: translate("ConnectorsPage", "{shown} of %n connector(s)", None, n),
    delete_question=_delete_question,
    remove=reference.delete_connector,
)


class ConnectorsPage(ListPage):
    spec = SPEC
