"""`milma itinerary CODE -o FILE.pdf` and `milma itinerary --lab NAME --out-dir DIR [--merge]`."""

from __future__ import annotations

from desktop.cli.common import open_store
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.i18n import translate
from desktop.services import audit
from desktop.services import itinerary_docs as docs


def register(sub) -> None:
    p = sub.add_parser(
        "itinerary",
        help=translate("Cli", "print a participant's itinerary, or those of a whole lab, to PDF"),
    )
    p.add_argument("code", metavar="CODE", nargs="?", help=translate("Cli", "participant code"))
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE.pdf",
        help=translate("Cli", "PDF file to write (one participant)"),
    )
    p.add_argument("--lab", metavar="NAME", help=translate("Cli", "every participant of this lab"))
    p.add_argument(
        "--out-dir",
        metavar="DIR",
        help=translate("Cli", "folder for the lab's PDF files (created if missing)"),
    )
    p.add_argument(
        "--merge",
        action="store_true",
        help=translate("Cli", "one PDF holding every itinerary of the lab"),
    )
    p.add_argument(
        "--for-company",
        metavar="NAME",
        help=translate(
            "Cli",
            "printed to give to this partner company (needs the participant's consent to sharing"
            " their CV)",
        ),
    )
    p.add_argument(
        "--lang",
        dest="doc_lang",
        choices=("es", "en", "fr"),
        help=translate(
            "Cli", "language of the document (default: each participant's preferred language)"
        ),
    )
    p.set_defaults(func=run)


def _usage(text: str) -> UserError:
    return UserError(Message("Cli", text))


def run(args) -> int:
    # --lang after the subcommand name is the document's language (`milma itinerary X --lang fr`)
    lang = args.doc_lang
    if args.lab:
        if args.for_company:
            raise _usage(
                QT_TRANSLATE_NOOP(
                    "Cli", "--for-company prints one participant's itinerary, not a lab's."
                )
            )
        if args.code or args.output:
            raise _usage(
                QT_TRANSLATE_NOOP("Cli", "Give either a participant code or --lab, not both.")
            )
        if not args.out_dir:
            raise _usage(QT_TRANSLATE_NOOP("Cli", "--lab needs --out-dir DIR."))
        return _run_lab(args, lang)
    if not args.code or not args.output:
        raise _usage(
            QT_TRANSLATE_NOOP(
                "Cli", "Give a participant code and -o FILE.pdf, or --lab NAME --out-dir DIR."
            )
        )
    store = open_store(args)
    try:
        pid = docs.participant_id_by_code(store, args.code)
        company = docs.find_company(store, args.for_company)["id"] if args.for_company else None
        pdf, _lang = docs.participant_pdf(store, pid, lang, for_company=company)
        target = docs.save_pdf(args.output, pdf)
        audit.printed(store, [pid])
    finally:
        store.close()
    print(translate("Cli", "Itinerary written to {path}").format(path=target))
    return 0


def _run_lab(args, lang: str | None) -> int:
    store = open_store(args)
    try:
        lab = docs.find_lab(store, args.lab)
        items = docs.lab_items(store, lab["id"], lang)
        if not items:
            raise UserError(
                Message(
                    "Itinerary",
                    QT_TRANSLATE_NOOP("Itinerary", "Nobody is enrolled in the lab {name}."),
                    {"name": lab["name"]},
                )
            )
        out_dir = docs.prepare_folder(args.out_dir)
        written = []
        for name, pdf in docs.lab_pdfs(items, args.merge):
            written.append(docs.save_pdf(out_dir / (name or docs.merged_file_name(lab)), pdf))
        audit.printed(store, [data["participant"]["id"] for data, _lang in items])
    finally:
        store.close()
    print(
        translate("Cli", "%n itinerary file(s) written to {path}", None, len(written)).format(
            path=out_dir
        )
    )
    return 0
