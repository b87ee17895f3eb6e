"""Helpers shared by the subcommands: opening the store, printing rows."""

from __future__ import annotations

import csv
import json
import os
import sys
from datetime import date, datetime

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.i18n import translate
from desktop.storage.engine import resolve_data_dir
from desktop.storage.store import Store


def open_store(args, *, log_in: bool = True) -> Store:
    """The data store, logged in as the account named by --user (or $MILMA_USER) with the
    password from $MILMA_PASSWORD or asked at the terminal. A store without accounts (made
    before them) opens as before. An encrypted store is unlocked first with that password (its
    database cannot be read before: desktop.services.encryption)."""
    data_dir = resolve_data_dir(args.data_dir)
    from desktop.services import encryption

    credentials = None
    if encryption.is_encrypted(data_dir) and not encryption.is_unlocked(data_dir):
        from desktop.domain.roles import lockout_delay

        credentials = _credentials(args)
        encryption.before_open(data_dir, *credentials, delay=lockout_delay)
    store = Store.open(data_dir)
    if log_in:
        try:
            log_in_from(args, store, credentials)
        except BaseException:
            store.close()
            raise
    return store


def log_in_from(args, store: Store, credentials: tuple[str, str] | None = None) -> None:
    """Log in; a plain store made before encryption is encrypted at its administrator's first
    log-in (desktop.services.encryption.at_login), its recovery key printed once on stderr
    (stdout may be a command's data) unless the window has the folder open (it converts the
    store at its own log-in: its connections must not see the file replaced under them)."""
    from desktop.services import accounts, encryption

    if not accounts.has_accounts(store):
        return
    user, password = credentials or _credentials(args)
    accounts.login(store, user, password)
    if not encryption.is_encrypted(store.data_dir) and not window_open(store.data_dir):
        print_recovery_key(encryption.at_login(store, user, password), sys.stderr)


WINDOW_LOCK = (
    "milma-desktop.lock"  # the window's lock file in the data folder (ui/single_instance.py)
)


def window_open(data_dir) -> bool:
    """Whether a window has the data folder open (its lock file names a running process)."""
    from pathlib import Path

    try:
        pid = int(
            Path(data_dir, WINDOW_LOCK)
            .read_text(encoding="utf-8", errors="replace")
            .split("\n", 1)[0]
        )
    except FileNotFoundError:
        return False
    except (OSError, ValueError):
        return True  # a lock file we cannot read: as if the window were there
    if os.name == "nt":
        return True  # no safe test of a process there: the lock file says the window is open
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False  # a lock left by a window that died
    except OSError:
        return True
    return True


def print_recovery_key(recovery: str | None, stream=None) -> None:
    """The recovery key of a store encrypted just now, printed once with what it is for."""
    if recovery is None:
        return
    stream = stream or sys.stdout
    print(
        translate(
            "Cli",
            "The data is now encrypted. Its recovery key opens it when every password is "
            "forgotten: print it or write it down and keep it in a safe, away from the "
            "laptop. It is shown only now:",
        ),
        file=stream,
    )
    print(f"    {recovery}", file=stream)


def _credentials(args) -> tuple[str, str]:
    user = getattr(args, "user", None) or os.environ.get("MILMA_USER")
    if not user:
        raise UserError(
            Message(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "This data store has accounts: name yours with --user NAME or MILMA_USER.",
                ),
            )
        )
    password = os.environ.get("MILMA_PASSWORD")
    if password is None:
        password = ask_password(translate("Cli", "Password for {user}: ").format(user=user))
    return user, password


def ask_password(prompt: str) -> str:
    """A password typed at the terminal, not echoed; none without a terminal (scripts set
    MILMA_PASSWORD)."""
    import getpass

    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(
            Message(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli", "A password is needed: type it at a terminal, or set MILMA_PASSWORD."
                ),
            )
        )
    try:
        return getpass.getpass(prompt, stream=sys.stderr)
    except EOFError:
        return ""


def new_password(env: str) -> str:
    """A new password: from the variable ``env`` for scripts, else typed twice."""
    from desktop.services.accounts import check_new_password

    given = os.environ.get(env)
    if given is not None:
        check_new_password(given)
        return given
    first = ask_password(translate("Cli", "New password: "))
    check_new_password(first, ask_password(translate("Cli", "The same password again: ")))
    return first


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
