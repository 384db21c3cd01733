"""The few colours and type sizes the routine window and the safety page share.

Everything is derived from the current palette (light or dark), so callers re-apply it on
QEvent.PaletteChange and a theme switch while a window is open re-tints it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QProgressBar, QWidget

from desktop.ui.contrast import AA_NORMAL, readable

TEAL = {False: QColor("#2a9d8f"), True: QColor("#4fb3a5")}  # the illustrations' movement-cue teal
TEAL_TEXT = {False: QColor("#1f7a6f"), True: QColor("#6cc7b9")}  # teal dark/light enough for link text
PANEL = {False: QColor("#e8f4f1"), True: QColor("#21332f")}  # a soft teal-grey note background
URGENT_TEXT = {False: QColor("#9c3d22"), True: QColor("#f0a58f")}
URGENT_PANEL = {False: QColor("#fbefe2"), True: QColor("#3d3025")}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent_text(
    colours: dict[bool, QColor],
    palette: QPalette,
    background: QColor | None = None,
    minimum: float = AA_NORMAL,
) -> QColor:
    """The light or dark variant of an accent, made readable on `background` (the window)."""
    behind = background if background is not None else palette.color(QPalette.ColorRole.Window)
    return readable(colours[is_dark(palette)], behind, minimum)


def scaled_font(base: QFont, factor: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(6.0, base.pointSizeF() * factor))
    font.setWeight(weight)
    return font


def style_panel(widget: QWidget, dark: bool, *, urgent: bool = False) -> None:
    """A rounded, softly tinted box for the safety line and similar notes."""
    panel = (URGENT_PANEL if urgent else PANEL)[dark]
    # The window's palette: during a theme change the window hears of it before its children.
    window_text = widget.window().palette().color(QPalette.ColorRole.WindowText)
    text = readable(URGENT_TEXT[dark] if urgent else window_text, panel).name()
    background = panel.name()
    name = widget.objectName() or "panel"
    widget.setObjectName(name)
    widget.setStyleSheet(
        f"#{name} {{ background: {background}; border-radius: 8px; }} #{name} QLabel {{ color: {text}; }}"
    )


def style_progress(bar: QProgressBar, dark: bool) -> None:
    """A thin teal bar rather than the style's selection blue."""
    palette = bar.palette()
    palette.setColor(QPalette.ColorRole.Highlight, TEAL[dark])
    bar.setPalette(palette)
