"""Files written whole or not at all: a PDF, a draft, a bundle on a USB stick.

The data goes to a temporary file in the same folder, is flushed and synced to the device, then
renamed over the target; on removable drives the folder entry is synced too. A reader never
sees half a file, and a failure leaves any previous file as it was and no temporary file behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(
    target: str | os.PathLike,
    data: bytes,
    *,
    temp_prefix: str = ".milma-",
    temp_suffix: str = ".part",
    sync_folder: bool = False,
) -> Path:
    """Write ``data`` as ``target``. Raises OSError (the temporary file removed) on failure."""
    target = Path(target)
    fd, temp = tempfile.mkstemp(prefix=temp_prefix, suffix=temp_suffix, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, target)
        if sync_folder:
            _sync_folder(target.parent)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
    return target


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
