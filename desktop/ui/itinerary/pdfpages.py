"""PDF bytes shown and printed with PySide6's QtPdf: pages rendered to images; and the print
dialog every printed document goes through (:func:`ask_printer`)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

PRINT_DPI = 300  # enough for text; a 1200 dpi A4 page would need half a gigabyte


def ask_printer(parent: QWidget, doc_name: str, pages: int = 1) -> QPrinter | None:
    """The printer chosen in the print dialog, with the range of ``pages`` to choose from
    (None: the dialog was cancelled). ``doc_name`` names the print job: no personal data."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc_name)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, pages > 1)
    dialog.setMinMax(1, max(pages, 1))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


class PdfPages:
    """A loaded PDF (kept with its buffer, which QPdfDocument reads from lazily)."""

    def __init__(self, pdf: bytes, parent=None):
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, parent)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(parent)
        self.document.load(self._buffer)

    @property
    def count(self) -> int:
        return self.document.pageCount()

    def image(self, page: int, width: int) -> QImage:
        """The page rendered ``width`` pixels wide, on white."""
        size = self.document.pagePointSize(page)
        height = round(width * size.height() / size.width())
        image = self.document.render(page, QSize(width, height))
        if image.hasAlphaChannel():
            flat = QImage(image.size(), QImage.Format.Format_RGB32)
            flat.fill(Qt.GlobalColor.white)
            painter = QPainter(flat)
            painter.drawImage(0, 0, image)
            painter.end()
            image = flat
        return image

    def print_to(self, printer: QPrinter) -> int:
        """Print every page (or the range chosen in the print dialog). Returns pages printed."""
        first, last = printer.fromPage(), printer.toPage()
        pages = range(self.count) if first == 0 else range(first - 1, min(last, self.count))
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        printed = 0
        try:
            for i in pages:
                if printed:
                    printer.newPage()
                target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
                target.moveTo(0, 0)
                size = self.document.pagePointSize(i)
                image = self.image(i, round(size.width() / 72 * PRINT_DPI))
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), scaled), image)
                printed += 1
        finally:
            painter.end()
        return printed

    def close(self) -> None:
        self.document.close()
        self._buffer.close()
