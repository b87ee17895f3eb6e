"""One running window per data folder.

The first start takes a lock file in the data folder (QLockFile: a lock left by a process that
died is taken over) and listens on a local socket named from a hash of the folder's path (no
personal data in the name). A second start on the same folder finds the lock, asks the first to
come to the front through that socket and ends. The command line takes no lock: it may run
beside the window (its writes wait their turn).
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop.i18n import translate

log = logging.getLogger("milma.ui")

LOCK_FILE = "milma-desktop.lock"
_RAISE = b"raise\n"
SHOWN_MS = 15_000  # how long the main window's status bar says it was started again


def server_name(data_dir: Path) -> str:
    """The local socket's name: the same for every start on this folder, saying nothing of it."""
    path = str(Path(data_dir).expanduser().resolve())
    return "milma-desktop-" + hashlib.sha256(path.encode("utf-8")).hexdigest()[:24]


class SingleInstance(QObject):
    """``claim()`` True: this is the folder's window (``activated`` fires when another start
    asks it to come forward). False: another window has the folder."""

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True  # opening the store says what is wrong with the folder
        lock = QLockFile(str(self.data_dir / LOCK_FILE))
        lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
        if not lock.tryLock(0):
            if lock.error() == QLockFile.LockError.LockFailedError:
                return False
            log.warning("the data folder's lock file cannot be written; going on without it")
            return True
        self._lock = lock
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)  # left by a window that crashed: the lock is ours
            if not server.listen(self.name):
                log.warning("no local socket for a second start to reach this window")
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def ask_first_to_show(self, timeout_ms: int = 3000) -> bool:
        """Ask the window that has the folder to come to the front; False when it did not answer."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(_RAISE)
        delivered = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return delivered

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_message(socket)

    def _on_message(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_RAISE.strip()):
            log.info("a second start on this data folder: the window comes to the front")
            self.activated.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def bring_to_front(window: QWidget | None) -> None:
    """The open dialog, else the main window: shown, not minimised, in front; the main window's
    status bar says why."""
    target = QApplication.activeModalWidget() or window
    if target is None:
        return
    if target.isMinimized():
        target.setWindowState(target.windowState() & ~Qt.WindowState.WindowMinimized)
    target.show()
    target.raise_()
    target.activateWindow()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(
            translate(
                "SingleInstance",
                "MILMA Desktop was started again with this data folder: it is open here.",
            ),
            SHOWN_MS,
        )


def already_open_text() -> str:
    return translate(
        "SingleInstance",
        "MILMA Desktop is already open with this data folder; its window was brought to the front.",
    )


def not_answering_text() -> str:
    return translate(
        "SingleInstance",
        "MILMA Desktop is already open with this data folder, but its window does not answer. Wait"
        " a moment and try again, or close it first.",
    )
