"""A one-tap tension rating from 0 to 10 before and after breathing, always skippable; the scale is
the tension check-in's (desktop/ui/rating_scale.py).

Number keys pick a value too (0–9; "10" needs the button), so a keyboard user rates with one key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.ui.announcements import announce
from desktop.ui.plain_text import plain_label
from desktop.ui.rating_scale import RatingScale


class StressRating(QWidget):
    """A one-tap tension rating: owns the question, the shared 0-10 RatingScale and a skip button; number keys
    0-9 pick a value.

    Signals: `rating_chosen(int)` the user picked a rating; `skipped()` the user declined to rate.
    """

    rating_chosen = Signal(int)
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = plain_label()
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)
        font = self.prompt.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.prompt.setFont(font)

        self.scale = RatingScale()  # the same scale, in the same words, as the tension check-in
        self.scale.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scale.level_chosen.connect(self.rating_chosen)
        self.buttons = self.scale.buttons

        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setAccessibleName(self.tr("Skip the rating"))
        self.skip_button.clicked.connect(self.skipped)
        skip_row = QHBoxLayout()
        skip_row.addStretch()
        skip_row.addWidget(self.skip_button)
        skip_row.addStretch()

        layout = QVBoxLayout(self)
        layout.setSpacing(18)
        layout.addStretch()
        layout.addWidget(self.prompt)
        layout.addWidget(self.scale)
        layout.addLayout(skip_row)
        layout.addStretch()

    def ask(self, prompt: str) -> None:
        self.prompt.setText(prompt)
        self.setAccessibleName(prompt)
        self.buttons[5].setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self.prompt, prompt, live=self.prompt)  # the focus moved to a bare "5"

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit():
            self.rating_chosen.emit(int(text))
            return
        super().keyPressEvent(event)
