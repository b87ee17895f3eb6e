"""What a form shows when its save was refused because the record changed after it was opened
(desktop.services.records.StaleRecord): each field with the value saved meanwhile and the one
typed here, and the two ways on: keep mine, or take the saved values."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop.i18n import translate


class ConflictPanel(QFrame):
    """Hidden until ``show_differences``; ``keep_mine`` / ``take_saved`` say the choice."""

    keep_mine = Signal()
    take_saved = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("conflict_panel")
        self.setStyleSheet(
            "QFrame#conflict_panel { background: #fff4e5; border: 1px solid #e0a030; }"
        )
        self.text = QLabel(self)
        self.text.setObjectName("conflict_text")
        self.text.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.head_field, self.head_saved, self.head_yours = (QLabel(self) for _ in range(3))
        for column, label in enumerate((self.head_field, self.head_saved, self.head_yours)):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            self.grid.addWidget(label, 0, column)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.keep_button = QPushButton(self)
        self.keep_button.setObjectName("conflict_keep_mine")
        self.keep_button.clicked.connect(self.keep_mine.emit)
        self.take_button = QPushButton(self)
        self.take_button.setObjectName("conflict_take_saved")
        self.take_button.clicked.connect(self.take_saved.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(self.grid)
        layout.addLayout(buttons)
        self._rows: list[tuple[QLabel, QLabel, QLabel]] = []
        self.retranslate()
        self.hide()

    def show_differences(self, text: str, rows: list[tuple[str, str, str]]) -> None:
        """``rows``: (field, value saved meanwhile, value typed here), as shown to the user."""
        for labels in self._rows:
            for label in labels:
                self.grid.removeWidget(label)
                label.deleteLater()
        self._rows = []
        empty = translate("Conflict", "(empty)")
        for i, (field, saved, yours) in enumerate(rows, start=1):
            labels = (
                QLabel(field, self),
                QLabel(saved or empty, self),
                QLabel(yours or empty, self),
            )
            for column, label in enumerate(labels):
                label.setWordWrap(True)
                self.grid.addWidget(label, i, column)
            self._rows.append(labels)
        self.text.setText(text)
        self.show()
        self.keep_button.setFocus()

    def rows(self) -> list[tuple[str, str, str]]:
        """What is shown: (field, saved meanwhile, yours) per changed field."""
        return [(field.text(), saved.text(), yours.text()) for field, saved, yours in self._rows]

    def retranslate(self) -> None:
        self.head_field.setText(translate("Conflict", "Field"))
        self.head_saved.setText(translate("Conflict", "Saved meanwhile"))
        self.head_yours.setText(translate("Conflict", "Yours"))
        self.keep_button.setText(translate("Conflict", "&Keep mine"))
        self.keep_button.setToolTip(
            translate("Conflict", "Save your values over the ones saved meanwhile")
        )
        self.take_button.setText(translate("Conflict", "&Take the saved values"))
        self.take_button.setToolTip(
            translate(
                "Conflict",
                "Show the values saved meanwhile in the form, keeping your other changes",
            )
        )
