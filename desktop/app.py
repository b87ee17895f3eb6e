"""`milma-desktop`: builds the QApplication and the main window.

    milma-desktop [--data-dir DIR] [--demo N] [--smoke]

Exit 0 on success, 1 with a one-line message when the data cannot be opened or the smoke
check failed, 2 for bad arguments. Never a traceback: unexpected errors are logged (no
personal data) and shown as a translated message.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys

from desktop import __version__

log = logging.getLogger("milma.app")

SMOKE_TIMEOUT_MS = 120_000


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # noqa: D401 - argparse API
        raise UsageError(message)


def _non_negative(text: str) -> int:
    from desktop.i18n import translate

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("App", "not a whole number: {value}").format(value=text)
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(
            translate("App", "must be 0 or more: {value}").format(value=value)
        )
    return value


def build_parser() -> _Parser:
    from desktop.i18n import translate

    parser = _Parser(
        prog="milma-desktop",
        description=translate(
            "App",
            "MILMA Desktop: participants, itineraries, coaching, life stories and connector"
            " meetings.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"milma-desktop {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "App", "folder of the data store (default: $MILMA_DATA_DIR or the user data folder)"
        ),
    )
    parser.add_argument(
        "--demo",
        metavar="N",
        type=_non_negative,
        help=translate("App", "fill an empty data store with N demo participants first"),
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=translate(
            "App", "open the main window, wait until the first screen has loaded, then exit"
        ),
    )
    return parser


def _application():
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(["milma-desktop"])
    app.setApplicationName("milma-desktop")
    app.setOrganizationName("MILMA")
    app.setApplicationDisplayName("MILMA Desktop")
    return app


def _preload() -> None:
    """Import what the first screen needs below the user interface before Qt: once PySide6 is
    imported, its import hook reads the source of every module imported after it."""
    import json  # noqa: F401 - drafts
    import traceback  # noqa: F401 - error reports

    import babel.dates  # noqa: F401
    import babel.numbers  # noqa: F401

    import desktop.domain.schema  # noqa: F401
    import desktop.logs  # noqa: F401
    import desktop.services.participant_list  # noqa: F401
    import desktop.services.setup  # noqa: F401
    import desktop.storage.store  # noqa: F401


# The storage and service layers, imported once the first screen is shown so that opening a
# participant or saving a form does not wait for them: one module per turn of the event loop
# (on the main thread: importing in a thread can meet a circular import half done).
WARM_UP = (
    "sqlalchemy.orm",
    "sqlmodel",
    "desktop.storage.models",
    "desktop.storage.journal",
    "desktop.services.records",
    "desktop.services.participants",
    "desktop.services.itinerary",
)


def _warm_up(modules: tuple[str, ...] = WARM_UP) -> None:
    import importlib

    from PySide6.QtCore import QTimer

    if modules:
        importlib.import_module(modules[0])
        QTimer.singleShot(0, lambda: _warm_up(modules[1:]))
    else:
        _settle()


DAILY_BACKUP_DELAY_MS = 3_000  # once the modules behind the first clicks are loaded


def _daily_backup(window) -> None:
    from desktop.ui.daily_backup import start_daily_backup

    try:
        start_daily_backup(window)
    except Exception:  # noqa: BLE001 - a backup that cannot start never closes the window
        log.exception("the daily backup could not be started")


# Start-up makes objects that live as long as the application (modules, classes, Qt wrappers):
# the cyclic collector is off while they are made, then they are frozen out of its sight, so
# neither start-up nor every later full collection spends time walking them.
SETTLE_FALLBACK_MS = 10_000


def _settle() -> None:
    """Start-up is over (warmed up, given up, or the application is leaving): freeze what it
    made, and collect again from now on."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(argv)
    finally:
        if collecting:
            _settle()


def _main(argv: list[str]) -> int:
    if "PySide6" not in sys.modules:
        _preload()
    app = _application()
    from desktop.i18n import render, set_language, translate
    from desktop.i18n.preferences import load_language

    set_language(load_language())
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(
            translate("App", "milma-desktop: error: {detail}").format(detail=exc), file=sys.stderr
        )
        return 2
    except SystemExit as exc:  # --help, --version
        return int(exc.code or 0)

    from desktop.logs import setup_logging
    from desktop.ui import errors

    setup_logging()
    errors.install_excepthook()
    failures: list[str] = []

    def fail(text: str) -> None:
        if not failures:
            print(
                translate("App", "milma-desktop: {message}").format(message=text.splitlines()[0]),
                file=sys.stderr,
            )
        failures.append(text)
        app.exit(1)

    if args.smoke:
        errors.non_interactive = fail

    from desktop.domain.messages import UserError
    from desktop.storage.engine import resolve_data_dir
    from desktop.ui.single_instance import SingleInstance

    data_dir = resolve_data_dir(args.data_dir)
    instance = SingleInstance(data_dir)
    if not instance.claim():  # one window per data folder: the open one comes to the front
        return _already_open(instance, args)
    try:
        store = _open_store(data_dir, args)
        if store is None:  # an encrypted store, and the user quit at its log-in
            instance.release()
            return 0
    except UserError as exc:
        print(
            translate("App", "milma-desktop: {message}").format(message=render(exc.message)),
            file=sys.stderr,
        )
        if not args.smoke:
            errors.show_error(None, exc)
        return 1
    try:
        return _run(app, store, args, fail, failures, instance)
    except UserError as exc:
        print(
            translate("App", "milma-desktop: {message}").format(message=render(exc.message)),
            file=sys.stderr,
        )
        return 1
    except Exception:  # noqa: BLE001 - the user never sees a traceback
        log.exception("unexpected error at start-up")
        print(
            translate("App", "milma-desktop: unexpected error; details are in the log file."),
            file=sys.stderr,
        )
        return 1
    finally:
        store.close()
        instance.release()


def _open_store(data_dir, args):
    """The store of ``data_dir``; an encrypted one is opened by logging in first (its database
    cannot be read before: desktop.services.encryption), with $MILMA_USER and $MILMA_PASSWORD
    under ``--smoke``. None: the user quit at the log-in."""
    import os

    from desktop.services import encryption
    from desktop.storage.store import Store

    if not encryption.is_encrypted(data_dir) or encryption.is_unlocked(data_dir):
        return Store.open(data_dir)
    if args.smoke:
        from desktop.domain.roles import lockout_delay
        from desktop.services import accounts

        user, password = os.environ.get("MILMA_USER") or "", os.environ.get("MILMA_PASSWORD") or ""
        encryption.before_open(data_dir, user, password, delay=lockout_delay)
        store = Store.open(data_dir)
        accounts.login(store, user, password)
        return store
    from desktop.ui.login import LoginDialog

    dialog = LoginDialog(None, data_dir=data_dir)
    return dialog.store if dialog.exec() else None


def _show_recovery_key(recovery_key: str | None) -> None:
    """The recovery key of a store encrypted just now, shown once."""
    if recovery_key:
        from desktop.ui.recovery_key import RecoveryKeyDialog

        RecoveryKeyDialog(recovery_key).exec()


def _already_open(instance, args) -> int:
    from desktop.i18n import translate
    from desktop.ui import errors
    from desktop.ui.single_instance import already_open_text, not_answering_text

    answered = instance.ask_first_to_show()
    text = already_open_text() if answered else not_answering_text()
    print(translate("App", "milma-desktop: {message}").format(message=text), file=sys.stderr)
    if not answered and not args.smoke:
        errors.show_error(None, text)
    return 1


def _run(app, store, args, fail, failures, instance) -> int:
    from PySide6.QtCore import QTimer

    from desktop.i18n import translate

    if args.demo:
        from desktop.services import participants
        from desktop.services.demo import generate

        if participants.count(store) == 0:
            log.info("creating %d demo participants", args.demo)
            gc.enable()  # not start-up objects: most of what the demo makes is gone when it ends
            try:
                generate(store, args.demo)
            finally:
                gc.collect()
                gc.disable()
        else:
            print(
                translate(
                    "App",
                    "milma-desktop: the data store already has participants; no demo data added.",
                ),
                file=sys.stderr,
            )
        from desktop.services.accounts import ensure_demo_account

        ensure_demo_account(
            store
        )  # user demo, password milma-demo (README), in a store without accounts

    from desktop.ui.single_instance import bring_to_front

    shown = {}
    instance.activated.connect(lambda: bring_to_front(shown.get("window")))
    if not _logged_in(store, args):
        return 0

    from desktop.ui.main_window import MainWindow

    window = shown["window"] = MainWindow(store)
    if args.smoke:
        window.first_screen_loaded.connect(lambda: app.exit(0 if not failures else 1))
        QTimer.singleShot(
            SMOKE_TIMEOUT_MS,
            lambda: fail(translate("App", "the first screen did not load in time.")),
        )
    else:
        window.first_screen_loaded.connect(lambda: QTimer.singleShot(0, _warm_up))
        window.first_screen_loaded.connect(
            lambda: QTimer.singleShot(DAILY_BACKUP_DELAY_MS, lambda: _daily_backup(window))
        )  # the first start of the day
        QTimer.singleShot(SETTLE_FALLBACK_MS, _settle)  # should the first screen never load
    if store.account is not None and not args.smoke:
        from desktop.ui.session_lock import SessionLock

        window.session_lock = SessionLock(
            store, window
        )  # locks after the idle time and on screen lock
    window.show_on_screen()  # maximised on a laptop screen the first time
    code = app.exec()
    if args.smoke:
        window.close()
    if failures:
        return 1
    return code


def _logged_in(store, args) -> bool:
    """A new laptop is set up and its administrator created (the first-start dialog), a laptop
    set up before accounts gets its administrator, any other logs in. False: the user quit.
    ``--smoke`` logs in as $MILMA_USER with $MILMA_PASSWORD when the store has accounts."""
    import os

    from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
    from desktop.i18n import translate
    from desktop.services import accounts

    if store.account is not None:  # logged in already, to open the encrypted store
        return True
    if args.smoke:
        if accounts.has_accounts(store):
            user, password = os.environ.get("MILMA_USER"), os.environ.get("MILMA_PASSWORD")
            if not user or password is None:
                raise UserError(
                    Message(
                        "App",
                        QT_TRANSLATE_NOOP(
                            "App",
                            "the data store has accounts: set MILMA_USER and MILMA_PASSWORD to"
                            " log in.",
                        ),
                    )
                )
            accounts.login(store, user, password)
        return True
    if not store.meta.get("site") or not accounts.has_accounts(store):
        from desktop.ui.first_run import FirstRunDialog

        first = FirstRunDialog(store)
        if not first.exec():
            return False
        _show_recovery_key(
            first.recovery_key
        )  # the store is encrypted with the administrator's account
        return True
    from desktop.ui.login import LoginDialog

    login = LoginDialog(store)
    if not login.exec():
        return False
    _show_recovery_key(
        login.recovery_key
    )  # a store made before encryption, encrypted at this log-in
    if login.without_slot:
        from desktop.ui import errors

        errors.inform(
            None,
            translate(
                "App",
                "The data store is now encrypted. These accounts do not open it "
                "until they have a new password (File > Accounts): {names}.",
            ).format(names=", ".join(login.without_slot)),
        )
    return True


if __name__ == "__main__":
    sys.exit(main())
