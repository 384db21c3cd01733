"""Shows one exercise picture, recoloured for the current theme.

Unclench's own drawings paint the figure in `currentColor`; QtSvg has no surrounding text colour
to resolve that against, so the SVG text is given the palette's text colour before it is parsed,
and again whenever the palette changes (a switch to a dark theme while the window is open).
A user's PNG or JPEG is shown as it is. A picture that cannot be read shows nothing, quietly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.bounded_file import read_bounded
from desktop.core.routine_format import MAX_PICTURE_BYTES


def themed_svg(svg_text: str, figure_colour: str) -> bytes:
    """The drawing with its figure in `figure_colour` (e.g. "#e6e6e6"); props and cues keep theirs."""
    return svg_text.replace("currentColor", figure_colour).encode("utf-8")


class IllustrationView(QWidget):
    """Shows one exercise picture: owns its path and the SVG renderer (recoloured for the current theme) or
    pixmap, and paints it scaled to fit.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._svg_text: str | None = None
        self._renderer: QSvgRenderer | None = None
        self._pixmap: QPixmap | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    @property
    def path(self) -> Path | None:
        return self._path

    def has_picture(self) -> bool:
        return self._renderer is not None or self._pixmap is not None

    def set_picture(self, path: Path | None) -> None:
        if path == self._path:
            return
        self._path, self._svg_text, self._renderer, self._pixmap = path, None, None, None
        if path is not None:
            try:
                # Bounded: a picture swapped for a pipe or /dev/zero must not hang the window.
                content = read_bounded(path, MAX_PICTURE_BYTES)
                if path.suffix.lower() == ".svg":
                    self._svg_text = content.decode("utf-8")
                else:
                    pixmap = QPixmap()
                    self._pixmap = pixmap if pixmap.loadFromData(content) else None
            except (OSError, UnicodeDecodeError):
                self._svg_text = None  # a picture that vanished or is not text: show none
            self._build_renderer()
        self.update()

    def _build_renderer(self) -> None:
        if self._svg_text is None:
            return
        colour = self.palette().color(QPalette.ColorRole.WindowText).name()
        renderer = QSvgRenderer(QByteArray(themed_svg(self._svg_text, colour)), self)
        self._renderer = renderer if renderer.isValid() else None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._build_renderer()
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.has_picture():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._renderer is not None:
            size = self._renderer.defaultSize().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(
                (self.width() - size.width()) / 2,
                (self.height() - size.height()) / 2,
                size.width(),
                size.height(),
            )
            self._renderer.render(painter, target)
        elif self._pixmap is not None:
            scaled = self._pixmap.scaled(
                self.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            painter.drawPixmap(
                (self.width() - scaled.width()) // 2, (self.height() - scaled.height()) // 2, scaled
            )
        painter.end()
