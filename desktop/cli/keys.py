"""`milma keys ...`: this store's keys, the coordinator identity, trust, enrolment, revocation."""

from __future__ import annotations

import getpass
import os
import sys

from desktop.cli.common import open_store, print_json
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.i18n import format_datetime, render, translate
from desktop.services import exchange as svc

ENV_PASSPHRASE = "MILMA_KEY_PASSPHRASE"


def passphrase(confirm: bool = False, prompt: str | None = None) -> str:
    """The coordinator passphrase: $MILMA_KEY_PASSPHRASE, else asked without echo."""
    value = os.environ.get(ENV_PASSPHRASE)
    if value:
        return value
    try:
        first = getpass.getpass(prompt or translate("Cli", "Coordinator passphrase: "))
        if confirm:
            again = getpass.getpass(translate("Cli", "Repeat the passphrase: "))
            if again != first:
                raise UserError(
                    Message(
                        "Cli",
                        QT_TRANSLATE_NOOP(
                            "Cli", "The two passphrases differ; nothing was changed."
                        ),
                    )
                )
    except EOFError:
        raise UserError(
            Message(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "A passphrase is needed: type it at the prompt or set MILMA_KEY_PASSPHRASE.",
                ),
            )
        ) from None
    return first


def unlock_if_needed(store) -> str | None:
    """Ask for the passphrase only when this store is a locked coordinator."""
    if svc.needs_passphrase(store):
        value = passphrase()
        svc.unlock(store, value)
        return value
    return None


def register(sub) -> None:
    p = sub.add_parser(
        "keys",
        help=translate(
            "Cli",
            "keys for USB exchanges: show, coordinator identity, trust, enrol and revoke laptops",
        ),
    )
    ks = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = ks.add_parser(
        "init-coordinator",
        help=translate(
            "Cli",
            "make this store the coordinator (creates its identity, protected by a passphrase)",
        ),
    )
    a.set_defaults(func=run_init)
    a = ks.add_parser(
        "show", help=translate("Cli", "show this store's public keys and fingerprint")
    )
    a.add_argument("--format", choices=("text", "json"), default="text")
    a.set_defaults(func=run_show)
    a = ks.add_parser(
        "trust-coordinator",
        help=translate("Cli", "pin the coordinator's public key on this laptop"),
    )
    a.add_argument(
        "age_public_key",
        metavar="AGE_PUBLIC_KEY",
        help=translate(
            "Cli",
            "the coordinator's public key (age1...), or the key file saved on the coordinator with"
            " 'milma keys show --format json'",
        ),
    )
    a.set_defaults(func=run_trust)
    a = ks.add_parser(
        "enrol-device", help=translate("Cli", "enrol a laptop's signing key (coordinator)")
    )
    a.add_argument(
        "key",
        metavar="PUBLIC_KEY_OR_FILE",
        help=translate(
            "Cli",
            "the laptop's signing key, or a file with the output of 'milma keys show --format json'"
            " on it",
        ),
    )
    a.add_argument(
        "--fingerprint",
        metavar="FP",
        help=translate(
            "Cli", "the fingerprint the laptop shows; enrolment is refused if it differs"
        ),
    )
    a.add_argument(
        "--yes", action="store_true", help=translate("Cli", "do not ask to confirm the fingerprint")
    )
    a.set_defaults(func=run_enrol)
    a = ks.add_parser("revoke-device", help=translate("Cli", "revoke a laptop's key (coordinator)"))
    a.add_argument(
        "device",
        metavar="DEVICE",
        help=translate("Cli", "device id or key fingerprint (or a unique start of one)"),
    )
    a.set_defaults(func=run_revoke)
    a = ks.add_parser(
        "backup-identity",
        help=translate("Cli", "write the coordinator identity to a passphrase-encrypted age file"),
    )
    a.add_argument("file", metavar="FILE")
    a.set_defaults(func=run_backup)
    a = ks.add_parser(
        "restore-identity",
        help=translate("Cli", "restore the coordinator identity from a backup file"),
    )
    a.add_argument("file", metavar="FILE")
    a.set_defaults(func=run_restore)


def _with_store(args, fn):
    store = open_store(args)
    try:
        return fn(store)
    finally:
        store.close()


def run_init(args) -> int:
    def go(store):
        return svc.init_coordinator(store, passphrase(confirm=True))

    public = _with_store(args, go)
    print(translate("Cli", "This store is now the coordinator. Its public key:"))
    print(public)
    print(
        translate("Cli", "On each laptop run: milma keys trust-coordinator {key}").format(
            key=public
        )
    )
    print(translate("Cli", "Back up the identity now: milma keys backup-identity FILE"))
    return 0


def run_show(args) -> int:
    def go(store):
        info = svc.key_info(store)
        return info, (svc.devices(store) if info["role"] == "coordinator" else [])

    info, devices = _with_store(args, go)
    if args.format == "json":
        print_json(info)
        return 0
    role = (
        translate("Cli", "coordinator")
        if info["role"] == "coordinator"
        else translate("Cli", "laptop")
    )
    print(translate("Cli", "Role: {role}").format(role=role))
    print(translate("Cli", "Device id: {id}").format(id=info["device_id"]))
    print(translate("Cli", "Signing key: {key}").format(key=info["signing_public_key"]))
    print(translate("Cli", "Fingerprint: {fingerprint}").format(fingerprint=info["fingerprint"]))
    print(translate("Cli", "Age public key: {key}").format(key=info["age_public_key"]))
    if info.get("trusted_coordinator"):
        print(
            translate("Cli", "Trusted coordinator: {key}").format(key=info["trusted_coordinator"])
        )
    elif info["role"] == "laptop":
        print(
            translate(
                "Cli",
                "No coordinator trusted yet: run 'milma keys trust-coordinator AGE_PUBLIC_KEY'.",
            )
        )
    if info.get("revoked"):
        print(translate("Cli", "Warning: the coordinator has revoked this laptop's key."))
    for d in devices:
        state = (
            translate("Cli", "revoked {date}").format(date=format_datetime(_dt(d["revoked_ms"])))
            if d["revoked_ms"]
            else translate("Cli", "enrolled")
        )
        print(
            translate("Cli", "Laptop {device} {fingerprint}: {state}").format(
                device=d["device_id"] or "?", fingerprint=d["fingerprint"], state=state
            )
        )
    return 0


def _dt(ms: int):
    from datetime import datetime

    return datetime.fromtimestamp(ms / 1000)


def run_trust(args) -> int:
    key = _with_store(args, lambda store: svc.trust_coordinator(store, args.age_public_key))
    print(translate("Cli", "This laptop now trusts the coordinator {key}.").format(key=key))
    return 0


def run_enrol(args) -> int:
    info = svc.read_enrolment(args.key)
    fp = info["fingerprint"]
    if args.fingerprint:
        from desktop.exchange.keys import normalise_fingerprint

        if normalise_fingerprint(args.fingerprint) != fp:
            raise UserError(
                Message(
                    "Cli",
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "The key's fingerprint {fingerprint} differs from the one given: not"
                        " enrolled.",
                    ),
                    {"fingerprint": fp},
                )
            )
    elif not args.yes and sys.stdin.isatty():
        print(translate("Cli", "Fingerprint: {fingerprint}").format(fingerprint=fp))
        answer = (
            input(translate("Cli", "Is it the fingerprint the laptop shows? [y/N] "))
            .strip()
            .lower()
        )
        if answer not in ("y", "yes", "s", "si", "sí", "o", "oui"):
            print(translate("Cli", "Not enrolled."))
            return 1
    item = _with_store(args, lambda store: svc.enrol_device(store, info))
    print(
        translate("Cli", "Laptop enrolled: {device}, fingerprint {fingerprint}.").format(
            device=item["device_id"] or "?", fingerprint=item["fingerprint"]
        )
    )
    if item.get("warning") is not None:
        print(render(item["warning"]), file=sys.stderr)
    return 0


def run_revoke(args) -> int:
    item = _with_store(args, lambda store: svc.revoke_device(store, args.device))
    print(
        translate(
            "Cli",
            "Laptop {device} revoked (fingerprint {fingerprint}); the revocation goes out with the"
            " next reference data.",
        ).format(device=item["device_id"] or "?", fingerprint=item["fingerprint"])
    )
    return 0


def run_backup(args) -> int:
    path = _with_store(args, lambda store: svc.backup_identity(store, args.file, passphrase()))
    print(
        translate(
            "Cli", "Coordinator identity written to {path} (encrypted with the passphrase)."
        ).format(path=path)
    )
    return 0


def run_restore(args) -> int:
    public = _with_store(args, lambda store: svc.restore_identity(store, args.file, passphrase()))
    print(translate("Cli", "Coordinator identity restored: {key}").format(key=public))
    return 0
