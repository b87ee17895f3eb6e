"""The one lifecycle of a form's draft and of its unsaved changes, for every form that keeps
drafts (a record's dialog, a meeting, a participant's registration or edit, a life story).

While the user types, the form's values are kept on disk a moment after each edit
(desktop.storage.drafts: sealed with the store's key where the store is encrypted), and when
the form is hidden without a decision (the application quitting, a parent closing). A draft
that survived a crash is offered back when the form opens again. Saving, or discarding the
changes, drops it. Closing a form with unsaved changes asks first: save, discard or go on
editing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer

from desktop.storage.drafts import Drafts

log = logging.getLogger("milma.ui.forms")

DELAY_MS = 1000  # from the last edit to the draft kept
CLOSE, SAVE, STAY = "close", "save", "stay"


class DraftKeeper(QObject):
    """The draft of one form. ``key`` names it (a text, or a function giving it when the form
    shows one record after another); ``values()`` and ``dirty()`` read the form. Without
    ``drafts`` (a form that keeps none) it only answers the question before closing."""

    def __init__(
        self,
        parent: QObject,
        drafts: Drafts | None,
        key: str | Callable[[], str],
        values: Callable[[], dict],
        dirty: Callable[[], bool],
    ):
        super().__init__(parent)
        self.drafts = drafts
        self._key = key
        self._values = values
        self.dirty = dirty
        self.decided = False  # saved or discarded: nothing more to keep
        self.timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self.timer.timeout.connect(self.keep)

    @property
    def key(self) -> str:
        return self._key() if callable(self._key) else self._key

    def edited(self) -> None:
        """The user changed something: keep a draft a moment after the last edit."""
        if self.drafts is not None and self.dirty():
            self.timer.start(DELAY_MS)

    def keep(self) -> None:
        """Keep the form's values now; a form back to what is saved keeps none."""
        if self.drafts is None or self.decided:
            return
        if not self.dirty():
            self.drafts.discard(self.key)
            return
        try:
            self.drafts.save(self.key, self._values())
        except OSError as exc:  # a full or read-only disk: the form goes on, unsaved
            log.warning("could not keep a draft: %s", type(exc).__name__)

    def load(self) -> dict | None:
        """The draft kept for this form, if any."""
        return self.drafts.load(self.key) if self.drafts is not None else None

    def saved_at(self) -> datetime | None:
        return self.drafts.saved_at(self.key) if self.drafts is not None else None

    def discard(self) -> None:
        self.timer.stop()
        if self.drafts is not None:
            self.drafts.discard(self.key)

    def finish(self) -> None:
        """Saved, or the changes thrown away: the draft goes."""
        self.decided = True
        self.discard()

    def hidden(self) -> None:
        """The form is hidden without a decision (the application quitting): keep its draft."""
        if not self.decided and self.dirty():
            self.keep()
        self.timer.stop()

    def leaving(self, ask: Callable[[], str], final: bool = True) -> str:
        """What the user's closing the form means now: CLOSE (nothing unsaved, or the changes
        discarded: the draft is dropped), SAVE (save first) or STAY (go on editing). ``ask()``
        asks them ("save", "discard" or anything else), only when there are unsaved changes.
        ``final=False``: the form stays, to show another record (its drafts go on)."""
        if not self.decided and self.dirty():
            answer = ask()
            if answer == "save":
                return SAVE
            if answer != "discard":
                return STAY
        if final:
            self.finish()
        else:
            self.discard()
        return CLOSE

    def must_ask(self) -> bool:
        """Whether closing the window must go through the question (unsaved changes)."""
        return not self.decided and self.dirty()
