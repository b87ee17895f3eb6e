"""Unsaved form contents kept on disk, so that a crash or a dead battery loses nothing.

A draft is a JSON file in ``<data dir>/drafts``. Its file name is a hash of the draft key
(never personal data); its content holds the key, when it was saved and the form's values
(dates and times encoded so that they come back typed). In an encrypted store the file is
sealed with the database key (desktop/storage/sealed.py): nothing typed in a form is written in
plain text; a draft left plain from before the encryption is read, and sealed when it is next
saved (services/encryption.py seals them all when the store is encrypted).
"""

from __future__ import annotations

import json
import logging
from datetime import date, datetime
from pathlib import Path

log = logging.getLogger("milma.drafts")

_SUFFIX = ".draft.json"


def _encode(value):
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    return value


def _decode(value):
    if isinstance(value, dict):
        if "$datetime" in value:
            return datetime.fromisoformat(value["$datetime"])
        if "$date" in value:
            return date.fromisoformat(value["$date"])
    return value


class Drafts:
    """Drafts of one data folder, addressed by a key such as "lab:new" or "lab:<id>"."""

    def __init__(self, data_dir):
        self.data_dir = Path(data_dir)
        from desktop.storage.sealed import DRAFTS_FOLDER

        self.folder = self.data_dir / DRAFTS_FOLDER

    def _key(self) -> bytes | None:
        from desktop.storage.engine import db_path, key_of

        return key_of(db_path(self.data_dir))

    def _path(self, key: str) -> Path:
        import hashlib  # not at import: OpenSSL's loading would delay every start-up, drafts or not

        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:40]
        return self.folder / f"{digest}{_SUFFIX}"

    def save(self, key: str, values: dict) -> None:
        """Write the draft atomically (a temporary file renamed over the old one)."""
        from desktop.atomic import write_atomic

        self.folder.mkdir(parents=True, exist_ok=True)
        payload = {
            "key": key,
            "saved_at": datetime.now().isoformat(timespec="seconds"),
            "values": {k: _encode(v) for k, v in values.items()},
        }
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        secret = self._key()
        if secret is not None:
            from desktop.storage.sealed import DRAFTS, seal

            data = seal(secret, data, DRAFTS)
        target = write_atomic(self._path(key), data, temp_prefix=".tmp-", temp_suffix=_SUFFIX)
        log.debug("draft saved (%s)", target.name)

    def _read(self, path: Path) -> dict | None:
        from desktop.storage import sealed

        try:
            data = path.read_bytes()
            if sealed.is_sealed(data):
                secret = self._key()
                if secret is None:
                    return None  # the store is locked
                data = sealed.unseal(secret, data, sealed.DRAFTS)
            payload = json.loads(data.decode("utf-8"))
            if not isinstance(payload, dict) or not isinstance(payload.get("values"), dict):
                raise ValueError("not a draft")
            return payload
        except FileNotFoundError:
            return None
        except (OSError, ValueError, sealed.NotSealed) as exc:
            log.warning("unreadable draft %s: %s", path.name, type(exc).__name__)
            return None

    def load(self, key: str) -> dict | None:
        """The values of the draft, typed again; None when there is none."""
        payload = self._read(self._path(key))
        if payload is None or payload.get("key") != key:
            return None
        try:
            return {k: _decode(v) for k, v in payload["values"].items()}
        except (TypeError, ValueError):
            log.warning("draft with undecodable values (%s)", self._path(key).name)
            return None

    def saved_at(self, key: str) -> datetime | None:
        payload = self._read(self._path(key))
        if payload is None or payload.get("key") != key:
            return None
        try:
            return datetime.fromisoformat(payload["saved_at"])
        except (KeyError, TypeError, ValueError):
            return None

    def discard(self, key: str) -> None:
        try:
            self._path(key).unlink()
        except FileNotFoundError:
            pass

    def entries(self) -> list[tuple[Path, dict]]:
        """Every readable draft waiting in the folder: its file and its content (key, saved_at,
        values as stored)."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in sorted(self.folder.glob(f"*{_SUFFIX}")):
            if path.name.startswith(".tmp-"):
                continue
            payload = self._read(path)
            if payload is not None and isinstance(payload.get("key"), str):
                found.append((path, payload))
        return found

    def pending(self) -> list[str]:
        """The keys of every draft waiting in the folder."""
        return [payload["key"] for _path, payload in self.entries()]
