"""The "Your own comparison" section: tension on days with more breaks against days with fewer,
and breathing ratings before and after, as paired bars with the sentence and counts behind them.
Until there is enough data the bars stay hidden and the sentence says what is still missing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.core.comparison import BreathingChange, TensionByBreaks
from desktop.core.stats_snapshot import StatsSnapshot
from desktop.ui import stats_comparison_text as comparison_text
from desktop.ui.plain_text import plain_label
from desktop.ui.stats_cards import PairBars
from desktop.ui.text_colours import mute


class ComparisonSection(QWidget):
    """The statistics window's "Your own comparison" section: paired bars and a sentence for tension on days
    with more or fewer breaks and for breathing ratings before and after, filled by `show_snapshot`.
    """

    def __init__(self, heading: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(heading)
        self.tension_bars = PairBars("tension")
        self.tension_bars.setObjectName("tension_bars")
        self.tension_text = plain_label()
        self.tension_text.setObjectName("tension_comparison")
        self.breathing_bars = PairBars("breaks")
        self.breathing_bars.setObjectName("breathing_bars")
        self.breathing_text = plain_label()
        self.breathing_text.setObjectName("breathing_comparison")
        for title, bars, words in (
            (self.tr("Tension and breaks"), self.tension_bars, self.tension_text),
            (self.tr("Breathing, before and after"), self.breathing_bars, self.breathing_text),
        ):
            sub = QLabel(title)
            sub.setFont(QFont(self.font().family(), self.font().pointSize(), QFont.Weight.DemiBold))
            words.setWordWrap(True)
            words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(sub)
            bars.setAccessibleName(title)  # the numbers are its description
            layout.addWidget(bars)
            layout.addWidget(words)
            layout.addSpacing(4)
        self.caveat = QLabel(comparison_text.caveat())
        self.caveat.setObjectName("comparison_caveat")
        self.caveat.setWordWrap(True)
        mute(self.caveat)
        layout.addWidget(self.caveat)

    def show_snapshot(self, snapshot: StatsSnapshot) -> None:
        by_breaks = snapshot.tension_by_breaks
        if isinstance(by_breaks, TensionByBreaks):
            self.tension_bars.set_rows(
                [
                    (self.tr("Days with {0}+ breaks").format(by_breaks.threshold), by_breaks.more_average),
                    (self.tr("Days with fewer"), by_breaks.fewer_average),
                ]
            )
        self.tension_bars.setVisible(isinstance(by_breaks, TensionByBreaks))
        self.tension_text.setText(comparison_text.tension_comparison(by_breaks))
        breathing = snapshot.breathing_change
        if isinstance(breathing, BreathingChange):
            self.breathing_bars.set_rows(
                [
                    (self.tr("Before a session"), breathing.before_average),
                    (self.tr("After"), breathing.after_average),
                ]
            )
        self.breathing_bars.setVisible(isinstance(breathing, BreathingChange))
        self.breathing_text.setText(comparison_text.breathing_comparison(breathing))
