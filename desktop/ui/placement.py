"""Where a small window goes so that it does not cover the window it follows: beside it (right,
then left), else under or over it, else the free corner of the screen farthest from it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget

GAP = 12  # between the two windows


def beside(size: QSize, target: QRect, screen: QRect) -> QPoint:
    """The top-left corner for a window of `size` next to `target` on `screen` (both frame rects)."""
    top = min(max(target.top(), screen.top()), screen.bottom() + 1 - size.height())
    left = min(max(target.left(), screen.left()), screen.right() + 1 - size.width())
    candidates = (
        QPoint(target.right() + 1 + GAP, top),  # right of it
        QPoint(target.left() - GAP - size.width(), top),  # left of it
        QPoint(left, target.bottom() + 1 + GAP),  # under it
        QPoint(left, target.top() - GAP - size.height()),  # over it
    )
    for corner in candidates:
        if screen.contains(QRect(corner, size)):
            return corner
    # No free side: the screen corner farthest from the target's centre covers the least of it.
    corners = (
        QPoint(screen.left(), screen.top()),
        QPoint(screen.right() + 1 - size.width(), screen.top()),
        QPoint(screen.left(), screen.bottom() + 1 - size.height()),
        QPoint(screen.right() + 1 - size.width(), screen.bottom() + 1 - size.height()),
    )
    centre = target.center()

    def covered(corner: QPoint) -> int:
        shared = QRect(corner, size).intersected(target)
        return shared.width() * shared.height() if shared.isValid() else 0

    return min(corners, key=lambda c: (covered(c), -(QRect(c, size).center() - centre).manhattanLength()))


def move_beside(window: QWidget, target: QWidget | None) -> None:
    """Move `window` next to `target` (a shown top-level window); leave it to the window manager without."""
    if target is None or not target.isVisible() or target is window:
        return
    screen = target.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    window.ensurePolished()
    window.adjustSize()
    frame = window.frameGeometry().size().expandedTo(window.size())
    window.move(beside(frame, target.frameGeometry(), screen.availableGeometry()))
