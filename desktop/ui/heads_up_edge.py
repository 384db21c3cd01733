"""The heads-up's optional glowing edge: a thin soft band around the screen with the pointer.

Four thin strips, one per side, rather than one see-through window over the whole screen: without
a compositor a translucent window paints black, and strips never cover what the user is doing.
Each strip is click-through (transparent for input), never takes the focus and is never
activated; there is no blur and no dimming.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QColor, QCursor, QGuiApplication, QLinearGradient, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from desktop.ui.calm_style import TEAL

EDGE_PX = 6
_SIDES = {
    Qt.Edge.TopEdge: "top",
    Qt.Edge.BottomEdge: "bottom",
    Qt.Edge.LeftEdge: "left",
    Qt.Edge.RightEdge: "right",
}

_FLAGS = (
    Qt.WindowType.Tool
    | Qt.WindowType.FramelessWindowHint
    | Qt.WindowType.WindowStaysOnTopHint
    | Qt.WindowType.WindowTransparentForInput
    | Qt.WindowType.WindowDoesNotAcceptFocus
    | Qt.WindowType.X11BypassWindowManagerHint
)


class _Strip(QWidget):
    """One side's band, fading from the glow at the screen's edge to the background inside."""

    def __init__(self, side: Qt.Edge) -> None:
        super().__init__(None, _FLAGS)
        self.side = side
        self.setObjectName(f"heads_up_edge_{_SIDES[side]}")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.rect()
        start, end = {
            Qt.Edge.TopEdge: (rect.topLeft(), rect.bottomLeft()),
            Qt.Edge.BottomEdge: (rect.bottomLeft(), rect.topLeft()),
            Qt.Edge.LeftEdge: (rect.topLeft(), rect.topRight()),
            Qt.Edge.RightEdge: (rect.topRight(), rect.topLeft()),
        }[self.side]
        gradient = QLinearGradient(start, end)
        glow = QColor(TEAL[False])
        gradient.setColorAt(0.0, glow)
        gradient.setColorAt(1.0, glow.lighter(160))
        QPainter(self).fillRect(rect, gradient)


class HeadsUpEdge(QObject):
    """Owns the four click-through strips of the heads-up's glowing edge, shown on the screen with the
    pointer. Emits nothing: the heads-up is answered from the tray ("Not now") or not at all."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._strips = [_Strip(side) for side in _SIDES]

    @property
    def strips(self) -> list[QWidget]:
        return list(self._strips)

    def show(self) -> None:
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.geometry()
        for strip in self._strips:
            strip.setGeometry(_band(area, strip.side))
            strip.show()

    def hide(self) -> None:
        for strip in self._strips:
            strip.hide()

    def close(self) -> None:
        for strip in self._strips:
            strip.close()
            strip.deleteLater()
        self._strips = []


def _band(area: QRect, side: Qt.Edge) -> QRect:
    if side is Qt.Edge.TopEdge:
        return QRect(area.left(), area.top(), area.width(), EDGE_PX)
    if side is Qt.Edge.BottomEdge:
        return QRect(area.left(), area.bottom() - EDGE_PX + 1, area.width(), EDGE_PX)
    if side is Qt.Edge.LeftEdge:
        return QRect(area.left(), area.top() + EDGE_PX, EDGE_PX, area.height() - 2 * EDGE_PX)
    return QRect(area.right() - EDGE_PX + 1, area.top() + EDGE_PX, EDGE_PX, area.height() - 2 * EDGE_PX)
