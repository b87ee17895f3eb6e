"""`milma backup [--to DIR]`, `milma backup list` and `milma restore FILE [--yes]`."""

from __future__ import annotations

from pathlib import Path

from desktop.cli.common import confirm, open_store, print_json, print_table
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.i18n import format_datetime, format_size, translate
from desktop.services import backups as svc
from desktop.storage.engine import resolve_data_dir


def register(sub) -> None:
    p = sub.add_parser("backup", help=translate("Cli", "back up the data now, or list the backups"))
    p.add_argument(
        "action",
        nargs="?",
        choices=("list",),
        metavar="list",
        help=translate("Cli", "list the backups, newest first, instead of making one"),
    )
    p.add_argument(
        "--to",
        metavar="DIR",
        help=translate(
            "Cli",
            "write the backup into this folder only (a USB stick), instead of the data folder's"
            " backups",
        ),
    )
    p.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help=translate("Cli", "how 'backup list' prints the backups"),
    )
    p.set_defaults(func=run_backup)
    r = sub.add_parser(
        "restore",
        help=translate(
            "Cli", "replace the data by a backup (what is there now is backed up first)"
        ),
    )
    r.add_argument(
        "file",
        metavar="FILE",
        help=translate("Cli", "a backup file, from 'milma backup list' or a USB stick"),
    )
    r.add_argument(
        "--yes", action="store_true", help=translate("Cli", "do not ask for confirmation")
    )
    r.set_defaults(func=run_restore)


def kind_label(kind: str) -> str:
    return translate("Backups", svc.KIND_LABELS[kind]) if kind in svc.KIND_LABELS else kind


def run_backup(args) -> int:
    if args.action == "list":
        return _list(args)
    store = open_store(args)
    try:
        path = svc.back_up(store, Path(args.to) if args.to else None)
    finally:
        store.close()
    print(translate("Cli", "Backup made: {path}").format(path=path))
    return 0


def _list(args) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    found = svc.list_backups(data_dir)
    erased = svc.erasure_times(
        data_dir
    )  # backups made before an erasure still hold the people erased
    if args.format == "json":
        print_json(
            [
                {
                    "file": str(b.path),
                    "made_at": b.made_at,
                    "kind": b.kind,
                    "size": b.size,
                    "erased_people": svc.erased_in(b, erased),
                    "removed_by": svc.removed_by(erased, b),
                }
                for b in found
            ]
        )
        return 0
    if not found:
        print(translate("Cli", "No backups yet."))
        return 0
    header = [
        translate("Cli", "Made"),
        translate("Cli", "Why"),
        translate("Cli", "Size"),
        translate("Cli", "File"),
    ]
    rows = [
        [format_datetime(b.made_at), kind_label(b.kind), format_size(b.size), b.name] for b in found
    ]
    if any(svc.erased_in(b, erased) for b in found):
        header.append(translate("Cli", "Erased people it holds"))
        for row, b in zip(rows, found, strict=True):
            until = svc.removed_by(erased, b)
            row.append(
                translate("Cli", "{count}, deleted by {when}").format(
                    count=svc.erased_in(b, erased), when=format_datetime(until)
                )
                if until
                else ""
            )
    print_table(header, rows)
    return 0


def run_restore(args) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    path = Path(args.file).expanduser()
    svc.check(path)  # a file that is not a backup is refused before any question
    _may_restore(args)
    if not args.yes:
        when = svc.made_at(path)
        question = translate(
            "Cli",
            "Replace the data in {folder} by the backup made {when}? What is there now is backed up"
            " first. [y/N] ",
        ).format(folder=data_dir, when=format_datetime(when) if when else path.name)
        if not confirm(question):
            raise UserError(Message("Cli", QT_TRANSLATE_NOOP("Cli", "Nothing was restored.")))
    done = svc.restore(data_dir, path)
    print(translate("Cli", "Restored the backup {file}.").format(file=done.backup.name))
    if done.saved_as is not None:
        text = (
            translate("Cli", "The data that could not be opened was put aside as {path}.")
            if done.damaged
            else translate("Cli", "What was there before is kept as the backup {path}.")
        )
        print(text.format(path=done.saved_as))
    return 0


def _may_restore(args) -> None:
    """Restoring replaces the data: an administrator's, once the store has accounts (a store
    that cannot be opened has no one to ask)."""
    from desktop.services.accounts import require
    from desktop.storage.store import StorageError

    try:
        store = open_store(args)
    except StorageError:
        return
    try:
        require(store, "settings")
    finally:
        store.close()
