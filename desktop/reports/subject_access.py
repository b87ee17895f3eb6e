"""The subject access document: everything the programme holds about one participant, on A4, in
their language. Input is desktop.services.subject_access.gather's data; output is PDF bytes.

Each record is a table of field and value, the fields named with the labels of the interface
(desktop.domain.schema, translated in the document's language); a field of a special category
(origin, immigration status, life story: ``F.special``) is shaded and marked ◆, and a legend says
what the mark means. The page, fonts, styles and masthead are every printed document's
(reports.page).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle

from desktop.domain.person_records import PERSON
from desktop.domain.schema import KINDS
from desktop.i18n import catalogue, format_date, format_datetime
from desktop.i18n.values import field_text
from desktop.reports import subject_access_texts as T
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

SPECIAL_BG = colors.Color(0.96, 0.90, 0.78)
LABEL_W = 58 * mm
# relative widths of the columns of a compact table, by field type (1 for the others)
COLUMN_WEIGHTS = {"ref": 2.4, "str": 2.0, "date": 1.2, "datetime": 1.6, "int": 0.7, "float": 0.7}
COMPACT_FIELDS = (
    5  # a kind with this many fields or fewer, none a long text, lists its records in one table
)
# audit actions and their labels (desktop.services.audit.ACTIONS): the report is told them, not
# importing services
AUDIT_CONTEXT = "Audit"


def _markup(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


class _Doc:
    def __init__(self, data: dict, lang: str, printed_on: date, actions: dict[str, str]):
        self.data = data
        self.lang = lang
        self.cat = catalogue(lang)
        self.s = styles()
        self.printed_on = printed_on
        self.actions = actions
        self.gender = data["participant"].get("gender")

    def t(self, text: str, **params) -> str:
        out = self.cat.translate(T.CONTEXT, text)
        return out.format(**params) if params else out

    def p(self, text: str, style: str = "cell") -> Paragraph:
        return Paragraph(_markup(text), self.s[style])

    def heading(self, text: str) -> list:
        return [CondPageBreak(30 * mm), Paragraph(_markup(text), self.s["h2"])]

    # -- a record
    def fields(self, kind: str, items: list[dict]) -> list:
        """The fields shown: all of the kind's, but a reference to this very person (each of their
        records has one), which says nothing the heading does not."""
        me = self.data["participant"]["id"]
        return [
            f
            for f in KINDS[kind].fields
            if not (f.type == "ref" and f.ref == PERSON and all(i.get(f.name) == me for i in items))
        ]

    def value(self, kind: str, f, item: dict) -> str:
        if f.type == "ref" and f.ref == PERSON:
            return self.data["codes"].get(item.get(f.name), "")
        if kind == "participant_merge" and f.name == "repointed" and item.get(f.name):
            try:
                moved = json.loads(item[f.name])
            except ValueError:
                moved = None
            if isinstance(moved, list):
                return "\n".join(
                    f"{self.cat.translate('Kind', KINDS[m[0]].label)} · {m[1]}"
                    for m in moved
                    if isinstance(m, list) and len(m) == 3 and m[0] in KINDS
                )
        if kind == "survey_response" and f.name == "answers":
            answers = self.data.get("answers", {}).get(item["id"], [])
            if answers:
                return "\n".join(f"{q} — {a}" for q, a in answers)
        return field_text(
            f,
            item.get(f.name),
            gender=self.gender,
            lang=self.lang,
            name=self.data["refs"].get((kind, f.name, item.get(f.name))),
        )

    def compact_table(self, kind: str, items: list[dict], fields: list) -> Table:
        """Records of a kind with a few short fields (a lab's attendance) as one row each."""
        head = []
        for f in fields:
            label = self.cat.translate("Field", f.label)
            head.append(self.p(f"{label} ◆" if f.special else label, "head"))
        rows = [head] + [[self.p(self.value(kind, f, item)) for f in fields] for item in items]
        weights = [COLUMN_WEIGHTS.get(f.type, 1.0) for f in fields]
        widths = [WIDTH * w / sum(weights) for w in weights]
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [  # type: ignore[arg-type]  # reportlab's stubs want literal commands
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), GREY),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ]
                + [
                    ("BACKGROUND", (i, 1), (i, -1), SPECIAL_BG)
                    for i, f in enumerate(fields)
                    if f.special
                ]
            )
        )
        return table

    def record_table(self, kind: str, item: dict, fields: list | None = None) -> Table:
        rows: list[list] = []
        special_rows: list[int] = []
        for f in fields if fields is not None else self.fields(kind, [item]):
            value = self.value(kind, f, item)
            label = self.cat.translate("Field", f.label)
            if f.special:
                label = f"{label}\n{self.t(T.SPECIAL)}"
                special_rows.append(len(rows))
            rows.append([self.p(label, "label_cell"), self.p(value)])
        table = Table(rows, colWidths=[LABEL_W, WIDTH - LABEL_W], hAlign="LEFT", splitByRow=1)
        style: list = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ("BACKGROUND", (0, 0), (0, -1), GREY),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for i in special_rows:
            style.append(("BACKGROUND", (0, i), (-1, i), SPECIAL_BG))
        table.setStyle(TableStyle(style))
        return table

    def kind_section(self, kind: str, items: list[dict]) -> list:
        label = self.cat.translate("Kind", KINDS[kind].label)
        out = self.heading(self.t(T.H_KIND, kind=label, count=len(items)))
        dated = [f.name for f in KINDS[kind].fields if f.type in ("date", "datetime")]
        if dated:
            items = sorted(
                items, key=lambda i: (i.get(dated[0]) is None, str(i.get(dated[0]) or ""), i["id"])
            )
        fields = self.fields(kind, items)
        if (
            len(items) > 1
            and len(fields) <= COMPACT_FIELDS
            and not any(f.type == "text" for f in fields)
        ):
            return [*out, self.compact_table(kind, items, fields), Spacer(1, 3 * mm)]
        for i, item in enumerate(items, 1):
            if len(items) > 1:
                out.append(self.p(self.t(T.RECORD, number=i, count=len(items)), "label"))
            out += [self.record_table(kind, item, fields), Spacer(1, 3 * mm)]
        return out

    # -- the document
    def header(self) -> list:
        person = self.data["participant"]
        name = f"{person.get('first_name') or ''} {person.get('last_name') or ''}".strip()
        top = Masthead([self.p(self.t(T.TITLE), "title")])
        info = Table(
            [
                [self.p(self.t(T.PARTICIPANT), "label"), self.p(name, "name")],
                [self.p(self.t(T.CODE), "label"), self.p(person.get("code") or "", "base")],
                [
                    self.p(self.t(T.PRINTED_ON), "label"),
                    self.p(format_date(self.printed_on, self.lang), "base"),
                ],
            ],
            colWidths=[LABEL_W, WIDTH - LABEL_W],
            hAlign="LEFT",
            style=[
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ("BACKGROUND", (0, 0), (0, -1), GREY),
            ],
        )
        return [
            top,
            Spacer(1, 4 * mm),
            info,
            Spacer(1, 3 * mm),
            self.p(self.t(T.INTRO), "base"),
            Spacer(1, 2 * mm),
            self.p(self.t(T.LEGEND), "small"),
        ]

    def audit(self) -> list:
        entries = self.data.get("audit") or []
        if not entries:
            return []
        rows = [
            [
                self.p(self.t(T.C_WHEN), "head"),
                self.p(self.t(T.C_WHAT), "head"),
                self.p(self.t(T.C_RECORD), "head"),
            ]
        ]
        for e in entries:
            when = e["at"]
            try:
                when = format_datetime(
                    datetime.fromisoformat(when.replace("Z", "+00:00")).astimezone(), self.lang
                )
            except (ValueError, AttributeError):
                pass
            action = self.cat.translate(AUDIT_CONTEXT, self.actions.get(e["action"], e["action"]))
            kind = (
                self.cat.translate("Kind", KINDS[e["kind"]].label) if e.get("kind") in KINDS else ""
            )
            rows.append([self.p(when), self.p(action), self.p(kind)])
        widths = [WIDTH * 0.34, WIDTH * 0.28, WIDTH * 0.38]
        table = Table(
            rows,
            colWidths=widths,
            repeatRows=1,
            hAlign="LEFT",
            style=[
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), GREY),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ],
        )
        return [
            *self.heading(self.t(T.H_AUDIT)),
            self.p(self.t(T.AUDIT_INTRO), "small"),
            Spacer(1, 2 * mm),
            table,
        ]

    def story(self) -> list:
        out = self.header()
        out += self.heading(self.t(T.H_PERSON))
        out.append(self.record_table(PERSON, self.data["participant"]))
        if self.data["duplicates"]:
            out += self.heading(self.t(T.H_DUPLICATES))
            for item in self.data["duplicates"]:
                out += [self.record_table(PERSON, item), Spacer(1, 3 * mm)]
        kinds = [k for k in KINDS if self.data["records"].get(k)]
        for kind in kinds:
            out += self.kind_section(kind, self.data["records"][kind])
        if not kinds:
            out += [Spacer(1, 3 * mm), self.p(self.t(T.NOTHING), "base")]
        return out + self.audit()

    def decorate(self, canv, _key, page: int, pages: int) -> None:
        footer(
            canv,
            self.t(T.FOOTER, date=format_date(self.printed_on, self.lang, "medium")),
            self.t(T.PAGE, page=page, pages=pages),
        )
        if page > 1:
            running_head(canv, self.t(T.TITLE), self.data["participant"].get("code") or "")


def build(
    data: dict, lang: str, printed_on: date | None = None, actions: dict[str, str] | None = None
) -> bytes:
    """The PDF of ``data`` in ``lang``; ``actions``: the audit actions' source labels."""
    doc = _Doc(data, lang, printed_on or date.today(), actions or {})
    return write(doc.story(), doc.decorate, title=doc.t(T.TITLE), lang=lang)
