"""Where the reminder card goes on the screen: by the tray icon, clear of the panel and, when the
reminder is also a desktop notification (the style "both"), clear of where that notification shows.

No notification server says where it draws its bubbles, so `notification_corner` knows the usual
place of the common ones (dunst, mako, xfce4-notifyd and macOS top-right, GNOME top-centre, KDE
Plasma and Windows bottom-right) and `notification_area` reserves a generous bubble there.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPoint, QRect, QSize

EDGE_MARGIN = 12
NOTIFICATION_SIZE = QSize(440, 220)  # a bubble with a few lines and buttons, rounded up: the card clears it


class Corner(Enum):
    """Where on the screen a desktop's notifications appear."""

    TOP_RIGHT = "top-right"
    TOP_CENTER = "top-center"
    BOTTOM_RIGHT = "bottom-right"


def notification_corner(notifier_name: str, system: str) -> Corner:
    """The usual place of the notifications of `notifier_name` (the backend's name with its server, e.g.
    "freedesktop notifications (dunst)") on `system` (sys.platform)."""
    name = notifier_name.casefold()
    if system == "win32" or "plasma" in name or "kde" in name:
        return Corner.BOTTOM_RIGHT
    if "gnome" in name:
        return Corner.TOP_CENTER
    return Corner.TOP_RIGHT


def notification_area(area: QRect, corner: Corner) -> QRect:
    """The part of the work `area` a notification in `corner` may cover."""
    size = NOTIFICATION_SIZE.boundedTo(area.size())
    top = area.top() if corner is not Corner.BOTTOM_RIGHT else area.bottom() - size.height() + 1
    if corner is Corner.TOP_CENTER:
        left = area.center().x() - size.width() // 2
    else:
        left = area.right() - size.width() + 1
    return QRect(QPoint(left, top), size)


def card_position(area: QRect, size: QSize, near: QRect | None, avoid: QRect | None = None) -> QPoint:
    """The card's top-left in the screen's work `area`: next to the tray icon `near` when its place is
    known, else the bottom-right corner; moved to another corner when it would cover `avoid`."""
    by_tray = _by_tray(area, size, near)
    if avoid is None or not QRect(by_tray, size).intersects(avoid):
        return by_tray
    right = area.right() - size.width() - EDGE_MARGIN
    left = area.left() + EDGE_MARGIN
    top = area.top() + EDGE_MARGIN
    bottom = area.bottom() - size.height() - EDGE_MARGIN
    same_side = right if by_tray.x() >= area.center().x() - size.width() // 2 else left
    other_side = left if same_side == right else right
    other_end = bottom if by_tray.y() < area.center().y() else top
    same_end = top if other_end == bottom else bottom
    for x, y in ((same_side, other_end), (other_side, same_end), (other_side, other_end)):
        if not QRect(QPoint(x, y), size).intersects(avoid):
            return QPoint(x, y)
    return by_tray  # a screen too small to keep them apart: the card stays by the tray


def _by_tray(area: QRect, size: QSize, near: QRect | None) -> QPoint:
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
