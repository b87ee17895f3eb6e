"""The indicators as a spreadsheet (openpyxl) and as a printed page (reportlab), in a chosen
language: the table of indicators by group, counts with their rates beside them, the labs and
companies counted, what the figures cover, and the definitions in the programme's words.

Input is desktop.domain.indicators.Indicators and a line saying what it covers (period, lab,
site), already worded; output is file bytes. No personal data: counts only.
"""

from __future__ import annotations

import io
from datetime import date
from xml.sax.saxutils import escape

from desktop.domain import indicators as D
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.i18n import catalogue, format_date, format_number, format_percent

C = D.CONTEXT
TITLE = QT_TRANSLATE_NOOP("Indicators", "Programme indicators")
INDICATOR = QT_TRANSLATE_NOOP("Indicators", "Indicator")
RATE = QT_TRANSLATE_NOOP("Indicators", "{group} (rate)")
COUNT = QT_TRANSLATE_NOOP("Indicators", "Count")
VALUE = QT_TRANSLATE_NOOP("Indicators", "Number")
TERM = QT_TRANSLATE_NOOP("Indicators", "Term")
DEFINITION = QT_TRANSLATE_NOOP("Indicators", "Definition")
SHEET_INDICATORS = QT_TRANSLATE_NOOP("Indicators", "Indicators")
SHEET_COUNTS = QT_TRANSLATE_NOOP("Indicators", "Labs and companies")
SHEET_DEFINITIONS = QT_TRANSLATE_NOOP("Indicators", "Definitions")
COVERS = QT_TRANSLATE_NOOP("Indicators", "Covers")
PRINTED_ON = QT_TRANSLATE_NOOP("Indicators", "Indicators printed on {date}")
PAGE = QT_TRANSLATE_NOOP("Indicators", "Page {page} of {pages}")


def definitions(words) -> list[tuple[str, str]]:
    """(term, definition) of the period, each indicator, group and count, translated."""
    out = [(words(C, D.PERIOD.label), words(C, D.PERIOD.definition))]
    for term in (*D.INDICATORS, *D.GROUPS, *D.COUNTS):
        out.append((words(C, term.label), words(C, term.definition)))
    out += [
        ("", words(C, D.COHORT_LABS)),
        ("", words(C, D.CALENDAR_MONTHS)),
        ("", words(C, D.RATES)),
    ]
    return out


def _sheet_title(text: str) -> str:
    """A worksheet name Excel accepts (at most 31 characters, none of []:*?/\\)."""
    return "".join(" " if ch in "[]:*?/\\" else ch for ch in text)[:31]


def xlsx(result: D.Indicators, covers: str, lang: str) -> bytes:
    """One sheet per table (indicators by group with each rate beside its count; labs and
    companies) and the definitions on a sheet of their own. Counts are numbers, rates are
    numbers shown as percentages."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    words = catalogue(lang).translate
    bold = Font(bold=True)
    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook opens on one worksheet
    sheet.title = _sheet_title(words(C, SHEET_INDICATORS))
    sheet.append([words(C, TITLE)])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([words(C, COVERS), covers])
    sheet.append([])
    heads = [words(C, INDICATOR)]
    for group in D.GROUPS:
        label = words(C, group.label)
        heads += [label, words(C, RATE).format(group=label)]
    sheet.append(heads)
    for cell in sheet[4]:
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for term in D.INDICATORS:
        cells: list = [words(C, term.label)]
        for group_name in D.GROUP_NAMES:
            cells += [result.count(term.name, group_name), result.rate(term.name, group_name)]
        sheet.append(cells)
        for cell in sheet[sheet.max_row][2::2]:
            cell.number_format = "0.0%"
    sheet.column_dimensions["A"].width = 34
    for col in range(2, len(heads) + 1):
        sheet.column_dimensions[get_column_letter(col)].width = 14
    sheet.freeze_panes = "B5"

    counts = book.create_sheet(_sheet_title(words(C, SHEET_COUNTS)))
    counts.append([words(C, COUNT), words(C, VALUE)])
    for cell in counts[1]:
        cell.font = bold
    for term in D.COUNTS:
        counts.append([words(C, term.label), result.counts.get(term.name, 0)])
    counts.column_dimensions["A"].width = 30

    sheet = book.create_sheet(_sheet_title(words(C, SHEET_DEFINITIONS)))
    sheet.append([words(C, TERM), words(C, DEFINITION)])
    for cell in sheet[1]:
        cell.font = bold
    for name, text in definitions(words):
        sheet.append([name, text])
        sheet.cell(sheet.max_row, 2).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 30
    sheet.column_dimensions["B"].width = 100

    book.properties.creator = "MILMA Desktop"
    book.properties.title = words(C, TITLE)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def pdf(result: D.Indicators, covers: str, lang: str, printed_on: date | None = None) -> bytes:
    """The printed indicators: counts and rates by group, labs and companies, definitions."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    from desktop.reports.page import GREY, MARGIN, RULE, footer, styles, write

    printed_on = printed_on or date.today()
    words = catalogue(lang).translate
    s = styles()
    page_w, page_h = landscape(A4)
    width = page_w - 2 * MARGIN
    story: list = [
        Paragraph(escape(words(C, TITLE)), s["title"]),
        Paragraph(escape(covers), s["name"]),
    ]

    heads = [Paragraph(escape(words(C, INDICATOR)), s["head"])]
    heads += [Paragraph(escape(words(C, g.label)), s["head"]) for g in D.GROUPS]
    rows = [heads]
    for term in D.INDICATORS:
        cells = [Paragraph(escape(words(C, term.label)), s["cell"])]
        for group in D.GROUP_NAMES:
            rate = result.rate(term.name, group)
            text = format_number(result.count(term.name, group), lang)
            if rate is not None:
                text += f" ({format_percent(rate, lang)})"
            cells.append(Paragraph(escape(text), s["cell"]))
        rows.append(cells)
    first = width * 0.22
    table = Table(
        rows, colWidths=[first] + [(width - first) / len(D.GROUPS)] * len(D.GROUPS), repeatRows=1
    )
    ruled = TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), GREY),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    table.setStyle(ruled)
    story += [Spacer(1, 4 * mm), table, Spacer(1, 5 * mm)]

    count_rows = [
        [
            Paragraph(escape(words(C, COUNT)), s["head"]),
            Paragraph(escape(words(C, VALUE)), s["head"]),
        ]
    ]
    count_rows += [
        [
            Paragraph(escape(words(C, t.label)), s["cell"]),
            Paragraph(escape(format_number(result.counts.get(t.name, 0), lang)), s["cell"]),
        ]
        for t in D.COUNTS
    ]
    counts = Table(count_rows, colWidths=[first, width * 0.12], hAlign="LEFT")
    counts.setStyle(ruled)
    story += [counts, Spacer(1, 5 * mm), Paragraph(escape(words(C, SHEET_DEFINITIONS)), s["h2"])]
    for name, text in definitions(words):
        markup = f"<b>{escape(name)}</b>: {escape(text)}" if name else escape(text)
        story.append(Paragraph(markup, s["small"]))

    footer_text = words(C, PRINTED_ON).format(date=format_date(printed_on, lang, "medium"))

    def decorate(canv, _key, page, pages):
        footer(canv, footer_text, words(C, PAGE).format(page=page, pages=pages), page_w)

    return write(story, decorate, title=words(C, TITLE), lang=lang, pagesize=(page_w, page_h))
