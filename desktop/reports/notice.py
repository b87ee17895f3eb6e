"""The information notice on the processing of personal data, printed on A4 in the participant's
language for them to read and sign before registering: who is responsible, what is recorded and
why, the special categories, who sees the data, how long they are kept, their rights, and each
consent with Yes / No boxes and the signatures. The page, fonts, styles and masthead are every
printed document's (desktop.reports.page). Output is PDF bytes."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table

from desktop.i18n import LANGUAGES, catalogue, format_date
from desktop.reports import notice_texts as T
from desktop.reports.page import (
    CELL_PADDING,
    GREY,
    RULE,
    WIDTH,
    Masthead,
    footer,
    running_head,
    styles,
    write,
)

LABEL_W = 45 * mm
BOX_W = 16 * mm


class _Notice:
    def __init__(self, lang: str, printed_on: date, name: str, centre: str):
        self.lang = lang if lang in LANGUAGES else "es"
        self.cat = catalogue(self.lang)
        self.s = styles()
        self.printed_on = printed_on
        self.name = name
        self.centre = centre

    def t(self, text: str, **params) -> str:
        out = self.cat.translate(T.CONTEXT, text)
        return out.format(**params) if params else out

    def p(self, text: str, style: str = "base") -> Paragraph:
        return Paragraph(escape(text), self.s[style])

    def header(self) -> list:
        day = format_date(self.printed_on, self.lang)
        info = Table(
            [
                [self.p(self.t(T.PARTICIPANT), "label"), self.p(self.name or " ", "name")],
                [self.p(self.t(T.CENTRE), "label"), self.p(self.centre or " ")],
                [self.p(self.t(T.PRINTED_ON), "label"), self.p(day)],
            ],
            colWidths=[LABEL_W, WIDTH - LABEL_W],
            hAlign="LEFT",
            style=[
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ("BACKGROUND", (0, 0), (0, -1), GREY),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ],
        )
        return [
            Masthead([self.p(self.t(T.TITLE), "title")]),
            Spacer(1, 4 * mm),
            info,
            Spacer(1, 3 * mm),
            self.p(self.t(T.INTRO)),
        ]

    def sections(self) -> list:
        out = []
        for title, body in T.SECTIONS:
            out.append(KeepTogether([self.p(self.t(title), "h2"), self.p(self.t(body))]))
        return out

    def consents(self) -> list:
        yes, no = f"☐ {self.t(T.YES)}", f"☐ {self.t(T.NO)}"
        rows = []
        for kind, text in T.CONSENTS:
            if kind == "data_processing":
                required = Paragraph(
                    f"{escape(self.t(text))}<br/><b>({escape(self.t(T.REQUIRED))})</b>",
                    self.s["base"],
                )
                rows.append([required, self.p(yes, "label_cell"), ""])
            else:
                rows.append(
                    [self.p(self.t(text)), self.p(yes, "label_cell"), self.p(no, "label_cell")]
                )
        table = Table(
            rows,
            colWidths=[WIDTH - 2 * BOX_W - 8 * mm, BOX_W + 4 * mm, BOX_W + 4 * mm],
            hAlign="LEFT",
            style=[
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ],
        )
        signatures = Table(
            [
                [
                    self.p(self.t(T.SIGNATURE), "label"),
                    self.p(self.t(T.DATE), "label"),
                    self.p(self.t(T.TECHNICIAN), "label"),
                ],
                ["", "", ""],
            ],
            colWidths=[WIDTH * 0.42, WIDTH * 0.22, WIDTH * 0.36],
            rowHeights=[None, 20 * mm],
            hAlign="LEFT",
            style=[
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), GREY),
            ],
        )
        return [
            CondPageBreak(80 * mm),
            self.p(self.t(T.H_CONSENTS), "h2"),
            table,
            Spacer(1, 6 * mm),
            KeepTogether([signatures]),
        ]

    def story(self) -> list:
        return [*self.header(), *self.sections(), *self.consents()]

    def decorate(self, canv, _key, page: int, pages: int) -> None:
        footer(
            canv,
            self.t(T.FOOTER, date=format_date(self.printed_on, self.lang, "medium")),
            self.t(T.PAGE, page=page, pages=pages),
        )
        if page > 1:
            running_head(canv, self.t(T.TITLE), rule=False)


def build(lang: str, printed_on: date | None = None, name: str = "", centre: str = "") -> bytes:
    """The notice in ``lang`` (es, en or fr; Spanish otherwise), with the person's name and the
    training centre filled in when known (blank lines to write on otherwise)."""
    notice = _Notice(lang, printed_on or date.today(), name, centre)
    return write(notice.story(), notice.decorate, title=notice.t(T.TITLE), lang=notice.lang)
