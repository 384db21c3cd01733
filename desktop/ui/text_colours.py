"""Secondary text (hints, captions, time left) and warnings that stay readable in every theme.

The palette's PlaceholderText role looks like the right "quiet" colour, but it is meant for
empty input fields: Qt's default is the text colour at half opacity (3.9:1 on its own grey window)
and some desktop themes ship less. `mute(label)` gives a label the text colour eased toward its
background, held at WCAG AA (4.5:1) or better; `warn(label)` gives it the app's soft rust for
refused values and failures, made darker or lighter as far as the background needs. Both keep the
colour right when the theme changes while the window is open (a label with an explicit colour
would otherwise keep the old theme's).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.contrast import AA_NORMAL, muted_on, readable

Background = Callable[[QPalette], QColor]  # the colour behind the label, from its surroundings' palette
ColourFor = Callable[[QPalette], QColor]  # the text colour, from the surroundings' palette

# A soft rust for words that need attention, in a light-theme and a dark-theme variant.
ATTENTION = {False: QColor("#9c3d22"), True: QColor("#f0a58f")}

_WATCHED = (QEvent.Type.Polish, QEvent.Type.PaletteChange, QEvent.Type.ParentChange)


def window_background(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Window)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def attention(palette: QPalette, background: QColor | None = None) -> QColor:
    """The rust for warnings, readable on `background` (the window by default)."""
    behind = background if background is not None else window_background(palette)
    return readable(ATTENTION[is_dark(palette)], behind)


class _KeepsColour(QObject):
    def __init__(self, widget: QWidget, colour_for: ColourFor) -> None:
        super().__init__(widget)
        self._colour_for = colour_for

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _WATCHED and isinstance(watched, QWidget):
            self.apply(watched)
        return False

    def apply(self, widget: QWidget) -> None:
        parent = widget.parentWidget()
        # The surroundings, not the label's own palette: that holds the colour set last time.
        colour = self._colour_for(parent.palette() if parent is not None else QApplication.palette(widget))
        palette = widget.palette()
        if palette.color(QPalette.ColorRole.WindowText) == colour:
            return  # unchanged: setting it again would send another PaletteChange
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        palette.setColor(QPalette.ColorRole.Text, colour)
        widget.setPalette(palette)


def keep_colour(widget: QWidget, colour_for: ColourFor) -> None:
    """Give `widget`'s text the colour `colour_for` picks, again whenever the theme changes."""
    for old in widget.findChildren(_KeepsColour):
        if old.parent() is widget:
            widget.removeEventFilter(old)
            old.deleteLater()
    keeper = _KeepsColour(widget, colour_for)
    widget.installEventFilter(keeper)
    keeper.apply(widget)


def mute(widget: QWidget, background: Background = window_background, minimum: float = AA_NORMAL) -> None:
    """Show `widget`'s text as secondary text, readable on `background` (the window by default)."""
    keep_colour(
        widget,
        lambda palette: muted_on(palette.color(QPalette.ColorRole.WindowText), background(palette), minimum),
    )


def warn(widget: QWidget) -> None:
    """Show `widget`'s text in the attention colour (a refused value, a failure)."""
    keep_colour(widget, attention)


def plain(widget: QWidget) -> None:
    """Back to the palette's own text colour (a message that was a warning is now good news)."""
    keep_colour(widget, lambda palette: palette.color(QPalette.ColorRole.WindowText))
