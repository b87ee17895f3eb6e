"""What the Connector Program's screens share: redraw when shown after a change they watch."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QWidget

from desktop.ui import events
from desktop.ui.widgets.titles import title_label  # noqa: F401 (the screens' title, imported from here)


class WatchingScreen(QWidget):
    """A screen that reads again, when shown, after a change to the kinds it ``watched``.
    Each screen defines ``load()`` (read and show its data) and ``retranslate()`` (its texts in
    the current language)."""

    watched: frozenset[str] = frozenset()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self._stale = True
        events.bus().changed.connect(self._data_changed)

    def _data_changed(self, kinds) -> None:
        if not set(kinds) & self.watched:
            return
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self, self._refresh_if_stale)

    def refresh(self) -> None:
        self._stale = False
        self.load()  # type: ignore[attr-defined]  # each screen's own

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # type: ignore[attr-defined]  # each screen's own
        super().changeEvent(event)
