"""The printed week's agenda: per day, the time, the participant (name and code), the kind of
appointment and with whom. Nothing else about the person (no origin, no status).

Input is the week already worded by desktop.services.agenda (time, participant, kind, with
whom: texts in the document's language); output is PDF bytes, with the embedded DejaVu font,
the itinerary's paragraph styles and page numbering.
"""

from __future__ import annotations

from datetime import date, timedelta
from xml.sax.saxutils import escape

from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    Table,
    TableStyle,
)

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.i18n import catalogue, format_date
from desktop.reports.page import GREY, RULE, WIDTH, footer, styles, write

CONTEXT = "Agenda"
TITLE = QT_TRANSLATE_NOOP("Agenda", "Agenda")
WEEK = QT_TRANSLATE_NOOP("Agenda", "Week of {start} to {end}")
HEADS = (
    QT_TRANSLATE_NOOP("Agenda", "Time"),
    QT_TRANSLATE_NOOP("Agenda", "Participant"),
    QT_TRANSLATE_NOOP("Agenda", "Appointment"),
    QT_TRANSLATE_NOOP("Agenda", "With"),
)
NO_APPOINTMENT = QT_TRANSLATE_NOOP("Agenda", "No appointment.")
EMPTY_WEEK = QT_TRANSLATE_NOOP("Agenda", "No appointment this week.")
PRINTED_ON = QT_TRANSLATE_NOOP("Agenda", "Agenda printed on {date}")
PAGE = QT_TRANSLATE_NOOP("Agenda", "Page {page} of {pages}")
COLUMNS = (0.12, 0.36, 0.26, 0.26)  # shares of the width: time, participant, kind, with whom


Row = tuple[str, str, str, str]  # time, participant, kind of appointment, with whom


def build(
    days: list[tuple[date, list[Row]]], whose: str, lang: str, printed_on: date | None = None
) -> bytes:
    """The PDF of one week: the seven ``days`` from Monday, each with its rows; ``whose`` the
    technician's or the site's name. Saturday and Sunday print only when they hold
    appointments."""
    printed_on = printed_on or date.today()
    words = catalogue(lang).translate
    s = styles()
    monday = days[0][0]
    week = words(CONTEXT, WEEK).format(
        start=format_date(monday, lang, "medium"),
        end=format_date(monday + timedelta(days=6), lang, "medium"),
    )
    story: list = [
        Paragraph(escape(words(CONTEXT, TITLE)), s["title"]),
        Paragraph(escape(" · ".join(t for t in (week, whose) if t)), s["name"]),
    ]
    heads = [words(CONTEXT, h) for h in HEADS]
    for day, items in days:
        if not items and day.weekday() >= 5:
            continue
        title = Paragraph(escape(format_date(day, lang, "full")), s["h2"])
        if not items:
            story.append(
                KeepTogether([title, Paragraph(escape(words(CONTEXT, NO_APPOINTMENT)), s["small"])])
            )
            continue
        rows = [[Paragraph(escape(h), s["head"]) for h in heads]]
        rows += [[Paragraph(escape(c), s["cell"]) for c in cells] for cells in items]
        table = Table(rows, colWidths=[WIDTH * share for share in COLUMNS], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), GREY),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story += [title, table]
    if not any(items for _day, items in days):
        story.append(Paragraph(escape(words(CONTEXT, EMPTY_WEEK)), s["base"]))

    footer_text = words(CONTEXT, PRINTED_ON).format(date=format_date(printed_on, lang, "medium"))

    def decorate(canv, _key, page, pages):
        footer(canv, footer_text, words(CONTEXT, PAGE).format(page=page, pages=pages))

    return write(story, decorate, title=words(CONTEXT, TITLE), lang=lang)
