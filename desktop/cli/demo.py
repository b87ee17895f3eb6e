"""`milma demo`."""

from __future__ import annotations

from desktop.cli.common import open_store
from desktop.i18n import translate
from desktop.services.demo import generate


def register(sub) -> None:
    p = sub.add_parser(
        "demo", help=translate("Cli", "add realistic demo data (deterministic per seed)")
    )
    p.add_argument(
        "--participants",
        type=int,
        required=True,
        metavar="N",
        help=translate("Cli", "how many participants to create"),
    )
    p.add_argument(
        "--seed", type=int, default=1, metavar="S", help=translate("Cli", "random seed (default 1)")
    )
    p.set_defaults(func=run)


def run(args) -> int:
    from desktop.services.accounts import DEMO_PASSWORD, DEMO_USER, ensure_demo_account

    store = open_store(args)
    try:
        counts = generate(store, args.participants, args.seed)
        demo = ensure_demo_account(store)
    finally:
        store.close()
    print(translate("Cli", "Demo data added: %n participant(s).", None, counts["participant"]))
    if demo is not None:
        print(
            translate("Cli", "Log in as {user} with the password {password}.").format(
                user=DEMO_USER, password=DEMO_PASSWORD
            )
        )
    return 0
