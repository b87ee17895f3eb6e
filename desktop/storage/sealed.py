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
# what is sealed, beside the database: the drafts of unsaved forms (desktop/storage/drafts.py)
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
    return (
        MAGIC + nonce + AESGCM(_subkey(key, purpose)).encrypt(nonce, data, MAGIC + purpose.encode())
    )


def unseal(key: bytes, blob: bytes, purpose: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not is_sealed(blob):
        raise NotSealed("not a sealed file")
    nonce, body = blob[len(MAGIC) : len(MAGIC) + 12], blob[len(MAGIC) + 12 :]
    try:
        return AESGCM(_subkey(key, purpose)).decrypt(nonce, body, MAGIC + purpose.encode())
    except (InvalidTag, ValueError):
        raise NotSealed("sealed with another key, or damaged") from None


def seal_file(path: Path, key: bytes, purpose: str) -> bool:
    """Seal a plain file in place (see :func:`swap_in`). False when it was sealed already."""
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
        swap_in(Path(temp), path)
    finally:
        Path(temp).unlink(missing_ok=True)
    return True


# ---- replacing a plain file by its encrypted copy -----------------------------------------------
ASIDE = ".plain"  # a plain file while its encrypted copy takes its name


def swap_in(new: Path, target: Path) -> None:
    """``new`` (an encrypted copy, whole and flushed) takes the place of the plain ``target``,
    whose content is then overwritten with zeros and removed. The plain file is renamed aside
    first: a crash at any point leaves one whole copy at least, and :func:`finish_swaps` puts
    the folder right (no file is held open across a rename, which Windows refuses)."""
    aside = target.with_name(target.name + ASIDE)
    os.replace(target, aside)
    os.replace(new, target)
    wipe(aside)


def finish_swaps(folder: Path) -> None:
    """After a crash in :func:`swap_in`: a plain file aside whose encrypted copy took its name
    is wiped; one whose copy never arrived gets its name back."""
    for aside in sorted(Path(folder).glob("*" + ASIDE)) if Path(folder).is_dir() else []:
        target = aside.with_name(aside.name[: -len(ASIDE)])
        if target.exists():
            wipe(aside)
        else:
            os.replace(aside, target)


def wipe(path: Path) -> None:
    """Overwrite a file with zeros, flushed to the disk, then remove it. On flash drives the old
    blocks may survive the overwrite: the disk's own encryption covers those."""
    try:
        fh = open(path, "r+b")
    except FileNotFoundError:
        return
    with fh:
        size = os.fstat(fh.fileno()).st_size
        block = b"\0" * (1 << 20)
        for start in range(0, size, len(block)):
            fh.write(block[: min(len(block), size - start)])
        fh.flush()
        os.fsync(fh.fileno())
    Path(path).unlink(missing_ok=True)


def seal_drafts(data_dir: Path, key: bytes) -> int:
    """Seal the plain drafts of a data folder (left from before its store was encrypted)."""
    folder = Path(data_dir) / DRAFTS_FOLDER
    finish_swaps(folder)
    done = 0
    for path in sorted(folder.glob("*")) if folder.is_dir() else []:
        if path.is_file() and not path.name.startswith(".tmp-") and not path.name.endswith(ASIDE):
            done += seal_file(path, key, DRAFTS)
    return done
