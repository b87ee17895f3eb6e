"""Files sealed with the database key: what the application keeps beside an encrypted database
(the drafts of unsaved forms) is encrypted with it too, never left in plain text.

A sealed file is ``MAGIC``, a random nonce and the data encrypted with AES-256-GCM under a key
derived from the database key for one purpose (HKDF-SHA256), so that the database key itself
encrypts nothing but the database. A file without the magic is plain (written before the store
was encrypted) and is read as it is; :func:`seal_file` seals it in place.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path

MAGIC = b"MILMA-SEALED-1\n"
# what is sealed, beside the database: the drafts of unsaved forms (desktop/ui/widgets/drafts.py)
DRAFTS_FOLDER, DRAFTS = "drafts", "drafts"  # the folder in the data folder, the purpose


class NotSealed(Exception):
    """Sealed with another key, or damaged."""


def _subkey(key: bytes, purpose: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, salt=None, info=f"milma {purpose}".encode()).derive(key)


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def seal(key: bytes, data: bytes, purpose: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return MAGIC + nonce + AESGCM(_subkey(key, purpose)).encrypt(nonce, data, MAGIC + purpose.encode())


def unseal(key: bytes, blob: bytes, purpose: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not is_sealed(blob):
        raise NotSealed("not a sealed file")
    nonce, body = blob[len(MAGIC):len(MAGIC) + 12], blob[len(MAGIC) + 12:]
    try:
        return AESGCM(_subkey(key, purpose)).decrypt(nonce, body, MAGIC + purpose.encode())
    except (InvalidTag, ValueError):
        raise NotSealed("sealed with another key, or damaged") from None


def seal_file(path: Path, key: bytes, purpose: str) -> bool:
    """Seal a plain file in place: the sealed copy is written whole beside it, the plain content
    overwritten with zeros, then the copy takes its name. False when it was sealed already."""
    path = Path(path)
    data = path.read_bytes()
    if is_sealed(data):
        return False
    fd, temp = tempfile.mkstemp(prefix=".tmp-", suffix=".sealing", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(seal(key, data, purpose))
            fh.flush()
            os.fsync(fh.fileno())
        with open(path, "r+b") as fh:
            fh.write(b"\0" * len(data))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    finally:
        Path(temp).unlink(missing_ok=True)
    return True


def seal_drafts(data_dir: Path, key: bytes) -> int:
    """Seal the plain drafts of a data folder (left from before its store was encrypted)."""
    folder = Path(data_dir) / DRAFTS_FOLDER
    done = 0
    for path in sorted(folder.glob("*")) if folder.is_dir() else []:
        if path.is_file() and not path.name.startswith(".tmp-"):
            done += seal_file(path, key, DRAFTS)
    return done
