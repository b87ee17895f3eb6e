"""Follow-ups due: who needs an end survey or a 6-month follow-up survey, who is overdue, and
whose window opens within the days chosen, with the person's phone and next appointment.
Opening a row opens that survey on the person's page. Fed by desktop.services.followups."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from desktop.domain import phones
from desktop.domain.text import person_name
from desktop.i18n import format_date, format_datetime, translate
from desktop.i18n.values import value_text
from desktop.services import followups
from desktop.storage.store import Store
from desktop.ui.events import bus
from desktop.ui.pages.list_page import open_participant_page
from desktop.ui.widgets.table_model import Column, RowsModel
from desktop.ui.widgets.tables import compact_rows, keep_fitted, read_only_table
from desktop.ui.widgets.titles import title_label

WATCHED = {"survey_response", "enrolment", "lab", "participant", "coaching_session", "consent"}


def contact_text(row: dict) -> str:
    """The phone to call, or why not to call (no consent to being contacted for follow-up)."""
    item: followups.FollowUp = row["item"]
    if not item.may_contact:
        return translate("Follow-ups", "Not to be contacted (no consent to follow-up contact)")
    return phones.display(item.phone)


def _item(r) -> followups.FollowUp:
    return r["item"]


class FollowUpsModel(RowsModel):
    COLUMNS = (
        Column(
            "state",
            lambda: translate("Follow-ups", "State"),
            lambda r: translate("Follow-ups", followups.STATES[_item(r).state]),
        ),
        Column(
            "form",
            lambda: translate("Follow-ups", "Survey"),
            lambda r: value_text("survey_response", "form", _item(r).form),
        ),
        Column(
            "window",
            lambda: translate("Follow-ups", "To answer"),
            lambda r: translate("Follow-ups", "from {opens} to {due}").format(
                opens=format_date(_item(r).opens, fmt="medium"),
                due=format_date(_item(r).due, fmt="medium"),
            ),
            lambda r: _item(r).due.isoformat(),
        ),
        Column(
            "participant",
            lambda: translate("Follow-ups", "Participant"),
            lambda r: translate("Follow-ups", "{name} ({code})").format(
                name=person_name(
                    {"first_name": _item(r).first_name, "last_name": _item(r).last_name}
                ),
                code=_item(r).code,
            ),
        ),
        Column("phone", lambda: translate("Follow-ups", "Phone"), contact_text),
        Column("lab", lambda: translate("Follow-ups", "Lab"), lambda r: _item(r).lab_name),
        Column(
            "next",
            lambda: translate("Follow-ups", "Next appointment"),
            lambda r: (
                format_datetime(_item(r).next_appointment) if _item(r).next_appointment else ""
            ),
        ),
    )

    def set_items(self, items: list[followups.FollowUp]) -> None:
        self.set_rows(
            [{"id": f"{f.participant_id}:{f.form}:{f.lab_end}", "item": f} for f in items]
        )

    def item(self, row: int) -> followups.FollowUp | None:
        return self.rows[row]["item"] if 0 <= row < len(self.rows) else None


class FollowUpsPage(QWidget):
    """Registered in desktop.ui.navigation.PAGES as the "followups" screen."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.items: list[followups.FollowUp] = []
        self.title = title_label(self)
        self.count = QLabel(self)
        self.count.setObjectName("count")
        self.rules = QLabel(self)
        self.rules.setObjectName("rules")
        self.rules.setWordWrap(True)
        self.within_label = QLabel(self)
        self.within = QSpinBox(self)
        self.within.setObjectName("due_within")
        self.within.setRange(0, 366)
        self.within.setValue(followups.DEFAULT_WITHIN_DAYS)
        self.within.valueChanged.connect(lambda _v: self.reload())
        self.within_label.setBuddy(self.within)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_followup")
        self.open_button.clicked.connect(lambda: self.open_row(self.view.currentIndex().row()))
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("empty")
        self.empty_label.setWordWrap(True)
        self.model = FollowUpsModel(parent=self)
        self.view = read_only_table(self.model, self, "followups_table")
        compact_rows(self.view)
        keep_fitted(self.view, stretch=3)
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self.open_row(self.view.currentIndex().row()))

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        tools = QHBoxLayout()
        tools.addWidget(self.within_label)
        tools.addWidget(self.within)
        tools.addStretch(1)
        tools.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rules)
        layout.addLayout(tools)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        bus().changed.connect(self._data_changed)
        self.retranslate()

    # ---- main window hooks ------------------------------------------------------------
    def refresh(self) -> None:
        self.reload()

    def _data_changed(self, kinds) -> None:
        if self.isVisible() and set(kinds) & WATCHED:
            self.reload()

    def reload(self) -> None:
        self.items = followups.due(self.store, today=date.today(), within_days=self.within.value())
        self.model.set_items(self.items)
        self._show_counts()

    def _show_counts(self) -> None:
        overdue = sum(1 for f in self.items if f.state == "overdue")
        not_to_contact = sum(1 for f in self.items if not f.may_contact)
        text = (
            translate("Follow-ups", "%n survey(s) to answer", None, len(self.items))
            + " · "
            + translate("Follow-ups", "%n overdue", None, overdue)
        )
        if not_to_contact:
            text += " · " + translate("Follow-ups", "%n not to be contacted", None, not_to_contact)
        self.count.setText(text)
        self.empty_label.setText(translate("Follow-ups", "Nobody needs a survey now."))
        self.empty_label.setVisible(not self.items)
        self.open_button.setEnabled(bool(self.items))

    # ---- opening ------------------------------------------------------------------------
    def open_row(self, row: int) -> None:
        """The person's page on the Surveys tab, the survey due opened to answer."""
        item = self.model.item(row)
        if item is None or not open_participant_page(self, item.participant_id):
            return
        detail = getattr(self.window().page("participants"), "detail", None)
        if detail is not None and detail.participant_id == item.participant_id:
            detail.show_tab(detail.surveys)
            detail.surveys.start(item.form)

    # ---- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(translate("Follow-ups", "Follow-ups due"))
        self.rules.setText(
            translate(
                "Follow-ups",
                "For everyone who completed a lab or is still enrolled in one that has ended: the"
                " end survey, from the lab's end to one month after it; the follow-up survey, from"
                " 5 months after the lab's end, due no later than 6 months after it.",
            )
        )
        self.within_label.setText(translate("Follow-ups", "Also those coming up &within (days):"))
        self.open_button.setText(translate("Follow-ups", "&Answer the survey"))
        self.view.setAccessibleName(translate("Follow-ups", "Surveys to answer"))
        self.model.retranslate()
        self._show_counts()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
