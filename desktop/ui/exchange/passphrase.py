"""Asking for the coordinator passphrase (twice when it is being chosen)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.ui.widgets.geometry import fit_to_screen


class PassphraseDialog(QDialog):
    def __init__(self, parent=None, *, confirm: bool = False):
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.confirm = confirm
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.first_label = QLabel(self)
        self.first = QLineEdit(self)
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first_label.setBuddy(self.first)
        self.second_label = QLabel(self)
        self.second = QLineEdit(self)
        self.second.setObjectName("passphrase_again")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second_label.setBuddy(self.second)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout()
        form.addRow(self.first_label, self.first)
        if confirm:
            form.addRow(self.second_label, self.second)
        else:
            self.second_label.hide()
            self.second.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._problem = None
        self.retranslate()
        fit_to_screen(self, max(self.sizeHint().width(), 440))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Coordinator passphrase"))
        if self.confirm:
            self.explanation.setText(
                self.tr(
                    "Choose a passphrase of at least 8 characters. It protects the coordinator"
                    " identity: without it, the laptops' bundles cannot be opened."
                )
            )
        else:
            self.explanation.setText(
                self.tr("Type the coordinator passphrase to open the laptops' bundles.")
            )
        self.first_label.setText(self.tr("&Passphrase:"))
        self.second_label.setText(self.tr("&Repeat it:"))
        self._show_problem()

    def _show_problem(self) -> None:
        if self._problem == "short":
            self.problem.setText(self.tr("The passphrase must have at least 8 characters."))
        elif self._problem == "differ":
            self.problem.setText(self.tr("The two passphrases differ."))
        else:
            self.problem.setText("")

    def passphrase(self) -> str:
        return self.first.text()

    def accept(self) -> None:
        self._problem = None
        if self.confirm and len(self.first.text()) < 8:
            self._problem = "short"
        elif self.confirm and self.first.text() != self.second.text():
            self._problem = "differ"
        self._show_problem()
        if self._problem is None and self.first.text():
            super().accept()
