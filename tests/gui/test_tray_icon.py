"""The tray icon's look per state: active, paused, in a meeting, reminder waiting."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from desktop.ui.tray import Tray, TrayMenu


def shown(tray: Tray, size: int = 32) -> QImage:
    return tray.icon.icon().pixmap(size, size).toImage()


def differing_pixels(one: QImage, other: QImage) -> int:
    return sum(one.pixel(x, y) != other.pixel(x, y) for x in range(one.width()) for y in range(one.height()))


def test_meeting_mode_has_its_own_icon(qapp: QApplication) -> None:
    tray = Tray(TrayMenu())
    tray.show_state("Posture check in 20 min", paused=False, waiting=False)
    active = shown(tray)
    tray.show_state("Paused until 10:30", paused=True, waiting=False)
    paused = shown(tray)
    tray.show_state("Meeting mode until 10:30", paused=False, waiting=False, in_meeting=True)
    meeting = shown(tray)
    tray.show_state("Posture check now", paused=False, waiting=True, in_meeting=True)
    waiting = shown(tray)
    pixels = meeting.width() * meeting.height()
    # A badge of its own: clearly unlike the pause (grey, pause bars) and the plain active icon.
    assert differing_pixels(meeting, paused) > pixels // 4
    assert differing_pixels(meeting, active) > pixels // 20
    assert differing_pixels(meeting, waiting) > pixels // 20
