"""The Unicode font every printed document embeds (DejaVu Sans, shipped in resources/fonts)."""

from __future__ import annotations

import threading
from typing import Literal

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import resources_dir

REGULAR = "MilmaSans"
BOLD = "MilmaSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

# (bold, italic, font) for reportlab's font mapping; the italics use the upright fonts
_FACES: tuple[tuple[Literal[0, 1], Literal[0, 1], str], ...] = (
    (0, 0, REGULAR),
    (1, 0, BOLD),
    (0, 1, REGULAR),
    (1, 1, BOLD),
)

_lock = threading.Lock()
_registered = False


def register() -> None:
    """Register the fonts with reportlab once (TrueType, always embedded as subsets)."""
    global _registered
    with _lock:
        if _registered:
            return
        folder = resources_dir() / "fonts"
        for name, file in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        for bold, italic, name in _FACES:
            addMapping(REGULAR, bold, italic, name)
        _registered = True
