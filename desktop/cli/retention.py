"""`milma retention list [--years N] [--format table|csv|json]`, `milma retention keep CODE
--reason TEXT` and `milma retention period YEARS`: the people whose last activity is older than
the retention period, to erase (`milma erase CODE`) or keep with a reason
(desktop.services.retention). Coordinators and administrators only."""

from __future__ import annotations

from desktop.cli.common import open_store, print_csv, print_json, print_table
from desktop.i18n import format_date, translate
from desktop.services import retention


def register(sub) -> None:
    p = sub.add_parser(
        "retention",
        help=translate(
            "Cli",
            "people whose last activity is older than the retention period, to erase or keep with a"
            " reason",
        ),
    )
    rsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = rsub.add_parser(
        "list", help=translate("Cli", "list the people to review, the longest inactive first")
    )
    lst.add_argument(
        "--years",
        type=int,
        help=translate("Cli", "the retention period in years (default: the one chosen, else 5)"),
    )
    lst.add_argument("--format", choices=("table", "csv", "json"), default="table")
    lst.set_defaults(func=run_list)
    keep = rsub.add_parser(
        "keep", help=translate("Cli", "keep a person listed for review (listed again in a year)")
    )
    keep.add_argument("code", metavar="CODE", help=translate("Cli", "participant code"))
    keep.add_argument(
        "--reason", required=True, help=translate("Cli", "why they are kept (no personal data)")
    )
    keep.set_defaults(func=run_keep)
    per = rsub.add_parser("period", help=translate("Cli", "choose the retention period"))
    per.add_argument(
        "years",
        type=int,
        metavar="YEARS",
        help=translate("Cli", "years without activity before a review"),
    )
    per.set_defaults(func=run_period)


def run_list(args) -> int:
    store = open_store(args)
    try:
        found = retention.due(store, years=args.years)
        years = args.years or retention.period(store)
    finally:
        store.close()
    if args.format == "json":
        print_json(
            [
                {
                    "code": d.code,
                    "name": d.name,
                    "last_activity": d.last_activity,
                    "kept_reason": d.kept_reason,
                    "kept_on": d.kept_on,
                }
                for d in found
            ]
        )
        return 0
    if not found:
        print(translate("Cli", "Nobody has been inactive for more than %n year(s).", None, years))
        return 0
    headers = [
        translate("Cli", "Code"),
        translate("Cli", "Name"),
        translate("Cli", "Last activity"),
        translate("Cli", "Kept before because"),
    ]
    rows = [
        [
            d.code,
            d.name,
            format_date(d.last_activity) if d.last_activity else "",
            d.kept_reason or "",
        ]
        for d in found
    ]
    (print_csv if args.format == "csv" else print_table)(headers, rows)
    return 0


def run_keep(args) -> int:
    store = open_store(args)
    try:
        retention.keep(store, args.code, args.reason)
    finally:
        store.close()
    print(
        translate("Cli", "{code} is kept; they will be listed again in a year.").format(
            code=args.code.strip().upper()
        )
    )
    return 0


def run_period(args) -> int:
    store = open_store(args)
    try:
        retention.set_period(store, args.years)
    finally:
        store.close()
    print(translate("Cli", "The retention period is %n year(s).", None, args.years))
    return 0
