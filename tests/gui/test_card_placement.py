"""With the style "both", the card and the desktop notification of the same reminder do not overlap:
geometry on 1366×768 and 1280×720 screens, with the tray at the top (GNOME, dunst) or the bottom (KDE)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize

from desktop.ui.card_placement import (
    EDGE_MARGIN,
    Corner,
    card_position,
    notification_area,
    notification_corner,
)

CARD = QSize(340, 260)
SCREENS = [QRect(0, 0, 1366, 768), QRect(0, 0, 1280, 720)]


def tray_at_top(screen: QRect) -> QRect:
    return QRect(screen.right() - 60, 0, 24, 24)


def tray_at_bottom(screen: QRect) -> QRect:
    return QRect(screen.right() - 60, screen.bottom() - 23, 24, 24)


@pytest.mark.parametrize("screen", SCREENS, ids=["1366x768", "1280x720"])
@pytest.mark.parametrize(
    ("server", "tray", "system"),
    [
        ("freedesktop notifications (dunst)", tray_at_top, "linux"),
        ("freedesktop notifications (dunst)", tray_at_bottom, "linux"),
        ("freedesktop notifications (Plasma)", tray_at_bottom, "linux"),
        ("freedesktop notifications (gnome-shell)", tray_at_top, "linux"),
        ("system tray messages", tray_at_bottom, "win32"),
        ("system tray messages", tray_at_top, "darwin"),
    ],
)
def test_the_card_keeps_clear_of_the_notification(
    screen: QRect, server: str, tray: object, system: str
) -> None:
    work_area = screen.adjusted(0, 28, 0, 0) if tray is tray_at_top else screen.adjusted(0, 0, 0, -40)
    notification = notification_area(work_area, notification_corner(server, system))
    card = QRect(card_position(work_area, CARD, tray(screen), notification), CARD)  # type: ignore[operator]
    assert not card.intersects(notification), (card, notification)
    assert work_area.contains(card)


def test_without_a_notification_the_card_stays_by_the_tray() -> None:
    screen = SCREENS[0]
    by_tray = card_position(screen, CARD, tray_at_top(screen))
    assert (
        by_tray.y() == tray_at_top(screen).bottom() + EDGE_MARGIN
        and by_tray.x() == screen.right() - CARD.width() - EDGE_MARGIN
    )


def test_where_notifications_usually_are() -> None:
    assert notification_corner("freedesktop notifications (dunst)", "linux") is Corner.TOP_RIGHT
    assert notification_corner("freedesktop notifications (gnome-shell)", "linux") is Corner.TOP_CENTER
    assert notification_corner("freedesktop notifications (Plasma)", "linux") is Corner.BOTTOM_RIGHT
    assert notification_corner("system tray messages", "win32") is Corner.BOTTOM_RIGHT
    assert notification_area(QRect(0, 0, 1366, 768), Corner.TOP_RIGHT).topRight() == QPoint(1365, 0)


def test_the_app_places_the_card_of_a_reminder_shown_both_ways_clear_of_its_notification(
    qtbot: object,
) -> None:
    from datetime import UTC, datetime

    from PySide6.QtGui import QGuiApplication

    from desktop.core.kinds import Kind
    from desktop.core.reminder_state import Prompt
    from desktop.ui.reminder_popup import PromptView, ReminderPopup

    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    popup = ReminderPopup()
    qtbot.addWidget(popup)  # type: ignore[attr-defined]
    view = PromptView(prompt=Prompt((Kind.POSTURE,), (now,), now), checklist=(("jaw", "Unclench your jaw"),))
    popup.present(view, notification_at=Corner.BOTTOM_RIGHT)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert not popup.geometry().intersects(notification_area(area, Corner.BOTTOM_RIGHT))
    popup.present(view)  # no notification: the usual bottom-right corner
    assert popup.geometry().intersects(notification_area(area, Corner.BOTTOM_RIGHT))
