"""Log files for diagnosis. Never log personal data: ids, codes and counts only."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from desktop.storage.engine import log_dir

MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _LogFile(logging.Handler):
    """A rotating log file (logging.handlers.RotatingFileHandler) opened with the first record.

    Most sessions write nothing, and the handlers module is a noticeable part of the start-up
    time: it is imported only when there is something to write."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers

            try:
                self._file = logging.handlers.RotatingFileHandler(
                    self.path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
                )
            except OSError:  # the folder became unwritable: run on without a log file
                self._file = logging.NullHandler()
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging(folder: Path | None = None, name: str = "milma.log") -> Path | None:
    """Log to a rotating file in the platform's log directory; returns its path (None when the
    folder cannot be written: the program then runs without a log file)."""
    folder = Path(folder) if folder else log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    if not os.access(folder, os.W_OK):
        return None
    handler = _LogFile(folder / name)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger("milma")
    root.setLevel(logging.INFO)
    for h in list(root.handlers):
        root.removeHandler(h)
        h.close()
    root.addHandler(handler)
    return folder / name
