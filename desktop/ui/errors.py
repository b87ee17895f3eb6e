"""Showing errors and asking questions without ever showing a traceback.

Every message box of the participants screens goes through :func:`show_error`, :func:`inform`
and :func:`ask`, so tests can replace them (they would block) and so unexpected errors are
logged (ids and types only, never personal data) and shown in the user's language.
"""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.messages import UserError
from desktop.i18n import render, translate

log = logging.getLogger("milma.ui")

# When set (``milma-desktop --smoke``), errors are handed to this function instead of a dialog.
non_interactive = None


def message_of(exc: BaseException) -> str:
    """The text a user sees for an error: the translated message of a UserError, else a
    general sentence (the details go to the log)."""
    if isinstance(exc, UserError):
        return render(exc.message)
    return translate(
        "Errors",
        "Something went wrong. Your saved data is safe; details were written to the log file.",
    )


def show_error(parent: QWidget | None, exc: BaseException | str) -> None:
    text = exc if isinstance(exc, str) else message_of(exc)
    if isinstance(exc, BaseException) and not isinstance(exc, UserError):
        log.error(
            "unexpected error: %s", type(exc).__name__, exc_info=(type(exc), exc, exc.__traceback__)
        )
    if non_interactive is not None:
        non_interactive(text)
        return
    from PySide6.QtWidgets import QMessageBox  # here: its Python enums cost start-up time

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Errors", "MILMA Desktop"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAccessibleName(translate("Errors", "Error message"))
    box.exec()


def inform(parent: QWidget | None, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("Errors", "MILMA Desktop"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.exec()


def ask(
    parent: QWidget | None,
    text: str,
    *,
    discard: bool = False,
    default: str | None = None,
    title: str | None = None,
) -> str:
    """The one way to ask a modal question. Returns "yes"/"no", or with ``discard=True``
    "save"/"discard"/"cancel" (closing the box is "no", or "cancel"). ``default``: the answer
    Enter gives ("no", or "save", unless told); ``title``: the box's title (the application's
    name unless told)."""
    from PySide6.QtWidgets import QMessageBox

    answers = {
        QMessageBox.StandardButton.Yes: "yes",
        QMessageBox.StandardButton.No: "no",
        QMessageBox.StandardButton.Save: "save",
        QMessageBox.StandardButton.Discard: "discard",
        QMessageBox.StandardButton.Cancel: "cancel",
    }
    if discard:
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
    else:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    default = default or ("save" if discard else "no")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title or translate("Errors", "MILMA Desktop"),
        text,
        buttons,
        parent,
    )
    box.setDefaultButton(next(b for b, a in answers.items() if a == default))
    box.setEscapeButton(
        QMessageBox.StandardButton.Cancel if discard else QMessageBox.StandardButton.No
    )
    answer = box.exec()
    return answers.get(QMessageBox.StandardButton(answer), "cancel" if discard else "no")


def excepthook(exc_type, exc, tb) -> None:
    """Last resort for errors escaping a slot: log the details, show a translated message."""
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    log.error("uncaught %s", exc_type.__name__, exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        sys.stderr.write(message_of(exc) + "\n")
        return
    try:
        show_error(
            QApplication.activeWindow(),
            (
                exc
                if isinstance(exc, UserError)
                else translate(
                    "Errors",
                    "Something went wrong. Your saved data is safe; details were written to the log"
                    " file.",
                )
            ),
        )
    except Exception:  # noqa: BLE001 - never loop on a failing dialog
        sys.stderr.write("".join(traceback.format_exception_only(exc_type, exc)))


def install_excepthook() -> None:
    sys.excepthook = excepthook
