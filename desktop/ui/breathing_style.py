"""The breathing window's few colours: calm teal for the pacer (in breathing_pacer), a soft rust
for text that needs attention and a warm panel for safety notes, each in a light and a dark
variant picked from the current palette. Callers re-apply on QEvent.PaletteChange, so a theme
switch while the window is open re-tints it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

ATTENTION = {False: QColor("#9c3d22"), True: QColor("#f0a58f")}  # readable on light / dark windows
CAUTION_BACKGROUND = {False: QColor("#fbefe2"), True: QColor("#3d3025")}
PROGRESS = {False: QColor("#6cb8ab"), True: QColor("#4fa397")}  # the pacer's teal


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _surroundings_dark(widget: QWidget) -> bool:
    # The parent's palette, not the widget's own: tint_box overrides the widget's Window colour.
    parent = widget.parentWidget()
    return is_dark(parent.palette() if parent is not None else widget.palette())


def tint_text(widget: QWidget, colours: dict[bool, QColor]) -> None:
    """Give a label a text colour that suits the palette it sits in."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colours[_surroundings_dark(widget)])
    widget.setPalette(palette)


def tint_progress(widget: QWidget) -> None:
    """The progress bar in the pacer's teal rather than the style's selection blue."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Highlight, PROGRESS[_surroundings_dark(widget)])
    widget.setPalette(palette)


def tint_box(widget: QWidget, background: dict[bool, QColor], text: dict[bool, QColor]) -> None:
    """A softly coloured panel (the safety note), for labels with autoFillBackground."""
    dark = _surroundings_dark(widget)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, background[dark])
    palette.setColor(QPalette.ColorRole.WindowText, text[dark])
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
