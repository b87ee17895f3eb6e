"""Write the questionnaires' XLSForm spreadsheets (resources/surveys/*.xlsx) from their readable
sources (resources/surveys/source/*.toml).

Coordinators may edit either: the spreadsheet in a spreadsheet program (it is what the
application reads), or the source followed by ``python scripts/build_surveys.py``. Raise the
form's version with every change: answers keep the version they were given under.

    python scripts/build_surveys.py [--check]

--check writes nothing and exits 1 when a spreadsheet says something else than its source.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SURVEYS = ROOT / "resources" / "surveys"
SOURCE = SURVEYS / "source"
FORMS = ("initial", "end", "followup")
# XLSForm's language columns: label::Español (es) ...
LANGUAGES = {"es": "Español (es)", "en": "English (en)", "fr": "Français (fr)"}


def _texts(item: dict, key: str) -> list[str]:
    texts = item.get(key) or {}
    return [texts.get(code, "") for code in LANGUAGES]


def sheets(form_id: str) -> dict[str, list[list]]:
    """The rows of the survey, choices and settings sheets of one questionnaire."""
    common = tomllib.loads((SOURCE / "common.toml").read_text(encoding="utf-8"))
    form = tomllib.loads((SOURCE / f"{form_id}.toml").read_text(encoding="utf-8"))
    questions = list(form.get("question", [])) + list(common.get("behaviour", []))
    used = {q["type"].split()[1] for q in questions if q["type"].startswith("select_one ")}
    languages = list(LANGUAGES.values())
    survey = [
        [
            "type",
            "name",
            *(f"label::{lang}" for lang in languages),
            *(f"hint::{lang}" for lang in languages),
            "required",
            "constraint",
            "appearance",
        ]
    ]
    for q in questions:
        likert = q["type"] == "select_one likert5"
        survey.append(
            [
                q["type"],
                q["name"],
                *_texts(q, "label"),
                *_texts(q, "hint"),
                "yes" if q.get("required") else "",
                q.get("constraint", ""),
                "likert" if likert else "",
            ]
        )
    choices = [["list_name", "name", *(f"label::{lang}" for lang in languages)]]
    for c in common.get("choices", []):
        if c["list"] in used:
            choices.append([c["list"], c["name"], *_texts(c, "label")])
    settings = [
        ["form_id", "version", "form_title", "default_language"],
        [form["form_id"], form["version"], form["title"]["es"], LANGUAGES["es"]],
    ]
    return {"survey": survey, "choices": choices, "settings": settings}


def write(form_id: str, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets(form_id).items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append([cell if cell != "" else None for cell in row])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for column in sheet.columns:
            width = max(len(str(c.value or "")) for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(60, max(10, width + 2))
    book.save(path)


def read(path: Path) -> dict[str, list[list]]:
    """The rows of a spreadsheet's sheets, empty cells as ""."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        return {
            sheet.title: [
                ["" if v is None else str(v) for v in row]
                for row in sheet.iter_rows(values_only=True)
            ]
            for sheet in book.worksheets
        }
    finally:
        book.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only, write nothing")
    args = parser.parse_args(argv)
    stale = []
    for form_id in FORMS:
        path = SURVEYS / f"{form_id}.xlsx"
        if args.check:
            if not path.exists() or read(path) != {
                k: [[str(c) for c in r] for r in v] for k, v in sheets(form_id).items()
            }:
                stale.append(path.name)
        else:
            write(form_id, path)
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print("differs from its source: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
