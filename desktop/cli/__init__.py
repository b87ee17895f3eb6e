"""The `milma` command: thin, over the services. Exit 0 on success, 1 with a one-line message
for a user error, 2 for bad usage. Never a traceback."""

from __future__ import annotations

import argparse
import logging
import sys

from desktop import __version__
from desktop.domain.messages import UserError
from desktop.i18n import normalise_language, render, set_language, system_language, translate
from desktop.i18n.argparse_texts import install as install_argparse_texts

log = logging.getLogger("milma.cli")


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so main() decides what is printed."""

    def error(self, message):  # noqa: D401 - argparse API
        raise UsageError(message)


def _commands():
    from desktop.cli import (
        accounts,
        agenda,
        audit,
        backup,
        connectors,
        demo,
        erase,
        exchange,
        followups,
        import_table,
        indicators,
        itinerary,
        keys,
        participants,
        retention,
        setup,
        subject_access,
    )

    return [
        setup,
        demo,
        participants,
        agenda,
        followups,
        indicators,
        itinerary,
        keys,
        exchange,
        connectors,
        import_table,
        subject_access,
        erase,
        retention,
        audit,
        backup,
        accounts,
    ]


def build_parser() -> Parser:
    parser = Parser(
        prog="milma",
        description=translate(
            "Cli",
            "MILMA Desktop from the command line: set up a laptop, create demo data, list"
            " participants.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"milma {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "Cli", "folder of the data store (default: $MILMA_DATA_DIR or the user data folder)"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=("es", "en", "fr"),
        help=translate("Cli", "language of messages (default: from LANG)"),
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=translate(
            "Cli",
            "the account to log in as (default: $MILMA_USER); its password from $MILMA_PASSWORD or"
            " asked",
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in _commands():
        module.register(sub)
    return parser


def _early_language(argv: list[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return normalise_language(argv[i + 1]) or system_language()
        if arg.startswith("--lang="):
            return normalise_language(arg.split("=", 1)[1]) or system_language()
    return system_language()


def _core_app():
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() or QCoreApplication(["milma"])


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    app = _core_app()  # noqa: F841 - holds the translators
    set_language(_early_language(argv))
    install_argparse_texts()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(translate("Cli", "milma: error: {detail}").format(detail=exc), file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    from desktop.logs import setup_logging

    setup_logging()
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(
            translate("Cli", "milma: {message}").format(message=render(exc.message)),
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print(translate("Cli", "milma: interrupted; nothing more was written."), file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except Exception:  # noqa: BLE001 - the user never sees a traceback
        log.exception("unexpected error in command %s", args.command)
        print(
            translate("Cli", "milma: unexpected error; details are in the log file."),
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
