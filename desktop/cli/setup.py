"""`milma init`: set up a laptop for a site and, with --admin, create its administrator."""

from __future__ import annotations

from desktop.cli.common import new_password, open_store, print_recovery_key
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.i18n import translate
from desktop.services.setup import init_device


def register(sub) -> None:
    p = sub.add_parser("init", help=translate("Cli", "set up this laptop for a site"))
    p.add_argument(
        "--site",
        choices=("CIFE", "LOS_ARCOS"),
        help=translate("Cli", "the training site this laptop works at"),
    )
    p.add_argument("--device-name", metavar="NAME", help=translate("Cli", "a name for this laptop"))
    p.add_argument(
        "--technician", metavar="NAME", help=translate("Cli", "the technician who uses this laptop")
    )
    p.add_argument(
        "--admin",
        metavar="NAME",
        help=translate(
            "Cli",
            "create the administrator account NAME (password from MILMA_PASSWORD or asked twice)",
        ),
    )
    p.set_defaults(func=run)


def run(args) -> int:
    from desktop.services import accounts

    store = open_store(args)  # logs in when the store has accounts already
    try:
        site = args.site or store.meta.get("site")
        if not site:
            raise UserError(
                Message(
                    "Cli",
                    QT_TRANSLATE_NOOP(
                        "Cli", "Choose the laptop's site with --site CIFE or --site LOS_ARCOS."
                    ),
                )
            )
        info = init_device(store, site, args.device_name, args.technician)
        admin = recovery = None
        if args.admin:
            from desktop.services import encryption

            password = new_password("MILMA_PASSWORD")
            admin = accounts.create_account(
                store, args.admin, password, "administrator", args.technician
            )
            recovery = encryption.after_login(
                store, admin.username, password
            )  # the store encrypted now
    finally:
        store.close()
    print(
        translate("Cli", "Laptop {name} set up for site {site} (device tag {tag}).").format(
            name=info["device_name"], site=info["site"], tag=info["device_tag"]
        )
    )
    print_recovery_key(recovery)
    if admin is not None:
        print(translate("Cli", "Administrator account {name} created.").format(name=admin.username))
    return 0
