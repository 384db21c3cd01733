"""The scroll area of text pages: a focus ring of its own, no style sheet, its range current at once."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.ring_scroll_area import RING_WIDTH, RingScrollArea


def window_with_area(qtbot: QtBot) -> tuple[QWidget, RingScrollArea]:
    window = QWidget()
    qtbot.addWidget(window)
    area = RingScrollArea()
    page = QWidget()
    QVBoxLayout(page).addWidget(QLabel("Some text that can scroll. " * 40))
    page.layout().itemAt(0).widget().setWordWrap(True)  # type: ignore[union-attr]
    area.setWidget(page)
    QVBoxLayout(window).addWidget(area)
    window.resize(300, 200)
    window.show()
    window.activateWindow()  # the focus goes to an active window only
    qtbot.waitActive(window)
    return window, area


def pixel(window: QWidget, area: RingScrollArea, at: QPoint) -> QColor:
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return image.pixelColor(area.mapTo(window, at))


def test_the_ring_shows_only_with_the_focus_in_the_highlight_colour(qtbot: QtBot) -> None:
    window, area = window_with_area(qtbot)
    assert area.styleSheet() == "" and area.frameWidth() == RING_WIDTH
    assert area.viewport().geometry().topLeft() == QPoint(RING_WIDTH, RING_WIDTH)
    behind = window.palette().color(QPalette.ColorRole.Window)
    highlight = area.palette().color(QPalette.ColorRole.Highlight)
    corners = [QPoint(0, 0), QPoint(area.width() - 1, area.height() - 1), QPoint(1, area.height() // 2)]
    assert all(pixel(window, area, at) == behind for at in corners)  # without the focus: nothing drawn
    area.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(area.hasFocus, timeout=1000)
    assert all(pixel(window, area, at) == highlight for at in corners)
    assert pixel(window, area, QPoint(RING_WIDTH, RING_WIDTH)) != highlight  # two pixels wide, no more


def test_the_ring_follows_a_theme_change(qtbot: QtBot) -> None:
    window, area = window_with_area(qtbot)
    area.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(area.hasFocus, timeout=1000)
    palette = window.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#3daee9"))
    window.setPalette(palette)
    assert pixel(window, area, QPoint(0, 0)) == QColor("#3daee9")


def test_the_scroll_range_takes_in_new_text_at_once(qtbot: QtBot) -> None:
    _window, area = window_with_area(qtbot)
    page = area.widget()
    bar = area.verticalScrollBar()
    before = bar.maximum()
    more = QLabel("More text. " * 200)
    more.setWordWrap(True)
    page.layout().addWidget(more)  # type: ignore[union-attr]
    more.show()
    area.measure_now()
    assert bar.maximum() > before  # without waiting for Qt's posted layout request
    bar.setValue(bar.maximum())
    assert more.visibleRegion().boundingRect().height() > 0
