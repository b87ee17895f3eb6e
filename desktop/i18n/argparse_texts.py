"""argparse's own texts ("usage: ", "the following arguments are required: %s"...) in the
interface language.

argparse looks its texts up through a module-level gettext function ``_``; :func:`install`
replaces it with a lookup in our catalogue (context "Argparse"). The texts below are
argparse's own source strings, marked here so that pyside6-lupdate collects them; their
%-placeholders are filled by argparse and must stay in every translation.
"""

from __future__ import annotations

import argparse

from desktop.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "Argparse"

TEXTS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
)
_KNOWN = frozenset(TEXTS)


def _gettext(text: str) -> str:
    if text not in _KNOWN:
        return text
    from desktop.i18n import translate

    out = translate(CONTEXT, text)
    # a translation that lost one of argparse's placeholders would break its formatting
    return out if out.count("%") == text.count("%") else text


def install() -> None:
    """Route argparse's texts through the current interface language (idempotent)."""
    argparse._ = _gettext  # type: ignore[attr-defined]  # argparse's own gettext alias, not in its stubs
