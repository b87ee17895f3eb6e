"""The participant page's "Erase…" (coordinators and administrators only): one clear question
naming the participant's code, then the erasure in the background (desktop.services.erasure);
the page goes back to the list and every screen redraws. Registered in
desktop.ui.navigation.PARTICIPANT_ACTIONS, shown only where desktop.services.erasure.allowed."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.i18n import translate
from desktop.services import erasure, records
from desktop.ui import errors, jobs
from desktop.ui.jobs import Job

log = logging.getLogger("milma.ui.erasure")


def question(code: str) -> str:
    return translate(
        "Erasure",
        "Erase {code} for good?\n\nEvery record about this person (profile, sessions, goals, life"
        " story, meetings, referrals, surveys, job outcomes, consents, unsaved drafts) is removed"
        " from this store, and from every laptop with the next reference data. Edits still on a"
        " laptop will not bring them back. The backups made before keep them until the rotation"
        " deletes them.\n\nThis cannot be undone.",
    ).format(code=code)


def erase_participant(parent: QWidget | None, store, participant_id: str) -> Job | None:
    """Ask, then erase; returns the job, None when refused or not confirmed."""
    why = erasure.refusal(store)
    if why is not None:
        errors.show_error(parent, erasure.ErasureRefused(why))
        return None
    person = records.get(store, "participant", participant_id)
    if (
        errors.ask(
            parent, question(person["code"]), title=translate("Erasure", "Erase a participant")
        )
        != "yes"
    ):
        return None
    if parent is not None and hasattr(parent, "can_close") and not parent.can_close():
        return None  # unsaved edits the user chose to keep

    def done(result: erasure.Erased) -> None:
        alive = parent is not None and isValid(parent)
        if alive and hasattr(parent, "back_requested"):
            parent.back_requested.emit()
        errors.inform(
            parent if alive else None,
            translate(
                "Erasure", "{code} was erased: %n record(s) removed.", None, result.records
            ).format(code=result.code),
        )

    log.info("erasure asked")
    return jobs.runner().run(
        "erasure",
        lambda _job: erasure.erase(store, participant_id),
        on_done=done,
        cancellable=False,
    )
