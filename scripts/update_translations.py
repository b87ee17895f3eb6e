"""Update the translation files from the source, then compile them.

    .venv/bin/python scripts/update_translations.py            # lupdate + lrelease
    .venv/bin/python scripts/update_translations.py --pseudo   # also a pseudo-localised .qm

The default run scans every .py file under desktop/ with pyside6-lupdate into
translations/milma_{es,en,fr}.ts (obsolete messages dropped, no source locations so that the
files only change when texts change), then compiles each .ts into its .qm with
pyside6-lrelease, and prints how many messages each language still has to translate.

``--pseudo [FILE]`` writes a pseudo-localised catalogue (every text stretched by about 40 %
with accented letters, placeholders kept) for layout testing, without touching translations/.
Run the application with it: ``MILMA_PSEUDO_QM=FILE milma-desktop``.
"""

from __future__ import annotations

import argparse
import math
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "desktop"
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("es", "en", "fr")
LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "none", "-source-language", "en"]


def tool(name: str) -> str:
    """A Qt tool from the project's virtual environment (the one running this script first)."""
    candidates = [Path(sys.executable).parent / name, ROOT / ".venv" / "bin" / name,
                  ROOT / ".venv" / "Scripts" / f"{name}.exe"]
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found:
        return found
    raise SystemExit(f"{name} not found: install the project (pip install -e .) in .venv")


def source_files() -> list[Path]:
    return sorted(p for p in SOURCE_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"milma_{lang}.ts"


def lupdate(ts_files: list[Path], lang: str) -> None:
    """Merge the source's messages into ``ts_files`` (all of one language)."""
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(files) + "\n")
    try:
        subprocess.run([tool("pyside6-lupdate"), "-silent", *LUPDATE_OPTIONS,
                        "-target-language", lang, f"@{lst.name}",
                        "-ts", *[str(p) for p in ts_files]],
                       cwd=ROOT, check=True)
    finally:
        Path(lst.name).unlink(missing_ok=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
                   cwd=ROOT, check=True)


# ---- reading .ts files ------------------------------------------------------------------

def messages(ts_file: Path) -> list[dict]:
    """Every message of a .ts file: context, source, comment, numerus, type, translations."""
    out = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            out.append({
                "context": name,
                "source": msg.findtext("source") or "",
                "comment": msg.findtext("comment") or "",
                "numerus": msg.get("numerus") == "yes",
                "type": tr.get("type", "") if tr is not None else "unfinished",
                "translations": forms if msg.get("numerus") == "yes"
                else [(tr.text or "") if tr is not None else ""],
            })
    return out


def unfinished(ts_file: Path) -> list[dict]:
    return [m for m in messages(ts_file)
            if m["type"] or not m["translations"] or any(not t for t in m["translations"])]


# ---- pseudo-localisation ----------------------------------------------------------------

_ACCENTED = str.maketrans(
    "abcdeghiklnoprstuwyzABCDEGHIKLNOPRSTUWYZ",
    "áƀçđéĝĥîķĺñöþŕšţüŵýžÅßÇĐÉĜĤÎĶĹÑÖÞŔŠŢÜŴÝŽ",
)
# Kept as they are: placeholders, markup tags, entities, accelerators (&&, &X).
_KEEP = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}"  # {name}
                   r"|%\([A-Za-z_]+\)[a-z]|%[srdf%]|%L?\d+|%n"  # %(name)s %s %1 %n
                   r"|<[^>]+>|&[a-z]+;|&&|&")  # markup, entities, accelerators
_PAD = "ŀöŕéṁ ïṗšüṁ ďöļöŕ šïţ áṁéţ çöñšéçţéţüŕ "


def pseudo(text: str) -> str:
    """"Save" -> "[Šåvé ŀö]": accented, ~40 % longer, bracketed so that clipping shows."""
    if not text:
        return text
    pieces, last = [], 0
    for match in _KEEP.finditer(text):
        pieces.append(text[last:match.start()].translate(_ACCENTED))
        pieces.append(match.group(0))
        last = match.end()
    pieces.append(text[last:].translate(_ACCENTED))
    body = "".join(pieces)
    visible = len(_KEEP.sub("", text))
    pad_len = max(1, math.ceil(visible * 0.4) - 2)
    pad = (_PAD * (pad_len // len(_PAD) + 1))[:pad_len].strip() or _PAD[0]
    return f"[{body} {pad}]"


def write_pseudo_ts(source_ts: Path, out_ts: Path) -> int:
    """A .ts whose every message is the pseudo-localised source text."""
    tree = ET.parse(source_ts)
    root = tree.getroot()
    root.set("language", "en")
    count = 0
    for msg in root.iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        tr.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for _ in range(2):
                ET.SubElement(tr, "numerusform").text = pseudo(source)
        else:
            tr.text = pseudo(source)
        count += 1
    tree.write(out_ts, encoding="utf-8", xml_declaration=True)
    return count


def build_pseudo(qm_file: Path) -> Path:
    """Extract the source's messages afresh and compile their pseudo-translation to qm_file."""
    with tempfile.TemporaryDirectory() as tmp:
        extracted = Path(tmp) / "milma_en.ts"
        lupdate([extracted], "en")
        pseudo_ts = Path(tmp) / "milma_pseudo.ts"
        write_pseudo_ts(extracted, pseudo_ts)
        qm_file.parent.mkdir(parents=True, exist_ok=True)
        lrelease(pseudo_ts, qm_file)
    return qm_file


# ---- the command ------------------------------------------------------------------------

def update() -> dict[str, tuple[int, int]]:
    """lupdate then lrelease for every language; returns {lang: (messages, unfinished)}."""
    TRANSLATIONS.mkdir(exist_ok=True)
    counts = {}
    for lang in LANGUAGES:
        ts = ts_path(lang)
        lupdate([ts], lang)
        lrelease(ts, ts.with_suffix(".qm"))
        counts[lang] = (len(messages(ts)), len(unfinished(ts)))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pseudo", nargs="?", const=str(Path(tempfile.gettempdir()) / "milma_pseudo.qm"),
                        metavar="FILE", help="also write a pseudo-localised .qm (default: %(const)s)")
    args = parser.parse_args(argv)
    counts = update()
    for lang, (total, todo) in counts.items():
        state = "complete" if not todo else f"{todo} to translate"
        print(f"milma_{lang}.ts: {total} messages, {state}")
    if args.pseudo:
        out = build_pseudo(Path(args.pseudo).resolve())
        print(f"pseudo-localised catalogue: {out}  (run with MILMA_PSEUDO_QM={out})")
    return 1 if any(todo for _total, todo in counts.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
