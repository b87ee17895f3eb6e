"""`milma connectors list|suggest|targets`: the Connector Program's network from the command
line."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from desktop.cli.common import open_store, print_csv, print_json, print_table
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.i18n import format_date, format_number, translate
from desktop.i18n.values import value_text
from desktop.services import connector_import, connectors, matching, targets
from desktop.services import participants as people

LIST_FIELDS = (
    "id",
    "full_name",
    "field",
    "occupation_group",
    "sector",
    "languages",
    "neighbourhood",
    "availability",
    "origin",
    "referred_by_name",
    "active",
    "contact_consent_on",
    "load",
    "capacity",
    "meetings",
    "phone",
    "email",
)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{value} is not a whole number of 1 or more.").format(value=text)
        )
    return value


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(
                "Cli", "{value} is not a date: write it as YYYY-MM-DD, for example 2026-11-30."
            ).format(value=text)
        ) from None


def register(sub) -> None:
    p = sub.add_parser(
        "connectors",
        help=translate("Cli", "the Connector Program: connectors, suggestions, targets"),
    )
    what = p.add_subparsers(dest="connectors_command", metavar="ACTION", required=True)
    ls = what.add_parser("list", help=translate("Cli", "every connector with their current load"))
    ls.add_argument("--format", choices=("table", "csv", "json"), default="table")
    ls.set_defaults(func=run_list)
    sg = what.add_parser(
        "suggest", help=translate("Cli", "connectors to suggest to a participant, best first")
    )
    sg.add_argument("code", metavar="PARTICIPANT_CODE", help=translate("Cli", "participant code"))
    sg.add_argument(
        "--limit",
        type=_positive,
        default=10,
        metavar="N",
        help=translate("Cli", "how many to show (default: 10)"),
    )
    sg.add_argument(
        "--mode",
        choices=("in_person", "virtual"),
        help=translate("Cli", "how the meeting would take place, if known"),
    )
    sg.add_argument("--format", choices=("table", "json"), default="table")
    sg.set_defaults(func=run_suggest)
    tg = what.add_parser(
        "targets", help=translate("Cli", "the programme's figures beside its targets")
    )
    tg.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM-DD",
        type=_day,
        help=translate("Cli", "first day of the period (default: open)"),
    )
    tg.add_argument(
        "--to",
        dest="end",
        metavar="YYYY-MM-DD",
        type=_day,
        help=translate("Cli", "last day of the period (default: open)"),
    )
    tg.add_argument("--format", choices=("table", "json"), default="table")
    tg.set_defaults(func=run_targets)
    im = what.add_parser(
        "import", help=translate("Cli", "volunteers' sign-up sheet (CSV or XLSX) as connectors")
    )
    im.add_argument(
        "file", metavar="FILE", help=translate("Cli", "a .csv or .xlsx file, headings in row 1")
    )
    im.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "check the sheet and say what would be added, writing nothing"),
    )
    im.add_argument(
        "--origin",
        choices=("local", "migrant"),
        help=translate(
            "Cli",
            "local or migrant, for rows that leave the origin column empty (or a sheet without it)",
        ),
    )
    im.set_defaults(func=run_import)


def run_list(args) -> int:
    store = open_store(args)
    try:
        rows = connectors.connector_list(store)
    finally:
        store.close()
    if args.format == "json":
        print_json([{k: r.get(k) for k in LIST_FIELDS} for r in rows])
        return 0
    if args.format == "csv":
        print_csv(list(LIST_FIELDS), [[r.get(k) for k in LIST_FIELDS] for r in rows])
        return 0

    def cells(r: dict) -> list[str]:
        def cell(name: str) -> str:
            return value_text("connector", name, r[name])

        return [
            cell("full_name"),
            cell("field"),
            cell("occupation_group"),
            cell("phone"),
            format_number(r["load"]),
            cell("capacity"),
            value_text("connector", "active", r["active"] is not False),
        ]

    table = [cells(r) for r in rows]
    if table:
        print_table(
            [
                translate("Field", "Full name"),
                translate("Field", "Professional field"),
                translate("Field", "Occupation group (ISCO-08)"),
                translate("Field", "Phone"),
                translate("Connectors", "Load"),
                translate("Field", "Newcomers at a time"),
                translate("Field", "Active"),
            ],
            table,
        )
    print(translate("ConnectorsPage", "%n connector(s)", None, len(rows)))
    return 0


def run_suggest(args) -> int:
    store = open_store(args)
    try:
        person = people.by_code(store, args.code)
        found = matching.suggest(store, person["id"], limit=args.limit, mode=args.mode)
    finally:
        store.close()
    if args.format == "json":
        print_json([s.as_dict() for s in found])
        return 0
    table = [
        [
            format_number(i),
            s.full_name,
            format_number(s.score),
            "; ".join(matching.reason_words(s, translate)),
            f"{format_number(s.load)}/{format_number(s.capacity)}",
        ]
        for i, s in enumerate(found, 1)
    ]
    if table:
        print_table(
            [
                "#",
                translate("Field", "Full name"),
                translate("Connectors", "Score"),
                translate("Connectors", "Why"),
                translate("Connectors", "Load"),
            ],
            table,
        )
    else:
        print(
            translate(
                "Connectors",
                "No connector can be suggested: none is active, agreed to be contacted, "
                "has room for one more newcomer and has not met this participant yet.",
            )
        )
    return 0


def figure_text(figure: targets.Figure, value) -> str:
    """A figure or its target as a person reads it: a share as a percentage, a ratio with one
    decimal, a count as a whole number; nothing to divide by as a dash."""
    from desktop.i18n import format_percent

    if value is None:
        return "—"
    if figure.key in targets.SHARES:
        return format_percent(value)
    if isinstance(value, float):
        return format_number(round(value, 1))
    return format_number(value)


def run_targets(args) -> int:
    if args.start and args.end and args.start > args.end:
        raise UserError(
            Message(
                "Targets",
                QT_TRANSLATE_NOOP(
                    "Targets",
                    "The period starts after it ends: choose a start date on or before the end"
                    " date.",
                ),
            )
        )
    store = open_store(args)
    try:
        figures = targets.measure(store, args.start, args.end)
    finally:
        store.close()
    if args.format == "json":
        print_json({"from": args.start, "to": args.end, "figures": [f.as_dict() for f in figures]})
        return 0
    period = translate("Targets", "Period: {start} to {end}").format(
        start=format_date(args.start, fmt="medium") if args.start else "…",
        end=format_date(args.end, fmt="medium") if args.end else "…",
    )
    print(period)
    rows = []
    for f in figures:
        name, _definition = targets.DEFINITIONS[f.key]
        state = (
            ""
            if f.met is None
            else (translate("Targets", "reached") if f.met else translate("Targets", "not reached"))
        )
        target = (
            ""
            if f.target is None
            else translate("Targets", "at least {target}").format(target=figure_text(f, f.target))
        )
        rows.append([translate("Targets", name), figure_text(f, f.value), target, state])
    print_table(
        [
            translate("Targets", "Figure"),
            translate("Targets", "Value"),
            translate("Targets", "Target"),
            "",
        ],
        rows,
    )
    return 0


def run_import(args) -> int:
    from pathlib import Path

    from desktop.i18n import render

    store = open_store(args)
    try:
        result = connector_import.import_connectors(
            store, Path(args.file), dry_run=args.dry_run, origin=args.origin
        )
    except connector_import.ImportRefused as exc:
        print(render(exc.message), file=sys.stderr)
        for p in exc.problems:
            where = (
                translate("ConnectorImport", "Row {row}, column {column}").format(
                    row=p.row, column=p.column
                )
                if p.column
                else translate("ConnectorImport", "Row {row}").format(row=p.row)
            )
            if not p.row:
                where = translate("ConnectorImport", "File")
            print(
                translate("ConnectorImport", "{where}: {problem}").format(
                    where=where, problem=render(p.message)
                ),
                file=sys.stderr,
            )
        return 1
    finally:
        store.close()
    for name in result.added:
        print(name)
    if result.dry_run:
        print(
            translate(
                "ConnectorImport",
                "Checked: %n connector(s) would be added; nothing was written.",
                None,
                len(result.added),
            )
        )
    else:
        print(translate("ConnectorImport", "%n connector(s) added.", None, len(result.added)))
    if result.already:
        print(
            translate(
                "ConnectorImport",
                "%n row(s) already recorded, left as they are.",
                None,
                len(result.already),
            )
        )
    return 0
