"""Windows and dialogs that fit the screen they open on.

Every window sizes itself through fit_to_screen(): the size it would like (its own size hint, or
the one it asks for), never more than the available part of the screen (without panels and
task bars) less room for the window's frame, and placed so that the frame lies within it,
centred on the window it belongs to. A 1366x768 laptop and a 1280x720 projector get Print, Save
and Close in sight. The screen's area is read by available_geometry() alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for a title bar and borders while the window manager has not framed the window yet
FRAME_ALLOWANCE = QSize(16, 40)
# Screens at most this large open the main window maximised
SMALL_SCREEN = QSize(1600, 960)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen (else the primary one) that windows may cover."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def is_small_screen(widget: QWidget | None = None) -> bool:
    area = available_geometry(widget)
    return area.width() <= SMALL_SCREEN.width() or area.height() <= SMALL_SCREEN.height()


def _frame_extra(window: QWidget) -> QSize:
    """What the frame adds to the window's size (an allowance until it is known)."""
    extra = window.frameGeometry().size() - window.geometry().size()
    if window.isVisible() and (extra.width() > 0 or extra.height() > 0):
        return extra
    return FRAME_ALLOWANCE


def room(window: QWidget) -> QSize:
    """The largest size the window may take on its screen, frame excluded."""
    anchor = window.parentWidget() or window
    return available_geometry(anchor).size() - _frame_extra(window)


def fit_to_screen(window: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Size ``window`` to ``width`` x ``height`` (by default its size hint), within the screen,
    and keep it there each time it is shown (see module docstring)."""
    hint = window.sizeHint()
    limit = room(window)
    window.resize(
        min(width or hint.width(), limit.width()), min(height or hint.height(), limit.height())
    )
    keeper = window.findChild(_KeepOnScreen, _KeepOnScreen.NAME)
    if keeper is None:
        window.installEventFilter(_KeepOnScreen(window))


def place(window: QWidget) -> None:
    """Shrink ``window`` to the screen if it has grown beyond it, and move it so that its frame
    lies within the screen, centred on its parent window (or on the screen)."""
    parent = window.parentWidget()
    anchor = parent.window() if parent is not None else None
    area = available_geometry(anchor or window)
    extra = _frame_extra(window)
    size = window.size().boundedTo(area.size() - extra)
    if size != window.size():
        window.resize(size)
    outer = window.size() + extra
    centre = (
        anchor.frameGeometry().center()
        if anchor is not None and anchor.isVisible()
        else area.center()
    )
    x = min(max(centre.x() - outer.width() // 2, area.left()), area.right() + 1 - outer.width())
    y = min(max(centre.y() - outer.height() // 2, area.top()), area.bottom() + 1 - outer.height())
    window.move(QPoint(max(x, area.left()), max(y, area.top())))


def fit_main_window(window: QWidget, width: int, height: int) -> bool:
    """The main window's first opening: ``width`` x ``height`` within the screen, centred.
    True when the screen is small enough for the window to open maximised."""
    limit = room(window)
    window.resize(min(width, limit.width()), min(height, limit.height()))
    place(window)
    return is_small_screen(window)


def keep_on_screen(window: QWidget) -> None:
    """A restored geometry that no longer fits (a smaller screen than last time) is brought
    back within the screen."""
    area = available_geometry(window)
    frame = (
        window.frameGeometry()
        if window.isVisible()
        else QRect(window.pos(), window.size() + FRAME_ALLOWANCE)
    )
    if not area.contains(frame):
        place(window)


class _KeepOnScreen(QObject):
    """Places its window when it is about to show: the first time centred on its parent,
    afterwards only brought back within the screen should it be out of it."""

    NAME = "keep_on_screen"

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName(self.NAME)
        self.placed = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        # before QDialog's own showEvent: a moved dialog is not placed again by Qt
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            if not self.placed:
                self.placed = True
                place(watched)
            else:
                keep_on_screen(watched)
        return False
