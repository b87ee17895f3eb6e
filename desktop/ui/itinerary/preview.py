"""Preview of a participant's printed itinerary, with Print and Save as PDF."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import DocLanguage
from desktop.domain.text import fold
from desktop.i18n import LANGUAGES, catalogue
from desktop.i18n.values import enum_text
from desktop.services import audit, records
from desktop.services import itinerary_docs as docs
from desktop.ui import errors
from desktop.ui.itinerary.pdfpages import PdfPages, ask_printer
from desktop.ui.widgets.geometry import fit_to_screen

log = logging.getLogger("milma.ui.itinerary")

PREVIEW_WIDTH = 720


class ItineraryPreview(QDialog):
    """Shows the itinerary as it will print, in the participant's language (or another one
    chosen here), and prints it or saves it as a PDF named after the participant's code."""

    def __init__(self, store, participant_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("itinerary_preview")
        self.store = store
        self.participant_id = participant_id
        self.pdf = b""
        self.pages: PdfPages | None = None
        self.data = docs.document_data(store, participant_id)
        self.code = self.data["participant"]["code"]
        for lang in LANGUAGES:  # the catalogues are read in the document's language
            catalogue(lang)

        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName("document_language")
        for lang in LANGUAGES:
            self.language.addItem("", lang)
        self.language.setCurrentIndex(LANGUAGES.index(docs.document_language(self.data)))
        self.language_label.setBuddy(self.language)
        # whom it is printed for: the participant, or a partner company (needs their consent)
        self.recipient_label = QLabel(self)
        self.recipient = QComboBox(self)
        self.recipient.setObjectName("document_recipient")
        self.recipient.addItem("", None)
        for company in sorted(records.list_all(store, "company"), key=lambda c: fold(c["name"])):
            self.recipient.addItem(company["name"], company["id"])
        self.recipient_label.setBuddy(self.recipient)
        self.page_count = QLabel(self)
        self.page_count.setObjectName("page_count")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_pdf")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")

        self.page_box = QWidget(self)
        self.page_layout = QVBoxLayout(self.page_box)
        self.page_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.page_box)

        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        top.addSpacing(12)
        top.addWidget(self.recipient_label)
        top.addWidget(self.recipient)
        top.addStretch(1)
        top.addWidget(self.page_count)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)

        self.language.currentIndexChanged.connect(lambda _i: self.regenerate())
        self.recipient.currentIndexChanged.connect(lambda _i: self.regenerate())
        self.print_button.clicked.connect(lambda: self.print_document())
        self.save_button.clicked.connect(lambda: self.save_as())
        self.close_button.clicked.connect(self.reject)
        fit_to_screen(self, PREVIEW_WIDTH + 80, 820)  # a smaller screen scrolls the pages
        self.retranslate()
        self.regenerate()

    # -- language of the interface
    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Itinerary of {code}").format(code=self.code))
        self.language_label.setText(self.tr("&Language of the document:"))
        self.recipient_label.setText(self.tr("Prepared &for:"))
        self.recipient.setItemText(0, self.tr("The participant"))
        for i, lang in enumerate(LANGUAGES):
            self.language.setItemText(i, enum_text(DocLanguage, lang))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        self._show_count()

    def _show_count(self) -> None:
        n = self.pages.count if self.pages else 0
        self.page_count.setText(self.tr("%n page(s)", None, n))

    # -- the document
    @property
    def document_language(self) -> str:
        return self.language.currentData()

    def regenerate(self) -> None:
        """Build the PDF in the chosen language and show its pages."""
        try:
            self.pdf, _lang = docs.participant_pdf(
                self.store,
                self.participant_id,
                self.document_language,
                for_company=self.recipient.currentData(),
            )
        except Exception as exc:  # noqa: BLE001 - shown, logged
            errors.show_error(self, exc)
            if (
                self.recipient.currentIndex() > 0
            ):  # no consent to share: back to the participant's copy
                self.recipient.setCurrentIndex(0)
            return
        if self.pages is not None:
            self.pages.close()
        self.pages = PdfPages(self.pdf, self)
        for label in self.page_labels:
            label.deleteLater()
        self.page_labels = []
        for i in range(self.pages.count):
            label = QLabel(self.page_box)
            label.setObjectName(f"page_{i + 1}")
            label.setPixmap(QPixmap.fromImage(self.pages.image(i, PREVIEW_WIDTH)))
            label.setFrameShape(QLabel.Shape.Box)
            self.page_layout.addWidget(label)
            self.page_labels.append(label)
        self._show_count()

    def default_path(self) -> str:
        return str(Path.home() / docs.file_name(self.code))

    def ask_save_path(self) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the itinerary as PDF"),
            self.default_path(),
            self.tr("PDF documents (*.pdf)"),
        )
        return path

    def save_as(self, path: str | None = None) -> Path | None:
        """Save the PDF shown (asks where when no path is given). Returns the file written."""
        path = path or self.ask_save_path()
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            target = docs.save_pdf(path, self.pdf)
        except Exception as exc:  # noqa: BLE001 - shown, logged
            errors.show_error(self, exc)
            return None
        audit.printed(self.store, [self.participant_id])
        log.info("itinerary of participant %s saved", self.participant_id)
        return target

    def ask_printer(self) -> QPrinter | None:
        return ask_printer(self, docs.file_name(self.code), self.pages.count if self.pages else 1)

    def print_document(self, printer: QPrinter | None = None) -> int:
        """Print on the given printer, or on the one chosen in the print dialog."""
        if self.pages is None:
            return 0
        printer = printer or self.ask_printer()
        if printer is None:
            return 0
        printed = self.pages.print_to(printer)
        audit.printed(self.store, [self.participant_id])
        log.info("itinerary of participant %s printed (%d pages)", self.participant_id, printed)
        return printed
