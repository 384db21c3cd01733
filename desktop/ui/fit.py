"""Windows that grow to what their text needs: with a large font, at 200 % or in a longer
language, wrapped text wants more height than the size a window was first given.

Qt keeps a top-level window at least as large as its layout's minimum, but that minimum leaves
out the height of word-wrapped labels at the window's actual width, and a minimum width set by
hand (setMinimumWidth) wins over the layout's. Either way text ends up squeezed or overlapping.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# Room to leave on the screen: a panel or task bar the desktop may still count as available, and the
# window manager's title bar (a window's geometry leaves its frame out). 1280×720 leaves 640 px.
SCREEN_MARGIN = 80


def screen_room(window: QWidget) -> tuple[int, int] | None:
    """The largest width and height `window` may take on its screen, or None off-screen."""
    screen = window.screen()
    if screen is None:
        return None
    free, frame = screen.availableGeometry(), window.frameGeometry()
    border_width, border_height = frame.width() - window.width(), frame.height() - window.height()
    return free.width() - border_width, free.height() - SCREEN_MARGIN - border_height


def cap_to_screen(window: QWidget) -> None:
    """Shrink `window` to fit its screen (never below what its layout needs)."""
    room = screen_room(window)
    if room is None:
        return
    width, height = min(window.width(), room[0]), min(window.height(), room[1])
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)


def fit_to_contents(window: QWidget) -> None:
    """Grow `window` to its layout's minimum width and the height that minimum, or the wrapped
    text at that width, needs; within the screen's room, but never below the layout's minimum."""
    layout = window.layout()
    if layout is None or not window.isWindow():
        return
    window.ensurePolished()  # sizes come from the style; an unpolished widget guesses
    layout.activate()
    minimum = layout.totalMinimumSize()
    width = max(window.width(), minimum.width())
    height = max(window.height(), minimum.height())
    if layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width))
    room = screen_room(window)
    if room is not None:  # wrapped text at its preferred height, but no taller than the screen
        width = max(minimum.width(), min(width, room[0]))
        height = max(minimum.height(), min(height, room[1]))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)


class _KeepsFitted(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # After the layout has done its own work (a panel opened, a message appeared).
        if event.type() in (QEvent.Type.Show, QEvent.Type.LayoutRequest) and isinstance(watched, QWidget):
            # Only a weak reference in the callable: if the window is deleted before the timer fires, Qt
            # drops the call but PySide keeps the callable, and with it anything it refers to.
            target = weakref.ref(watched)
            QTimer.singleShot(0, watched, lambda: _fit_if_visible(target()))
        return False


def _fit_if_visible(window: QWidget | None) -> None:
    if window is not None and window.isVisible():
        fit_to_contents(window)


def keep_fitted(window: QWidget) -> None:
    """Fit `window` to its contents when it is shown and whenever its contents change size."""
    window.installEventFilter(_KeepsFitted(window))
