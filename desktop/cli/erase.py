"""`milma erase CODE [--yes]`: erase a participant for good (desktop.services.erasure), after a
question unless ``--yes``. Coordinators and administrators only; a laptop is refused."""

from __future__ import annotations

from desktop.cli.common import confirm, open_store
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.i18n import translate
from desktop.services import erasure
from desktop.services.participants import by_code


def register(sub) -> None:
    p = sub.add_parser(
        "erase",
        help=translate(
            "Cli",
            "erase a participant and every record about them, for good (coordinators and"
            " administrators)",
        ),
    )
    p.add_argument("code", metavar="CODE", help=translate("Cli", "participant code"))
    p.add_argument(
        "--yes", action="store_true", help=translate("Cli", "do not ask for confirmation")
    )
    p.set_defaults(func=run)


def run(args) -> int:
    store = open_store(args)
    try:
        why = erasure.refusal(store)
        if why is not None:
            raise erasure.ErasureRefused(why)
        person = by_code(store, args.code)
        if not args.yes:
            question = translate(
                "Cli",
                "Erase {code} and every record about them, on this store and, with the next"
                " reference data, on every laptop? This cannot be undone. [y/N] ",
            ).format(code=person["code"])
            if not confirm(question):
                raise UserError(Message("Cli", QT_TRANSLATE_NOOP("Cli", "Nothing was erased.")))
        done = erasure.erase(store, person["id"])
    finally:
        store.close()
    print(
        translate("Cli", "Erased {code}: %n record(s) removed.", None, done.records).format(
            code=done.code
        )
    )
    if done.backup is not None:
        print(
            translate(
                "Cli",
                "The backups made before, {backup} among them, still hold them until the rotation"
                " removes them.",
            ).format(backup=done.backup.name)
        )
    return 0
