"""Backups and restore as the window and the command line use them.

Every backup is made by desktop.storage.backups. The services call :func:`before` ahead of a
risky step (an import, a merge, an erasure: :func:`before_erasure` is the erasure's call point);
migrations call the storage module themselves. A restore first backs up what it replaces, then
keeps the laptop's identity and its highest marks (clock, change-log position, participant
codes, what the coordinator acknowledged), so that what it writes next merges cleanly.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop.services import accounts
from desktop.storage import backups as B
from desktop.storage import device_state, migrate
from desktop.storage.engine import db_path
from desktop.storage.store import StorageError, Store

log = logging.getLogger("milma.backups")

# a backup made before an erasure is deleted this long after it, whatever the rotation keeps
KEEP_ERASED_DAYS = 30

Backup = B.Backup
BackupError = B.BackupError
DAILY, MANUAL, MIGRATION, IMPORT, MERGE, ERASURE, RESTORE = (
    B.DAILY,
    B.MANUAL,
    B.MIGRATION,
    B.IMPORT,
    B.MERGE,
    B.ERASURE,
    B.RESTORE,
)

# why a backup was made, as the list of backups says it
KIND_LABELS = {
    B.DAILY: QT_TRANSLATE_NOOP("Backups", "Daily"),
    B.MANUAL: QT_TRANSLATE_NOOP("Backups", "Made on request"),
    B.MIGRATION: QT_TRANSLATE_NOOP("Backups", "Before an upgrade"),
    B.IMPORT: QT_TRANSLATE_NOOP("Backups", "Before an import"),
    B.MERGE: QT_TRANSLATE_NOOP("Backups", "Before a merge"),
    B.ERASURE: QT_TRANSLATE_NOOP("Backups", "Before an erasure"),
    B.RESTORE: QT_TRANSLATE_NOOP("Backups", "Before a restore"),
}


def _error(text: str, **params) -> BackupError:
    return BackupError(Message("Backups", text, params))


# ---- making them --------------------------------------------------------------------------------


def before(store: Store, kind: str) -> Path:
    """The backup made before a risky step (rotated, copied to the second folder). When it
    cannot be made the step must not run: the BackupError says why."""
    path = B.automatic(store.data_dir, store.path, kind)
    expire_erased(store)
    return path


def before_erasure(store: Store) -> Path:
    """The call point of erasing a person: a backup, then the erasure."""
    return before(store, B.ERASURE)


def back_up(store: Store, to: Path | None = None) -> Path:
    """A backup made on request: into the backups (and the second folder), or into ``to``
    alone (not rotated there)."""
    if to is None:
        path = B.automatic(store.data_dir, store.path, B.MANUAL)
        expire_erased(store)
        return path
    folder = Path(to).expanduser()
    if not folder.is_dir():
        raise _error(
            QT_TRANSLATE_NOOP("Backups", "The folder {folder} does not exist; no backup was made."),
            folder=str(folder),
        )
    return B.make(store.path, folder, B.MANUAL)


def daily_due(store: Store, today: date | None = None) -> bool:
    """True when the day's backup is not in the backups yet (the first start of the day)."""
    today = today or date.today()
    return not any(b.kind == B.DAILY and b.made_at.date() == today for b in list_backups(store))


def daily(store: Store, now: datetime | None = None) -> Path | None:
    """The day's backup, once a day; None when it was made already."""
    now = now or datetime.now()
    if not store.initialized or not daily_due(store, now.date()):
        return None
    path = B.automatic(store.data_dir, store.path, B.DAILY, now)
    expire_erased(store, now)
    return path


def list_backups(store_or_dir: Store | Path) -> list[Backup]:
    """The backups of a data folder, newest first."""
    data_dir = store_or_dir.data_dir if isinstance(store_or_dir, Store) else Path(store_or_dir)
    return B.list_backups(B.folder_of(data_dir))


# ---- backups that hold erased people ------------------------------------------------------------


def erasure_times(store_or_dir: Store | Path) -> list[datetime]:
    """When each erasure took effect on this store, in local time (as backups are named)."""
    from desktop.storage import erasure

    if isinstance(store_or_dir, Store):
        found = erasure.times(store_or_dir.reader())
    else:
        found = erasure.times_of(db_path(Path(store_or_dir)))
    return [datetime.fromtimestamp(ms / 1000) for ms in found]


WRITTEN_WITHIN = timedelta(minutes=1)  # a backup's file is written this soon after its named start


def _made(backup: Backup) -> datetime:
    """When a backup was written, finer than its name's second (the file's time, when it falls
    within a minute of its name's): a backup made in the second of an erasure, after it, holds
    nobody erased, even when a busy laptop took more than a second to write it. A file touched
    long after (copied without its time) is taken at its name's second, the earlier."""
    try:
        written = datetime.fromtimestamp(backup.path.stat().st_mtime)
    except OSError:
        return backup.made_at
    return (
        written if backup.made_at <= written < backup.made_at + WRITTEN_WITHIN else backup.made_at
    )


def erased_in(backup: Backup, times: list[datetime]) -> int:
    """How many people erased since are still in a backup (those erased after it was made)."""
    made = _made(backup)
    return sum(1 for when in times if made < when)


def removed_by(times: list[datetime], backup: Backup) -> datetime | None:
    """When the rotation removes a backup that holds erased people: KEEP_ERASED_DAYS after the
    first erasure made after it; None when it holds nobody erased."""
    made = _made(backup)
    later = [when for when in times if made < when]
    return min(later) + timedelta(days=KEEP_ERASED_DAYS) if later else None


def expire_erased(store: Store, now: datetime | None = None) -> list[Path]:
    """Delete the backups (here and in the second folder) that still hold a person erased more
    than KEEP_ERASED_DAYS ago, whatever the rotation would keep; returns those deleted."""
    times = erasure_times(store)
    if not times:
        return []
    now = now or datetime.now()
    folders = [B.folder_of(store.data_dir)]
    second = device_state.second_folder(store.data_dir)
    if second is not None and second.is_dir():
        folders.append(second)
    removed = []
    for folder in folders:
        for backup in B.list_backups(folder):
            until = removed_by(times, backup)
            if until is not None and until <= now:
                try:
                    backup.path.unlink()
                    removed.append(backup.path)
                except OSError:
                    log.warning("a backup holding an erased person could not be removed")
    if removed:
        log.info("%d backups holding erased people removed", len(removed))
    return removed


def remember_marks(store: Store) -> None:
    """Raise the marks kept outside the database to the store's (after an export: its stamps
    and positions have left the laptop)."""
    try:
        device_state.remember(store.data_dir, device_state.read_marks(store.reader()))
    except OSError:
        log.warning("the device state file cannot be written")


# ---- the second folder --------------------------------------------------------------------------


def second_folder(data_dir: Path) -> Path | None:
    return device_state.second_folder(Path(data_dir))


def set_second_folder(data_dir: Path, folder: Path | None) -> None:
    """Choose (or with None, stop using) the folder that also receives every automatic backup."""
    data_dir = Path(data_dir)
    if folder is not None:
        folder = Path(folder).expanduser()
        if not folder.is_dir():
            raise _error(
                QT_TRANSLATE_NOOP("Backups", "The folder {folder} does not exist."),
                folder=str(folder),
            )
        if folder.resolve() in (data_dir.resolve(), B.folder_of(data_dir).resolve()):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "Choose a folder on another drive (a USB stick): this one is the data folder"
                    " itself.",
                )
            )
        probe = folder / ".milma-write-test"
        try:
            probe.write_bytes(b"")
            probe.unlink()
        except OSError:
            raise _error(
                QT_TRANSLATE_NOOP("Backups", "The folder {folder} cannot be written to."),
                folder=str(folder),
            ) from None
    try:
        device_state.set_second_folder(data_dir, folder)
    except OSError:
        raise _error(
            QT_TRANSLATE_NOOP("Backups", "The data folder {folder} cannot be written to."),
            folder=str(data_dir),
        ) from None


# ---- restoring one ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    backup: Path
    made_at: datetime | None  # from its name, or the file's time
    saved_as: Path | None  # the backup of what it replaced (or the damaged file put aside)
    damaged: bool  # what it replaced could not be opened


def made_at(path: Path) -> datetime | None:
    """When a backup file was made: from its name, else the file's modification time."""
    parsed = B.parse_name(Path(path).name)
    if parsed is not None:
        return parsed[0]
    try:
        return datetime.fromtimestamp(Path(path).stat().st_mtime).replace(microsecond=0)
    except OSError:
        return None


def check(path: Path) -> B.Contents:
    """Refuse (BackupError, translated) a file that is not a MILMA backup this version opens."""
    return B.read(Path(path).expanduser(), migrate.known_revisions())


def restore(data_dir: Path, path: Path, store: Store | None = None) -> Restored:
    """Replace the data folder's database by the backup ``path``. ``store`` is the open store
    (the window's); without one, the folder's database is opened here, or put aside when it
    cannot be opened."""
    if store is not None:
        accounts.require(store, "settings")  # it replaces everything: an administrator's
    path = Path(path).expanduser()
    data_dir = Path(data_dir)
    contents = check(path)
    own = store
    damaged = False
    if own is None:
        try:
            own = Store.open(data_dir)
        except StorageError:
            if not db_path(data_dir).exists():
                raise
            damaged = True
    identity: list[tuple[str, list[dict]]]  # this laptop's keys (exchange.keys.identity_rows)
    try:
        if own is None:  # damaged: it could not be opened
            saved_as = B.put_aside(db_path(data_dir), B.folder_of(data_dir))
            log.warning("the database could not be opened: put aside before the restore")
            B.install(contents.path, db_path(data_dir))
            own = Store.open(data_dir)
            current, identity = device_state.Marks(), []
        else:
            current, identity = _current(own, contents)
            erased = _erasures(own)
            saved_as = before(own, B.RESTORE)
            B.copy_in(contents.path, own.path)
            if migrate.revision_of(own.reader()) != migrate.head_revision():
                own.last_backup = migrate.upgrade(own.engine, own.path)
            own.reload_meta()
        _keep_marks(own, contents, current, identity)
        if not damaged and erased:
            from desktop.services import erasure

            erasure.erase_again(own, erased)  # a person erased since the backup stays erased
    finally:
        if own is not None and own is not store:
            own.close()
    log.info("backup restored (schema %s)", contents.revision)
    return Restored(contents.path, made_at(contents.path), saved_as, damaged)


def _erasures(store: Store) -> dict:
    from desktop.storage import erasure

    with store.read() as s:
        return erasure.registered(s)


def _current(
    store: Store, contents: B.Contents
) -> tuple[device_state.Marks, list[tuple[str, list[dict]]]]:
    """The marks and identity of the database about to be replaced; refuses another laptop's
    backup (it would give this laptop that laptop's identity)."""
    from desktop.exchange import keys as K

    current = device_state.read_marks(store.reader())
    theirs = contents.marks.device_id
    if current.device_id and theirs and theirs != current.device_id:
        name = contents.device_name or theirs[:8]
        raise _error(
            QT_TRANSLATE_NOOP(
                "Backups",
                "The backup {file} is of another laptop ({name}): restoring it would give this"
                " laptop that one's identity. Nothing was restored.",
            ),
            file=contents.path.name,
            name=name,
        )
    with store.read() as s:
        identity = K.identity_rows(s)
    return current, identity


def _keep_marks(
    store: Store,
    contents: B.Contents,
    current: device_state.Marks,
    identity: list[tuple[str, list[dict]]],
) -> None:
    """Nothing this laptop handed out before is handed out again: the clock, the change-log
    position, participant codes and the acknowledged position go on from the highest ever."""
    from desktop.exchange import keys as K
    from desktop.services import exchange
    from desktop.storage import journal

    floor = contents.marks.highest(current).highest(device_state.saved_marks(store.data_dir))
    store.clock.last = max(store.clock.last, floor.clock)
    with store.transaction() as tx:
        store.clock.last = max(store.clock.last, floor.clock)
        if int(store.meta.get("participant_seq") or 0) < floor.participant_seq:
            store.set_meta(tx, "participant_seq", str(floor.participant_seq))
        journal.keep_sequence_above(tx, floor.change_seq)
        if floor.acked_seq:
            exchange.keep_acknowledged(tx, store.device_id, floor.acked_seq)
        if identity:
            K.keep_identity(tx.session, identity)
    remember_marks(store)
