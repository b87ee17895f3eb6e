"""The day's backup, made at the first start of the day soon after the first screen shows (a light
module: imported then, it keeps start-up as it was)."""

from __future__ import annotations

from desktop.i18n import translate
from desktop.services import backups
from desktop.ui.errors import message_of


def start_daily_backup(window) -> bool:
    """Queue the day's backup in the window's runner when it is due; a failure is said in the
    status bar (the window stays usable). True when queued."""
    store = window.store

    def failed(exc: BaseException) -> None:
        window.statusBar().showMessage(
            translate("Backups", "The daily backup could not be made: {reason}").format(
                reason=message_of(exc)
            ),
            30_000,
        )

    if not store.is_open or not store.initialized or not backups.daily_due(store):
        return False
    window.runner.run(
        "daily backup", lambda _job: backups.daily(store), on_failed=failed, cancellable=False
    )
    return True
