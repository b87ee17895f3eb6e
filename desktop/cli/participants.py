"""`milma participants list|show`."""

from __future__ import annotations

from desktop.cli.common import open_store, print_csv, print_json, print_table
from desktop.domain.schema import PARTICIPANT
from desktop.i18n import translate
from desktop.i18n.values import value_text
from desktop.services import participants as svc
from desktop.services.itinerary import itinerary_by_code

LIST_FIELDS = (
    "code",
    "last_name",
    "first_name",
    "birth_date",
    "gender",
    "migrant_status",
    "site",
    "current_lab",
)


def register(sub) -> None:
    p = sub.add_parser("participants", help=translate("Cli", "list or show participants"))
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = psub.add_parser("list", help=translate("Cli", "list participants"))
    lst.add_argument(
        "--search",
        metavar="TEXT",
        help=translate(
            "Cli",
            "words to find in code, names, document number or phone (case and accents ignored)",
        ),
    )
    lst.add_argument("--format", choices=("table", "csv", "json"), default="table")
    lst.set_defaults(func=run_list)
    show = psub.add_parser(
        "show", help=translate("Cli", "show one participant and their itinerary")
    )
    show.add_argument("code", metavar="CODE")
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(func=run_show)


def _header(name: str) -> str:
    if name == "current_lab":
        return translate("Cli", "Current lab")
    return translate("Field", PARTICIPANT.field(name).label)


def display(name: str, value, gender: str | None = None) -> str:
    """A listed column as a person reads it, in the current language (a participant field by
    desktop.i18n.values; the current lab is a name)."""
    if name not in PARTICIPANT.names:
        return "" if value is None else str(value)
    return value_text("participant", name, value, gender=gender)


def run_list(args) -> int:
    store = open_store(args)
    try:
        rows = svc.search(store, args.search)
    finally:
        store.close()
    if args.format == "json":
        print_json([{k: r.get(k) for k in LIST_FIELDS} for r in rows])
    elif args.format == "csv":
        print_csv(list(LIST_FIELDS), [[r.get(k) for k in LIST_FIELDS] for r in rows])
    else:
        print_table(
            [_header(k) for k in LIST_FIELDS],
            [[display(k, r.get(k), r.get("gender")) for k in LIST_FIELDS] for r in rows],
        )
        print(translate("Cli", "%n participant(s)", None, len(rows)))
    return 0


def run_show(args) -> int:
    store = open_store(args)
    try:
        data = itinerary_by_code(store, args.code)
    finally:
        store.close()
    if args.format == "json":
        print_json(data)
        return 0
    person = data["participant"]
    width = max(len(_header(n)) for n in PARTICIPANT.names)
    for name in PARTICIPANT.names:
        if name == "technician_id":
            continue
        shown = display(name, person.get(name), person.get("gender"))
        print(f"{_header(name).ljust(width)}  {shown}".rstrip())
    print()
    for enrolment in data["enrolment"]:
        print(
            translate("Cli", "Lab: {lab} ({status}), {hours} hours attended").format(
                lab=enrolment.get("lab_name") or "",
                status=value_text(
                    "enrolment", "status", enrolment["status"], gender=person.get("gender")
                ),
                hours=enrolment.get("hours_attended") or 0,
            )
        )
    counts = [
        translate("Cli", "%n development-plan goal(s)", None, len(data["goal"])),
        translate("Cli", "%n coaching session(s)", None, len(data["coaching_session"])),
        translate("Cli", "%n connector meeting(s)", None, len(data["connector_meeting"])),
        translate("Cli", "%n placement(s)", None, len(data["placement"])),
        translate("Cli", "%n job outcome(s)", None, len(data["employment_outcome"])),
    ]
    for line in counts:
        print(line)
    return 0
