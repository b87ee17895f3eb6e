"""The Agenda screen: a week's appointments by day, mine or the whole site's, with previous,
this and next week, opening the person's page on the tab that holds the record, and the
week printed or saved as a PDF."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import format_date, translate
from desktop.services import agenda
from desktop.storage.store import Store
from desktop.ui import errors
from desktop.ui.agenda.model import AgendaModel
from desktop.ui.pages.list_page import open_participant_page
from desktop.ui.widgets.table_model import RowsModel
from desktop.ui.widgets.tables import compact_rows, keep_fitted, read_only_table
from desktop.ui.widgets.titles import title_label

log = logging.getLogger("milma.ui.agenda")

MINE, SITE = "mine", "site"
PARTICIPANT_COLUMN = 2
# the record kind behind each kind of appointment: its row is chosen in the person's tab
RECORD_KINDS = {
    "coaching_session": "coaching_session",
    "coaching_appointment": "coaching_session",
    "connector_meeting": "connector_meeting",
    "planned_connector_meeting": "connector_meeting",
}


def select_record(tab: QWidget, kind: str, record_id: str) -> bool:
    """Choose the record's row in the tab's table of that kind of record."""
    for table in tab.findChildren(QTableView):
        model = table.model()
        row = model.row_of(record_id) if isinstance(model, RowsModel) and model.kind == kind else -1
        if row >= 0:
            table.selectRow(row)
            table.scrollTo(model.index(row, 0))
            return True
    return False


class AgendaPage(QWidget):
    """Registered in desktop.ui.navigation.PAGES as the "agenda" screen."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.monday = agenda.week_start(date.today())
        self.appointments: list[agenda.Appointment] = []

        self.title = title_label(self)
        self.week_label = QLabel(self)
        self.week_label.setObjectName("week")
        self.previous_button = QPushButton(self)
        self.previous_button.setObjectName("previous_week")
        self.previous_button.clicked.connect(
            lambda: self.show_week(self.monday - timedelta(days=7))
        )
        self.this_week_button = QPushButton(self)
        self.this_week_button.setObjectName("this_week")
        self.this_week_button.clicked.connect(lambda: self.show_week(date.today()))
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("next_week")
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + timedelta(days=7)))
        self.scope = QComboBox(self)
        self.scope.setObjectName("scope")
        self.scope.addItem("", MINE)
        self.scope.addItem("", SITE)
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(lambda: self.print_week())
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_pdf")
        self.save_button.clicked.connect(lambda: self.save_as())
        self.count = QLabel(self)
        self.count.setObjectName("count")
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("empty")
        self.empty_label.setWordWrap(True)

        self.model = AgendaModel(self)
        self.view = read_only_table(self.model, self, "agenda_table")
        compact_rows(self.view)
        self.view.horizontalHeader().setHighlightSections(False)
        keep_fitted(self.view, PARTICIPANT_COLUMN)  # the participant takes the room left
        # one way to open a row each: a double-click, or Enter on the keyboard
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self.open_row(self.view.currentIndex().row()))

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.week_label, 1)
        top.addWidget(self.count)
        tools = QHBoxLayout()
        for w in (self.previous_button, self.this_week_button, self.next_button):
            tools.addWidget(w)
        tools.addSpacing(12)
        tools.addWidget(self.scope)
        tools.addStretch(1)
        tools.addWidget(self.print_button)
        tools.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        QWidget.setTabOrder(self.view, self.previous_button)

        self._choose_scope()
        self.retranslate()

    # ---- main window hooks ------------------------------------------------------------
    def refresh(self) -> None:
        """Shown, or data changed while shown: read the week again."""
        self._choose_scope()
        self.reload()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- the week -----------------------------------------------------------------------
    @property
    def mine(self) -> bool:
        return self.scope.currentData() == MINE

    def _choose_scope(self) -> None:
        """ "Mine" needs the laptop's technician (first start or Settings); without one, the
        whole site's agenda is shown and "mine" cannot be chosen."""
        has = agenda.has_technician(self.store)
        item = self.scope.model().item(0)
        item.setEnabled(has)
        item.setToolTip(
            ""
            if has
            else translate("Agenda", "Choose who you are in Settings to see your own appointments.")
        )
        if not has and self.mine:
            self.scope.blockSignals(True)
            self.scope.setCurrentIndex(1)
            self.scope.blockSignals(False)

    def show_week(self, day: date) -> None:
        self.monday = agenda.week_start(day)
        self.reload()

    def reload(self) -> None:
        try:
            self.appointments = agenda.week(self.store, self.monday, mine=self.mine)
        except Exception as exc:  # noqa: BLE001 - shown, logged, the screen stays usable
            errors.show_error(self, exc)
            return
        selected = self.view.currentIndex().row()
        self.model.set_appointments(self.appointments)
        if self.model.rowCount():
            self.view.selectRow(min(max(selected, 0), self.model.rowCount() - 1))
        self._show_week_texts()

    def _show_week_texts(self) -> None:
        sunday = self.monday + timedelta(days=6)
        self.week_label.setText(
            translate("Agenda", "Week of {start} to {end}").format(
                start=format_date(self.monday, fmt="medium"), end=format_date(sunday, fmt="medium")
            )
        )
        self.this_week_button.setEnabled(self.monday != agenda.week_start(date.today()))
        n = len(self.appointments)
        self.count.setText(translate("Agenda", "%n appointment(s)", None, n))
        if n:
            self.empty_label.hide()
            return
        if self.mine:
            text = translate(
                "Agenda",
                "You have no appointment this week. Next appointments set in coaching "
                "sessions and connector meetings of your participants show here.",
            )
        elif not agenda.has_technician(self.store):
            text = translate(
                "Agenda",
                "No appointment this week at this site. To see only yours, choose who "
                "you are in Settings.",
            )
        else:
            text = translate("Agenda", "No appointment this week at this site.")
        self.empty_label.setText(text)
        self.empty_label.show()

    def retranslate(self) -> None:
        self.title.setText(translate("Agenda", "Agenda"))
        self.previous_button.setText(translate("Agenda", "← &Previous week"))
        self.this_week_button.setText(translate("Agenda", "&This week"))
        self.next_button.setText(translate("Agenda", "&Next week →"))
        self.scope.setItemText(0, translate("Agenda", "My appointments"))
        self.scope.setItemText(1, translate("Agenda", "The whole site"))
        self.scope.setAccessibleName(translate("Agenda", "Whose appointments"))
        self._choose_scope()
        self.print_button.setText(translate("Agenda", "P&rint…"))
        self.save_button.setText(translate("Agenda", "&Save as PDF…"))
        self.view.setAccessibleName(translate("Agenda", "Appointments of the week"))
        self.model.retranslate()
        self._show_week_texts()

    # ---- opening ------------------------------------------------------------------------
    def open_row(self, row: int) -> None:
        """The person's page, on the tab holding the record (coaching sessions, meetings), the
        record chosen in it."""
        item = self.model.appointment(row)
        if item is None or not open_participant_page(self, item.participant_id):
            return
        page = self.window().page("participants")
        detail = getattr(page, "detail", None)
        if detail is not None and detail.participant_id == item.participant_id:
            tab = getattr(detail, item.tab, None)
            if tab is not None:
                detail.show_tab(tab)
                if item.kind in RECORD_KINDS:
                    select_record(tab, RECORD_KINDS[item.kind], item.record_id)

    # ---- printing -----------------------------------------------------------------------
    def pdf(self) -> bytes:
        return agenda.week_pdf(self.store, self.monday, mine=self.mine)

    def ask_save_path(self) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("Agenda", "Save the week's agenda as PDF"),
            str(Path.home() / agenda.pdf_file_name(self.monday)),
            translate("Agenda", "PDF documents (*.pdf)"),
        )
        return path

    def save_as(self, path: str | None = None) -> Path | None:
        """Save the week as a PDF (asks where when no path is given). Returns the file written."""
        from desktop.services.itinerary_docs import save_pdf

        path = path or self.ask_save_path()
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            target = save_pdf(path, self.pdf())
        except Exception as exc:  # noqa: BLE001 - shown, logged
            errors.show_error(self, exc)
            return None
        log.info("agenda of the week of %s saved", self.monday.isoformat())
        return target

    def ask_printer(self, pages: int):
        from desktop.ui.itinerary.pdfpages import ask_printer

        return ask_printer(self, agenda.pdf_file_name(self.monday), pages)

    def print_week(self, printer=None) -> int:
        """Print the week on the given printer, or on the one chosen in the print dialog."""
        from desktop.ui.itinerary.pdfpages import PdfPages

        try:
            pages = PdfPages(self.pdf(), self)
        except Exception as exc:  # noqa: BLE001 - shown, logged
            errors.show_error(self, exc)
            return 0
        try:
            printer = printer or self.ask_printer(pages.count)
            if printer is None:
                return 0
            printed = pages.print_to(printer)
        finally:
            pages.close()
        log.info("agenda of the week of %s printed (%d pages)", self.monday.isoformat(), printed)
        return printed
