"""The consent part of the registration form: the information notice printed in the person's
language (read and signed before registering) and the date it was signed. Registering needs
that date (desktop.services.consents.register refuses without it)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QGridLayout, QGroupBox, QLabel, QPushButton

from desktop.domain.messages import Message
from desktop.i18n import language_name, render, translate
from desktop.services import consents
from desktop.services.itinerary_docs import save_pdf
from desktop.ui import errors
from desktop.ui.widgets.dates import DateLine

log = logging.getLogger("milma.ui.participants")

FIELD = "data_processing_on"


class DataConsentBox(QGroupBox):
    """``language()`` gives the notice's language (the person's preferred one in the form);
    ``name()`` their name as typed so far."""

    def __init__(self, store, language, name, parent=None):
        super().__init__(parent)
        self.setObjectName("data_consent")
        self.store = store
        self.language = language
        self.name = name
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print_notice")
        self.print_button.clicked.connect(lambda: self.save_notice())
        self.date_label = QLabel(self)
        self.date = DateLine(self)
        self.date.setObjectName(FIELD)
        self.date.setMaximumWidth(self.date.fontMetrics().averageCharWidth() * 22)
        self.date_label.setBuddy(self.date)
        self.error = QLabel(self)
        self.error.setObjectName(f"error_{FIELD}")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.date.edited.connect(self.error.hide)
        grid = QGridLayout(self)
        grid.addWidget(self.explain, 0, 0, 1, 4)
        grid.addWidget(self.date_label, 1, 0)
        grid.addWidget(self.date, 1, 1)
        grid.addWidget(self.print_button, 1, 3)
        grid.addWidget(self.error, 2, 1, 1, 3)
        grid.setColumnStretch(2, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("Consents", "Consent to the processing of personal data"))
        self.explain.setText(
            translate(
                "Consents",
                "Print the information notice in the person's language, let them read it and sign"
                " it, then give the day they signed. Nobody is registered without it.",
            )
        )
        self.print_button.setText(
            translate("Consents", "&Print the information notice ({language})…").format(
                language=language_name(self.language())
            )
        )
        self.date_label.setText(
            translate("ParticipantForm", "{field} *").format(
                field=translate("Consents", "Notice signed on")
            )
        )
        self.date.setAccessibleName(translate("Consents", consents.DATA_PROCESSING_ON))
        self.date.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- the date ---------------------------------------------------------------------
    def problem(self) -> Message | None:
        return self.date.problem(Message("Consents", consents.DATA_PROCESSING_ON))

    def value(self):
        value = self.date.get_value()
        return value if not isinstance(value, str) else None

    def show_error(self, message: Message) -> None:
        self.error.setText(render(message))
        self.error.show()
        self.date.setFocus()

    # ---- the notice -------------------------------------------------------------------
    def ask_path(self) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("Consents", "Save the information notice as PDF"),
            str(Path.home() / consents.notice_file_name(self.language())),
            translate("Consents", "PDF documents (*.pdf)"),
        )
        return path

    def save_notice(self, path: str | None = None, open_it: bool = True) -> Path | None:
        """Write the notice (asks where when no path is given) and open it to print."""
        path = path or self.ask_path()
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            target = save_pdf(path, consents.notice_pdf(self.store, self.language(), self.name()))
        except Exception as exc:  # noqa: BLE001 - shown, logged
            errors.show_error(self, exc)
            return None
        log.info("information notice written in %s", self.language())
        if open_it:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target
