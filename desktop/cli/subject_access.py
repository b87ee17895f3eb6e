"""`milma subject-access CODE -o DIR [--lang es|en|fr]`: everything held about a participant, as a
readable PDF and a JSON file (desktop.services.subject_access), named without personal data."""

from __future__ import annotations

from desktop.cli.common import open_store
from desktop.i18n import translate
from desktop.services import subject_access


def register(sub) -> None:
    p = sub.add_parser(
        "subject-access",
        help=translate(
            "Cli",
            "everything held about a participant: a readable PDF and a JSON file of the same data",
        ),
    )
    p.add_argument("code", metavar="CODE", help=translate("Cli", "participant code"))
    p.add_argument(
        "-o",
        "--out-dir",
        dest="out_dir",
        metavar="DIR",
        required=True,
        help=translate("Cli", "folder for the two files (created if missing)"),
    )
    p.add_argument(
        "--lang",
        dest="doc_lang",
        choices=("es", "en", "fr"),
        help=translate(
            "Cli", "language of the document (default: the participant's preferred language)"
        ),
    )
    p.set_defaults(func=run)


def run(args) -> int:
    store = open_store(args)
    try:
        pdf, data = subject_access.export_by_code(store, args.code, args.out_dir, args.doc_lang)
    finally:
        store.close()
    print(translate("Cli", "Written: {pdf} and {json}").format(pdf=pdf, json=data))
    return 0
