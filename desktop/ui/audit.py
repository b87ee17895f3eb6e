"""The audit log in the window: whether every chain is intact, and, on a coordinator's store,
every entry with filters (action, laptop, and words typed: a code, a record id, a name of who
did it). Opened from the USB exchange screen ("Audit log…"). Reading and checking run in the
background (desktop.ui.jobs); nothing here writes."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.i18n import format_datetime, render, translate
from desktop.services import audit
from desktop.services import exchange as X
from desktop.storage.audit import Problem
from desktop.ui import jobs
from desktop.ui.participants.filters import FilterCombo
from desktop.ui.widgets.geometry import fit_to_screen
from desktop.ui.widgets.table_model import Column, FoldFilterProxy, RowsModel
from desktop.ui.widgets.tables import keep_fitted, read_only_table

log = logging.getLogger("milma.ui.audit")
LIMIT = 5000  # entries shown at most, newest first


def when_text(at: str) -> str:
    try:
        return format_datetime(datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone())
    except ValueError:
        return at


DOCUMENTS = {
    "itinerary": QT_TRANSLATE_NOOP("Audit", "itinerary"),
    "subject_access": QT_TRANSLATE_NOOP("Audit", "everything we hold"),
}


def _record(row: dict, names: dict[str, str]) -> str:
    """The record an entry is about; for a bundle, whose it was."""
    kind = audit.kind_label(row.get("kind"))
    if kind:
        return f"{translate('Kind', kind)} {row.get('record_id') or ''}".strip()
    detail = row.get("detail") or {}
    if row["action"] == "import" and detail.get("device_id"):
        device = detail["device_id"]
        return translate("Audit", "Bundle from {laptop}").format(
            laptop=names.get(device) or device[-12:]
        )
    if row["action"] in ("import", "export"):
        return translate("Audit", "Bundle")
    return ""


def _action(row: dict) -> str:
    text = translate("Audit", audit.ACTIONS.get(row["action"], row["action"]))
    document = DOCUMENTS.get((row.get("detail") or {}).get("document"))
    return (
        translate("Audit", "{action} ({document})").format(
            action=text, document=translate("Audit", document)
        )
        if document
        else text
    )


def columns() -> list[Column]:
    return [
        Column(
            "at",
            lambda: translate("Audit", "When"),
            lambda r: when_text(r["at"]),
            lambda r: r["at"],
        ),
        Column("laptop", lambda: translate("Audit", "Laptop")),
        Column("who", lambda: translate("Audit", "Who")),
        Column("action", lambda: translate("Audit", "Action"), _action),
        Column(
            "record", lambda: translate("Audit", "Record"), lambda r: _record(r, r.get("names", {}))
        ),
        Column("code", lambda: translate("Audit", "Participant code")),
        Column(
            "seq",
            lambda: translate("Audit", "Entry"),
            lambda r: str(r["seq"]),
            lambda r: r["seq"],
            align_right=True,
        ),
    ]


def status_text(statuses: list[audit.ChainStatus], names: dict[str, str]) -> str:
    """The log's state in a few lines: intact, or each problem of each chain."""
    own = next((c for c in statuses if c.own), None)
    others = [c for c in statuses if not c.own]
    if audit.intact(statuses):
        text = translate(
            "Audit",
            "The audit log is intact: %n entries on this computer.",
            None,
            own.entries if own else 0,
        )
        if others:
            text += " " + translate(
                "Audit", "The logs of %n laptops received are intact too.", None, len(others)
            )
        return text
    lines = [translate("Audit", "The audit log is BROKEN: entries were changed, removed or moved.")]
    for c in statuses:
        if c.intact:
            continue
        laptop = (
            translate("Audit", "this computer")
            if c.own
            else (names.get(c.device_id) or c.device_id)
        )
        for p in c.problems:
            lines.append(
                translate("Audit", "{laptop}: {problem}").format(
                    laptop=laptop, problem=render(audit.problem_message(p))
                )
            )
    return "\n".join(lines)


def import_lines(report: dict) -> list[str]:
    """What an import found wrong in the laptop's audit log (none when it is whole or absent)."""
    found = report.get("audit") or {}
    device = found.get("device_id") or ""
    return [
        translate("Audit", "Audit log of this laptop: {problem}").format(
            problem=render(
                audit.problem_message(Problem(device, p["seq"], p["problem"], p.get("last")))
            )
        )
        for p in found.get("problems", [])
    ]


class AuditLogDialog(QDialog):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("audit_log")
        self.store = store
        self.coordinator = X.is_coordinator(store)
        self.names: dict[str, str] = {}
        self.statuses: list[audit.ChainStatus] | None = None
        self.status = QLabel(self)
        self.status.setObjectName("audit_status")
        self.status.setWordWrap(True)
        self.only_coordinators = QLabel(self)
        self.only_coordinators.setObjectName("audit_only_coordinators")
        self.only_coordinators.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("audit_search")
        self.search.setClearButtonEnabled(True)
        self.f_action = FilterCombo(self)
        self.f_action.setObjectName("audit_action")
        self.f_laptop = FilterCombo(self)
        self.f_laptop.setObjectName("audit_laptop")
        self.count = QLabel(self)
        self.count.setObjectName("audit_count")
        self.model = RowsModel(columns(), self)
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = read_only_table(self.proxy, self, "audit_entries")
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        keep_fitted(self.view, 4)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.f_action, 1)
        filters.addWidget(self.f_laptop, 1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.only_coordinators)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        for w in (self.search, self.f_action, self.f_laptop, self.view, self.count):
            w.setVisible(self.coordinator)
        self.only_coordinators.setVisible(not self.coordinator)

        self.search.textChanged.connect(self._typed)
        self.f_action.currentIndexChanged.connect(self.load)
        self.f_laptop.currentIndexChanged.connect(self.load)
        self.retranslate()
        fit_to_screen(self, 1100, 640)
        self.check()
        if self.coordinator:
            self.load()

    # ---- work in the background
    def check(self) -> None:
        self.status.setText(translate("Audit", "Checking the audit log…"))

        def work(_job):
            return audit.verify(self.store), X.laptop_names(self.store)

        jobs.runner().run("audit verify", work, on_done=self._checked, cancellable=False)

    def _checked(self, result) -> None:
        if not isValid(self):  # closed meanwhile
            return
        self.statuses, self.names = result
        self.status.setText(status_text(self.statuses, self.names))
        self._fill_laptops()

    def load(self) -> None:
        action, device = self.f_action.currentData(), self.f_laptop.currentData()

        def work(_job):
            rows = audit.entries(
                self.store, actions=[action] if action else None, device_id=device, limit=LIMIT
            )
            return rows, audit.technician_names(self.store), X.laptop_names(self.store)

        jobs.runner().run("audit entries", work, on_done=self._loaded, cancellable=False)

    def _loaded(self, result) -> None:
        if not isValid(self):
            return
        rows, people, self.names = result
        for r in rows:
            r["laptop"] = self.names.get(r["device_id"]) or r["device_id"][-12:]
            r["who"] = people.get(r["actor"]) or ""
            r["id"] = f"{r['device_id']}:{r['seq']}"
            r["names"] = self.names
        self.model.set_rows(rows)
        self._fill_laptops()
        self._show_count()

    def _typed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(translate("Audit", "%n entry(ies)", None, self.proxy.rowCount()))

    def _fill_laptops(self) -> None:
        devices = {c.device_id for c in self.statuses or []} | {
            r["device_id"] for r in self.model.rows
        }
        own = getattr(self.store, "device_id", None)
        items = [
            (d, translate("Audit", "this computer") if d == own else (self.names.get(d) or d))
            for d in sorted(devices)
        ]
        self.f_laptop.set_items(translate("Audit", "Every laptop"), items)

    # ---- language
    def retranslate(self) -> None:
        self.setWindowTitle(translate("Audit", "Audit log"))
        self.search.setPlaceholderText(translate("Audit", "Find a code, a record id, a name…"))
        self.search.setAccessibleName(translate("Audit", "Find in the audit log"))
        self.f_action.set_items(
            translate("Audit", "Every action"),
            [(k, translate("Audit", label)) for k, label in audit.ACTIONS.items()],
        )
        self.f_action.setAccessibleName(translate("Audit", "Action"))
        self.f_laptop.setAccessibleName(translate("Audit", "Laptop"))
        self._fill_laptops()
        self.only_coordinators.setText(
            translate(
                "Audit",
                "Only the coordinator can browse the entries of the audit log; its state is shown"
                " above.",
            )
        )
        self.model.retranslate()
        if self.statuses is not None:
            self.status.setText(status_text(self.statuses, self.names))
        self._show_count()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_audit_log(parent: QWidget | None, store) -> AuditLogDialog:
    """Open the audit log (non-blocking); returns the dialog."""
    dialog = AuditLogDialog(store, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
