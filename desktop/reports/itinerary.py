"""The printed itinerary: a participant's training and job-search pathway on A4 paper.

Input is the plain data gathered by ``desktop.services.itinerary_docs`` (no special-category
data ever reaches this module); output is PDF bytes. Every heading and label is translated in
the document's language through the application's catalogue, dates and numbers are formatted
by babel in that language, and the DejaVu Sans font is embedded so that every name prints
exactly. Several itineraries can be merged into one file; each keeps its own page numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.domain import enums as E
from desktop.domain import network, phones
from desktop.i18n import catalogue, format_date, format_list, format_number, format_time
from desktop.i18n.values import choices_text, enum_text
from desktop.reports import fonts, itinerary_inclusion
from desktop.reports import itinerary_texts as T
from desktop.reports.page import (
    CELL_LEADING,
    CELL_PADDING,
    CELL_SIZE,
    GREY,
    RULE,
    WIDTH,
    Masthead,
    footer,
    running_head,
    styles,
    write,
)
from desktop.reports.pdf import SectionStart


class Cancelled(Exception):
    """The user cancelled a batch while it was being built."""


def _text(value) -> str:
    """User text as paragraph markup: escaped, line breaks kept."""
    return escape(str(value or "")).replace("\n", "<br/>")


class _Line(Flowable):
    """One line of plain text, placed as a one-line Paragraph of the same style would be, but
    far cheaper to lay out (no markup parsing, no line breaking). Only for text that fits."""

    def __init__(self, text: str, style: ParagraphStyle):
        super().__init__()
        self.text = text
        self.style = style
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.style.leading

    def draw(self):
        st = self.style
        self.canv.setFillColor(st.textColor)
        self.canv.setFont(st.fontName, st.fontSize)
        self.canv.drawString(0, st.leading - st.fontSize, self.text)


class _Doc:
    """One itinerary in one language: translation and formatting helpers + its flowables."""

    def __init__(self, data: dict, lang: str, printed_on: date):
        self.data = data
        self.lang = lang
        self.printed_on = printed_on
        self.cat = catalogue(lang)
        self.s = styles()

    # -- words
    def t(self, text: str, **params) -> str:
        out = self.cat.translate(T.CONTEXT, text)
        return out.format(**params) if params else out

    def enum(self, enum_type, value) -> str:
        """An enum label; one describing the participant agrees with their gender."""
        return enum_text(enum_type, value, self.data["participant"].get("gender"), self.lang)

    def day(self, value, fmt: str = "medium") -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = value.date()
        return format_date(value, self.lang, fmt)

    def moment(self, value: datetime, fmt: str = "medium") -> str:
        return self.t(
            T.AT_TIME,
            date=format_date(value.date(), self.lang, fmt),
            time=format_time(value, self.lang),
        )

    def span(self, start, end) -> str:
        if start and end:
            return self.t(T.DATES, start=self.day(start), end=self.day(end))
        if start:
            return self.t(T.SINCE, start=self.day(start))
        return ""

    def number(self, value) -> str:
        if value is None:
            return format_number(0, self.lang)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return format_number(value, self.lang)

    @property
    def full_name(self) -> str:
        p = self.data["participant"]
        return f"{p['first_name']} {p['last_name']}".strip()

    # -- building blocks
    def p(self, markup: str, style: str = "cell") -> Paragraph:
        return Paragraph(markup, self.s[style])

    def line(self, text: str, style: str = "base", width: float = WIDTH):
        """Plain text: a cheap single line when it fits the width, else a wrapping paragraph."""
        st = self.s[style]
        if "\n" not in text and stringWidth(text, st.fontName, st.fontSize) <= width:
            return _Line(text, st)
        return self.p(_text(text), style)

    def heading(self, text: str, rule: bool = True) -> list:
        """A section title; kept with the start of what follows it (CondPageBreak)."""
        out = [CondPageBreak(24 * mm), self.line(self.t(text), "h2")]
        if rule:
            out.append(
                HRFlowable(
                    width="100%", thickness=1.2, color=colors.black, spaceBefore=0, spaceAfter=3
                )
            )
        return out

    def cell(self, value, width: float, bold: bool = False):
        """A table cell: plain text when it fits on one line (much faster to lay out), else a
        paragraph that wraps, so that nothing is ever cut."""
        if isinstance(value, Flowable | list):
            return value
        text = str(value or "")
        font = fonts.BOLD if bold else fonts.REGULAR
        if "\n" not in text and stringWidth(text, font, CELL_SIZE) <= width - 2 * CELL_PADDING - 1:
            return text
        return self.p(_text(text), "head" if bold else "cell")

    def table(self, headers: Sequence[str], rows: list[list], widths_mm: Sequence[float]) -> Table:
        widths = [w * mm for w in widths_mm]
        widths = [w * WIDTH / sum(widths) for w in widths]
        data = [[self.cell(self.t(h), w, bold=True) for h, w in zip(headers, widths, strict=True)]]
        for row in rows:
            data.append([self.cell(c, w) for c, w in zip(row, widths, strict=True)])
        table = Table(
            data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1, hAlign="LEFT"
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                    ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
                    ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
                    ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
                    ("TEXTCOLOR", (0, 0), (-1, -1), colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), GREY),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def section(self, title: str, headers, rows, widths, empty: str = T.NOTHING_YET) -> list:
        if rows:
            return [*self.heading(title, rule=False), self.table(headers, rows, widths)]
        return [*self.heading(title), self.line(self.t(empty))]

    # -- the document
    def header(self) -> list:
        d = self.data
        top = Masthead(
            [
                self.line(self.t(T.PROGRAMME), "programme", WIDTH - 26 * mm),
                self.line(self.t(T.TITLE), "title", WIDTH - 26 * mm),
            ]
        )
        site = d.get("site") or {}
        tech = d.get("technician") or {}
        label_w, value_w = 48 * mm - 12, WIDTH - 48 * mm - 12  # minus the cell paddings

        def contact(name, phone, email, address=None) -> list:
            lines = [self.line(name or "", "label", value_w)]
            if address:
                lines.append(self.line(address, "base", value_w))
            if phone:
                lines.append(
                    self.line(self.t(T.PHONE, phone=phones.display(phone)), "base", value_w)
                )
            if email:
                lines.append(self.line(self.t(T.EMAIL, email=email), "base", value_w))
            return lines

        rows = [
            [
                self.line(self.t(T.PARTICIPANT), "label", label_w),
                self.line(self.full_name, "name", value_w),
            ],
            [
                self.line(self.t(T.CODE), "label", label_w),
                self.line(d["participant"]["code"], "base", value_w),
            ],
            [
                self.line(self.t(T.SITE), "label", label_w),
                contact(site.get("name"), site.get("phone"), None, site.get("address")),
            ],
            [
                self.line(self.t(T.TECHNICIAN), "label", label_w),
                contact(tech.get("full_name"), tech.get("phone"), tech.get("email")),
            ],
            [
                self.line(self.t(T.PRINTED_ON), "label", label_w),
                self.line(self.day(self.printed_on, "long"), "base", value_w),
            ],
        ]
        if d.get("recipient"):  # printed for a partner company (desktop.services.itinerary_docs)
            rows.append(
                [
                    self.line(self.t(T.PREPARED_FOR), "label", label_w),
                    self.p(escape(self.t(T.SHARED_WITH, company=d["recipient"])), "base"),
                ]
            )
        info = Table(
            rows,
            colWidths=[48 * mm, WIDTH - 48 * mm],
            hAlign="LEFT",
            style=[
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("BACKGROUND", (0, 0), (0, -1), GREY),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ],
        )
        return [
            top,
            Spacer(1, 4 * mm),
            info,
            Spacer(1, 3 * mm),
            self.p(escape(self.t(T.INTRO)), "base"),
        ]

    def labs(self) -> list:
        rows = []
        for lab in self.data["labs"]:
            name_w = WIDTH * 52 / 176 - 2 * CELL_PADDING
            name = [
                self.line(lab["name"], "label_cell", name_w),
                self.line(self.enum(E.Niche, lab.get("niche")), "cell", name_w),
            ]
            hours = (
                self.t(
                    T.HOURS,
                    attended=self.number(lab.get("hours_attended")),
                    planned=self.number(lab.get("planned_hours")),
                )
                if lab.get("planned_hours")
                else self.t(T.HOURS_ATTENDED, attended=self.number(lab.get("hours_attended")))
            )
            rows.append(
                [
                    name,
                    self.span(lab.get("start_date"), lab.get("end_date")),
                    lab.get("schedule") or "",
                    hours,
                    self.enum(E.EnrolmentStatus, lab.get("status")),
                ]
            )
        return self.section(
            T.H_LABS,
            [T.C_LAB, T.C_DATES, T.C_SCHEDULE, T.C_HOURS, T.C_STATUS],
            rows,
            [52, 40, 30, 30, 24],
        )

    def goals(self) -> list:
        rows = [
            [
                g["title"],
                self.enum(E.GoalArea, g.get("area")),
                self.enum(E.GoalStatus, g["status"]),
                self.day(g.get("target_date")),
            ]
            for g in self.data["goals"]
        ]
        return self.section(
            T.H_PLAN, [T.C_GOAL, T.C_AREA, T.C_STATUS, T.C_TARGET], rows, [84, 36, 26, 28]
        )

    def sessions(self) -> list:
        rows = []
        for s in self.data["sessions"]:
            topics = choices_text(E.SessionTopic, s.get("topics"), lang=self.lang)
            rows.append(
                [
                    self.day(s["starts_at"]),
                    self.enum(E.SessionKind, s.get("kind")),
                    topics,
                    self.t(T.MINUTES, minutes=self.number(s.get("duration_minutes"))),
                    s.get("agreed_actions") or "",
                ]
            )
        return self.section(
            T.H_SESSIONS,
            [T.C_DATE, T.C_TYPE, T.C_TOPICS, T.C_DURATION, T.C_ACTIONS],
            rows,
            [26, 22, 46, 20, 60],
        )

    def appointments(self) -> list:
        out = self.heading(T.H_NEXT)
        items = self.data["appointments"]
        if not items:
            return [*out, self.p(escape(self.t(T.NO_APPOINTMENT)), "base")]
        for when in items:
            out.append(self.p("• " + escape(self.moment(when, "full")), "base"))
        return out

    def placements(self) -> list:
        rows = [
            [
                p.get("company_name") or "",
                p.get("role") or "",
                self.span(p.get("start_date"), p.get("end_date")),
                self.enum(E.PlacementStatus, p.get("status")),
            ]
            for p in self.data["placements"]
        ]
        return self.section(
            T.H_PLACEMENTS, [T.C_COMPANY, T.C_ROLE, T.C_DATES, T.C_STATUS], rows, [60, 40, 48, 26]
        )

    def jobs(self) -> list:
        if not self.data["jobs"]:
            return []
        rows = [
            [
                j.get("occupation") or "",
                j.get("employer") or "",
                self.enum(E.ContractType, j.get("contract_type")),
                self.span(j.get("start_date"), j.get("end_date")),
            ]
            for j in self.data["jobs"]
        ]
        return self.section(
            T.H_JOBS,
            [T.C_OCCUPATION, T.C_EMPLOYER, T.C_CONTRACT, T.C_DATES],
            rows,
            [50, 50, 34, 40],
        )

    def connectors(self) -> list:
        rows = [
            [
                self.meeting_day(m),
                m.get("connector_name") or "",
                m.get("field") or "",
                self.enum(E.MeetingMode, m.get("mode")),
            ]
            for m in self.data["meetings"]
        ]
        out = self.section(
            T.H_CONNECTORS, [T.C_DATE, T.C_CONNECTOR, T.C_FIELD, T.C_MODE], rows, [28, 56, 60, 30]
        )
        words = self.network_words()
        if words:
            out += [*self.heading(T.H_NETWORK), *(self.line("• " + w, "base") for w in words)]
        return out

    def network_words(self) -> list[str]:
        """The participant's network in words (desktop.domain.network), one sentence for each
        connector met: when, and whom they were introduced to through them (an introduction
        dropped is left out)."""
        found = network.build(self.data["meetings"], self.data.get("referrals", []))
        out = []
        for contact in found.contacts:
            intros = []
            for intro in contact.introductions:
                who = intro.name
                if intro.status == network.HAPPENED:
                    intros.append(
                        self.t(
                            T.INTRO_HAPPENED,
                            connector=who,
                            date=self.day(intro.happened_on, "long"),
                        )
                        if intro.happened_on
                        else self.t(T.INTRO_DONE, connector=who)
                    )
                elif intro.status == network.PENDING:
                    intros.append(self.t(T.INTRO_PENDING, connector=who))
            met = {
                "connector": self.who(contact.name, contact.field),
                "date": self.day(contact.met_on, "long"),
            }
            out.append(
                self.t(
                    T.MET_THROUGH,
                    **met,
                    name=contact.name,
                    introductions=format_list(intros, self.lang),
                )
                if intros
                else self.t(T.MET, **met)
            )
        return out

    def who(self, name: str, field: str) -> str:
        return self.t(T.WITH_FIELD, name=name, field=field) if field else name

    def meeting_day(self, meeting: dict) -> str:
        """The day of a meeting held, or of one planned marked as planned."""
        day = self.day(meeting.get("met_on"))
        return (
            self.t(T.PLANNED_ON, date=day)
            if meeting.get("status") == E.MeetingStatus.PLANNED.value
            else day
        )

    def next_steps(self) -> list:
        steps = (self.data["participant"].get("next_steps") or "").strip()
        body = self.p(_text(steps), "base") if steps else self.p(escape(self.t(T.NO_STEPS)), "base")
        return [KeepTogether([*self.heading(T.H_STEPS), body])]

    def story(self) -> list:
        return [
            *self.header(),
            *self.labs(),
            *self.goals(),
            *self.sessions(),
            *self.appointments(),
            *self.placements(),
            *self.jobs(),
            *self.connectors(),
            *itinerary_inclusion.section(self),
            *self.next_steps(),
        ]

    # -- page decoration (drawn once the page count is known)
    def decorate(self, canv, page: int, pages: int) -> None:
        code = self.data["participant"]["code"]
        footer(
            canv,
            self.t(T.FOOTER, code=code, date=self.day(self.printed_on)),
            self.t(T.PAGE, page=page, pages=pages),
        )
        if page > 1:
            running_head(canv, self.t(T.TITLE), f"{self.full_name} · {code}", bold_left=True)


def build(
    items: Sequence[tuple[dict, str]],
    printed_on: date | None = None,
    on_start: Callable[[int], None] | None = None,
) -> bytes:
    """The PDF of one or several itineraries: ``items`` are (data, language) pairs. Each starts
    on a new page and numbers its own pages. ``on_start(index)`` is called as each itinerary
    starts being laid out; it may raise :class:`Cancelled` to stop."""
    if not items:
        raise ValueError("no itinerary to build")
    printed_on = printed_on or date.today()
    docs = [_Doc(data, lang, printed_on) for data, lang in items]
    story: list = []
    for i, doc in enumerate(docs):
        if i:
            story.append(PageBreak())
        story.append(SectionStart(i))
        story.extend(doc.story())

    def decorate(canv, key, page, pages):
        if key is not None:
            docs[key].decorate(canv, page, pages)

    return write(story, decorate, title=docs[0].t(T.TITLE), lang=docs[0].lang, on_start=on_start)
