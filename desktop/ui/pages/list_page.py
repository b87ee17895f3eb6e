"""The shape shared by the reference screens (labs, connectors, companies, associations): a
sortable, filterable list fed by a service, New / Edit / Delete through RecordDialog, an optional
detail pane, and a refresh whenever an action changed the kinds the screen shows.

A screen is declared by its PageSpec (what it lists, its texts, its detail pane, how its records
are deleted); a subclass of ListPage names it, and overrides a hook only where the screen does
something of its own (the lab form's partner companies, an association in use)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import UserError
from desktop.domain.schema import KINDS
from desktop.domain.text import person_name
from desktop.i18n import format_number, render, translate
from desktop.storage.store import Store
from desktop.ui import access, errors, events, jobs
from desktop.ui.pages.detail import DetailPane
from desktop.ui.widgets.record_dialog import RecordDialog
from desktop.ui.widgets.table_model import Column, FoldFilterProxy, RowsModel
from desktop.ui.widgets.tables import compact_rows, fit_columns, keep_fitted, read_only_table
from desktop.ui.widgets.titles import title_label

log = logging.getLogger("milma.ui.pages")


def open_participant_page(widget: QWidget, participant_id: str) -> bool:
    """Show a participant's page in the main window (when the window has a participants
    screen that can open one)."""
    window = widget.window()
    if (
        not hasattr(window, "show_page")
        or "participants" not in getattr(window, "page_keys", list)()
    ):
        return False
    page = window.show_page("participants")
    if not hasattr(page, "open_participant"):
        return False
    page.open_participant(participant_id)
    return True


def participant_columns(header: Callable[[], str]) -> list[Column]:
    """The first columns of a list of people in a detail pane: code, and name under ``header``."""
    return [
        Column("code", lambda: translate("Field", KINDS["participant"].field("code").label)),
        Column("name", header, person_name),
    ]


def people_table(box: QGroupBox, model: RowsModel, object_name: str) -> QTableView:
    """A small table of participants filling ``box`` (rows carry ``participant_id``; the name,
    second, stretches): a double-click or Enter opens the participant's page."""
    view = small_table(box, model, stretch=1)
    view.setObjectName(object_name)

    def open_row(index=None) -> None:
        row = (index if index is not None else view.currentIndex()).row()
        if 0 <= row < model.rowCount():
            open_participant_page(view, model.rows[row]["participant_id"])

    view.doubleClicked.connect(open_row)
    enter = QShortcut(QKeySequence(Qt.Key.Key_Return), view)
    enter.setContext(Qt.ShortcutContext.WidgetShortcut)
    enter.activated.connect(open_row)
    QVBoxLayout(box).addWidget(view)
    return view


def small_table(parent: QWidget, model, stretch: int | None = None) -> QTableView:
    """A read-only list inside a detail pane, its columns fitted to its width (the ``stretch``
    one, by default the last, taking the room left)."""
    view = read_only_table(model, parent)
    compact_rows(view)
    view.horizontalHeader().setHighlightSections(False)
    keep_fitted(view, stretch)
    return view


@dataclass(frozen=True)
class PageSpec:
    """What a reference screen lists and says; ListPage does the rest."""

    kind: str  # the record kind its New / Edit / Delete work on
    watched: frozenset[str]  # the kinds whose changes redraw it
    columns: Callable[[], list[Column]]
    rows: Callable[[Store], list[dict]]  # the list, from its service
    texts: Callable[
        [], dict[str, str]
    ]  # title, filter, new, edit, delete, new_title, edit_title (translated)
    count: Callable[[int], str]  # "%n lab(s)"
    count_of: Callable[[int], str]  # "{shown} of %n lab(s)", when the filter hides some
    delete_question: Callable[[Store, dict], str]
    remove: Callable[[Store, str], None] | None = None  # else records.delete
    detail: Callable[..., DetailPane] | None = None  # the pane under the list, given the page
    new_values: Callable[[Store], dict] = field(default=lambda store: {})
    form_fields: tuple[str, ...] | None = None  # the form's fields, when not all of the kind's
    split: tuple[int, int] = (3, 2)  # room for the list and the detail pane
    sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)


class ListPage(QWidget):
    """A reference screen: a subclass names its ``spec`` (PageSpec), whose kind, watched kinds
    and split become the class's own, and overrides a hook below where the screen differs."""

    spec: PageSpec
    kind = ""
    watched: frozenset[str] = frozenset()
    permission = "reference"  # what New / Edit / Delete need: a role without it only reads the list
    split = (3, 2)  # room for the list and the detail pane

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        spec = cls.__dict__.get("spec")
        if spec is not None:  # the draft listing finds a screen by its class's kind
            cls.kind, cls.watched, cls.split = spec.kind, spec.watched, spec.split

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.dialog: RecordDialog | None = None
        self._pending = False
        self._stale = True

        self.title = title_label(self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.count = QLabel(self)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new")
        self.new_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit")
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("delete")
        self.delete_button.clicked.connect(self.delete_current)

        self.model = RowsModel(self.columns(), self)
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = read_only_table(self.proxy, self, "list")
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(*self.default_sort())
        compact_rows(self.view)
        self.view.horizontalHeader().setHighlightSections(False)
        keep_fitted(self.view, stretch=0)  # the name takes the room left
        # bound methods, not lambdas: Qt drops them with the page, even mid-destruction
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        for key, slot in (
            (Qt.Key.Key_Return, self.edit_current),
            (Qt.Key.Key_Enter, self.edit_current),
            (QKeySequence.StandardKey.Delete, self.delete_current),
        ):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        # Down from the filter box goes to the list
        self.filter.installEventFilter(self)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        tools = QHBoxLayout()
        tools.addWidget(self.filter, 1)
        tools.addWidget(self.new_button)
        tools.addWidget(self.edit_button)
        tools.addWidget(self.delete_button)
        self.may_change = access.may(store, self.permission)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setVisible(
                self.may_change
            )  # hidden, not greyed: what the role may not do is left out
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tools)
        self.detail = self.build_detail()
        if self.detail is not None:
            self.splitter = QSplitter(Qt.Orientation.Vertical, self)
            self.splitter.addWidget(self.view)
            self.splitter.addWidget(self.detail)
            self.splitter.setStretchFactor(0, self.split[0])
            self.splitter.setStretchFactor(1, self.split[1])
            self.splitter.setChildrenCollapsible(False)
            layout.addWidget(self.splitter, 1)
        else:
            layout.addWidget(self.view, 1)
        QWidget.setTabOrder(self.filter, self.view)

        events.bus().changed.connect(self.data_changed)
        self.retranslate()
        self._update_buttons()

    # ---- from the screen's spec (a screen overrides what it does otherwise) ---------------------
    def columns(self) -> list[Column]:
        return list(self.spec.columns())

    def default_sort(self) -> tuple[int, Qt.SortOrder]:
        return self.spec.sort

    def load_rows(self) -> list[dict]:
        return self.spec.rows(self.store)

    def build_detail(self) -> DetailPane | None:
        return self.spec.detail(self) if self.spec.detail is not None else None

    def show_detail(self, row_id: str | None) -> None:
        if self.detail is not None:
            self.detail.show_record(row_id)

    def texts(self) -> dict[str, str]:
        """title, filter, new, edit, delete, new_title, edit_title (translated)."""
        return self.spec.texts()

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.spec.count(total)
        return self.spec.count_of(total).format(shown=format_number(shown))

    def delete_question(self, row: dict) -> str:
        return self.spec.delete_question(self.store, row)

    def new_values(self) -> dict:
        return self.spec.new_values(self.store)

    def edit_values(self, row_id: str) -> dict:
        from desktop.services import records

        return records.get(self.store, self.kind, row_id)

    def form_fields(self) -> list[str] | None:
        return list(self.spec.form_fields) if self.spec.form_fields is not None else None

    def prepare_dialog(self, dialog: RecordDialog, row_id: str | None) -> None:
        """Add screen-specific inputs to a dialog before it is shown."""

    def save_record(self, row_id: str | None, values: dict, seen: dict | None = None) -> dict:
        """Create the record, or change it; with ``seen`` (the stamps its form showed) a value
        written meanwhile is never overwritten unseen (records.StaleRecord)."""
        from desktop.services import records

        if row_id is None:
            return records.create(self.store, self.kind, values)
        return records.update(self.store, self.kind, row_id, values, seen=seen)

    def remove(self, row_id: str) -> None:
        if self.spec.remove is not None:
            self.spec.remove(self.store, row_id)
            return
        from desktop.services import records

        records.delete(self.store, self.kind, row_id)

    # ---- questions (tests replace them: a message box would block) ---------------------------
    def confirm(self, text: str) -> bool:
        return errors.ask(self, text, title=self.texts()["title"]) == "yes"

    def show_error(self, text: str) -> None:
        errors.show_error(self, text)

    # ---- list --------------------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        """Read the rows again from the service, keeping (or moving to) the selected record."""
        self._pending = False
        self._stale = False
        keep = select_id or self.current_id()
        try:
            rows = self.load_rows()
        except UserError as exc:
            self.show_error(render(exc.message))
            return
        self.model.set_rows(rows)
        fit_columns(self.view, 0)
        self.select(keep)
        self._update_count()
        self._selection_changed()

    def data_changed(self, kinds) -> None:
        """An action changed ``kinds``: redraw soon when shown (once for several signals)."""
        if not set(kinds) & set(self.watched):
            return
        if not self.isVisible():
            self._stale = True
            return
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._refresh_pending)

    def _refresh_pending(self) -> None:
        if self._pending:
            self.refresh()

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.detail is not None and not getattr(self, "_split_done", False):
            self._split_done = True
            total = max(self.splitter.height(), 400)
            top = total * self.split[0] // sum(self.split)
            self.splitter.setSizes([top, total - top])
        if self._stale and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._refresh_pending)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()
        if self.current_id() is None and self.proxy.rowCount() > 0:
            self.view.selectRow(0)
        self._selection_changed()

    def _update_count(self) -> None:
        self.count.setText(self.count_text(self.proxy.rowCount(), self.model.rowCount()))

    def current_id(self) -> str | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(
            index.row(), index.parent()
        ):
            return None
        return self.proxy.data(index, RowsModel.ID_ROLE)

    def current_row(self) -> dict | None:
        row_id = self.current_id()
        index = self.model.row_of(row_id) if row_id else -1
        return self.model.rows[index] if index >= 0 else None

    def select(self, row_id: str | None) -> bool:
        source_row = self.model.row_of(row_id) if row_id else -1
        if source_row < 0:
            self.view.clearSelection()
            self.view.selectionModel().setCurrentIndex(
                self.proxy.index(-1, -1), QItemSelectionModel.SelectionFlag.Clear
            )
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def _double_clicked(self, _index=None) -> None:
        self.edit_current()

    def _selection_changed(self, *_args) -> None:
        self._update_buttons()
        self.show_detail(self.current_id())

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def focus_search(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.filter and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down:
                self.view.setFocus()
                if self.current_id() is None and self.proxy.rowCount():
                    self.view.selectRow(0)
                return True
            if event.key() == Qt.Key.Key_Escape and self.filter.text():
                self.filter.clear()
                return True
        return super().eventFilter(obj, event)

    # ---- actions -----------------------------------------------------------------------------
    def new_record(self) -> RecordDialog | None:
        return self._open(None)

    def edit_current(self) -> RecordDialog | None:
        row_id = self.current_id()
        return self._open(row_id) if row_id else None

    def edit_record(self, row_id: str) -> RecordDialog | None:
        self.select(row_id)
        return self._open(row_id)

    def draft_keys(self) -> list[str]:
        """Forms of this screen left unsaved by a crash or a flat battery."""
        from desktop.storage.drafts import Drafts

        return [k for k in Drafts(self.store.data_dir).pending() if k.startswith(f"{self.kind}:")]

    def open_draft(self, key: str) -> RecordDialog | None:
        """Open the form a draft belongs to; the dialog offers the draft back."""
        kind, _, row_id = key.partition(":")
        if kind != self.kind:
            return None
        if row_id == "new":
            return self.new_record()
        return self.edit_record(row_id)

    def _open(self, row_id: str | None) -> RecordDialog | None:
        if not self.may_change:  # a double-click or Enter on a list the role only reads
            return None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        from desktop.services import records

        try:
            values = self.new_values() if row_id is None else self.edit_values(row_id)
        except UserError as exc:
            from desktop.storage.drafts import Drafts

            Drafts(self.store.data_dir).discard(f"{self.kind}:{row_id}")  # deleted meanwhile
            self.show_error(render(exc.message))
            self.refresh()
            return None
        title_key = "new_title" if row_id is None else "edit_title"
        # an edit remembers the stamps it showed: a save over a value written meanwhile (another
        # window, the command line, a USB import) is refused and both values are shown
        seen = (
            None
            if row_id is None or "stamps" not in values
            else records.stamps_of(values["stamps"])
        )

        def save(v, seen_now=None, rid=row_id):
            return jobs.runner().write(lambda: self.save_record(rid, v, seen_now))

        dialog = RecordDialog(
            self.kind,
            lambda: self.texts()[title_key],
            save,
            None,
            self.form_fields(),
            self.store,
            f"{self.kind}:{row_id or 'new'}",
            self,
            seen=seen,
        )
        self.prepare_dialog(dialog, row_id)
        dialog.form.set_values(values)
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_finished(self, _result: int) -> None:
        dialog = self.sender()
        if isinstance(dialog, RecordDialog):
            self._closed(dialog)

    def _closed(self, dialog: RecordDialog) -> None:
        if dialog.saved is not None:
            self.refresh(select_id=dialog.saved.get("id"))  # the runner told the other screens
            log.info("%s saved", self.kind)
        if self.dialog is dialog:
            self.dialog = None
        # a closed dialog is freed only when the next one closes: deleting a window while the
        # system may still be moving the focus away from it is what crashes some platforms
        previous, self._finished_dialog = getattr(self, "_finished_dialog", None), dialog
        if previous is not None:
            previous.deleteLater()

    # ---- the main window's Save, Close and quit ---------------------------------------------
    def save(self) -> None:
        """Save the open form, if any (File > Save)."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.save()

    def close_current(self) -> None:
        """Close the open form, asking first when it has changes (File > Close)."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reject()

    def can_close(self) -> bool:
        """Whether the application may quit: an open form with changes is asked about."""
        dialog = self.dialog
        if dialog is None or not dialog.isVisible():
            return True
        dialog.reject()
        return not dialog.isVisible()

    def delete_current(self) -> bool:
        row = self.current_row()
        if row is None or not self.may_change:
            return False
        if not self.confirm(self.delete_question(row)):
            return False
        try:
            jobs.runner().write(lambda: self.remove(row["id"]))  # the screens hear what it deleted
        except UserError as exc:
            self.show_error(render(exc.message))
            self.refresh()
            return False
        log.info("%s deleted", self.kind)
        self.refresh()
        return True

    # ---- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        t = self.texts()
        self.title.setText(t["title"])
        self.filter.setPlaceholderText(t["filter"])
        self.filter.setAccessibleName(t["filter"])
        self.new_button.setText(t["new"])
        self.edit_button.setText(t["edit"])
        self.delete_button.setText(t["delete"])
        self.new_button.setAccessibleName(t["new"])
        self.edit_button.setAccessibleName(t["edit"])
        self.delete_button.setAccessibleName(t["delete"])
        self.edit_button.setToolTip(translate("ListPage", "Edit the chosen record (Enter)"))
        self.delete_button.setToolTip(translate("ListPage", "Delete the chosen record (Delete)"))
        self.view.setAccessibleName(t["title"])
        self.model.retranslate()
        self._update_count()
        if self.detail is not None:
            self.detail.retranslate()

    def changeEvent(self, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
