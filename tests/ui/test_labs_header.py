"""The labs list sorted by a column whose header wraps onto two lines: the two lines keep the
header's height and the sort arrow has its own room beside them, instead of being drawn over
the second line with the label squeezed above it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

from desktop.i18n import set_language
from desktop.services import reference
from desktop.ui.pages.labs import LabsPage

START_DATE = 3  # the labs list's default sort: newest first


class Recording(QProxyStyle):
    """Fusion, noting where each header label and sort arrow is drawn."""

    def __init__(self):
        super().__init__("Fusion")
        self.labels: list[tuple[QRect, str]] = []
        self.arrows: list[QRect] = []

    def drawControl(self, element, option, painter, widget=None):  # noqa: N802 - Qt API
        if element == QStyle.ControlElement.CE_HeaderLabel:
            self.labels.append((QRect(option.rect), option.text))
        super().drawControl(element, option, painter, widget)

    def drawPrimitive(self, element, option, painter, widget=None):  # noqa: N802 - Qt API
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow:
            self.arrows.append(QRect(option.rect))
        super().drawPrimitive(element, option, painter, widget)


@pytest.fixture
def spanish():
    set_language("es")
    yield
    set_language("en")


def test_the_sorted_two_line_header_keeps_its_lines_clear_of_the_arrow(store, qtbot, spanish):
    for name, day in (
        ("Laboratorio de logística y almacén del sur de Madrid", 16),
        ("Cuidados", 14),
    ):
        reference.save_lab(
            store,
            None,
            {
                "name": name,
                "niche": "elderly_care",
                "site": "CIFE",
                "start_date": date(2026, 9, day),
                "end_date": date(2027, 1, 22),
                "planned_hours": 380,
            },
        )
    page = LabsPage(store)
    qtbot.addWidget(page)
    page.resize(1140, 700)  # the screen's room beside the navigation at 1366x768
    page.show()
    page.refresh()
    QApplication.processEvents()
    header = page.view.horizontalHeader()
    assert header.sortIndicatorSection() == START_DATE
    label = page.model.headerData(START_DATE, header.orientation())
    assert label == "Fecha de inicio"
    style = Recording()
    header.setStyle(style)
    header.grab()  # paint the header through the recording style

    drawn = [rect for rect, text in style.labels if text.replace("\n", " ") == label]
    assert drawn and style.arrows, "the sorted header is drawn with its label and arrow"
    lines = header.fontMetrics().lineSpacing() * 2
    text_rect = drawn[-1]
    assert "\n" in next(
        text for _r, text in style.labels if text.replace("\n", " ") == label
    )  # two lines
    assert text_rect.height() >= lines  # both lines have their height
    assert not text_rect.intersects(style.arrows[-1])  # and the arrow is beside them
