"""A scroll area of text that shows the keyboard focus as a ring, without a style sheet.

A page of text that scrolls takes the focus (Tab, then the arrow keys or Page Down) and must show
it. A style sheet on the area (`:focus { border-color: ... }`) would do that, but Qt then polishes
every widget inside it with the style-sheet style again, and measures all its word-wrapped labels
anew: about half of the time a window of long text took to open. This area paints its own ring in
the palette's highlight colour, so a theme change needs nothing but a repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

RING_WIDTH = 2  # pixels, on every side: transparent without the focus, the highlight colour with it


class RingScrollArea(QScrollArea):
    """A frameless, resizable scroll area with a focus ring `RING_WIDTH` wide around its viewport and
    scroll bar, drawn in the highlight colour while it has the keyboard focus. Owns its viewport only;
    emits no signals of its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A plain box keeps the room for the ring; event() paints the ring in its place, or nothing.
        self.setFrameStyle(QFrame.Shape.Box | QFrame.Shadow.Plain)
        self.setLineWidth(RING_WIDTH)
        self.setWidgetResizable(True)

    def measure_now(self) -> None:
        """Size the page and the scroll range to the widget's contents now: after children were added,
        Qt does so only once a posted layout request comes round, and a scroll before then falls short."""
        self.setWidgetResizable(True)  # which re-measures the widget at once

    def event(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:
            return super().event(event)
        if self.hasFocus():  # no corner to paint: the area never has two scroll bars
            painter = QPainter(self)
            colour = self.palette().color(QPalette.ColorRole.Highlight)
            width, height = self.width(), self.height()
            for band in (
                QRect(0, 0, width, RING_WIDTH),
                QRect(0, height - RING_WIDTH, width, RING_WIDTH),
                QRect(0, RING_WIDTH, RING_WIDTH, height - 2 * RING_WIDTH),
                QRect(width - RING_WIDTH, RING_WIDTH, RING_WIDTH, height - 2 * RING_WIDTH),
            ):
                painter.fillRect(band, colour)
            painter.end()
        return True
