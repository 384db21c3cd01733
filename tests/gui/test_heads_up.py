"""The heads-up before a break: the tray's countdown icon and menu, and the glowing edge that is
click-through and never takes the focus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.heads_up_edge import EDGE_PX, HeadsUpEdge
from desktop.ui.tray import Tray, TrayMenu, app_icon, countdown_icon


@pytest.fixture
def edge() -> Iterator[HeadsUpEdge]:
    shown = HeadsUpEdge()
    yield shown
    shown.close()


def test_the_edge_is_four_thin_click_through_strips_that_never_take_the_focus(
    qtbot: QtBot, edge: HeadsUpEdge
) -> None:
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=2000)
    edge.show()
    area = QGuiApplication.primaryScreen().geometry()
    strips = edge.strips
    assert len(strips) == 4 and all(strip.isVisible() for strip in strips)
    for strip in strips:
        flags = strip.windowFlags()
        assert flags & Qt.WindowType.WindowTransparentForInput
        assert flags & Qt.WindowType.WindowDoesNotAcceptFocus
        assert strip.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        assert min(strip.width(), strip.height()) == EDGE_PX
        assert area.contains(strip.geometry())
    covered = sum(strip.width() * strip.height() for strip in strips)
    assert covered < 0.05 * area.width() * area.height()  # a thin edge: nothing covered
    assert QApplication.activeWindow() is other  # the user's window keeps the keyboard
    edge.hide()
    assert not any(strip.isVisible() for strip in strips)


def test_the_tray_counts_down_and_then_shows_its_state_again(qtbot: QtBot) -> None:
    menu = TrayMenu()
    tray = Tray(menu)
    plain = tray.icon.icon().pixmap(32, 32).toImage()
    tray.show_countdown(30, "Movement break")
    assert tray.icon.toolTip() == "Movement break in 30 s"
    assert tray.icon.icon().pixmap(32, 32).toImage() != plain
    tray.show_countdown(None)
    assert tray.icon.icon().pixmap(32, 32).toImage() == plain
    assert (
        countdown_icon(app_icon(), 120).pixmap(64, 64).toImage()
        != countdown_icon(app_icon(), 12).pixmap(64, 64).toImage()
    )


def test_the_menu_offers_not_now_make_up_and_says_the_skips_left(qtbot: QtBot) -> None:
    menu = TrayMenu()
    assert not menu.not_now.isVisible() and not menu.make_up.isVisible() and not menu.skips_left.isVisible()
    menu.show_breaks(owed=2, skips_left=1, heads_up=True)
    assert menu.not_now.isVisible() and menu.make_up.isVisible()
    assert menu.make_up.text() == "Make up a break (2 owed)"
    assert menu.skips_left.text() == "Skips left today: 1" and not menu.skips_left.isEnabled()
    with qtbot.waitSignal(menu.not_now_requested):
        menu.not_now.trigger()
    with qtbot.waitSignal(menu.make_up_requested):
        menu.make_up.trigger()
