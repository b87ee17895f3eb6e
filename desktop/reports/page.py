"""The printed page every document of the programme shares: A4 with the same margins, the
embedded DejaVu fonts, the paragraph styles, the masthead (logo and title), the footer line
with its page numbers and the running head of the pages after the first, and :func:`write`,
which lays a story out on such pages and returns the PDF bytes.

The itinerary, the information notice, the subject-access copy, the agenda and the indicators
all print through here, so a change of margin or font reaches every document at once.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop.paths import resources_dir
from desktop.reports import fonts
from desktop.reports.pdf import Decorate, SectionStart, numbered_canvas

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
TOP = 20 * mm
BOTTOM = 18 * mm
WIDTH = PAGE_W - 2 * MARGIN
GREY = colors.Color(0.88, 0.88, 0.88)
RULE = colors.Color(0.45, 0.45, 0.45)
CELL_SIZE = 8.5
CELL_LEADING = 10.8
CELL_PADDING = 4


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    base = ParagraphStyle(
        "base", fontName=fonts.REGULAR, fontSize=9.5, leading=12.5, textColor=colors.black
    )
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", parent=base, fontSize=CELL_SIZE, leading=CELL_LEADING),
        "head": ParagraphStyle(
            "head", parent=base, fontName=fonts.BOLD, fontSize=CELL_SIZE, leading=CELL_LEADING
        ),
        "label": ParagraphStyle("label", parent=base, fontName=fonts.BOLD, fontSize=9, leading=12),
        "label_cell": ParagraphStyle(
            "label_cell", parent=base, fontName=fonts.BOLD, fontSize=CELL_SIZE, leading=CELL_LEADING
        ),
        "programme": ParagraphStyle("programme", parent=base, fontSize=9, leading=12),
        "title": ParagraphStyle(
            "title", parent=base, fontName=fonts.BOLD, fontSize=17, leading=21, spaceAfter=2
        ),
        "name": ParagraphStyle("name", parent=base, fontName=fonts.BOLD, fontSize=13, leading=17),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "right": ParagraphStyle("right", parent=base, fontSize=8, alignment=TA_RIGHT),
    }


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of every document (made once, the fonts registered)."""
    return _styles()


@functools.cache
def _logo_bytes() -> bytes:
    """The programme's logo (resources/logo.png) as a 300 dpi JPEG on white, made once:
    reportlab embeds a JPEG as it is instead of decoding and compressing a PNG per document."""
    from PIL import Image as PILImage

    with PILImage.open(resources_dir() / "logo.png") as src:
        rgba = src.convert("RGBA")
    side = round(22 / 25.4 * 300)
    rgba = rgba.resize((side, side), PILImage.Resampling.LANCZOS)
    flat = PILImage.new("RGB", rgba.size, "white")
    flat.paste(rgba, mask=rgba.getchannel("A"))
    out = io.BytesIO()
    flat.save(out, "JPEG", quality=92)
    return out.getvalue()


def logo_jpeg() -> io.BytesIO:
    return io.BytesIO(_logo_bytes())


class Masthead(Flowable):
    """The programme's logo with the document's title beside it, vertically centred."""

    LOGO = 22 * mm
    GAP = 4 * mm

    def __init__(self, lines: list[Flowable]):
        super().__init__()
        self.lines = lines
        self.sizes: list[float] = []

    def wrap(self, avail_width, avail_height):
        text_width = avail_width - self.LOGO - self.GAP
        self.sizes = [f.wrap(text_width, avail_height)[1] for f in self.lines]
        self.width = avail_width
        self.height = max(self.LOGO, sum(self.sizes))
        return self.width, self.height

    def draw(self):
        self.canv.drawImage(
            ImageReader(logo_jpeg()), 0, (self.height - self.LOGO) / 2, self.LOGO, self.LOGO
        )
        y = (self.height + sum(self.sizes)) / 2
        for flowable, height in zip(self.lines, self.sizes, strict=True):
            y -= height
            flowable.drawOn(self.canv, self.LOGO + self.GAP, y)


def footer(canv, left: str, right: str, page_width: float = PAGE_W) -> None:
    """A rule above the bottom margin and a line of small text below it: ``left`` (what was
    printed, and when) and ``right`` (the page number)."""
    canv.saveState()
    canv.setFillColor(colors.black)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(MARGIN, BOTTOM - 5 * mm, page_width - MARGIN, BOTTOM - 5 * mm)
    canv.setFont(fonts.REGULAR, 8)
    canv.drawString(MARGIN, BOTTOM - 9 * mm, left)
    canv.drawRightString(page_width - MARGIN, BOTTOM - 9 * mm, right)
    canv.restoreState()


def running_head(
    canv, right: str, left: str = "", *, bold_left: bool = False, rule: bool = True
) -> None:
    """The head of a page after the first: ``left`` (whose document it is) and ``right`` (its
    title) above the top margin, over a rule."""
    canv.saveState()
    canv.setFillColor(colors.black)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    if left:
        canv.setFont(fonts.BOLD if bold_left else fonts.REGULAR, 8.5)
        canv.drawString(MARGIN, PAGE_H - TOP + 6 * mm, left)
    canv.setFont(fonts.REGULAR, 8.5)
    canv.drawRightString(PAGE_W - MARGIN, PAGE_H - TOP + 6 * mm, right)
    if rule:
        canv.line(MARGIN, PAGE_H - TOP + 4 * mm, PAGE_W - MARGIN, PAGE_H - TOP + 4 * mm)
    canv.restoreState()


class _Document(BaseDocTemplate):
    def __init__(self, buffer, on_start: Callable[[int], None] | None, pagesize, **kw):
        fonts.register()
        # the canvas' initial font too, or Helvetica (not embedded) is referenced on every page
        super().__init__(
            buffer,
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            initialFontName=fonts.REGULAR,
            **kw,
        )
        frame = Frame(
            MARGIN,
            BOTTOM,
            pagesize[0] - 2 * MARGIN,
            pagesize[1] - TOP - BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self.on_start = on_start

    def afterFlowable(self, flowable):  # noqa: N802 - reportlab API
        if isinstance(flowable, SectionStart) and self.on_start is not None:
            self.on_start(flowable.key)


def write(
    story: list,
    decorate: Decorate,
    *,
    title: str,
    lang: str,
    pagesize=A4,
    on_start: Callable[[int], None] | None = None,
) -> bytes:
    """The PDF of ``story`` laid out on the house's pages (A4 unless ``pagesize``), each page
    decorated by ``decorate(canvas, document key, page, pages)`` once the page count of its
    document is known. ``on_start(key)`` is called as each :class:`SectionStart` is laid out."""
    buffer = io.BytesIO()
    document = _Document(
        buffer, on_start, pagesize, title=title, author="MILMA", creator="MILMA Desktop", lang=lang
    )
    document.build(story, canvasmaker=numbered_canvas(decorate))
    return buffer.getvalue()
