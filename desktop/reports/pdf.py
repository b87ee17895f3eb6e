"""PDF plumbing shared by printed documents: a canvas that numbers pages per document
("page 2 of 3" when several documents are merged into one file) and atomic file writing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

# decorate(canvas, section_key, page_number, page_count): draws headers/footers on a page
Decorate = Callable[[Canvas, object, int, int], None]


class SectionStart(Flowable):
    """Zero-size marker: the pages from here on belong to the document ``key``."""

    def __init__(self, key):
        super().__init__()
        self.key = key

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        self.canv.section_key = self.key  # type: ignore[attr-defined]  # NumberedCanvas's attribute


def numbered_canvas(decorate: Decorate):
    """A canvas class that holds pages back until the end, so that each page can say how many
    pages its own document has."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.section_key = None
            self._pages: list[tuple[dict, object]] = []

        def showPage(self):  # noqa: N802 - reportlab API
            self._pages.append((dict(self.__dict__), self.section_key))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's page reset, missing from its stubs

        def save(self):
            counts = Counter(key for _state, key in self._pages)
            seen: Counter = Counter()
            pages = self._pages
            for state, key in pages:
                self.__dict__.update(state)
                seen[key] += 1
                decorate(self, key, seen[key], counts[key])
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas
