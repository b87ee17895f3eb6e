"""`milma import-table FILE.csv|FILE.xlsx [--dry-run]`: the programme's history (one row per lab
enrolment) brought in from a spreadsheet, validated whole and refused whole."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli.common import open_store, print_table
from desktop.domain.schema import KINDS
from desktop.i18n import format_number, render, translate
from desktop.services import history_import
from desktop.services.connector_import import ImportRefused


def register(sub) -> None:
    p = sub.add_parser(
        "import-table",
        help=translate(
            "Cli",
            "the programme's history from a spreadsheet: participants, labs, enrolments, jobs",
        ),
        description=translate(
            "Cli",
            "Import the programme's history from a CSV or XLSX sheet, one row per lab enrolment,"
            " headings in row 1 in English, Spanish or French: first_name, last_name, birth_date,"
            " gender, nationality, migrant_status, unemployed_since, document_number, lab,"
            " lab_site, lab_start, lab_end, enrolment_status, employment_start, employer,"
            " improved_opportunities (and lab_niche, planned_hours and occupation where known). A"
            " lab not recorded yet is created; what the sheet does not give, such as its niche and"
            " planned hours, is left empty for a technician to complete on the Labs screen. Every"
            " row is checked first: one invalid row and nothing is written. The same person is one"
            " participant: the same document number or, on a row without one, the same names and"
            " birth date; a lab is matched by name and start date, a company by name. Importing the"
            " same file again adds nothing.",
        ),
    )
    p.add_argument(
        "file", metavar="FILE", help=translate("Cli", "a .csv or .xlsx file, headings in row 1")
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "check the sheet and say what would be added, writing nothing"),
    )
    p.set_defaults(func=run)


def problem_lines(exc: ImportRefused) -> list[str]:
    """What is wrong, a line per problem: where (row and column as the sheet has them) and what."""
    lines = []
    for p in exc.problems:
        if not p.row:
            where = translate("ConnectorImport", "File")
        elif p.column:
            where = translate("ConnectorImport", "Row {row}, column {column}").format(
                row=p.row, column=p.column
            )
        else:
            where = translate("ConnectorImport", "Row {row}").format(row=p.row)
        lines.append(
            translate("ConnectorImport", "{where}: {problem}").format(
                where=where, problem=render(p.message)
            )
        )
    return lines


def run(args) -> int:
    store = open_store(args)
    try:
        result = history_import.import_history(store, Path(args.file), dry_run=args.dry_run)
    except ImportRefused as exc:
        print(render(exc.message), file=sys.stderr)
        for line in problem_lines(exc):
            print(line, file=sys.stderr)
        return 1
    finally:
        store.close()
    rows = [
        [translate("Kind", KINDS[kind].label), format_number(result.added.get(kind, 0))]
        for kind in history_import.KINDS
    ]
    print_table(
        [
            translate("HistoryImport", "Records"),
            (
                translate("HistoryImport", "To add")
                if result.dry_run
                else translate("HistoryImport", "Added")
            ),
        ],
        rows,
    )
    if result.dry_run:
        print(
            translate(
                "HistoryImport", "Checked: %n row(s), nothing was written.", None, len(result.rows)
            )
        )
    else:
        print(translate("HistoryImport", "Imported: %n row(s).", None, len(result.rows)))
    if result.already:
        print(
            translate(
                "ConnectorImport",
                "%n row(s) already recorded, left as they are.",
                None,
                result.already,
            )
        )
    return 0
