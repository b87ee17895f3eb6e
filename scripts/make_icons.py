"""Make the application icon from the programme's logo (resources/logo.png):

    python scripts/make_icons.py

writes resources/icons/milma.ico (Windows: 16 to 256 pixels in one file), milma-N.png for the
sizes Linux menus use (resources/milma-desktop.desktop, build.spec).
The output is committed; run this again only when the logo changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
LOGO = ROOT / "resources" / "logo.png"
OUT = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def make(logo: Path = LOGO, out: Path = OUT) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    with Image.open(logo) as src:
        image = src.convert("RGBA")
    if image.width != image.height:
        raise SystemExit(
            f"{logo.name}: the logo must be square, it is {image.width}x{image.height}"
        )
    written = []
    for size in PNG_SIZES:
        path = out / f"milma-{size}.png"
        image.resize((size, size), Image.Resampling.LANCZOS).save(path, optimize=True)
        written.append(path)
    ico = out / "milma.ico"
    image.resize((256, 256), Image.Resampling.LANCZOS).save(ico, sizes=[(s, s) for s in ICO_SIZES])
    written.append(ico)
    return written


if __name__ == "__main__":
    for path in make():
        print(path.relative_to(ROOT))
    sys.exit(0)
