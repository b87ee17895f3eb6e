"""Labs (Business Challenge Labs): the list, the form with partner companies, and a detail
pane with the partner companies, the enrolled participants and the lab actions."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import UserError
from desktop.i18n import format_date, format_number, render, translate
from desktop.services import reference
from desktop.ui import navigation
from desktop.ui.pages.list_page import (
    ListPage,
    detail_heading,
    detail_layout,
    fit_columns,
    load_detail,
    participant_columns,
    people_table,
)
from desktop.ui.pages.table import (
    Column,
    RowsModel,
    count_column,
    field_column,
    show_value,
)
from desktop.ui.widgets.editors import ChoiceList
from desktop.ui.widgets.record_form import RecordDialog

log = logging.getLogger("milma.ui.labs")

PARTNERS = "company_ids"  # the extra input of the lab form


class LabDetail(QWidget):
    """The chosen lab: a summary, its partner companies, its participants, its actions."""

    def __init__(self, page: LabsPage):
        super().__init__(page)
        self.page = page
        self.lab_id: str | None = None
        self.data: dict | None = None
        self.name, self.summary = detail_heading(self)
        self.partners_box = QGroupBox(self)
        self.partners = QLabel(self.partners_box)
        self.partners.setWordWrap(True)
        self.partners.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.partners.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.partners_box).addWidget(self.partners)
        self.people_box = QGroupBox(self)
        self.people_model = RowsModel([
            *participant_columns(lambda: translate("LabsPage", "Participant")),
            field_column("enrolment", "status"),
            field_column("enrolment", "enrolled_on"),
            field_column("enrolment", "ended_on"),
            field_column("enrolment", "hours_attended"),
        ], self)
        self.people = people_table(self.people_box, self.people_model, "enrolled")

        self.action_buttons: list[tuple[QPushButton, str]] = []
        actions = QHBoxLayout()
        actions.addWidget(self.name, 1)
        for key, target, label in navigation.LAB_ACTIONS:
            button = QPushButton(self)
            button.setObjectName(f"action_{key}")
            button.clicked.connect(lambda _=False, t=target: self.run_action(t))
            actions.addWidget(button)
            self.action_buttons.append((button, label))

        detail_layout(self, actions, [(self.partners_box, 1), (self.people_box, 3)])
        self.retranslate()
        self.show_lab(None)

    def show_lab(self, lab_id: str | None) -> None:
        self.lab_id = lab_id
        self.data = load_detail(lambda i: reference.lab_detail(self.page.store, i), lab_id)
        for button, _label in self.action_buttons:
            button.setEnabled(self.data is not None)
        self._render()

    def _render(self) -> None:
        n = len(self.data["participants"]) if self.data else 0
        self.people_box.setTitle(translate("LabsPage", "Participants (%n)", None, n))
        if self.data is None:
            self.name.setText(translate("LabsPage", "Choose a lab in the list to see its participants."))
            self.summary.clear()
            self.partners.clear()
            self.people_model.set_rows([])
            fit_columns(self.people, 1)  # the headers, whole, before any lab is chosen
            return
        lab = self.data["lab"]
        self.name.setText(lab["name"])
        self.summary.setText(translate(
            "LabsPage", "{niche} · {site} · {start} – {end} · {hours} planned hours · {schedule}").format(
            niche=show_value("lab", "niche", lab["niche"]), site=show_value("lab", "site", lab["site"]),
            start=format_date(lab["start_date"], fmt="medium"), end=format_date(lab["end_date"], fmt="medium"),
            hours=format_number(lab["planned_hours"]), schedule=lab["schedule"] or "—"))
        names = [c["name"] for c in self.data["companies"]]
        self.partners.setText("\n".join(names) if names
                              else translate("LabsPage", "No partner company yet."))
        self.people_model.set_rows([{**p, "id": p["participant_id"]} for p in self.data["participants"]])
        fit_columns(self.people, 1)

    def run_action(self, target: str) -> None:
        if self.lab_id is None:
            return
        try:
            navigation.resolve(target)(self.window(), self.page.store, self.lab_id)
        except UserError as exc:
            self.page.show_error(render(exc.message))

    def retranslate(self) -> None:
        self.partners_box.setTitle(translate("LabsPage", "Partner companies"))
        self.people.setAccessibleName(translate("LabsPage", "Participants of the lab"))
        self.people.setToolTip(translate("LabsPage", "Double-click a participant (or press Enter) to open their page."))
        self.people_model.retranslate()
        for button, label in self.action_buttons:
            button.setText(translate("Navigation", label))
        self._render()


class LabsPage(ListPage):
    kind = "lab"
    watched = frozenset({"lab", "lab_company", "company", "enrolment", "participant"})

    def columns(self) -> list[Column]:
        return [
            field_column("lab", "name"),
            field_column("lab", "niche"),
            field_column("lab", "site"),
            field_column("lab", "start_date"),
            field_column("lab", "end_date"),
            field_column("lab", "planned_hours"),
            count_column("participants", lambda: translate("LabsPage", "Participants")),
            count_column("enrolled", lambda: translate("LabsPage", "Enrolled now")),
            count_column("companies", lambda: translate("LabsPage", "Partner companies")),
        ]

    def default_sort(self) -> tuple[int, Qt.SortOrder]:
        return 3, Qt.SortOrder.DescendingOrder  # the newest labs first

    def load_rows(self) -> list[dict]:
        return reference.lab_rows(self.store)

    def build_detail(self) -> QWidget:
        return LabDetail(self)

    def show_detail(self, row_id: str | None) -> None:
        self.detail.show_lab(row_id)

    def texts(self) -> dict[str, str]:
        return {
            "title": translate("LabsPage", "Labs"),
            "filter": translate("LabsPage", "Filter labs by name, niche, site…"),
            "new": translate("LabsPage", "New lab…"),
            "edit": translate("LabsPage", "Edit…"),
            "delete": translate("LabsPage", "Delete"),
            "new_title": translate("LabsPage", "New lab"),
            "edit_title": translate("LabsPage", "Edit lab"),
        }

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return translate("LabsPage", "%n lab(s)", None, total)
        return translate("LabsPage", "{shown} of %n lab(s)", None, total).format(shown=format_number(shown))

    def delete_question(self, row: dict) -> str:
        deps = reference.dependents(self.store, "lab", row["id"])
        enrolments = deps.get("enrolment", 0)
        if enrolments:
            return translate("LabsPage", "Delete the lab “{name}”? The enrolments of %n participant(s) in it "
                                         "will be deleted too.", None, enrolments).format(name=row["name"])
        return translate("LabsPage", "Delete the lab “{name}”?").format(name=row["name"])

    def new_values(self) -> dict:
        return {"site": self.store.meta.get("site") or None, PARTNERS: []}

    def edit_values(self, row_id: str) -> dict:
        detail = reference.lab_detail(self.store, row_id)
        return {**detail["lab"], PARTNERS: detail["company_ids"]}

    def prepare_dialog(self, dialog: RecordDialog, row_id: str | None) -> None:
        from desktop.services import records

        partners = ChoiceList(dialog.form)
        partners.set_choices(sorted(((c["id"], c["name"]) for c in records.list_all(self.store, "company")),
                                    key=lambda c: c[1].casefold()))
        dialog.form.add_extra(PARTNERS, partners, lambda: translate("LabsPage", "Partner companies"))
        dialog.fit_to_form()

    def save_record(self, row_id: str | None, values: dict) -> dict:
        values = dict(values)
        companies = values.pop(PARTNERS, None)
        return reference.save_lab(self.store, row_id, values, companies)

    def touched(self) -> set[str]:
        return {"lab", "lab_company", "enrolment"}

    def retranslate(self) -> None:
        super().retranslate()
        if self.detail is not None:
            self.detail.retranslate()

