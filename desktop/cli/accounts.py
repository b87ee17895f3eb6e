"""`milma accounts`: who may use this laptop (administrators), and one's own password."""

from __future__ import annotations

from typing import TypedDict

from desktop.cli.common import new_password, open_store, print_json, print_table
from desktop.domain import roles as R
from desktop.i18n import translate


class AccountRow(TypedDict):
    """One account as `milma accounts list` prints it (its JSON object)."""

    name: str
    role: str
    technician: str
    active: bool


def register(sub) -> None:
    p = sub.add_parser(
        "accounts", help=translate("Cli", "the accounts of this laptop and their roles")
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(p))
    ls = actions.add_parser("list", help=translate("Cli", "every account, its role and technician"))
    ls.add_argument("--format", choices=("table", "json"), default="table")
    add = actions.add_parser(
        "add",
        help=translate(
            "Cli", "a new account (its password from MILMA_NEW_PASSWORD or asked twice)"
        ),
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", choices=R.ROLES, default=R.TECHNICIAN)
    add.add_argument(
        "--technician",
        metavar="FULL_NAME",
        required=True,
        help=translate("Cli", "the technician the account stands for (added if new)"),
    )
    pw = actions.add_parser(
        "password",
        help=translate(
            "Cli", "change a password (yours unless NAME; from MILMA_NEW_PASSWORD or asked twice)"
        ),
    )
    pw.add_argument("name", metavar="NAME", nargs="?")
    pw.add_argument(
        "--recovery",
        action="store_true",
        help=translate(
            "Cli",
            "every password forgotten: open the encrypted store with its recovery key (from "
            "MILMA_RECOVERY_KEY or asked) and set NAME's password",
        ),
    )
    role = actions.add_parser("role", help=translate("Cli", "change an account's role"))
    role.add_argument("name", metavar="NAME")
    role.add_argument("role", choices=R.ROLES)
    for name, text in (
        ("disable", translate("Cli", "an account that may no longer log in")),
        ("enable", translate("Cli", "an account that may log in again")),
    ):
        a = actions.add_parser(name, help=text)
        a.add_argument("name", metavar="NAME")
    idle = actions.add_parser(
        "idle-lock", help=translate("Cli", "minutes without input before the window locks")
    )
    idle.add_argument("minutes", type=int, metavar="MINUTES", nargs="?")
    p.set_defaults(func=run)


def run(args) -> int:
    from desktop.services import accounts as A

    if args.action == "password" and args.recovery:
        return _recover(args)
    store = open_store(args)
    try:
        if args.action == "list":
            A.require(store, "accounts")
            rows: list[AccountRow] = [
                {
                    "name": a.username,
                    "role": a.role,
                    "technician": A.technician_label(store, a),
                    "active": a.active,
                }
                for a in A.accounts(store)
            ]
            if args.format == "json":
                print_json(rows)
            else:
                print_table(
                    [
                        translate("Cli", "Account"),
                        translate("Cli", "Role"),
                        translate("Cli", "Technician"),
                        translate("Cli", "Active"),
                    ],
                    [
                        [
                            r["name"],
                            translate("Roles", R.ROLE_LABELS[r["role"]]),
                            r["technician"],
                            translate("Cli", "yes") if r["active"] else translate("Cli", "no"),
                        ]
                        for r in rows
                    ],
                )
        elif args.action == "add":
            A.require(store, "accounts")
            made = A.create_account(
                store, args.name, new_password("MILMA_NEW_PASSWORD"), args.role, args.technician
            )
            print(
                translate("Cli", "Account {name} created ({role}).").format(
                    name=made.username, role=translate("Roles", R.ROLE_LABELS[made.role])
                )
            )
        elif args.action == "password":
            me = A.current(store)
            name = args.name or (me.username if me else "")
            A.set_password(store, name, new_password("MILMA_NEW_PASSWORD"))
            print(translate("Cli", "Password changed."))
        elif args.action == "role":
            A.set_role(store, args.name, args.role)
            print(
                translate("Cli", "Account {name} is now {role}.").format(
                    name=args.name, role=translate("Roles", R.ROLE_LABELS[args.role])
                )
            )
        elif args.action in ("disable", "enable"):
            A.set_active(store, args.name, args.action == "enable")
            text = (
                translate("Cli", "Account {name} may log in.")
                if args.action == "enable"
                else translate("Cli", "Account {name} may no longer log in.")
            )
            print(text.format(name=args.name))
        else:  # idle-lock
            if args.minutes is not None:
                A.set_idle_minutes(store, args.minutes)
            print(
                translate(
                    "Cli",
                    "The window locks after %n minute(s) without input.",
                    None,
                    A.idle_minutes(store),
                )
            )
    finally:
        store.close()
    return 0


def _recover(args) -> int:
    """A new password for NAME, the store opened with its recovery key: whoever holds the key
    may open the data, so it stands for that account while its password is set."""
    import os

    from desktop.cli.common import ask_password
    from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
    from desktop.domain.text import fold
    from desktop.services import accounts as A
    from desktop.services import encryption
    from desktop.storage.engine import resolve_data_dir
    from desktop.storage.store import Store

    data_dir = resolve_data_dir(args.data_dir)
    if not args.name:
        raise UserError(
            Message(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Name the account whose password to set: milma accounts password NAME"
                    " --recovery.",
                ),
            )
        )
    if not encryption.is_encrypted(data_dir):
        raise UserError(
            Message(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli", "This data store is not encrypted: it has no recovery key."
                ),
            )
        )
    recovery = os.environ.get("MILMA_RECOVERY_KEY")
    if recovery is None:
        recovery = ask_password(translate("Cli", "Recovery key: "))
    encryption.unlock_with_recovery(data_dir, recovery)
    store = Store.open(data_dir)
    try:
        found = [a for a in A.accounts(store) if a.username == fold(args.name.strip())]
        if not found:
            raise UserError(
                Message(
                    "Cli",
                    QT_TRANSLATE_NOOP("Cli", "There is no account called {name}."),
                    {"name": args.name},
                )
            )
        store.log_in(found[0])
        A.set_password(store, found[0].username, new_password("MILMA_NEW_PASSWORD"))
    finally:
        store.close()
    print(translate("Cli", "Password changed."))
    return 0
