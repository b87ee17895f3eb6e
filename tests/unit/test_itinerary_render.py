"""The printed itinerary rendered by poppler (pdftoppm), as a printer would: pages with
content, in black and grey only apart from the logo (readable on a black-and-white printer)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PIL import Image

from desktop.services import itinerary_docs as docs
from tests.unit.test_itinerary import PRINTED, make_lab, make_person

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed"
)

DPI = 50
LOGO_BOX_MM = (18, 20, 18 + 24, 20 + 24)  # left, top, right, bottom of the logo on page 1


def render(pdf: bytes, tmp_path) -> list[Image.Image]:
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), str(source), str(tmp_path / "page")],
        check=True,
        timeout=120,
    )
    return [Image.open(p).convert("RGB") for p in sorted(tmp_path.glob("page-*.png"))]


def coloured_pixels(image: Image.Image, skip_box=None) -> int:
    px = image.load()
    count = 0
    for y in range(image.height):
        for x in range(image.width):
            if skip_box and skip_box[0] <= x <= skip_box[2] and skip_box[1] <= y <= skip_box[3]:
                continue
            r, g, b = px[x, y]
            if max(r, g, b) - min(r, g, b) > 24:
                count += 1
    return count


@pytest.mark.parametrize("lang", ["es", "en", "fr"])
def test_pages_render_with_content_in_black_and_grey(store, tmp_path, lang):
    lab = make_lab(store)
    person = make_person(store, lab, goals=40, sessions=30)
    pdf, _ = docs.participant_pdf(store, person["id"], lang, printed_on=PRINTED)
    pages = render(pdf, tmp_path)
    assert len(pages) >= 2
    scale = DPI / 25.4
    logo = tuple(round(v * scale) for v in LOGO_BOX_MM)
    for number, page in enumerate(pages):
        dark = sum(page.convert("L").histogram()[:100])
        assert dark > 500, f"page {number + 1} looks empty"
        assert coloured_pixels(page, logo if number == 0 else None) == 0, (
            f"colour on page {number + 1}"
        )
