"""`milma agenda [--week YYYY-MM-DD] [--mine] [--format table|csv|json]`: a week's appointments."""

from __future__ import annotations

import argparse
from datetime import date, timedelta

from desktop.cli.common import open_store, print_csv, print_json, print_table
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.i18n import format_date, format_time, translate
from desktop.services import agenda

FIELDS = (
    "day",
    "time",
    "kind",
    "code",
    "first_name",
    "last_name",
    "with_kind",
    "with_name",
    "detail",
    "participant_id",
    "record_id",
)


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
    p = sub.add_parser("agenda", help=translate("Cli", "a week's appointments, by day"))
    p.add_argument(
        "--week",
        metavar="YYYY-MM-DD",
        type=_day,
        help=translate("Cli", "any day of the week to show (default: this week)"),
    )
    p.add_argument(
        "--mine",
        action="store_true",
        help=translate(
            "Cli", "only this laptop's technician's appointments (default: the whole site)"
        ),
    )
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(func=run)


def run(args) -> int:
    store = open_store(args)
    try:
        if args.mine and not agenda.has_technician(store):
            raise UserError(
                Message(
                    "Cli",
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "No technician is chosen on this laptop: choose one in the application's"
                        " Settings, or leave out --mine for the whole site.",
                    ),
                )
            )
        day = args.week or date.today()
        items = agenda.week(store, day, mine=args.mine)
    finally:
        store.close()
    if args.format == "json":
        print_json([{k: a.as_dict()[k] for k in FIELDS} for a in items])
        return 0
    if args.format == "csv":
        print_csv(list(FIELDS), [[a.as_dict()[k] for k in FIELDS] for a in items])
        return 0
    monday = agenda.week_start(day)
    print(
        translate("Agenda", "Week of {start} to {end}").format(
            start=format_date(monday, fmt="medium"),
            end=format_date(monday + timedelta(days=6), fmt="medium"),
        )
    )
    rows, last = [], None
    for a in items:
        rows.append(
            [
                format_date(a.day, fmt="full") if a.day != last else "",
                format_time(a.time, fmt="short") if a.time else "",
                agenda.participant_text(a, translate),
                agenda.kind_text(a, translate),
                agenda.with_text(a, translate),
            ]
        )
        last = a.day
    if rows:
        print_table(
            [
                translate("Agenda", "Day"),
                translate("Agenda", "Time"),
                translate("Agenda", "Participant"),
                translate("Agenda", "Appointment"),
                translate("Agenda", "With"),
            ],
            rows,
        )
    print(translate("Agenda", "%n appointment(s)", None, len(items)))
    return 0
