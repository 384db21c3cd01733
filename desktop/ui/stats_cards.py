"""Small painted pieces of the statistics window: figure cards and paired comparison bars.

Both paint their own rounded card from the palette (no style sheets), so light and dark themes
and a theme switch while open need nothing extra. A card speaks as one sentence to screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from desktop.ui import stats_text as text
from desktop.ui.keyboard import paint_focus_ring
from desktop.ui.plain_text import plain_label
from desktop.ui.stats_style import colours
from desktop.ui.stats_text import Tile
from desktop.ui.text_colours import mute

CORNER = 10.0


def card_background(palette: QPalette) -> QColor:
    return colours(palette).card


class FigureCard(QWidget):
    """Caption, a big value, a quieter detail line and, for water, a thin progress bar."""

    def __init__(self, name: str, accent: str = "breaks", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._accent = accent
        self._fraction: float | None = None
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # Preferred height: cards in one grid row grow to the tallest, so a row reads as one band.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.caption = plain_label()
        mute(self.caption, card_background)  # on the card, which is lighter than the window
        caption_font = QFont(self.font())
        caption_font.setPointSizeF(caption_font.pointSizeF() * 0.9)
        self.caption.setFont(caption_font)
        self.value = plain_label()
        value_font = QFont(self.font())
        value_font.setPointSizeF(value_font.pointSizeF() * 1.55)
        value_font.setWeight(QFont.Weight.DemiBold)
        self.value.setFont(value_font)
        self.detail = plain_label()
        mute(self.detail, card_background)
        self.detail.setWordWrap(True)
        self.detail.setFont(caption_font)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch()
        self._bar_space = 0

    def show_tile(self, tile: Tile) -> None:
        self.caption.setText(tile.caption)
        self.value.setText(tile.value)
        self.detail.setText(tile.detail)
        self.setAccessibleName(tile.spoken)
        self.setToolTip(tile.spoken)
        self._fraction = tile.fraction
        bar_space = 10 if tile.fraction is not None else 0
        if bar_space != self._bar_space:
            self._bar_space = bar_space
            margins = self._layout.contentsMargins()
            margins.setBottom(12 + bar_space)
            self._layout.setContentsMargins(margins)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = colours(self.palette())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(c.card)
        painter.drawRoundedRect(QRectF(self.rect()), CORNER, CORNER)
        paint_focus_ring(painter, self, CORNER)
        if self._fraction is not None:
            track = QRectF(14, self.height() - 16, self.width() - 28, 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c.grid)
            painter.drawRoundedRect(track, 3, 3)
            if self._fraction > 0:
                filled = QRectF(
                    track.left(), track.top(), max(6.0, track.width() * self._fraction), track.height()
                )
                painter.setBrush(getattr(c, self._accent))
                painter.drawRoundedRect(filled, 3, 3)
        painter.end()


class PairBars(QWidget):
    """Two or more labelled horizontal bars on a shared 0..10 scale, e.g. tension on days with
    more breaks against days with fewer. The numbers are written next to each bar."""

    ROW = 26

    def __init__(self, accent: str = "tension", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accent = accent
        self._rows: tuple[tuple[str, float], ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: Sequence[tuple[str, float]]) -> None:
        self._rows = tuple(rows)
        self.setFixedHeight(self.ROW * len(self._rows) + 4)
        self.setAccessibleDescription(
            "; ".join(f"{label}: {text.out_of_ten(round(v, 1))}" for label, v in rows)
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, self.ROW * max(1, len(self._rows)) + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = colours(self.palette())
        metrics = painter.fontMetrics()
        label_width = max((metrics.horizontalAdvance(label) for label, _ in self._rows), default=0) + 12
        value_width = metrics.horizontalAdvance("10.0/10") + 10
        track_width = max(40.0, self.width() - label_width - value_width)
        for n, (label, value) in enumerate(self._rows):
            top = n * self.ROW + 2
            middle = top + self.ROW / 2
            painter.setPen(c.text)
            painter.drawText(QRectF(0, top, label_width, self.ROW), int(Qt.AlignmentFlag.AlignVCenter), label)
            track = QRectF(label_width, middle - 6, track_width, 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c.grid)
            painter.drawRoundedRect(track, 6, 6)
            painter.setBrush(getattr(c, self._accent))
            filled = QRectF(track.left(), track.top(), max(12.0, track.width() * min(1.0, value / 10)), 12)
            painter.drawRoundedRect(filled, 6, 6)
            painter.setPen(c.text)
            box = QRectF(track.right() + 8, top, value_width, self.ROW)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignVCenter), text.out_of_ten(round(value, 1)))
        painter.end()
