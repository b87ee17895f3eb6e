"""`milma indicators [--from DATE] [--to DATE] [--lab NAME] [--site SITE] [--format table|json|xlsx]
[-o FILE]`: the programme's indicators by group, with labs and companies counted."""

from __future__ import annotations

import sys

from desktop.cli.agenda import _day
from desktop.cli.common import open_store, print_json, print_table
from desktop.domain import indicators as D
from desktop.domain.enums import Site
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.i18n import current_language, format_number, format_percent, translate
from desktop.services import indicators


def register(sub) -> None:
    p = sub.add_parser(
        "indicators", help=translate("Cli", "the programme's indicators by group, for a period")
    )
    p.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM-DD",
        type=_day,
        help=translate("Cli", "count labs starting on or after this day (default: from the first)"),
    )
    p.add_argument(
        "--to",
        dest="end",
        metavar="YYYY-MM-DD",
        type=_day,
        help=translate("Cli", "count labs starting on or before this day (default: to the last)"),
    )
    p.add_argument("--lab", metavar="NAME", help=translate("Cli", "only the lab of this name"))
    p.add_argument(
        "--site",
        choices=[s.value for s in Site],
        help=translate("Cli", "only labs held at this site"),
    )
    p.add_argument("--format", choices=("table", "json", "xlsx"), default="table")
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=translate("Cli", "write to this file instead of the screen (needed for xlsx)"),
    )
    p.set_defaults(func=run)


def _filters(store, args) -> indicators.Filters:
    period = D.Period(args.start, args.end)
    lab_ids: tuple[str, ...] = ()
    if args.lab:
        lab_ids = indicators.labs_named(store, args.lab)
        if not lab_ids:
            raise UserError(
                Message(
                    "Cli",
                    QT_TRANSLATE_NOOP(
                        "Cli", "No lab is called {name}: see the names on the Labs screen."
                    ),
                    {"name": args.lab},
                )
            )
    return indicators.Filters(period, lab_ids, args.site)


def _table(result: D.Indicators, covers: str) -> str:
    """The indicators by group, each count with its rate, then the counts."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        print(covers)
        heads = [translate(D.CONTEXT, "Indicator")] + [
            translate(D.CONTEXT, g.label) for g in D.GROUPS
        ]
        rows = []
        for term in D.INDICATORS:
            cells = [translate(D.CONTEXT, term.label)]
            for group in D.GROUP_NAMES:
                rate = result.rate(term.name, group)
                text = format_number(result.count(term.name, group))
                cells.append(f"{text} ({format_percent(rate)})" if rate is not None else text)
            rows.append(cells)
        print_table(heads, rows)
        print()
        print_table(
            [translate(D.CONTEXT, "Count"), translate(D.CONTEXT, "Number")],
            [
                [translate(D.CONTEXT, t.label), format_number(result.counts.get(t.name, 0))]
                for t in D.COUNTS
            ],
        )
    return out.getvalue()


def run(args) -> int:
    if args.format == "xlsx" and not args.output:
        raise UserError(
            Message(
                "Cli",
                QT_TRANSLATE_NOOP("Cli", "A spreadsheet needs a file to go to: add -o FILE.xlsx."),
            )
        )
    store = open_store(args)
    try:
        filters = _filters(store, args)
        result = indicators.compute(store, filters)
        lang = current_language()
        if args.format == "xlsx":
            indicators.save(args.output, indicators.export(store, filters, "xlsx", lang, result))
            return 0
        text = None
        if args.format == "table":
            text = _table(result, indicators.covers(store, filters, lang))
    finally:
        store.close()
    if text is None:
        if args.output:
            import json

            indicators.save(args.output, (json.dumps(result.as_json(), indent=2) + "\n").encode())
        else:
            print_json(result.as_json())
        return 0
    if args.output:
        indicators.save(args.output, text.encode())
    else:
        sys.stdout.write(text)
    return 0
