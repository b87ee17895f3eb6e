"""Suggested connectors for a participant, best first, each with the reasons in words; choosing
one starts a meeting record with that connector (desktop.services.matching)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.domain import occupations
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.i18n import current_language, format_number, translate
from desktop.services import matching
from desktop.storage.store import Store
from desktop.ui.widgets.geometry import fit_to_screen
from desktop.ui.widgets.table_model import Column, RowsModel
from desktop.ui.widgets.tables import keep_fitted, read_only_table

LIMIT = 20


def _columns() -> list[Column]:
    def t(text):
        return lambda: translate("Suggestions", text)

    return [
        Column(
            "rank",
            t(QT_TRANSLATE_NOOP("Suggestions", "#")),
            lambda r: format_number(r["rank"]),
            align_right=True,
        ),
        Column("full_name", t(QT_TRANSLATE_NOOP("Suggestions", "Connector"))),
        Column(
            "field",
            t(QT_TRANSLATE_NOOP("Suggestions", "Field")),
            lambda r: " · ".join(
                x
                for x in (
                    r["field"],
                    occupations.title(r["occupation_group"], current_language()).split(" · ", 1)[
                        -1
                    ],
                )
                if x
            ),
        ),
        Column(
            "why",
            t(QT_TRANSLATE_NOOP("Suggestions", "Why")),
            lambda r: "; ".join(r["words"]) or translate("Suggestions", "Has room for a newcomer"),
        ),
        Column(
            "load",
            t(QT_TRANSLATE_NOOP("Suggestions", "Newcomers now")),
            lambda r: translate("Suggestions", "{load} of {capacity}").format(
                load=format_number(r["load"]), capacity=format_number(r["capacity"])
            ),
            align_right=True,
        ),
    ]


class SuggestionsDialog(QDialog):
    """``chosen``: the connector id chosen, once accepted."""

    def __init__(self, store: Store, participant_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SuggestionsDialog")
        self.store = store
        self.participant_id = participant_id
        self.chosen: str | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = RowsModel(_columns(), self)
        self.table = read_only_table(self.model, self, "suggestions")
        self.table.activated.connect(lambda _i: self.accept())
        keep_fitted(self.table, 3)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.suggestions = matching.suggest(store, participant_id, limit=LIMIT)
        self.retranslate()
        if self.suggestions:
            self.table.selectRow(0)
        self._update()
        fit_to_screen(self, 900, 480)

    def _rows(self) -> list[dict]:
        return [
            {**s.as_dict(), "rank": i, "words": matching.reason_words(s, translate)}
            for i, s in enumerate(self.suggestions, 1)
        ]

    def _update(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(rows))
        self.empty.setVisible(not self.suggestions)
        self.table.setVisible(bool(self.suggestions))

    def accept(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.chosen = self.model.rows[rows[0].row()]["id"]
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Suggestions", "Suggested connectors"))
        self.intro.setText(
            translate(
                "Suggestions",
                "Best first: the same occupation group counts most, then a related group, a"
                " language in common other than Spanish, the same neighbourhood and a way of"
                " meeting that fits. Connectors who are inactive, have not agreed to be contacted,"
                " have no room for another newcomer or already met this participant are not"
                " listed.",
            )
        )
        self.empty.setText(
            translate(
                "Suggestions",
                "No connector can be suggested now: check the connectors' occupation groups, "
                "their agreement to be contacted and how many newcomers each can take.",
            )
        )
        self.table.setAccessibleName(translate("Suggestions", "Suggested connectors"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Suggestions", "&Start a meeting with this connector")
        )
        self.model.set_rows(self._rows())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
