"""What the breathing window shows after a session: how long, and the change in tension."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.breathing import BreathingSessionResult
from desktop.ui.plain_text import make_plain
from desktop.ui.text_colours import mute


def duration_text(seconds: float) -> str:
    whole = max(0, math.floor(seconds + 0.5))
    minutes, rest = divmod(whole, 60)
    if minutes and rest:
        return QCoreApplication.translate("BreathingSummary", "{0} min {1} s").format(minutes, rest)
    if minutes:
        return QCoreApplication.translate("BreathingSummary", "{0} min").format(minutes)
    return QCoreApplication.translate("BreathingSummary", "{0} s").format(rest)


def rating_change_text(before: int | None, after: int | None) -> str:
    if before is None or after is None:
        return ""
    return QCoreApplication.translate("BreathingSummary", "Tension {0} → {1}").format(before, after)


class BreathingSummary(QWidget):
    """The page after a breathing session: how long it lasted, the pattern, and the change in stress rating.

    Signals: `again_requested()` the user wants another session; `close_requested()` the user wants to close
    the window.
    """

    again_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.detail = QLabel()
        self.change = QLabel()
        make_plain(self.title, self.detail, self.change)  # the detail names the pattern, from its file
        for label, scale in ((self.title, 1.6), (self.detail, 1.0), (self.change, 2.0)):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            label.setFont(font)
        mute(self.detail)

        self.again_button = QPushButton(self.tr("Breathe &again"))
        self.again_button.setAccessibleName(self.tr("Start another breathing session"))
        self.again_button.clicked.connect(self.again_requested)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close the breathing window"))
        self.close_button.clicked.connect(self.close_requested)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addStretch()
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addSpacing(10)
        layout.addWidget(self.change)
        layout.addSpacing(28)
        layout.addLayout(buttons)
        layout.addStretch(3)

    def show_result(self, result: BreathingSessionResult | None, seconds: float, pattern_name: str) -> None:
        """`result` is None for a session stopped too soon to be worth logging."""
        if result is not None and result.completed:
            self.title.setText(self.tr("Well done."))
        else:
            self.title.setText(self.tr("Stopped. Every slow breath counts."))
        self.detail.setText(self.tr("{0} of {1}").format(duration_text(seconds), pattern_name))
        change = rating_change_text(result.rating_before, result.rating_after) if result else ""
        self.change.setText(change)
        self.change.setVisible(bool(change))
        self.setAccessibleDescription(" ".join(filter(None, (self.title.text(), self.detail.text(), change))))
        self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
