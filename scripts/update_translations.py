"""Update the translation files from the source, then compile them.

    .venv/bin/python scripts/update_translations.py            # lupdate + lrelease
    .venv/bin/python scripts/update_translations.py --pseudo   # also a pseudo-localised .qm

The default run scans every .py file under desktop/ with pyside6-lupdate into
translations/milma_{es,en,fr}.ts (obsolete messages dropped, no source locations so that the
files only change when texts change), then compiles each .ts into its .qm with
pyside6-lrelease, and prints how many messages each language still has to translate.

pyside6-lupdate's Python parser differs between PySide6 releases (6.11 marks no
``translate(ctx, text, None, n)`` call as a plural and skips calls whose count is an expression
such as ``len(rows)``), so the same files are also read with Python's own parser: every
``translate``/``tr``/``QT_TRANSLATE_NOOP`` call with literal texts is in the .ts, with plural
forms when it passes a count, whatever the installed lupdate found. Translations are carried
over from the previous .ts.

``--pseudo [FILE]`` writes a pseudo-localised catalogue (every text stretched by about 40 %
with accented letters, placeholders kept) for layout testing, without touching translations/.
Run the application with it: ``MILMA_PSEUDO_QM=FILE milma-desktop``.
"""

from __future__ import annotations

import argparse
import ast
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
NUMERUS_FORMS = {"es": 2, "en": 2, "fr": 2}  # Qt's plural rules: French 0 and 1 singular


def tool(name: str) -> str:
    """A Qt tool from the project's virtual environment (the one running this script first)."""
    candidates = [
        Path(sys.executable).parent / name,
        ROOT / ".venv" / "bin" / name,
        ROOT / ".venv" / "Scripts" / f"{name}.exe",
    ]
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


def _run_lupdate(ts_files: list[Path], lang: str) -> None:
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(files) + "\n")
    try:
        done = subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                *LUPDATE_OPTIONS,
                "-target-language",
                lang,
                f"@{lst.name}",
                "-ts",
                *[str(p) for p in ts_files],
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    finally:
        Path(lst.name).unlink(missing_ok=True)
    for line in (done.stdout + done.stderr).splitlines():
        if line.strip() and "plural forms" not in line and "target language" not in line:
            print(line, file=sys.stderr)
    done.check_returncode()


# ---- what the source says, read with Python's parser ------------------------------------


def _text(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _name(func) -> str:
    return (
        func.id
        if isinstance(func, ast.Name)
        else func.attr
        if isinstance(func, ast.Attribute)
        else ""
    )


class _Finder(ast.NodeVisitor):
    def __init__(self):
        self.classes: list[str] = []
        self.found: list[tuple[str, str, str, bool]] = []

    def visit_ClassDef(self, node):  # noqa: N802 - ast API
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node):  # noqa: N802 - ast API
        name, args = _name(node.func), node.args
        has_n = any(k.arg == "n" for k in node.keywords)
        if (
            name == "translate"
            and len(args) >= 2
            and _text(args[0]) is not None
            and _text(args[1]) is not None
        ):
            comment = _text(args[2]) if len(args) >= 3 else None
            self.found.append(
                (_text(args[0]), _text(args[1]), comment or "", len(args) >= 4 or has_n)
            )
        elif (
            name in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3")
            and len(args) >= 2
            and _text(args[0]) is not None
            and _text(args[1]) is not None
        ):
            comment = _text(args[2]) if len(args) >= 3 else None
            self.found.append((_text(args[0]), _text(args[1]), comment or "", False))
        elif name in ("tr", "QT_TR_NOOP") and args and _text(args[0]) is not None and self.classes:
            comment = _text(args[1]) if len(args) >= 2 else None
            self.found.append(
                (
                    self.classes[-1],
                    _text(args[0]),
                    comment or "",
                    name == "tr" and (len(args) >= 3 or has_n),
                )
            )
        self.generic_visit(node)


def source_messages() -> list[tuple[str, str, str, bool]]:
    """(context, source, comment, numerus) of every translatable literal in the source."""
    seen: dict[tuple[str, str, str], bool] = {}
    for path in source_files():
        finder = _Finder()
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for context, source, comment, numerus in finder.found:
            key = (context, source, comment)
            seen[key] = seen.get(key, False) or numerus
    return [(*key, numerus) for key, numerus in seen.items()]


def _forms_of(msg) -> tuple[bool, list[str], bool]:
    tr = msg.find("translation")
    numerus = msg.get("numerus") == "yes"
    if tr is None:
        return numerus, [], False
    forms = [f.text or "" for f in tr.iter("numerusform")] if numerus else [tr.text or ""]
    return numerus, forms, not tr.get("type") and all(forms)


def _set_translation(msg, numerus: bool, forms: list[str], finished: bool, lang: str) -> None:
    for old in msg.findall("translation"):
        msg.remove(old)
    if numerus:
        msg.set("numerus", "yes")
    else:
        msg.attrib.pop("numerus", None)
    tr = ET.SubElement(msg, "translation")
    if not finished:
        tr.set("type", "unfinished")
    if numerus:
        count = NUMERUS_FORMS.get(lang, 2)
        forms = (forms + [""] * count)[:count]
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = forms[0] if forms else ""


def complete(ts_file: Path, lang: str, previous: dict | None = None) -> None:
    """Add what lupdate missed, give plural messages their forms and carry the previous
    translations over (lupdate may have dropped or flattened them)."""
    previous = previous or {}
    tree = ET.parse(ts_file)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    present = {}
    for name, context in contexts.items():
        for msg in context.findall("message"):
            present[(name, msg.findtext("source") or "", msg.findtext("comment") or "")] = msg
    wanted = {(c, s, m): n for c, s, m, n in source_messages()}
    for key in list(present) + [k for k in wanted if k not in present]:
        context_name, source, comment = key
        msg = present.get(key)
        if msg is None:
            context = contexts.get(context_name)
            if context is None:
                context = ET.SubElement(root, "context")
                ET.SubElement(context, "name").text = context_name
                contexts[context_name] = context
            msg = ET.SubElement(context, "message")
            ET.SubElement(msg, "source").text = source
            if comment:
                ET.SubElement(msg, "comment").text = comment
        numerus = wanted.get(key, msg.get("numerus") == "yes")
        has_numerus, forms, finished = _forms_of(msg)
        before = previous.get(key)
        if has_numerus != numerus or not finished:
            if before and before[0] == numerus and before[2]:
                forms, finished = before[1], True
            elif has_numerus != numerus:
                forms, finished = ([], False)
        _set_translation(msg, numerus, forms, finished, lang)
    for context in list(root.findall("context")):
        root.remove(context)
    for name in sorted(contexts):
        root.append(contexts[name])
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def lupdate(ts_files: list[Path], lang: str) -> None:
    """Bring ``ts_files`` (all of one language) in line with the source's messages."""
    previous = {}
    for ts in ts_files:
        if ts.exists():
            for context in ET.parse(ts).getroot().iter("context"):
                for msg in context.findall("message"):
                    key = (
                        context.findtext("name"),
                        msg.findtext("source") or "",
                        msg.findtext("comment") or "",
                    )
                    previous.setdefault(ts, {})[key] = _forms_of(msg)
    _run_lupdate(ts_files, lang)
    for ts in ts_files:
        complete(ts, lang, previous.get(ts))


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        cwd=ROOT,
        check=True,
    )


# ---- reading .ts files ------------------------------------------------------------------


def messages(ts_file: Path) -> list[dict]:
    """Every message of a .ts file: context, source, comment, numerus, type, translations."""
    out = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            out.append(
                {
                    "context": name,
                    "source": msg.findtext("source") or "",
                    "comment": msg.findtext("comment") or "",
                    "numerus": msg.get("numerus") == "yes",
                    "type": tr.get("type", "") if tr is not None else "unfinished",
                    "translations": forms
                    if msg.get("numerus") == "yes"
                    else [(tr.text or "") if tr is not None else ""],
                }
            )
    return out


def unfinished(ts_file: Path) -> list[dict]:
    return [
        m
        for m in messages(ts_file)
        if m["type"] or not m["translations"] or any(not t for t in m["translations"])
    ]


# ---- pseudo-localisation ----------------------------------------------------------------

_ACCENTED = str.maketrans(
    "abcdeghiklnoprstuwyzABCDEGHIKLNOPRSTUWYZ",
    "áƀçđéĝĥîķĺñöþŕšţüŵýžÅßÇĐÉĜĤÎĶĹÑÖÞŔŠŢÜŴÝŽ",
)
# Kept as they are: placeholders, markup tags, entities, accelerators (&&, &X).
_KEEP = re.compile(
    r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}"  # {name}
    r"|%\([A-Za-z_]+\)[a-z]|%[srdf%]|%L?\d+|%n"  # %(name)s %s %1 %n
    r"|<[^>]+>|&[a-z]+;|&&|&"
)  # markup, entities, accelerators
_PAD = "ŀöŕéṁ ïṗšüṁ ďöļöŕ šïţ áṁéţ çöñšéçţéţüŕ "


def pseudo(text: str) -> str:
    """ "Save" -> "[Šåvé ŀö]": accented, ~40 % longer, bracketed so that clipping shows."""
    if not text:
        return text
    pieces, last = [], 0
    for match in _KEEP.finditer(text):
        pieces.append(text[last : match.start()].translate(_ACCENTED))
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
    parser.add_argument(
        "--pseudo",
        nargs="?",
        const=str(Path(tempfile.gettempdir()) / "milma_pseudo.qm"),
        metavar="FILE",
        help="also write a pseudo-localised .qm (default: %(const)s)",
    )
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
