"""Helpers shared by the subcommands: opening the store, printing rows."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date, datetime

from desktop.storage.engine import resolve_data_dir
from desktop.storage.store import Store


def open_store(args) -> Store:
    return Store.open(resolve_data_dir(args.data_dir))


YES = ("y", "yes", "s", "si", "sí", "o", "oui")  # the answers taken as yes, in the three languages


def confirm(question: str) -> bool:
    """Ask at the terminal (the question on stderr); only a yes typed there is a yes."""
    print(question, end="", file=sys.stderr, flush=True)
    try:
        return input().strip().lower() in YES
    except EOFError:
        return False


def to_jsonable(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=to_jsonable)
    sys.stdout.write("\n")


def print_csv(headers: list[str], rows: list[list]) -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if v is None else to_jsonable(v) for v in row])


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    line = "  ".join(h.ljust(widths[i]) for i, h in enumerate(headers))
    print(line.rstrip())
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(c.ljust(widths[i]) for i, c in enumerate(row)).rstrip())
