"""The one 0–10 tension scale: eleven tinted buttons with the words for both ends under them, used
by the tension check-in and the breathing window's before-and-after rating alike, so the two look
and read the same.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.settings import RATING
from desktop.ui.stats_style import colours
from desktop.ui.text_colours import mute

LEVELS = range(RATING.low, RATING.high + 1)


class RatingScale(QWidget):
    """A 0–10 tension scale: owns the eleven level buttons (tinted calm teal to warm coral), the end words
    "loose" and "very tight" and the hint that explains the scale.

    Signals: `level_chosen(int)` the user pressed a level.
    """

    level_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(self.tr("0 is loose and easy, 10 is as tight as it gets."))
        self.hint.setWordWrap(True)
        mute(self.hint)  # quieter, and still 4.5:1 in light and dark alike
        scale = QHBoxLayout()
        scale.setSpacing(5)
        self.buttons: list[QPushButton] = []
        for level in LEVELS:
            button = QPushButton(str(level))
            button.setObjectName(f"level_{level}")
            button.setAccessibleName(self.tr("Tension {0} of 10").format(level))
            button.setMinimumSize(38, 44)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, chosen=level: self.level_chosen.emit(chosen))
            scale.addWidget(button)
            self.buttons.append(button)
        ends = QHBoxLayout()
        for words, alignment in (
            (self.tr("loose"), Qt.AlignmentFlag.AlignLeft),
            (self.tr("very tight"), Qt.AlignmentFlag.AlignRight),
        ):
            end = QLabel(words)
            mute(end)
            end.setAlignment(alignment)
            ends.addWidget(end)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.hint)
        layout.addSpacing(6)
        layout.addLayout(scale)
        layout.addLayout(ends)
        self._tint()

    def _tint(self) -> None:
        """A quiet hint of colour along the scale: calm teal at 0, warm coral at 10."""
        c = colours(self.palette())
        base = self.palette().color(QPalette.ColorRole.Button)
        middle = (LEVELS[0] + LEVELS[-1]) / 2
        for level, button in zip(LEVELS, self.buttons, strict=True):
            hue = c.breaks if level < middle else c.tension
            share = abs(level - middle) / middle * 0.35
            tinted = QColor(
                round(base.red() + (hue.red() - base.red()) * share),
                round(base.green() + (hue.green() - base.green()) * share),
                round(base.blue() + (hue.blue() - base.blue()) * share),
            )
            palette = button.palette()
            palette.setColor(QPalette.ColorRole.Button, tinted)
            button.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "buttons"):
            self._tint()
        super().changeEvent(event)
