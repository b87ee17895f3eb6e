"""The recovery key: shown once when the store is encrypted, and typed to open a store whose
passwords are forgotten.

RecoveryKeyDialog(key) shows the key made by desktop.services.encryption (eight groups of four
letters and digits, to read aloud), prints it (Print…, on one page with what it is for), and
closes only once the user says they kept it: it is never shown again. RecoveryUnlockDialog(
data_dir) takes a typed recovery key (spaces, dashes and small letters allowed) and unlocks the
store with it, saying so when it is not this store's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import UserError
from desktop.i18n import render, translate
from desktop.services import encryption
from desktop.ui.widgets.geometry import fit_to_screen


def _key_font(size: int) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(size)
    font.setBold(True)
    return font


class RecoveryKeyDialog(QDialog):
    def __init__(self, recovery_key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recoveryKey")
        self.recovery_key = recovery_key
        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.key = QLabel(recovery_key.replace("-", "  "), self)
        self.key.setObjectName("key")
        self.key.setFont(_key_font(16))
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(
            Qt.TextInteractionFlag.NoTextInteraction
        )  # not to a clipboard
        self.kept = QCheckBox(self)
        self.kept.setObjectName("kept")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.ask_printer)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.kept.toggled.connect(
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addWidget(self.key)
        layout.addSpacing(12)
        layout.addWidget(self.kept)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        fit_to_screen(self, max(self.sizeHint().width(), 560))

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Recovery", "Recovery key"))
        self.intro.setText(
            translate(
                "Recovery",
                "The data on this laptop is now encrypted. This recovery key opens it when every"
                " password is forgotten or the key file is damaged. Print it or write it down, and"
                " keep it in a safe, away from the laptop: it is shown only now.",
            )
        )
        self.key.setAccessibleName(translate("Recovery", "Recovery key"))
        self.kept.setText(translate("Recovery", "I have &kept the recovery key in a safe place"))
        self.print_button.setText(translate("Recovery", "&Print…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Recovery", "&Close")
        )

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        if self.kept.isChecked():
            super().reject()  # Escape closes only once the key is kept, as Close does

    def ask_printer(self) -> None:
        from desktop.ui.itinerary.pdfpages import ask_printer

        printer = ask_printer(self, "MILMA recovery key")
        if printer is not None:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """One page: what the key is for, and the key in large letters."""
        painter = QPainter(printer)
        try:
            page = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
            page = QRectF(0, 0, page.width(), page.height())
            dpi = printer.resolution()
            margin = dpi * 0.8
            body = page.adjusted(margin, margin, -margin, -margin)
            painter.setFont(QFont(self.font().family(), 12))
            text = translate(
                "Recovery",
                "MILMA Desktop: recovery key of the data on this laptop. Keep this page "
                "in a safe. Whoever holds it can open the data.",
            )
            used = painter.boundingRect(body, Qt.TextFlag.TextWordWrap, text)
            painter.drawText(body, Qt.TextFlag.TextWordWrap, text)
            painter.setFont(_key_font(20))
            key_box = QRectF(body.left(), used.bottom() + dpi * 0.6, body.width(), dpi * 1.2)
            painter.drawText(
                key_box, Qt.AlignmentFlag.AlignHCenter, self.recovery_key.replace("-", "  ")
            )
        finally:
            painter.end()


class RecoveryUnlockDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recoveryUnlock")
        self.data_dir = Path(data_dir)
        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.key = QLineEdit(self)
        self.key.setObjectName("key")
        self.key.setFont(_key_font(12))
        self.key_label = QLabel(self)
        self.key_label.setBuddy(self.key)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.key_label, self.key)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.key.textEdited.connect(lambda _t: self.error.hide())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.key.setFocus()
        fit_to_screen(self, max(self.sizeHint().width(), 520))

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Recovery", "Open with the recovery key"))
        self.intro.setText(
            translate(
                "Recovery",
                "Type the recovery key printed when the data was encrypted: eight groups of four"
                " letters and digits. Then set the passwords again.",
            )
        )
        self.key_label.setText(translate("Recovery", "&Recovery key:"))
        self.key.setAccessibleName(translate("Recovery", "Recovery key"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Recovery", "&Open")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Recovery", "Ca&ncel")
        )

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        try:
            encryption.unlock_with_recovery(self.data_dir, self.key.text())
        except UserError as exc:
            self.error.setText(render(exc.message))
            self.error.show()
            self.key.selectAll()
            self.key.setFocus()
            return
        self.key.clear()
        super().accept()
