"""What a laptop must remember outside its database: the highest marks it ever reached (hybrid
clock, change-log position, participant code sequence, what the coordinator acknowledged) and
where its second copy of the backups goes.

Restoring an older backup brings the database back in time, but the stamps, positions and codes
this laptop already handed out must never be handed out again: the coordinator already holds
them. The marks are kept in a small file beside the database (``device-state.json``, no personal
data), refreshed at every backup and export, and taken as a floor when a backup is restored.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from desktop.storage import engine

log = logging.getLogger("milma.storage")

STATE_FILE = "device-state.json"


@dataclass(frozen=True)
class Marks:
    """The highest values a store reached. ``device_id`` says whose they are."""

    device_id: str = ""
    clock: int = 0  # meta "hlc"
    change_seq: int = 0  # the last change-log position
    participant_seq: int = 0  # meta "participant_seq": the last participant code's number
    acked_seq: int = 0  # this device's changes the coordinator said it holds

    def highest(self, other: Marks) -> Marks:
        """Each mark at the higher of the two (``other`` counts only when it is the same device)."""
        if other.device_id and self.device_id and other.device_id != self.device_id:
            return self
        return Marks(
            self.device_id or other.device_id,
            *(max(getattr(self, f.name), getattr(other, f.name)) for f in fields(Marks)[1:]),
        )


def _int(value) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def read_marks(conn: sqlite3.Connection) -> Marks:
    """The marks of an open database (plain sqlite3)."""
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    device = meta.get("device_id") or ""
    seq = _int(meta.get("seq"))
    try:  # a store from before journal positions were kept in meta
        seq = max(seq, _int(conn.execute("SELECT max(seq) FROM change_log").fetchone()[0]))
    except engine.OperationalError:
        pass
    acked = 0
    if device:
        try:
            row = conn.execute(
                "SELECT seq FROM exchange_ack WHERE device_id = ?", (device,)
            ).fetchone()
            acked = _int(row[0]) if row else 0
        except engine.OperationalError:  # a store from before USB exchanges
            acked = 0
    return Marks(device, _int(meta.get("hlc")), _int(seq), _int(meta.get("participant_seq")), acked)


# ---- the file -----------------------------------------------------------------------------------


def _path(data_dir: Path) -> Path:
    return Path(data_dir) / STATE_FILE


def _load(data_dir: Path) -> dict:
    try:
        data = json.loads(_path(data_dir).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("the device state file cannot be read; it will be written again")
        return {}
    return data if isinstance(data, dict) else {}


def _save(data_dir: Path, data: dict) -> None:
    """Written whole or not at all (a temporary file renamed over the old one)."""
    folder = Path(data_dir)
    fd, tmp = tempfile.mkstemp(prefix=".device-state-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=1, sort_keys=True)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, _path(folder))
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def saved_marks(data_dir: Path) -> Marks:
    raw = _load(data_dir).get("marks")
    if not isinstance(raw, dict):
        return Marks()
    return Marks(
        str(raw.get("device_id") or ""), *(_int(raw.get(f.name)) for f in fields(Marks)[1:])
    )


def remember(data_dir: Path, marks: Marks) -> Marks:
    """Raise the saved marks to ``marks`` (never lower them); returns what is saved."""
    data = _load(data_dir)
    saved = saved_marks(data_dir)
    if saved.device_id and marks.device_id and saved.device_id != marks.device_id:
        saved = Marks()  # a file left by another laptop's data: this store's own marks replace it
    best = marks.highest(saved)
    if best != saved:
        data["marks"] = asdict(best)
        _save(data_dir, data)
    return best


def remember_database(data_dir: Path, db: Path) -> Marks | None:
    """Raise the saved marks to those of the database file (None when it cannot be read)."""
    try:
        conn = engine.open_file(db, readonly=True, timeout=60)
    except engine.Error:
        return None
    try:
        marks = read_marks(conn)
    except engine.Error:
        return None
    finally:
        conn.close()
    try:
        return remember(data_dir, marks)
    except OSError:
        log.warning("the device state file cannot be written")
        return None


def second_folder(data_dir: Path) -> Path | None:
    """The folder (a USB stick) that also receives every automatic backup, if chosen."""
    value = _load(data_dir).get("second_backup_folder")
    return Path(value) if isinstance(value, str) and value else None


def set_second_folder(data_dir: Path, folder: Path | None) -> None:
    data = _load(data_dir)
    if folder is None:
        data.pop("second_backup_folder", None)
    else:
        data["second_backup_folder"] = str(Path(folder).expanduser())
    _save(data_dir, data)


def _who(name: str) -> str:
    """A user name as the state file keeps it: hashed (no name in the file)."""
    import hashlib

    return hashlib.sha256(f"milma-unlock\0{name}".encode()).hexdigest()[:24]


def unlock_failures(data_dir: Path, name: str) -> tuple[int, float]:
    """Wrong passwords in a row typed to unlock the encrypted store as ``name``, and when the
    last was (kept here: the database cannot count what it cannot open yet)."""
    raw = _load(data_dir).get("unlock_failures", {})
    entry = raw.get(_who(name)) if isinstance(raw, dict) else None
    if not isinstance(entry, list) or len(entry) != 2:
        return 0, 0.0
    try:
        return int(entry[0]), float(entry[1])
    except (TypeError, ValueError):
        return 0, 0.0


def set_unlock_failures(data_dir: Path, name: str, failures: int, at: float) -> None:
    data = _load(data_dir)
    raw = data.get("unlock_failures")
    raw = raw if isinstance(raw, dict) else {}
    if failures:
        raw[_who(name)] = [int(failures), float(at)]
    else:
        raw.pop(_who(name), None)
    data["unlock_failures"] = raw
    _save(data_dir, data)
