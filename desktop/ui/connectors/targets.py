"""The Connector Program screen: the programme's figures for a period, each beside its target,
with its definition (desktop.services.targets)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop.i18n import format_number, format_percent, render, translate
from desktop.services import targets
from desktop.ui.connectors.screen import WatchingScreen, title_label
from desktop.ui.widgets.dates import DateLine

MET, NOT_MET = "color: #1b6e20;", "color: #b3261e;"
HEADS = (
    QT_TRANSLATE_NOOP("Targets", "Figure"),
    QT_TRANSLATE_NOOP("Targets", "Value"),
    QT_TRANSLATE_NOOP("Targets", "Target"),
)
PERIOD_LABELS = (QT_TRANSLATE_NOOP("Targets", "From"), QT_TRANSLATE_NOOP("Targets", "To"))


def figure_text(figure: targets.Figure, value) -> str:
    if value is None:
        return "—"
    if figure.key in targets.SHARES:
        return format_percent(value)
    if isinstance(value, float):
        return format_number(round(value, 1))
    return format_number(value)


class ConnectorTargetsPage(WatchingScreen):
    watched = frozenset({"connector", "connector_meeting", "referral", "survey_response"})

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.setObjectName("ConnectorTargetsPage")
        self.title = title_label(self)
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.start, self.end = DateLine(self), DateLine(self)
        self.start.setObjectName("targets_from")
        self.end.setObjectName("targets_to")
        self.from_label.setBuddy(self.start)
        self.to_label.setBuddy(self.end)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("targets_show")
        self.show_button.clicked.connect(self.refresh)
        self.message = QLabel(self)
        self.message.setStyleSheet(NOT_MET)
        self.message.setWordWrap(True)
        self.message.hide()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        for w in (self.from_label, self.start, self.to_label, self.end, self.show_button):
            top.addWidget(w)
        body = QWidget(self)
        self.grid = QGridLayout(body)
        self.grid.setColumnStretch(0, 1)
        self.grid.setHorizontalSpacing(24)
        self.heads = [QLabel(body) for _ in range(3)]
        for i, head in enumerate(self.heads):
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            self.grid.addWidget(head, 0, i)
        self.cells: dict[str, tuple[QLabel, QLabel, QLabel, QLabel]] = {}
        for n, key in enumerate(targets.DEFINITIONS):
            cells = tuple(QLabel(body) for _ in range(4))
            name, value, _target, definition = cells
            font = name.font()
            font.setBold(True)
            name.setFont(font)
            name.setWordWrap(True)
            value.setObjectName(f"value_{key}")
            value.setFont(font)
            definition.setWordWrap(True)
            definition.setStyleSheet("color: palette(placeholder-text);")
            for col, cell in enumerate(cells[:3]):
                self.grid.addWidget(cell, 1 + 2 * n, col)
            self.grid.addWidget(definition, 2 + 2 * n, 0, 1, 3)
            self.cells[key] = cells
        self.grid.setRowStretch(1 + 2 * len(targets.DEFINITIONS), 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.survey_note = QLabel(self)
        self.survey_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.survey_note)
        self.figures: list[targets.Figure] = []
        self.retranslate()

    def load(self) -> None:
        for line, label in ((self.start, "From"), (self.end, "To")):
            problem = line.problem(Message("Targets", label))
            if problem is not None:
                self.message.setText(render(problem))
                self.message.show()
                return
        start, end = self.start.get_value(), self.end.get_value()
        if start and end and start > end:
            self.message.setText(
                translate(
                    "Targets",
                    "The period starts after it ends: choose a start date on or before the end"
                    " date.",
                )
            )
            self.message.show()
            return
        self.message.hide()
        self.figures = targets.measure(self.store, start, end)
        self._render()

    def _render(self) -> None:
        for f in self.figures:
            name, value, target, definition = self.cells[f.key]
            value.setText(figure_text(f, f.value))
            value.setStyleSheet("" if f.met is None else (MET if f.met else NOT_MET))
            if f.target is None:
                target.setText("")
            else:
                state = (
                    translate("Targets", "reached")
                    if f.met
                    else translate("Targets", "not reached")
                )
                target.setText(
                    translate("Targets", "at least {target}").format(
                        target=figure_text(f, f.target)
                    )
                    + (f" ({state})" if f.met is not None else "")
                )
            if f.answered is not None:
                value.setToolTip(translate("Targets", "%n newcomer(s) answered", None, f.answered))

    def retranslate(self) -> None:
        self.title.setText(translate("Targets", "Connector Program"))
        self.from_label.setText(translate("Targets", "Fro&m:"))
        self.to_label.setText(translate("Targets", "&To:"))
        self.show_button.setText(translate("Targets", "&Show"))
        for head, text in zip(self.heads, HEADS, strict=True):
            head.setText(translate("Targets", text))
        for key, (name, definition) in targets.DEFINITIONS.items():
            self.cells[key][0].setText(translate("Targets", name))
            self.cells[key][3].setText(translate("Targets", definition))
        self.survey_note.setText(
            translate(
                "Targets",
                "The shares come from the follow-up questionnaire; the period chooses meetings by"
                " their date (empty dates: all time).",
            )
        )
        self._render()
