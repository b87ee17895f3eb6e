"""`milma init`."""

from __future__ import annotations

from desktop.cli.common import open_store
from desktop.i18n import translate
from desktop.services.setup import init_device


def register(sub) -> None:
    p = sub.add_parser("init", help=translate("Cli", "set up this laptop for a site"))
    p.add_argument("--site", required=True, choices=("CIFE", "LOS_ARCOS"),
                   help=translate("Cli", "the training site this laptop works at"))
    p.add_argument("--device-name", metavar="NAME", help=translate("Cli", "a name for this laptop"))
    p.add_argument("--technician", metavar="NAME", help=translate("Cli", "the technician who uses this laptop"))
    p.set_defaults(func=run)


def run(args) -> int:
    store = open_store(args)
    try:
        info = init_device(store, args.site, args.device_name, args.technician)
    finally:
        store.close()
    print(translate("Cli", "Laptop {name} set up for site {site} (device tag {tag}).").format(
        name=info["device_name"], site=info["site"], tag=info["device_tag"]))
    return 0
