"""First start of a laptop: choose its site, give it a name and say who the technician is."""

from __future__ import annotations

import socket

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Site
from desktop.domain.messages import UserError
from desktop.i18n import render, translate
from desktop.services.setup import init_device
from desktop.storage.store import Store


class FirstRunDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.site = QComboBox(self)
        for site in Site:
            self.site.addItem("", site.value)
        self.device = QLineEdit(self)
        self.device.setText(socket.gethostname()[:60])
        self.technician = QLineEdit(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.form = QFormLayout()
        self.form.addRow("", self.site)
        self.form.addRow("", self.device)
        self.form.addRow("", self.technician)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.technician.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("FirstRun", "Set up this laptop"))
        self.intro.setText(translate("FirstRun", "This laptop is not set up yet. Choose the site where it is used, "
                                                 "a name for the laptop and the technician who uses it."))
        for i in range(self.site.count()):
            self.site.setItemText(i, translate("Enum", Site(self.site.itemData(i)).label))
        for row, (label, widget) in enumerate((
                (translate("FirstRun", "&Site"), self.site),
                (translate("FirstRun", "&Laptop name"), self.device),
                (translate("FirstRun", "&Technician"), self.technician))):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                item.widget().setText(label)
                item.widget().setBuddy(widget)
            widget.setAccessibleName(label.replace("&", ""))
        self.technician.setPlaceholderText(translate("FirstRun", "Full name"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        try:
            init_device(self.store, self.site.currentData(), self.device.text().strip() or None,
                        self.technician.text().strip() or None)
        except UserError as exc:
            self.error.setText(render(exc.message))
            self.error.show()
            return
        super().accept()
