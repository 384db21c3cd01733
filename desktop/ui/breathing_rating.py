"""A one-tap stress rating from 0 to 10, always skippable.

Number keys pick a value too (0–9; "10" needs the button), so a keyboard user rates with one key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.ui.announcements import announce
from desktop.ui.plain_text import plain_label
from desktop.ui.text_colours import mute

SCALE = range(11)


class StressRating(QWidget):
    """A one-tap stress rating from 0 to 10 with a skip button; number keys 0-9 pick a value.

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

        hint = QLabel(self.tr("0 is completely calm, 10 is as tense as it gets."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        mute(hint)  # quieter, and still 4.5:1 in light and dark alike

        row = QHBoxLayout()
        row.setSpacing(6)
        self.buttons: list[QPushButton] = []
        for value in SCALE:
            button = QPushButton(str(value))
            button.setAccessibleName(self.tr("Stress {0} of 10").format(value))
            button.setMinimumSize(36, 40)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, chosen=value: self.rating_chosen.emit(chosen))
            row.addWidget(button)
            self.buttons.append(button)

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
        layout.addWidget(hint)
        layout.addLayout(row)
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
