"""One application-wide signal: which record kinds a finished action changed, so that each
screen decides whether to redraw. Emit it in the GUI thread after a service call returns."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    changed = Signal(object)  # a set of kind names, e.g. {"participant", "goal"}


_bus: DataEvents | None = None


def bus() -> DataEvents:
    global _bus
    if _bus is None:
        _bus = DataEvents()
    return _bus


def data_changed(kinds) -> None:
    bus().changed.emit(set(kinds))
