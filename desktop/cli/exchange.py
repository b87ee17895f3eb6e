"""`milma export` and `milma import`: bundles on USB sticks."""

from __future__ import annotations

import sys

from desktop.cli.common import open_store, print_json, print_table
from desktop.cli.keys import unlock_if_needed
from desktop.domain.schema import KINDS
from desktop.i18n import format_number, render_kept, translate
from desktop.services import exchange as svc

COLUMNS = ("new", "updated", "unchanged", "conflicting", "deleted", "quarantined")


def register(sub) -> None:
    p = sub.add_parser(
        "export",
        help=translate(
            "Cli",
            "write a bundle for USB exchange (a laptop's changes, or a coordinator's reference"
            " data)",
        ),
    )
    p.add_argument(
        "--to",
        required=True,
        metavar="DIR",
        help=translate("Cli", "folder to write to, e.g. the USB stick"),
    )
    p.add_argument(
        "--full",
        action="store_true",
        help=translate("Cli", "everything, not only what the coordinator has not acknowledged"),
    )
    p.set_defaults(func=run_export)
    p = sub.add_parser(
        "import", help=translate("Cli", "import a bundle: all of it in one transaction, or nothing")
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "show what would change, write nothing"),
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=run_import)


def run_export(args) -> int:
    store = open_store(args)
    try:
        unlock_if_needed(store)
        result = svc.export(store, args.to, full=args.full)
    finally:
        store.close()
    print(str(result.path))
    if result.bundle_type == "reference":
        text = translate("Cli", "Reference data exported: %n record change(s).", None, result.total)
        print(text, file=sys.stderr)
        text = translate(
            "Cli",
            "Encrypted for %n enrolled laptop(s); laptops enrolled by their signing key alone"
            " receive it after their first bundle is imported.",
            None,
            result.laptops,
        )
    else:
        text = translate("Cli", "Exported %n change(s).", None, result.total)
    print(text, file=sys.stderr)
    return 0


def run_import(args) -> int:
    store = open_store(args)
    try:
        unlock_if_needed(store)
        if args.dry_run:
            result = svc.preview_import(store, args.file)
        else:
            result = svc.apply_import(store, args.file)
    finally:
        store.close()
    if args.format == "json":
        result = dict(result, applied=not args.dry_run)
        print_json(result)
        return 0
    print_summary(result, applied=not args.dry_run)
    return 0


def _kind_label(kind: str) -> str:
    return translate("Kind", KINDS[kind].label) if kind in KINDS else kind


def print_summary(result: dict, applied: bool) -> None:
    seq = result["sequence"]
    if result["type"] == "reference":
        print(
            translate("Cli", "Reference data from the coordinator ({date}).").format(
                date=result.get("created_at") or ""
            )
        )
    else:
        print(
            translate(
                "Cli", "Bundle from laptop {device}, site {site}: journal {first} to {last}."
            ).format(
                device=result["device_id"],
                site=result.get("site") or "?",
                first=seq["since"] + 1,
                last=seq["last"],
            )
        )
    if result.get("already_imported"):
        print(
            translate("Cli", "This bundle was imported before; importing it again changes nothing.")
        )
    headers = [
        translate("Cli", "Kind"),
        translate("Cli", "New"),
        translate("Cli", "Updated"),
        translate("Cli", "Unchanged"),
        translate("Cli", "Conflicting"),
        translate("Cli", "Deleted"),
        translate("Cli", "Quarantined"),
    ]
    rows = [
        [_kind_label(k)] + [format_number(v.get(c, 0)) for c in COLUMNS]
        for k, v in result["report"].get("kinds", {}).items()
    ]
    if rows:
        print_table(headers, rows)
    for gap in result.get("gaps", []):
        print(
            translate(
                "Cli",
                "Gap: journal entries {start} to {end} of laptop {device} have not arrived (a"
                " bundle is missing or not imported yet).",
            ).format(start=gap["from"], end=gap["to"], device=gap["device_id"])
        )
    conflicts = result["report"].get("conflicts", 0)
    if conflicts:
        print(translate("Cli", "%n conflicting edit(s) kept for review.", None, conflicts))
    for problem in result["report"].get("problems", []):
        print(render_kept(problem))
    if applied:
        print(translate("Cli", "Applied."))
    else:
        print(translate("Cli", "Dry run: nothing was written."))
