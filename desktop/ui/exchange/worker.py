"""Long exchange operations off the GUI thread. The job calls a service function with plain
arguments and reports through signals only: it never touches a widget."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

log = logging.getLogger("milma.ui.exchange")


class Job(QThread):
    progressed = Signal(int, str)  # percent, stage
    done = Signal(object)  # the result of the function
    failed = Signal(object)  # the exception

    def __init__(self, name: str, fn: Callable, parent=None):
        super().__init__(parent)
        self.name = name
        self.fn = fn  # fn(progress) -> result

    def run(self) -> None:
        try:
            result = self.fn(self.progressed.emit)
        except Exception as exc:  # noqa: BLE001 - shown translated in the GUI thread
            self.failed.emit(exc)
        else:
            self.done.emit(result)
