"""The Participants screen: the searchable, filterable list and, once one is opened, the
participant's page (Ctrl+W or "Back to the list" returns)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import NotFound
from desktop.i18n import translate
from desktop.services import participant_list
from desktop.storage.store import Store
from desktop.ui import errors
from desktop.ui.events import bus
from desktop.ui.participants.filters import FilterCombo, PersonFilters
from desktop.ui.participants.model import ParticipantTableModel, natural_widths
from desktop.ui.widgets.table_model import RowsModel
from desktop.ui.widgets.tables import compact_rows, keep_fitted, read_only_table

if TYPE_CHECKING:  # a participant's page is imported when one is opened
    from desktop.ui.participants.detail import ParticipantView

log = logging.getLogger("milma.ui.participants")

SEARCH_DELAY_MS = 150
LIST_KINDS = {"participant", "enrolment", "lab"}


class ParticipantList(QWidget):
    """Search box, filters and the lazily fetched table."""

    def __init__(self, store: Store, page: ParticipantsPage):
        super().__init__(page)
        self.store = store
        self.page = page
        self.model = ParticipantTableModel(store, self)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_now)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._enter_in_search)
        self.search.installEventFilter(self)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_participant")
        self.new_button.clicked.connect(page.new_participant)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_current)
        self.retention_button = QPushButton(self)  # the coordinator's retention review
        self.retention_button.setObjectName("retention_review")
        self.retention_button.clicked.connect(self.open_retention_review)
        from desktop.services import erasure_rights

        self.retention_button.setVisible(erasure_rights.allowed(store))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")

        self.person_filters = PersonFilters(self)
        self.person_filters.changed.connect(self.apply_filters)
        self.f_lab, self.f_site, self.f_origin, self.f_gender, self.f_status = (
            self.person_filters.combos
        )
        self.f_technician = FilterCombo(self)
        self.f_technician.setObjectName("filter_technician")
        self.f_technician.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContents
        )  # room in its row
        self.f_technician.currentIndexChanged.connect(self.apply_filters)
        self.filter_combos = (self.f_technician, *self.person_filters.combos)
        self.clear_filters_button = QPushButton(self)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.filters_label = QLabel(self)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("no_match")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        self.view = read_only_table(self.model, self, "participants_table")
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        compact_rows(self.view)
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort)
        self._size_columns()
        self.view.activated.connect(lambda index: self.open_row(index.row()))
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(
            self.f_technician
        )  # whose participants: beside the search, the row below is full
        top.addWidget(self.count_label)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)
        top.addWidget(self.retention_button)
        filters = self._filters_row = QHBoxLayout()
        filters.addWidget(self.filters_label)
        for combo in self.filter_combos[1:]:
            filters.addWidget(combo, 1)
        filters.addWidget(self.clear_filters_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)

        QWidget.setTabOrder(self.search, self.view)
        QWidget.setTabOrder(self.view, self.open_button)
        QWidget.setTabOrder(self.open_button, self.new_button)
        QWidget.setTabOrder(self.new_button, self.filter_combos[0])
        prev: QWidget = self.filter_combos[0]
        for w in self.filter_combos[1:] + (self.clear_filters_button,):
            QWidget.setTabOrder(prev, w)
            prev = w
        self.model.modelReset.connect(self._select_first)
        self.model.total_changed.connect(lambda _n: self._update_count())
        self._labs: list[tuple[str, str]] | None = None
        self._technicians: list[tuple[str, str]] | None = None
        self.fill_filters()
        self.retranslate()

    def _size_columns(self) -> None:
        """Columns within the list's width, measured from the font and the choices (no per-row
        measuring: the list may hold 50,000 people); refitted when the list is resized."""
        keep_fitted(
            self.view,
            natural=lambda: natural_widths(
                self.view.fontMetrics(), [name for _id, name in getattr(self, "_labs", None) or ()]
            ),
        )

    # ---- filters ----------------------------------------------------------------------
    def fill_filters(self, reload: bool = True) -> None:
        """The filter choices; the labs and technicians are read again only with ``reload`` (a
        language change only renames the choices)."""
        if reload or self._labs is None:
            self._labs = participant_list.lab_choices(self.store)
            self._technicians = participant_list.technician_choices(self.store)
        # "My participants" first (this laptop's technician, when chosen), then the others by name
        me = self.store.meta.get("technician_id") or None
        every = self._technicians or []
        technicians = [(t, name) for t, name in every if t != me]
        if me in {t for t, _name in every}:
            technicians.insert(0, (me, translate("Participants", "My participants")))
        self.f_technician.set_items(translate("Participants", "All technicians"), technicians)
        self.person_filters.fill(self._labs)
        # the row is shared in proportion to each filter's "any" text, so that none is cut
        # while another has room to spare
        for combo in self.filter_combos:
            self._filters_row.setStretchFactor(
                combo, combo.fontMetrics().horizontalAdvance(combo.itemText(0))
            )

    def current_filters(self) -> participant_list.Filters:
        return self.person_filters.filters(technician_id=self.f_technician.currentData())

    def apply_filters(self) -> None:
        self.run(lambda: self.model.set_query(filters=self.current_filters()))

    def clear_filters(self) -> None:
        self.person_filters.clear()
        self.f_technician.blockSignals(True)
        self.f_technician.setCurrentIndex(0)
        self.f_technician.blockSignals(False)
        self.apply_filters()

    # ---- search and sort --------------------------------------------------------------
    def set_search_text(self, text: str) -> None:
        """Type-ahead: the list follows the text at once (what the debounce timer calls)."""
        self.search.setText(text)
        self._search_now()

    def _search_now(self) -> None:
        self._search_timer.stop()
        if self.search.text() != self.model.text:
            self.run(lambda: self.model.set_query(text=self.search.text()))

    def _enter_in_search(self) -> None:
        """Enter in the search box: the list follows the text at once, then the only result,
        or else the selected one, opens."""
        self._search_now()
        if self.model.rowCount() == 1:
            self.open_row(0)
        else:
            self.open_current()

    def _sort(self, column: int, order) -> None:
        if self.model.columns[column].order_by is None:  # not sortable: put the indicator back
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                self.model.sort_column(),
                Qt.SortOrder.DescendingOrder
                if self.model.descending
                else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)
            return
        self.run(lambda: self.model.sort(column, order))

    def run(self, action) -> None:
        try:
            action()
        except Exception as exc:  # noqa: BLE001 - shown, logged, the list stays usable
            errors.show_error(self, exc)

    def reload(self) -> None:
        selected = self.current_id()
        self.run(self.model.reload)
        if selected:
            row = self.model.row_of(selected)
            if row >= 0:
                self.view.selectRow(row)

    def _update_count(self) -> None:
        if self.model.total_known:
            self.count_label.setText(
                translate("Participants", "%n participant(s)", None, self.model.total)
            )
            self.empty_label.setText(self._empty_text())
            self.empty_label.setVisible(
                self.model.total == 0 and getattr(self.page, "_loaded", False)
            )

    def _empty_text(self) -> str:
        """Why the list is empty: nobody registered yet (no search, no filter), or no match."""
        if not self.model.text.strip() and self.current_filters() == participant_list.Filters():
            return translate(
                "Participants",
                "Nobody is registered on this laptop yet. Register a participant "
                "with New participant (Ctrl+N), or import the participants of "
                "other laptops on the USB exchange screen.",
            )
        return translate(
            "Participants",
            "No participant matches the search and filters. Check the spelling, "
            "clear the filters, or register the person with New participant (Ctrl+N).",
        )

    def _select_first(self) -> None:
        if self.model.rowCount() and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if (
            obj is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self._search_now()
            self.view.setFocus()
            if self.model.rowCount():
                self.view.selectRow(0)
            return True
        return super().eventFilter(obj, event)

    # ---- opening ----------------------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.data(index, RowsModel.ID_ROLE) if index.isValid() else None

    def open_current(self) -> None:
        pid = self.current_id()
        if pid:
            self.page.open_participant(pid)

    def open_retention_review(self):
        from desktop.ui.retention import open_review

        return open_review(self, self.store)

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.page.open_participant(self.model.row(row)["id"])

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            translate("Participants", "Search by code, name, document number or phone")
        )
        self.search.setAccessibleName(translate("Participants", "Search participants"))
        self.new_button.setText(translate("Participants", "&New participant…"))
        self.open_button.setText(translate("Participants", "&Open"))
        self.retention_button.setText(translate("Participants", "Retention &review…"))
        self.clear_filters_button.setText(translate("Participants", "C&lear filters"))
        self.filters_label.setText(translate("Participants", "Filters:"))
        self.view.setAccessibleName(translate("Participants", "Participants"))
        self.f_technician.setAccessibleName(translate("Participants", "Filter by technician"))
        self.fill_filters(reload=False)
        self.model.retranslate()
        self._size_columns()
        self._update_count()


class ParticipantsPage(QWidget):
    """Registered in desktop.ui.navigation.PAGES as the "participants" screen."""

    kind = "participant"  # the main window reopens forms of this kind left unsaved by a crash

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.stack = QStackedWidget(self)
        self.list = ParticipantList(store, self)
        self.stack.addWidget(self.list)
        self.detail: ParticipantView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)
        self._loaded = False
        self._stale = False
        bus().changed.connect(self.data_changed)

    # ---- main window hooks ------------------------------------------------------------
    def refresh(self) -> None:
        if self._stale and self._loaded:
            self._stale = False
            self.list.fill_filters()
        if not self._loaded:
            self._loaded = True
            self.list.run(self.list.model.reload)
        elif self.stack.currentWidget() is self.list:
            self.list.reload()
        elif self.detail is not None:
            self.detail.refresh()

    def data_changed(self, kinds: set) -> None:
        """What a finished action changed (desktop.ui.events): redraw what is visible now,
        the rest when it is shown."""
        if not self.isVisible():
            self._stale = True
            return
        if kinds & {"lab", "technician"}:
            self.list.fill_filters()
        if kinds & LIST_KINDS:
            self.list.reload()
        if self.detail is not None and self.stack.currentWidget() is self.detail:
            self.detail.refresh()

    def focus_search(self) -> None:
        self.close_current()
        self.list.search.setFocus()
        self.list.search.selectAll()

    def close_current(self) -> bool:
        """Back from a participant's page to the list. False when the user kept it open."""
        if self.detail is not None and self.stack.currentWidget() is self.detail:
            if not self.detail.can_close():
                return False
            self.stack.setCurrentWidget(self.list)
            self.list.reload()
            self.list.view.setFocus()
        return True

    def can_close(self) -> bool:
        return self.detail is None or self.detail.can_close()

    def save(self) -> None:
        if self.detail is not None and self.stack.currentWidget() is self.detail:
            self.detail.save()

    # ---- actions ----------------------------------------------------------------------
    def new_participant(self, restore_draft: bool | None = None):
        from desktop.ui.participants.form import ParticipantDialog

        dialog = ParticipantDialog(self.store, None, self, restore_draft=restore_draft)
        dialog.open_existing.connect(self.open_participant)

        def open_saved() -> None:
            if dialog.saved:
                self.open_participant(dialog.saved["id"])

        dialog.accepted.connect(open_saved)
        dialog.open()
        return dialog

    def edit_participant(self, participant_id: str, restore_draft: bool | None = None):
        from desktop.ui.participants.form import ParticipantDialog

        dialog = ParticipantDialog(self.store, participant_id, self, restore_draft=restore_draft)
        dialog.open()
        return dialog

    def open_draft(self, key: str):
        """Reopen the registration form whose draft was kept after a crash."""
        pid = key.split(":", 1)[1]
        if pid == "new":
            return self.new_participant(restore_draft=True)
        self.open_participant(pid)
        return self.edit_participant(pid, restore_draft=True)

    def open_participant(self, participant_id: str) -> None:
        from desktop.ui.participants.detail import ParticipantView

        if (
            self.detail is not None
            and self.stack.currentWidget() is self.detail
            and not self.detail.can_close()
        ):
            return
        try:
            view = ParticipantView(self.store, participant_id, self)
        except NotFound as exc:
            errors.show_error(self, exc)
            self.list.reload()
            return
        log.info("participant opened: %s", participant_id)
        self._note_viewed(participant_id)
        if self.detail is not None:
            self.stack.removeWidget(self.detail)
            self.detail.deleteLater()
        self.detail = view
        view.back_requested.connect(self.close_current)
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        view.tabs.tabBar().setFocus()  # keyboard: arrows change tab, Tab enters it

    def _note_viewed(self, participant_id: str) -> None:
        """The audit log keeps who opened whose page (in the background, after any write queued)."""
        from desktop.services import audit
        from desktop.ui import jobs

        def failed(exc: BaseException) -> None:
            log.warning("audit entry of a page view not written: %s", type(exc).__name__)

        jobs.runner().run(
            "audit view",
            lambda _job: audit.viewed_participant(self.store, participant_id),
            on_failed=failed,
            cancellable=False,
        )

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.list.retranslate()
        super().changeEvent(event)
