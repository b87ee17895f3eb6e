"""`milma audit verify` and `milma audit list [--record ID] [--code CODE] [--action ACTION ...]`:
the audit log's state and its entries (desktop.services.audit)."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, time

from desktop.cli.common import open_store, print_csv, print_json, print_table
from desktop.i18n import format_datetime, render, translate
from desktop.services import audit
from desktop.services.exchange import laptop_names

FIELDS = ("at", "device_id", "seq", "actor", "action", "kind", "record_id", "code", "detail")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{value} is not a date (YYYY-MM-DD).").format(value=text)
        ) from None


def register(sub) -> None:
    p = sub.add_parser("audit", help=translate("Cli", "check the audit log, or list its entries"))
    asub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = asub.add_parser(
        "verify",
        help=translate(
            "Cli", "check every chain of the audit log (exit status 1 when one is broken)"
        ),
    )
    verify.add_argument("--format", choices=("text", "json"), default="text")
    verify.set_defaults(func=run_verify)
    lst = asub.add_parser(
        "list", help=translate("Cli", "list the audit log's entries, newest first")
    )
    lst.add_argument(
        "--record", metavar="ID", help=translate("Cli", "only the entries about this record id")
    )
    lst.add_argument(
        "--code",
        metavar="CODE",
        help=translate("Cli", "only the entries about this participant code"),
    )
    lst.add_argument(
        "--action",
        dest="actions",
        action="append",
        choices=list(audit.ACTIONS),
        metavar="ACTION",
        help=translate("Cli", "only this action (repeat for several): {actions}").format(
            actions=", ".join(audit.ACTIONS)
        ),
    )
    lst.add_argument(
        "--from", dest="since", metavar="DATE", type=_day, help=translate("Cli", "from this day on")
    )
    lst.add_argument(
        "--to", dest="until", metavar="DATE", type=_day, help=translate("Cli", "up to this day")
    )
    lst.add_argument(
        "--limit",
        type=int,
        default=1000,
        help=translate("Cli", "at most this many entries (default: 1000)"),
    )
    lst.add_argument("--format", choices=("table", "csv", "json"), default="table")
    lst.set_defaults(func=run_list)


def _utc(day: date | None, end: bool = False) -> str | None:
    """A local day's first (or last) second as the log writes times (UTC)."""
    if day is None:
        return None
    moment = datetime.combine(day, time.max if end else time.min).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def when_text(at: str) -> str:
    try:
        return format_datetime(datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone())
    except ValueError:
        return at


def _record(row: dict) -> str:
    kind = audit.kind_label(row["kind"])
    return " ".join(
        x for x in (translate("Kind", kind) if kind else "", row["record_id"] or "") if x
    )


def run_verify(args) -> int:
    store = open_store(args)
    try:
        statuses = audit.verify(store)
        names = laptop_names(store)
    finally:
        store.close()
    if args.format == "json":
        print_json(
            [
                {
                    "device_id": c.device_id,
                    "own": c.own,
                    "entries": c.entries,
                    "intact": c.intact,
                    "problems": [
                        {"problem": p.problem, "seq": p.seq, "last": p.last} for p in c.problems
                    ],
                }
                for c in statuses
            ]
        )
    else:
        for c in statuses:
            laptop = names.get(c.device_id) or c.device_id
            if c.intact:
                print(
                    translate("Cli", "{laptop}: %n entries, intact", None, c.entries).format(
                        laptop=laptop
                    )
                )
            else:
                print(
                    translate("Cli", "{laptop}: %n entries, BROKEN", None, c.entries).format(
                        laptop=laptop
                    )
                )
                for p in c.problems:
                    print("  " + render(audit.problem_message(p)))
    return 0 if audit.intact(statuses) else 1


def run_list(args) -> int:
    store = open_store(args)
    try:
        rows = audit.entries(
            store,
            record_id=args.record,
            code=args.code,
            actions=args.actions,
            since=_utc(args.since),
            until=_utc(args.until, end=True),
            limit=max(args.limit, 1),
        )
        names = laptop_names(store)
        people = audit.technician_names(store)
    finally:
        store.close()
    if args.format == "json":
        print_json([{k: r[k] for k in FIELDS} for r in rows])
    elif args.format == "csv":
        print_csv(
            list(FIELDS), [[r[k] if k != "detail" else str(r[k]) for k in FIELDS] for r in rows]
        )
    else:
        headers = [
            translate("Cli", "When"),
            translate("Cli", "Laptop"),
            translate("Cli", "Who"),
            translate("Cli", "Action"),
            translate("Cli", "Record"),
            translate("Cli", "Code"),
        ]
        print_table(
            headers,
            [
                [
                    when_text(r["at"]),
                    names.get(r["device_id"]) or r["device_id"][-12:],
                    people.get(r["actor"]) or "",
                    translate("Audit", audit.ACTIONS.get(r["action"], r["action"])),
                    _record(r),
                    r["code"] or "",
                ]
                for r in rows
            ],
        )
        print(translate("Cli", "%n entry(ies)", None, len(rows)))
    return 0
