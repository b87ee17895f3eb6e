"""The session locks after a while without input (desktop.services.accounts.idle_minutes, 10
unless changed) and when the platform says the application was hidden or suspended (a screen
lock or a closed lid, where Qt reports it). Locked, every open window is covered and the unlock
dialog asks the account's password; the windows underneath, their forms and what was typed in
them stay as they are, and show again once the right password is given."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from desktop.i18n import translate
from desktop.services import accounts

log = logging.getLogger("milma.ui")

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.ShortcutOverride,
}


class _Cover(QWidget):
    """An opaque sheet over one window while the session is locked."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("lock_cover")
        self.setAutoFillBackground(True)
        label = QLabel(translate("Login", "Locked"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
            self.raise_()
        elif event.type() == QEvent.Type.ChildAdded:
            self.raise_()
        return False


class SessionLock(QObject):
    """Installed once the user has logged in: ``locked``/``unlocked`` tell when it happens."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, store, parent: QObject | None = None, idle_ms: int | None = None):
        super().__init__(parent)
        self.store = store
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(
            idle_ms if idle_ms is not None else accounts.idle_minutes(store) * 60_000
        )
        self.timer.timeout.connect(self.lock)
        self.dialog = None
        self.covers: list[_Cover] = []
        app = QApplication.instance()
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._state_changed)
        self.timer.start()

    def set_idle_minutes(self, minutes: int) -> None:
        self.timer.setInterval(int(minutes) * 60_000)
        if not self.is_locked:
            self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT and not self.is_locked:
            self.timer.start()  # any input starts the wait again
        return False

    def _state_changed(self, state) -> None:
        if state in (
            Qt.ApplicationState.ApplicationHidden,
            Qt.ApplicationState.ApplicationSuspended,
        ):
            self.lock()

    def lock(self) -> None:
        if self.is_locked or accounts.current(self.store) is None:
            return
        from desktop.ui.login import LoginDialog

        self.timer.stop()
        log.info("session locked")
        self.covers = [
            _Cover(w)
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.isWindow() and not isinstance(w, _Cover)
        ]
        self.dialog = LoginDialog(self.store, None, unlock=True)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.open()
        self.locked.emit()

    def _unlocked(self) -> None:
        log.info("session unlocked")
        for cover in self.covers:
            cover.parentWidget().removeEventFilter(cover)
            cover.hide()
            cover.deleteLater()
        self.covers = []
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.timer.start()
        self.unlocked.emit()
