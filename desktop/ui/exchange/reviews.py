"""The reviews the Exchange screen hosts after imports: concurrent edits kept as conflicts
(keep mine / keep theirs) and participants who may be registered twice (merge, undo)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.messages import Message
from desktop.i18n import format_date, format_datetime, format_number, render, translate
from desktop.i18n.values import value_text
from desktop.services import conflicts, duplicates, participant_list, quarantine
from desktop.ui import errors, jobs
from desktop.ui.jobs import Job
from desktop.ui.widgets.table_model import Column, RowsModel
from desktop.ui.widgets.tables import keep_fitted, read_only_table


def review_widgets(store, parent) -> list[QWidget]:
    return [
        ConflictReview(store, parent),
        DuplicateReview(store, parent),
        QuarantineReview(store, parent),
    ]


def _value(row: dict, side: str) -> str:
    value = row[side]
    if value is None or value == "":
        return translate("ConflictReview", "(empty)")
    try:
        return value_text(row["kind"], row["field"], value)
    except (KeyError, ValueError):
        if isinstance(value, datetime):
            return format_datetime(value)
        if isinstance(value, date):
            return format_date(value)
        return str(value)


def conflict_columns() -> list[Column]:
    return [
        Column(
            "kind",
            lambda: translate("ConflictReview", "Record"),
            display=lambda r: translate("ConflictReview", "{kind}: {record}").format(
                kind=translate("Kind", r["kind_label"]), record=r["record"]
            ),
        ),
        Column(
            "field",
            lambda: translate("ConflictReview", "Field"),
            display=lambda r: translate("Field", r["field_label"]),
        ),
        Column(
            "mine",
            lambda: translate("ConflictReview", "Value here"),
            display=lambda r: _value(r, "mine"),
        ),
        Column(
            "theirs",
            lambda: translate("ConflictReview", "Value received"),
            display=lambda r: _value(r, "theirs"),
        ),
        Column(
            "winner",
            lambda: translate("ConflictReview", "Kept now"),
            display=lambda r: (
                translate("ConflictReview", "Value here")
                if r["winner"] == "mine"
                else translate("ConflictReview", "Value received")
            ),
        ),
    ]


def _person(p: dict) -> str:
    return (
        f"{p['code']} {p['first_name']} {p['last_name']}"
        f" ({format_date(p['birth_date'], fmt='medium')})"
    )


def _reason(r: dict) -> str:
    if r["reason"] == "document":
        return translate("DuplicateReview", "Same identity document")
    return translate("DuplicateReview", "Similar name ({score} %), same birth date").format(
        score=format_number(r["score"])
    )


def pair_columns() -> list[Column]:
    return [
        Column(
            "a",
            lambda: translate("DuplicateReview", "Participant kept"),
            display=lambda r: _person(r["a"]),
        ),
        Column(
            "b",
            lambda: translate("DuplicateReview", "Possible duplicate"),
            display=lambda r: _person(r["b"]),
        ),
        Column("reason", lambda: translate("DuplicateReview", "Why"), display=_reason),
    ]


def merge_columns() -> list[Column]:
    return [
        Column("survivor_code", lambda: translate("DuplicateReview", "Kept")),
        Column("duplicate_code", lambda: translate("DuplicateReview", "Merged into it")),
        Column(
            "moved",
            lambda: translate("DuplicateReview", "Records moved"),
            display=lambda r: format_number(r["moved"]),
        ),
        Column(
            "active",
            lambda: translate("DuplicateReview", "State"),
            display=lambda r: (
                translate("DuplicateReview", "In force")
                if r["active"]
                else translate("DuplicateReview", "Undone")
            ),
        ),
    ]


def _view(model, parent, name: str) -> QTableView:
    view = read_only_table(model, parent, name)
    keep_fitted(view)
    return view


def _selected(view: QTableView, model: RowsModel) -> dict | None:
    rows = view.selectionModel().selectedRows()
    return model.rows[rows[0].row()] if rows else None


class ConflictReview(QWidget):
    """Open conflicts: the value kept now and the one that lost; keep either."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.setObjectName("conflict_review")
        self.store = store
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.model = RowsModel(conflict_columns(), self)
        self.view = _view(self.model, self, "conflicts")
        self.keep_mine = QPushButton(self)
        self.keep_mine.setObjectName("keep_mine")
        self.keep_theirs = QPushButton(self)
        self.keep_theirs.setObjectName("keep_theirs")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.retranslate()

    def tab_title(self) -> str:
        return self.tr("Conflicts (%n)", None, len(self.model.rows))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.explanation.setText(
            self.tr(
                "The same field was changed on two computers. The later change is kept; choose"
                " which value should stay."
            )
        )
        self.keep_mine.setText(self.tr("Keep the value &here"))
        self.keep_theirs.setText(self.tr("Keep the value &received"))
        self.model.retranslate()

    def refresh(self) -> None:
        try:
            self.model.set_rows(conflicts.list_open(self.store))
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            errors.show_error(self, exc)

    def resolve(self, keep: str) -> None:
        row = _selected(self.view, self.model)
        if row is None:
            return
        try:
            jobs.runner().write(lambda: conflicts.resolve(self.store, row["id"], keep))
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            errors.show_error(self, exc)
        self.refresh()
        _retitle(self)


# up to this many participants the candidate pairs are found at once (a few milliseconds);
# beyond, in a worker thread, and shown when found: the screen stays usable meanwhile. The
# search starts once the screen has had time to paint (it takes a processor for a while)
FIND_AT_ONCE_UP_TO = 5000
SEARCH_AFTER_MS = 250


class DuplicateReview(QWidget):
    """Candidate pairs of the same person registered on different laptops; merges and undo."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.setObjectName("duplicate_review")
        self.store = store
        self.job: Job | None = None  # finding the pairs, when the store is large
        self._again = False  # the store changed while they were being found
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_AFTER_MS)
        self._search_timer.timeout.connect(self._start_search)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.pairs_model = RowsModel(pair_columns(), self)
        self.pairs = _view(self.pairs_model, self, "pairs")
        self.merge_button = QPushButton(self)
        self.merge_button.setObjectName("merge")
        self.merges_label = QLabel(self)
        self.merges_model = RowsModel(merge_columns(), self)
        self.merges = _view(self.merges_model, self, "merges")
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undo_merge")
        row1 = QHBoxLayout()
        row1.addStretch(1)
        row1.addWidget(self.merge_button)
        row2 = QHBoxLayout()
        row2.addStretch(1)
        row2.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.pairs, 2)
        layout.addLayout(row1)
        layout.addWidget(self.merges_label)
        layout.addWidget(self.merges, 1)
        layout.addLayout(row2)
        self.merge_button.clicked.connect(self.merge_selected)
        self.undo_button.clicked.connect(self.undo_selected)
        self.retranslate()

    def tab_title(self) -> str:
        if self.searching:
            return self.tr("Possible duplicates (looking…)")
        return self.tr("Possible duplicates (%n)", None, len(self.pairs_model.rows))

    @property
    def searching(self) -> bool:
        """Whether the pairs are being found (the list shows the last ones found, if any)."""
        return self.job is not None or self._search_timer.isActive()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.explanation.setText(
            self.tr(
                "People who may have been registered twice: with the same identity document, or on"
                " different laptops with similar names and the same birth date. Nothing is merged"
                " unless you merge it; a merge can be undone."
            )
        )
        self.merge_button.setText(self.tr("&Merge the duplicate into the participant kept"))
        self.merges_label.setText(self.tr("Merges made"))
        self.undo_button.setText(self.tr("&Undo the merge"))
        self.pairs_model.retranslate()
        self.merges_model.retranslate()

    def refresh(self) -> None:
        try:
            self.merges_model.set_rows(duplicates.merges(self.store))
            if self.job is not None:  # found again once the current search ends
                self._again = True
                return
            if self._search_timer.isActive():
                return
            pairs = duplicates.pairs_if_known(self.store)
            if pairs is None and participant_list.count(self.store) <= FIND_AT_ONCE_UP_TO:
                pairs = duplicates.candidate_pairs(self.store)
            if pairs is not None:
                self._show_pairs(pairs)
                return
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            errors.show_error(self, exc)
            return
        self.merge_button.setEnabled(False)
        self._search_timer.start()
        _retitle(self)

    def _start_search(self) -> None:
        store = self.store
        if not store.is_open:
            return
        # a job of the runner: it outlives this screen if need be, and the callbacks check
        self.job = jobs.runner().run(
            "duplicates",
            lambda _job: duplicates.candidate_pairs(store),
            on_done=self._show_pairs,
            on_failed=self._search_failed,
            cancellable=False,
        )
        self.job.finished.connect(self._search_ended)

    def _show_pairs(self, pairs: list[dict]) -> None:
        if not isValid(self):  # the screen was closed while the pairs were found
            return
        self.pairs_model.set_rows(pairs)
        _retitle(self)

    def _search_failed(self, exc: Exception) -> None:
        errors.show_error(self if isValid(self) else None, exc)

    def _search_ended(self, _job=None) -> None:
        if not isValid(self):
            return
        self.job = None
        self.merge_button.setEnabled(True)
        _retitle(self)
        if self._again:
            self._again = False
            self.refresh()

    def merge_selected(self) -> None:
        pair = _selected(self.pairs, self.pairs_model)
        if pair is None:
            return
        question = self.tr(
            "Merge {duplicate} into {kept}? Every record of the duplicate moves to the participant"
            " kept."
        ).format(duplicate=_person(pair["b"]), kept=_person(pair["a"]))
        if errors.ask(self, question) != "yes":
            return
        try:
            jobs.runner().write(
                lambda: duplicates.merge_participants(self.store, pair["a"]["id"], pair["b"]["id"])
            )
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            errors.show_error(self, exc)
        self.refresh()
        _retitle(self)

    def undo_selected(self) -> None:
        merge = _selected(self.merges, self.merges_model)
        if merge is None or not merge["active"]:
            return
        try:
            jobs.runner().write(lambda: duplicates.undo_merge(self.store, merge["id"]))
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            errors.show_error(self, exc)
        self.refresh()
        _retitle(self)


def _ms(value: int) -> str:
    return format_datetime(datetime.fromtimestamp(value / 1000))


def held_columns() -> list[Column]:
    from desktop.ui.exchange.columns import laptop_label

    return [
        Column(
            "kind",
            lambda: translate("QuarantineReview", "Kind of record"),
            display=lambda r: translate("Kind", r["kind_label"]),
        ),
        Column(
            "op",
            lambda: translate("QuarantineReview", "Change"),
            display=lambda r: (
                translate("QuarantineReview", "Deletion")
                if r["op"] == "delete"
                else translate("QuarantineReview", "%n field(s)", None, len(r["fields"]))
            ),
        ),
        Column(
            "reason",
            lambda: translate("QuarantineReview", "Held because"),
            display=lambda r: render(Message("Quarantine", r["reason"])),
        ),  # a source text of rights
        Column(
            "claimed_ms",
            lambda: translate("QuarantineReview", "Dated"),
            display=lambda r: _ms(r["claimed_ms"]),
            sort=lambda r: r["claimed_ms"],
        ),
        Column(
            "device_id",
            lambda: translate("QuarantineReview", "From laptop"),
            display=lambda r: laptop_label(r["device_id"], r.get("device_name")),
        ),
        Column(
            "received_ms",
            lambda: translate("QuarantineReview", "Received"),
            display=lambda r: _ms(r["received_ms"]),
            sort=lambda r: r["received_ms"],
        ),
    ]


class QuarantineReview(QWidget):
    """Changes held instead of applied, with the reason: dated far in the future (a laptop with a
    wrong clock), or outside what the laptop that sent them may do."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.setObjectName("quarantine_review")
        self.store = store
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.model = RowsModel(held_columns(), self)
        self.view = _view(self.model, self, "held")
        self.release_button = QPushButton(self)
        self.release_button.setObjectName("release")
        self.discard_button = QPushButton(self)
        self.discard_button.setObjectName("discard")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.release_button)
        buttons.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.release_button.clicked.connect(self.release_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.retranslate()

    def tab_title(self) -> str:
        return self.tr("Held changes (%n)", None, len(self.model.rows))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.explanation.setText(
            self.tr(
                "These changes were not applied. Those dated far in the future probably come from a"
                " laptop whose clock was wrong: applied as they are, they would win over every"
                " later edit. The others are outside what the laptop that sent them may do (another"
                " site's participants, reference data). Apply each one knowingly, or discard it."
            )
        )
        self.release_button.setText(self.tr("A&pply the change"))
        self.discard_button.setText(self.tr("&Discard the change"))
        self.model.retranslate()

    def refresh(self) -> None:
        try:
            from desktop.services.exchange import laptop_names

            names = laptop_names(self.store)
            self.model.set_rows(
                [
                    dict(r, device_name=names.get(r["device_id"]))
                    for r in quarantine.list_held(self.store)
                ]
            )
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            errors.show_error(self, exc)

    def release_selected(self) -> None:
        row = _selected(self.view, self.model)
        if row is None:
            return
        try:
            jobs.runner().write(lambda: quarantine.release(self.store, row["id"]))
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            errors.show_error(self, exc)
        self.refresh()
        _retitle(self)

    def discard_selected(self) -> None:
        row = _selected(self.view, self.model)
        if row is None:
            return
        if errors.ask(self, self.tr("Discard this change? It will not be applied.")) != "yes":
            return
        try:
            quarantine.discard(self.store, row["id"])
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            errors.show_error(self, exc)
        self.refresh()
        _retitle(self)


def _retitle(widget: QWidget) -> None:
    page = widget.parent()
    while page is not None and not hasattr(page, "retitle_reviews"):
        page = page.parent()
    if page is not None:
        page.retitle_reviews()
