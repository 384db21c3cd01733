"""Where the reminder card goes on the screen: by the tray icon, clear of the panel and of the
desktop's notification when both are shown."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize

EDGE_MARGIN = 12


def card_position(area: QRect, size: QSize, near: QRect | None) -> QPoint:
    """The card's top-left in the screen's work `area`: next to the tray icon `near` when its place is
    known, else the bottom-right corner."""
    x = area.right() - size.width() - EDGE_MARGIN
    y = area.bottom() - size.height() - EDGE_MARGIN
    if near is not None and near.isValid():
        x = min(max(area.left() + EDGE_MARGIN, near.center().x() - size.width() // 2), x)
        # Clear of the panel too, where the desktop does not leave it out of the work area.
        if near.center().y() < area.center().y():  # the panel is at the top
            y = max(area.top(), near.bottom()) + EDGE_MARGIN
        else:
            y = min(y, near.top() - size.height() - EDGE_MARGIN)
    return QPoint(x, y)
