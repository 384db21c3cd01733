"""What one screen of the break screen shows: a calm page with the suggestion, the countdown and
its progress, the buttons the break allows and the current time.

The page is a plain top-level window on one screen, tinted from the palette so it reads in light
and dark themes (no blur, no dimming of what lies behind: it is an opaque, quiet page). The
`BreakScreen` owns the pages, their timing and the keyboard; a page only lays out and paints.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.core.kinds import Kind
from desktop.core.settings import EMERGENCY_EXIT_SECONDS
from desktop.ui.calm_style import PANEL, is_dark, scaled_font, style_progress
from desktop.ui.keyboard import chain
from desktop.ui.wording import kind_name


@dataclass(frozen=True)
class BreakView:
    """Everything the break screen shows and allows; the prompt presenter fills it."""

    kind: Kind
    suggestion_title: str
    suggestion_text: str
    seconds: int  # how long the countdown runs
    postpone_minutes: int = 5
    may_postpone: bool = True
    may_skip: bool = True
    strict: bool = False
    making_up: bool = False  # an owed break taken now: logged as made up
    full_screen: bool = True  # False: a large centred window
    every_screen: bool = True  # False: only the screen with the pointer
    reduced_motion: bool = False


class BreakPanel(QWidget):
    """Owns one screen's page of the break screen: labels, progress bar and buttons.

    Signals: `done_requested()` "Done early"; `postpone_requested()`; `skip_requested()`;
    `closed_by_system()` the window system closed the page (its screen went away).
    """

    done_requested = Signal()
    postpone_requested = Signal()
    skip_requested = Signal()
    closed_by_system = Signal()

    def __init__(self, view: BreakView) -> None:
        super().__init__(None)
        self.setObjectName("break_panel")
        self.setWindowTitle(self.tr("Unclench break"))
        self.setAutoFillBackground(True)
        self._closing = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(2)
        self.title = self._label(layout, "break_title", kind_name(view.kind), 2.2, bold=True)
        if view.making_up:
            self._label(layout, "making_up", self.tr("Making up an earlier break"), 1.0)
        self.suggestion = self._label(layout, "suggestion_title", view.suggestion_title, 1.6)
        self.text = self._label(layout, "suggestion_text", view.suggestion_text, 1.2, wrap=True)
        layout.addSpacing(24)
        self.countdown = self._label(layout, "countdown", "", 3.0, bold=True)
        self.progress = QProgressBar()
        self.progress.setObjectName("break_progress")
        self.progress.setRange(0, max(1, view.seconds))
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress.setFixedWidth(480)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        row = QHBoxLayout()
        row.addStretch(1)
        self.done = self._button(row, "done_early", self.tr("&Done early (Enter)"), self.done_requested)
        self.postpone: QPushButton | None = None
        self.skip: QPushButton | None = None
        if view.may_postpone:
            words = self.tr("&Postpone {0} min").format(view.postpone_minutes)
            self.postpone = self._button(row, "postpone", words + ("" if view.strict else " (Esc)"), None)
            self.postpone.clicked.connect(self.postpone_requested)
        if view.may_skip and not view.strict:
            self.skip = self._button(row, "skip", self.tr("S&kip"), self.skip_requested)
        row.addStretch(1)
        layout.addLayout(row)
        if view.strict:
            hint = self.tr("In an emergency, hold Esc for {0} seconds.").format(EMERGENCY_EXIT_SECONDS)
            self._label(layout, "emergency_hint", hint, 0.9)
        layout.addStretch(3)
        self.clock = self._label(layout, "current_time", "", 1.1)
        chain([button for button in (self.done, self.postpone, self.skip) if button is not None])
        self.setAccessibleName(kind_name(view.kind))
        self.setAccessibleDescription(f"{view.suggestion_title}. {view.suggestion_text}")
        self._tint()

    def show_time(self, seconds_left: int, total: int, clock_text: str) -> None:
        minutes, seconds = divmod(max(0, seconds_left), 60)
        self.countdown.setText(f"{minutes}:{seconds:02d}")
        self.countdown.setAccessibleName(self.tr("{0} min {1} s left").format(minutes, seconds))
        self.progress.setValue(max(0, total - seconds_left))
        self.clock.setText(clock_text)

    def close_quietly(self) -> None:
        """Close the page the break screen no longer needs (no `closed_by_system`)."""
        self._closing = True
        self.close()
        self.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._tint()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:
            self.closed_by_system.emit()
        super().closeEvent(event)

    def _tint(self) -> None:
        dark = is_dark(self.palette())
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, PANEL[dark])
        self.setPalette(palette)
        style_progress(self.progress, dark)

    def _label(
        self, layout: QVBoxLayout, name: str, text: str, scale: float, bold: bool = False, wrap: bool = False
    ) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        label.setWordWrap(wrap)
        label.setFont(scaled_font(self.font(), scale, QFont.Weight.Bold if bold else QFont.Weight.Normal))
        layout.addWidget(label)  # the full width: a wrapped text is measured there, and centred
        return label

    def _button(self, row: QHBoxLayout, name: str, text: str, signal: SignalInstance | None) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setMinimumHeight(40)
        if signal is not None:
            button.clicked.connect(signal)
        row.addWidget(button)
        return button
