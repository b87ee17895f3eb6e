"""Labs (Business Challenge Labs): the list, the form with partner companies, and a detail
pane with the partner companies, the enrolled participants with their attendance (those below
a chosen share of the hours highlighted) and the lab actions: enrol several participants, the
attendance register of a day, printing the itineraries."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from desktop.domain.messages import UserError
from desktop.i18n import format_date, format_number, render, translate
from desktop.i18n.values import value_text
from desktop.services import attendance, reference
from desktop.ui import navigation
from desktop.ui.pages.detail import DetailPane, detail_layout
from desktop.ui.pages.lab_attendance import AttendanceRowsModel, ThresholdRow, attendance_columns
from desktop.ui.pages.list_page import (
    ListPage,
    PageSpec,
    fit_columns,
    participant_columns,
    people_table,
)
from desktop.ui.widgets.choice_editors import ChoiceList
from desktop.ui.widgets.record_dialog import RecordDialog
from desktop.ui.widgets.table_model import (
    Column,
    count_column,
    field_column,
)

log = logging.getLogger("milma.ui.labs")

PARTNERS = "company_ids"  # the extra input of the lab form
# asked for by the form although a lab may lack them (one brought in from the history has
# neither until a technician completes it: the list and the detail say "to complete")
ASKED = ("niche", "planned_hours")


def to_complete(column: Column) -> Column:
    """A column of a field a lab may lack, saying so where it does."""
    shown = column.display
    return replace(
        column,
        display=lambda row: (
            shown(row) if row.get(column.key) is not None else translate("LabsPage", "To complete")
        ),
    )


class LabDetail(DetailPane):
    """The chosen lab: a summary, its partner companies, its participants, its actions."""

    def __init__(self, page: LabsPage):
        super().__init__(page)
        self.dialog = None  # the enrolment or register dialog open
        self.partners_box = QGroupBox(self)
        self.partners = QLabel(self.partners_box)
        self.partners.setWordWrap(True)
        self.partners.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.partners.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.partners_box).addWidget(self.partners)
        self.people_box = QGroupBox(self)
        self.people_model = AttendanceRowsModel(
            [
                *participant_columns(lambda: translate("LabsPage", "Participant")),
                field_column("enrolment", "status"),
                *attendance_columns(),
            ],
            self,
        )
        self.people = people_table(self.people_box, self.people_model, "enrolled")
        self.threshold = ThresholdRow(self.people_box)
        self.threshold.changed.connect(self._threshold_changed)
        self.people_model.threshold = self.threshold.threshold()
        self.people_box.layout().addWidget(self.threshold)

        self.action_buttons: list[tuple[QPushButton, str]] = []
        actions = QHBoxLayout()
        actions.addWidget(self.name, 1)
        self.enrol_button = QPushButton(self)
        self.enrol_button.setObjectName("enrol_participants")
        self.enrol_button.clicked.connect(self.enrol)
        self.register_button = QPushButton(self)
        self.register_button.setObjectName("attendance_register")
        self.register_button.clicked.connect(self.open_register)
        actions.addWidget(self.enrol_button)
        actions.addWidget(self.register_button)
        for key, target, label in navigation.LAB_ACTIONS:
            button = QPushButton(self)
            button.setObjectName(f"action_{key}")
            button.clicked.connect(lambda _=False, t=target: self.run_action(t))
            actions.addWidget(button)
            self.action_buttons.append((button, label))

        detail_layout(self, actions, [(self.partners_box, 1), (self.people_box, 3)])
        self.retranslate()

    def fetch(self, lab_id: str) -> dict:
        """The lab's detail, each participant with their attendance."""
        detail = reference.lab_detail(self.page.store, lab_id)
        summary = attendance.summary(self.page.store, lab_id)
        planned = detail["lab"]["planned_hours"]
        detail["participants"] = [
            {**p, **summary.get(p["enrolment_id"], {}), "planned": planned}
            for p in detail["participants"]
        ]
        return detail

    def draw(self) -> None:
        for button in (
            self.enrol_button,
            self.register_button,
            *(b for b, _label in self.action_buttons),
        ):
            button.setEnabled(self.data is not None)
        n = len(self.data["participants"]) if self.data else 0
        self.people_box.setTitle(translate("LabsPage", "Participants (%n)", None, n))
        if self.data is None:
            self.name.setText(
                translate("LabsPage", "Choose a lab in the list to see its participants.")
            )
            self.summary.clear()
            self.partners.clear()
            self.people_model.set_rows([])
            fit_columns(self.people, 1)  # the headers, whole, before any lab is chosen
            self.threshold.show_count(0, False)
            return
        lab = self.data["lab"]
        self.name.setText(lab["name"])
        niche = (
            value_text("lab", "niche", lab["niche"])
            if lab["niche"] is not None
            else translate("LabsPage", "Employment niche to complete")
        )
        hours = (
            translate("LabsPage", "{hours} planned hours").format(
                hours=format_number(lab["planned_hours"])
            )
            if lab["planned_hours"] is not None
            else translate("LabsPage", "Planned hours to complete")
        )
        self.summary.setText(
            translate(
                "LabsPage", "{niche} · {site} · {start} – {end} · {hours} · {schedule}"
            ).format(
                niche=niche,
                site=value_text("lab", "site", lab["site"]),
                start=format_date(lab["start_date"], fmt="medium"),
                end=format_date(lab["end_date"], fmt="medium"),
                hours=hours,
                schedule=lab["schedule"] or "—",
            )
        )
        names = [c["name"] for c in self.data["companies"]]
        self.partners.setText(
            "\n".join(names) if names else translate("LabsPage", "No partner company yet.")
        )
        self.people_model.set_rows(
            [{**p, "id": p["participant_id"]} for p in self.data["participants"]]
        )
        fit_columns(self.people, 1)
        self._show_warning()

    def _show_warning(self) -> None:
        rows = self.people_model.rows
        self.threshold.show_count(
            self.people_model.warned_count(), any(r.get("share") is not None for r in rows)
        )

    def _threshold_changed(self, threshold: float) -> None:
        self.people_model.set_threshold(threshold)
        self._show_warning()

    # ---- enrolling and the register -----------------------------------------------------------
    def enrol(self):
        """Choose several participants (the participants list with its filters) and enrol them."""
        from desktop.ui.pages.enrol_dialog import EnrolDialog

        if self.data is None:
            return None
        return self._open(lambda: EnrolDialog(self.page.store, self.data["lab"], self))

    def open_register(self):
        """The attendance register of a day of the lab (today, within the lab's dates)."""
        from desktop.ui.pages.attendance import RegisterDialog

        if self.data is None:
            return None
        return self._open(lambda: RegisterDialog(self.page.store, self.record_id, parent=self))

    def _open(self, make):
        """Show a dialog of the lab (one at a time: an open one comes to the front); once it
        has saved, the lab is shown again (the other screens heard what changed from the
        runner)."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        if self.dialog is not None:  # closed: freed now rather than while the focus left it
            self.dialog.deleteLater()
        try:
            dialog = make()
        except UserError as exc:  # the lab deleted meanwhile
            self.page.show_error(render(exc.message))
            return None
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.show_record(self.record_id))
        dialog.open()
        return dialog

    def run_action(self, target: str) -> None:
        if self.record_id is None:
            return
        try:
            navigation.resolve(target)(self.window(), self.page.store, self.record_id)
        except UserError as exc:
            self.page.show_error(render(exc.message))

    def retranslate(self) -> None:
        self.enrol_button.setText(translate("LabsPage", "E&nrol participants…"))
        self.enrol_button.setToolTip(
            translate(
                "LabsPage", "Choose several participants from the list and enrol them in this lab"
            )
        )
        self.register_button.setText(translate("LabsPage", "Attendance &register…"))
        self.register_button.setToolTip(
            translate("LabsPage", "Record who was present, absent or excused on a day of this lab")
        )
        self.threshold.retranslate()
        self.partners_box.setTitle(translate("LabsPage", "Partner companies"))
        self.people.setAccessibleName(translate("LabsPage", "Participants of the lab"))
        self.people.setToolTip(
            translate("LabsPage", "Double-click a participant (or press Enter) to open their page.")
        )
        self.people_model.retranslate()
        for button, label in self.action_buttons:
            button.setText(translate("Navigation", label))
        self.draw()


def _delete_question(store, row: dict) -> str:
    enrolments = reference.dependents(store, "lab", row["id"]).get("enrolment", 0)
    if enrolments:
        return translate(
            "LabsPage",
            "Delete the lab “{name}”? The enrolments of %n participant(s) in it "
            "will be deleted too.",
            None,
            enrolments,
        ).format(name=row["name"])
    return translate("LabsPage", "Delete the lab “{name}”?").format(name=row["name"])


SPEC = PageSpec(
    kind="lab",
    watched=frozenset({"lab", "lab_company", "company", "enrolment", "participant", "attendance"}),
    columns=lambda: [
        field_column("lab", "name"),
        to_complete(field_column("lab", "niche")),
        field_column("lab", "site"),
        field_column("lab", "start_date"),
        field_column("lab", "end_date"),
        to_complete(field_column("lab", "planned_hours")),
        count_column("participants", lambda: translate("LabsPage", "Participants")),
        count_column("enrolled", lambda: translate("LabsPage", "Enrolled now")),
        count_column("companies", lambda: translate("LabsPage", "Partner companies")),
    ],
    sort=(3, Qt.SortOrder.DescendingOrder),  # the newest labs first
    rows=reference.lab_rows,
    detail=LabDetail,
    new_values=lambda store: {"site": store.meta.get("site") or None, PARTNERS: []},
    texts=lambda: {
        "title": translate("LabsPage", "Labs"),
        "filter": translate("LabsPage", "Filter labs by name, niche, site…"),
        "new": translate("LabsPage", "New lab…"),
        "edit": translate("LabsPage", "Edit…"),
        "delete": translate("LabsPage", "Delete"),
        "new_title": translate("LabsPage", "New lab"),
        "edit_title": translate("LabsPage", "Edit lab"),
    },
    count=lambda n: translate("LabsPage", "%n lab(s)", None, n),
    count_of=lambda n: translate("LabsPage", "{shown} of %n lab(s)", None, n),
    delete_question=_delete_question,
)


class LabsPage(ListPage):
    """The labs' spec, and the form's partner companies (an input of its own, saved with the
    lab)."""

    spec = SPEC

    def edit_values(self, row_id: str) -> dict:
        detail = reference.lab_detail(self.store, row_id)
        return {**detail["lab"], "stamps": detail["stamps"], PARTNERS: detail["company_ids"]}

    def prepare_dialog(self, dialog: RecordDialog, row_id: str | None) -> None:
        from desktop.services import records

        partners = ChoiceList(dialog.form)
        partners.set_choices(
            sorted(
                ((c["id"], c["name"]) for c in records.list_all(self.store, "company")),
                key=lambda c: c[1].casefold(),
            )
        )
        dialog.form.add_extra(
            PARTNERS, partners, lambda: translate("LabsPage", "Partner companies")
        )
        dialog.form.ask(ASKED)
        dialog.fit_to_form()

    def save_record(self, row_id: str | None, values: dict, seen: dict | None = None) -> dict:
        values = dict(values)
        companies = values.pop(PARTNERS, None)
        return reference.save_lab(self.store, row_id, values, companies, seen=seen)
