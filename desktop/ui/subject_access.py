"""The participant page's "Everything we hold…": asks for a folder, then writes the subject access
PDF and JSON there in the background (desktop.services.subject_access) and says which files it
wrote. Registered in desktop.ui.navigation.PARTICIPANT_ACTIONS."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget
from shiboken6 import isValid

from desktop.i18n import translate
from desktop.services import subject_access
from desktop.ui import errors, jobs
from desktop.ui.jobs import Job

log = logging.getLogger("milma.ui.subject_access")


def ask_folder(parent: QWidget | None) -> str:
    return QFileDialog.getExistingDirectory(
        parent,
        translate("SubjectAccess", "Folder for the files of everything we hold"),
        str(Path.home()),
    )


def export_subject_access(
    parent: QWidget | None, store, participant_id: str, folder: str | Path | None = None
) -> Job | None:
    """Write the two files into ``folder`` (asked when not given); returns the job, None when
    the user chose no folder."""
    folder = folder or ask_folder(parent)
    if not folder:
        return None

    def done(paths) -> None:
        pdf, data = paths
        text = translate(
            "SubjectAccess",
            "Everything we hold about this person was written to {folder}:\n{pdf}\n{json}\n"
            "The file names hold no personal data; keep them safe.",
        ).format(folder=pdf.parent, pdf=pdf.name, json=data.name)
        errors.inform(parent if parent is not None and isValid(parent) else None, text)

    return jobs.runner().run(
        "subject access",
        lambda _job: subject_access.export(store, participant_id, folder),
        on_done=done,
        cancellable=False,
    )
