"""`milma followups [--due-within DAYS] [--format table|csv|json]`: who needs an end survey or a
6-month follow-up survey, and who is overdue (desktop.services.followups)."""

from __future__ import annotations

import argparse

from desktop.cli.common import open_store, print_csv, print_json, print_table
from desktop.domain.phones import display as phone_display
from desktop.domain.text import person_name
from desktop.i18n import format_date, format_datetime, translate
from desktop.i18n.values import value_text
from desktop.services import followups

FIELDS = (
    "state",
    "form",
    "due",
    "opens",
    "code",
    "first_name",
    "last_name",
    "phone",
    "may_contact",
    "lab_name",
    "lab_end",
    "next_appointment",
    "participant_id",
)
MAX_DAYS = 3660


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = -1
    if not 0 <= days <= MAX_DAYS:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{value} is not a number of days from 0 to {max}.").format(
                value=text, max=MAX_DAYS
            )
        )
    return days


def register(sub) -> None:
    p = sub.add_parser(
        "followups",
        help=translate(
            "Cli", "who needs an end survey or a 6-month follow-up survey, and who is overdue"
        ),
    )
    p.add_argument(
        "--due-within",
        metavar="DAYS",
        type=_days,
        default=followups.DEFAULT_WITHIN_DAYS,
        help=translate(
            "Cli", "also list the surveys whose window opens within DAYS days (default: 7)"
        ),
    )
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(func=run)


def form_text(form: str) -> str:
    return value_text("survey_response", "form", form)


def window_text(item: followups.FollowUp) -> str:
    return translate("Follow-ups", "from {opens} to {due}").format(
        opens=format_date(item.opens, fmt="medium"), due=format_date(item.due, fmt="medium")
    )


def run(args) -> int:
    store = open_store(args)
    try:
        items = followups.due(store, within_days=args.due_within)
    finally:
        store.close()
    if args.format == "json":
        print_json([{k: f.as_dict()[k] for k in FIELDS} for f in items])
        return 0
    if args.format == "csv":
        print_csv(list(FIELDS), [[f.as_dict()[k] for k in FIELDS] for f in items])
        return 0
    rows = [
        [
            translate("Follow-ups", followups.STATES[f.state]),
            form_text(f.form),
            window_text(f),
            person_name({"first_name": f.first_name, "last_name": f.last_name}),
            f.code,
            phone_display(f.phone)
            if f.may_contact
            else translate("Follow-ups", "Not to be contacted (no consent to follow-up contact)"),
            f.lab_name,
            format_datetime(f.next_appointment) if f.next_appointment else "",
        ]
        for f in items
    ]
    if rows:
        print_table(
            [
                translate("Follow-ups", "State"),
                translate("Follow-ups", "Survey"),
                translate("Follow-ups", "To answer"),
                translate("Follow-ups", "Participant"),
                translate("Follow-ups", "Code"),
                translate("Follow-ups", "Phone"),
                translate("Follow-ups", "Lab"),
                translate("Follow-ups", "Next appointment"),
            ],
            rows,
        )
    print(translate("Follow-ups", "%n survey(s) to answer", None, len(items)))
    return 0
