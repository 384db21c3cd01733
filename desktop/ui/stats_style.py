"""The statistics window's colours, in a light and a dark variant picked from the palette at paint
time, so a theme switch while the window is open re-tints everything on the next paint.

Hues: calm teal for breaks (the app's accent), clear blue for water, a warm coral for tension.
Each variant keeps at least 3:1 contrast against the card it is painted on.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from desktop.ui.contrast import muted_on


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


@dataclass(frozen=True)
class ChartColours:
    """The statistics window's colours for the current light or dark palette: panels, text, grid and one
    colour per kind of figure.
    """

    card: QColor  # the rounded panel behind a chart or figure
    text: QColor
    muted: QColor  # axis labels, captions
    grid: QColor
    breaks: QColor
    declined: QColor
    water: QColor
    goal: QColor
    tension: QColor
    empty: QColor  # the mark of a day without any data


_LIGHT = {
    "breaks": "#2b8a7e",
    "declined": "#b7d3ce",
    "water": "#3a78cf",
    "goal": "#5b6470",
    "tension": "#c8553d",
    "empty": "#c3c7cc",
}
_DARK = {
    "breaks": "#5cc4b4",
    "declined": "#3f6660",
    "water": "#74a9f2",
    "goal": "#b5bdc7",
    "tension": "#f0916f",
    "empty": "#5d636b",
}


def colours(palette: QPalette) -> ChartColours:
    dark = is_dark(palette)
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    card = window.lighter(122) if dark else palette.color(QPalette.ColorRole.Base)
    muted = muted_on(text, card)  # axis labels and captions: quieter, still 4.5:1 on the card
    grid = QColor(text)
    grid.setAlphaF(0.12)
    named = {name: QColor(value) for name, value in (_DARK if dark else _LIGHT).items()}
    return ChartColours(card=card, text=text, muted=muted, grid=grid, **named)
