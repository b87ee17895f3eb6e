"""Log files for diagnosis. Never log personal data: ids, codes and counts only."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop.storage.engine import log_dir


def setup_logging(folder: Path | None = None, name: str = "milma.log") -> Path | None:
    """Log to a rotating file in the platform's log directory; returns its path (None when the
    folder cannot be written: the program then runs without a log file)."""
    folder = Path(folder) if folder else log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / name, maxBytes=1_000_000, backupCount=3,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("milma")
    root.setLevel(logging.INFO)
    for h in list(root.handlers):
        root.removeHandler(h)
    root.addHandler(handler)
    return folder / name
