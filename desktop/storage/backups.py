"""The one place backups are made, read and restored.

A backup is a consistent copy of the database made with SQLite's online backup API while the
application keeps working, written under a temporary name and renamed when whole. Its file name
holds only the date, the time and why it was made (``milma-20261203-091500-daily.sqlite3``).
A backup of an encrypted store is encrypted with the same database key (the online backup API
copies the pages as they are); one made before the store was encrypted is converted with it
(:func:`encrypt_file`), so that no plain copy stays behind.

Automatic backups (:func:`automatic`) go to ``backups/`` beside the database and, when one is
chosen, to a second folder (a USB stick); both are rotated: of the daily backups, the newest of
each of the last 7 days and of each of the last 4 weeks that have one are kept; the last 5 made
before a risky step (a migration, an import, a merge, an erasure, a restore); the last 5 made on
request.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.storage import device_state, engine, sealed
from desktop.storage.engine import BUSY_TIMEOUT_MS

log = logging.getLogger("milma.storage")

FOLDER = "backups"
# why a backup was made
DAILY, MANUAL = "daily", "manual"
MIGRATION, IMPORT, MERGE, ERASURE, RESTORE = "migration", "import", "merge", "erasure", "restore"
RISKY = (MIGRATION, IMPORT, MERGE, ERASURE, RESTORE)  # made before a step that may go wrong
KINDS = (DAILY, MANUAL) + RISKY
KEEP_DAILY, KEEP_WEEKLY, KEEP_RISKY, KEEP_MANUAL = 7, 4, 5, 5

_NAME = re.compile(r"^milma-(\d{8})-(\d{6})-([a-z]+)(?:-\d+)?\.sqlite3$")
# made by earlier versions before a migration: milma-before-REVISION-YYYYMMDD-HHMMSS-ffffff.sqlite3
_LEGACY = re.compile(r"^milma-before-.+-(\d{8})-(\d{6})-\d{6}\.sqlite3$")
_TABLES = {"meta", "tombstone", "alembic_version"}


class BackupError(UserError):
    pass


def _error(text: str, **params) -> BackupError:
    return BackupError(Message("Backups", text, params))


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: str
    made_at: datetime  # local time, from the file name
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def folder_of(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def parse_name(name: str) -> tuple[datetime, str] | None:
    """(when, kind) of a backup's file name, None for any other file."""
    found = _NAME.match(name)
    if found and found.group(3) in KINDS:
        day, time, kind = found.groups()
    else:
        found = _LEGACY.match(name)
        if not found:
            return None
        (day, time), kind = found.groups(), MIGRATION
    try:
        return datetime.strptime(day + time, "%Y%m%d%H%M%S"), kind
    except ValueError:
        return None


def list_backups(folder: Path) -> list[Backup]:
    """The backups in a folder, newest first (other files are ignored)."""
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        parsed = parse_name(entry.name)
        if parsed is None or not entry.is_file():
            continue
        try:
            stat = entry.stat()
        except OSError:
            continue
        found.append(
            (Backup(Path(entry.path), parsed[1], parsed[0], stat.st_size), stat.st_mtime_ns)
        )
    # within one second (names say seconds only), the order they were written in
    found.sort(key=lambda item: (item[0].made_at, item[1], item[0].name), reverse=True)
    return [b for b, _mtime in found]


# ---- making one ---------------------------------------------------------------------------------


def _copy_out(db: Path, target: Path) -> None:
    """The database, whole and consistent, into ``target`` (a new file): online backup API,
    waiting for a writer's commit, then a single file (no WAL) flushed to the disk."""
    key = engine.key_of(db)
    src = engine.open_file(db, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst = engine.open_file(target, key=key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    _fsync(target)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _place(tmp: Path, folder: Path, made_at: datetime, kind: str) -> Path:
    """Rename a finished temporary file to its backup name (never over another backup)."""
    stem = f"milma-{made_at:%Y%m%d-%H%M%S}-{kind}"
    for n in range(1, 1000):
        target = folder / (f"{stem}.sqlite3" if n == 1 else f"{stem}-{n}.sqlite3")
        if not target.exists():
            os.replace(tmp, target)
            return target
    raise OSError("too many backups in the same second")


def _cannot_write(folder: Path) -> BackupError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Backups",
            "Could not write a backup to {folder} (is the drive full, read-only or removed?).",
        ),
        folder=str(folder),
    )


def make(
    db: Path,
    folder: Path,
    kind: str,
    now: datetime | None = None,
    *,
    encrypt_with: bytes | None = None,
) -> Path:
    """One backup of the database file ``db`` into ``folder``; returns its path. A plain
    database is backed up encrypted with ``encrypt_with`` when given (before it is encrypted)."""
    if kind not in KINDS:
        raise ValueError(kind)
    folder = Path(folder)
    made_at = (now or datetime.now()).replace(microsecond=0)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".milma-backup-", suffix=".tmp", dir=folder)
        os.close(fd)
        os.unlink(name)  # sqlite makes the file itself
    except OSError:
        raise _cannot_write(folder) from None
    tmp = Path(name)
    try:
        if encrypt_with is not None and engine.key_of(db) is None:
            export(db, tmp, None, encrypt_with)
        else:
            _copy_out(db, tmp)
        path = _place(tmp, folder, made_at, kind)
    except OSError:
        raise _cannot_write(folder) from None
    finally:
        tmp.unlink(missing_ok=True)
    device_state.remember_database(db.parent, db)
    log.info("backup made (%s, %d bytes)", kind, path.stat().st_size)
    return path


def _mirror(backup: Path, folder: Path, now: datetime) -> Path | None:
    """A copy of a finished backup in the second folder; None when it is not there now."""
    parsed = parse_name(backup.name)
    if parsed is None or not folder.is_dir():
        log.warning(
            "the second backup folder is not available; backup kept in the data folder only"
        )
        return None
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=".milma-backup-", suffix=".tmp", dir=folder)
        os.close(fd)
        tmp = Path(name)
        shutil.copyfile(backup, tmp)
        _fsync(tmp)
        path = _place(tmp, folder, parsed[0], parsed[1])
    except OSError:
        log.warning("the backup could not be copied to the second folder")
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        return None
    rotate(folder, now)
    return path


def automatic(
    data_dir: Path,
    db: Path,
    kind: str,
    now: datetime | None = None,
    *,
    encrypt_with: bytes | None = None,
) -> Path:
    """A backup in the data folder's backups (rotated), copied to the second folder when one
    is chosen and present. Raises BackupError when the data folder's copy cannot be made."""
    now = now or datetime.now()
    path = make(db, folder_of(data_dir), kind, now, encrypt_with=encrypt_with)
    rotate(folder_of(data_dir), now)
    second = device_state.second_folder(data_dir)
    if second is not None:
        _mirror(path, second, now)
    return path


# ---- rotation -----------------------------------------------------------------------------------


def to_keep(
    items: Sequence[tuple[datetime, str]],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    risky: int = KEEP_RISKY,
    manual: int = KEEP_MANUAL,
) -> set[int]:
    """Which of the backups (when, kind) to keep, by position: of the daily ones, the newest of
    each of the last ``daily`` days and of each of the last ``weekly`` ISO weeks that have one;
    the newest ``risky`` made before a risky step; the newest ``manual`` made on request.
    Between backups of the same time, the one listed first counts as the newer."""
    order = sorted(
        range(len(items)), key=lambda i: items[i][0], reverse=True
    )  # stable: ties keep their order
    keep: set[int] = set()
    days: set = set()
    weeks: set = set()
    risky_left, manual_left = risky, manual
    for i in order:
        made_at, kind = items[i]
        if kind == DAILY:
            day, week = made_at.date(), made_at.isocalendar()[:2]
            if day not in days and len(days) < daily:
                days.add(day)
                keep.add(i)
            if week not in weeks and len(weeks) < weekly:
                weeks.add(week)
                keep.add(i)
        elif kind == MANUAL:
            if manual_left > 0:
                manual_left -= 1
                keep.add(i)
        elif risky_left > 0:
            risky_left -= 1
            keep.add(i)
    return keep


def rotate(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups the rotation does not keep; returns those deleted. Backups dated in
    the future (a clock set wrong) are never deleted by it."""
    now = now or datetime.now()
    backups = [b for b in list_backups(folder) if b.made_at <= now]  # newest first
    keep = to_keep([(b.made_at, b.kind) for b in backups])
    removed = []
    for i, b in enumerate(backups):
        if i in keep:
            continue
        try:
            b.path.unlink()
            removed.append(b.path)
        except OSError:
            log.warning("an old backup could not be removed")
    return removed


# ---- reading one --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Contents:
    """What a backup file holds, as far as restoring needs to know."""

    path: Path
    revision: str
    marks: device_state.Marks
    device_name: str


def _open_backup(path: Path, key: bytes | None) -> sqlite3.Connection:
    """A read-only connection to a backup file (never changes it, makes no file beside it),
    plain or encrypted with ``key``."""
    return engine.open_file(path, key=None if engine.is_plain(path) else key, immutable=True)


def encrypt_file(path: Path, key: bytes) -> bool:
    """Make a plain database file (a backup made before the store was encrypted) encrypted
    with ``key``, in place: the encrypted copy is written whole beside it, then takes its name
    and the plain one is overwritten with zeros (sealed.swap_in). False if it was not plain."""
    if not engine.is_plain(path):
        return False
    tmp = path.with_name(f".milma-encrypt-{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        export(path, tmp, None, key)
        sealed.swap_in(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return True


def export(src: Path, target: Path, src_key: bytes | None, key: bytes | None) -> None:
    """A copy of the database ``src`` (keyed with ``src_key``) as the new file ``target``
    keyed with ``key`` (None: plain), by SQLCipher's export, flushed to the disk."""
    conn = engine.open_file(src, key=src_key, timeout=BUSY_TIMEOUT_MS / 1000, cipher=True)
    try:
        target_key = engine.key_pragma(key) if key else "''"  # '': the copy is plain
        conn.execute(f"ATTACH DATABASE ? AS target KEY {target_key}", (os.fspath(target),))
        conn.execute("SELECT sqlcipher_export('target')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA target.user_version = {int(version)}")
        conn.execute("DETACH DATABASE target")
    finally:
        conn.close()
    _fsync(target)


def read(path: Path, known_revisions: AbstractSet[str], db: Path | None = None) -> Contents:
    """Check that ``path`` is a whole MILMA backup this version can open (a backup of the
    database ``db`` when it is encrypted: one made with its key); BackupError if not."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            header = f.read(16)
    except OSError:
        raise _error(
            QT_TRANSLATE_NOOP("Backups", "Cannot read the file {file}."), file=path.name
        ) from None
    not_ours = _error(
        QT_TRANSLATE_NOOP(
            "Backups", "The file {file} is not a MILMA backup; nothing was restored."
        ),
        file=path.name,
    )
    if len(header) < 16:
        raise not_ours
    conn = None
    if header == engine.PLAIN_HEADER:
        keys: list[bytes | None] = [None]
    else:  # encrypted: with this store's key (any store unlocked here when none is named)
        keys = [engine.key_of(db)] if db is not None else list(engine.keys_in_use())
    for key in keys:
        try:
            conn = _open_backup(path, key)
            break
        except engine.Error:
            continue
    if conn is None:
        raise not_ours
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not _TABLES <= tables:
            raise not_ours
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else ""
        if revision not in known_revisions:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "The backup {file} was made by a newer version of MILMA Desktop (schema"
                    " {revision}): install that version to restore it. Nothing was restored.",
                ),
                file=path.name,
                revision=revision,
            )
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "The backup {file} is damaged; nothing was restored. Choose another one.",
                ),
                file=path.name,
            )
        marks = device_state.read_marks(conn)
        name = conn.execute("SELECT value FROM meta WHERE key = 'device_name'").fetchone()
    except engine.DatabaseError:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Backups", "The backup {file} is damaged; nothing was restored. Choose another one."
            ),
            file=path.name,
        ) from None
    finally:
        conn.close()
    return Contents(path, revision, marks, name[0] if name else "")


def copy_in(backup: Path, db: Path) -> None:
    """Replace the database's content by the backup's, in one write transaction of the live
    database (other connections, the command line included, see either the old or the new)."""
    key = engine.key_of(db)
    if key is not None and engine.is_plain(backup):  # made before the store was encrypted
        tmp = db.with_name(f".milma-restore-{os.getpid()}.tmp")
        tmp.unlink(missing_ok=True)
        try:
            export(backup, tmp, None, key)
            copy_in(tmp, db)
        finally:
            if tmp.exists():
                sealed.wipe(tmp)
        return
    src = _open_backup(backup, key)
    try:
        dst = engine.open_file(db, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def put_aside(db: Path, folder: Path, now: datetime | None = None) -> Path | None:
    """A database that cannot be opened is moved aside whole (with its WAL) before a restore
    replaces it, as ``damaged-YYYYMMDD-HHMMSS.sqlite3`` (not listed among backups)."""
    if not db.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"damaged-{(now or datetime.now()):%Y%m%d-%H%M%S}.sqlite3"
    os.replace(db, target)
    wal = db.with_name(db.name + "-wal")
    if wal.exists():
        os.replace(wal, target.with_name(target.name + "-wal"))
    db.with_name(db.name + "-shm").unlink(missing_ok=True)
    return target


def install(backup: Path, db: Path) -> None:
    """Make the backup the database when there is none (put aside, or a new laptop)."""
    fd, name = tempfile.mkstemp(prefix=".milma-restore-", suffix=".tmp", dir=db.parent)
    os.close(fd)
    key = engine.key_of(db)
    try:
        if key is not None and engine.is_plain(backup):
            os.unlink(name)
            export(backup, Path(name), None, key)
        else:
            src = _open_backup(backup, key)
            try:
                dst = engine.open_file(name, key=key)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            finally:
                src.close()
        _fsync(Path(name))
        os.replace(name, db)
    finally:
        Path(name).unlink(missing_ok=True)
