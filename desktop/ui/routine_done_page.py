"""The routine window's last page: a check mark, "Nicely done", what was done and a Close button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.calm_style import TEAL, accent_text, scaled_font
from desktop.ui.contrast import AA_LARGE
from desktop.ui.plain_text import plain_label
from desktop.ui.text_colours import keep_colour, mute


def _centred(text: str = "", wrap: bool = False) -> QLabel:
    label = plain_label(text)  # the routine's name comes from a file anyone may write: never markup
    label.setWordWrap(wrap)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class RoutineDonePage(QWidget):
    """The page shown when a routine is complete: owns the check mark, the title, the summary of what was
    done, a hint to notice the body, and the Close button.

    Signals: `close_requested()` the user pressed Close.
    """

    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done_mark = _centred("✓")
        self.done_mark.setAccessibleName(self.tr("Routine complete"))
        self.done_title = _centred(self.tr("Nicely done"))
        self.done_summary = _centred(wrap=True)
        hint = self.tr("Take a slow breath out and notice how your neck, shoulders and jaw feel now.")
        self.done_hint = _centred(hint, wrap=True)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close_requested)
        mute(self.done_hint)
        keep_colour(self.done_mark, lambda palette: accent_text(TEAL, palette, minimum=AA_LARGE))  # large
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(14)
        layout.addStretch(2)
        for label in (self.done_mark, self.done_title, self.done_summary, self.done_hint):
            layout.addWidget(label)
        layout.addSpacing(10)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def restyle(self, base: QFont) -> None:
        """Sizes from the window's font: a large mark and title, the summary a little larger than text."""
        self.done_title.setFont(scaled_font(base, 1.8, QFont.Weight.DemiBold))
        self.done_summary.setFont(scaled_font(base, 1.12))
        self.done_mark.setFont(scaled_font(base, 3.2, QFont.Weight.Light))
