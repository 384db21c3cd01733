"""The routine window: one step at a time, with its picture, instruction and countdown.

It drives the pure RoutinePlayer. The only timer is a single-shot QTimer armed for the moment
the countdown display next changes; it runs only while a step is counting (never while paused,
never after the end). Time comes from an injected monotonic callable, so tests move a fake clock
and call `refresh()` instead of waiting.

The window reports how the routine ended through `routine_finished(RoutineResult)`, exactly
once: completed, stopped early (Finish, Escape or closing the window) or postponed.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.routine_model import Routine
from desktop.core.routine_player import PlayerState, RoutineOutcome, RoutinePlayer, Step
from desktop.ui.announcements import announce
from desktop.ui.calm_style import (
    PANEL,
    TEAL_TEXT,
    accent_text,
    is_dark,
    scaled_font,
    style_panel,
    style_progress,
)
from desktop.ui.fit import keep_fitted
from desktop.ui.illustration_view import IllustrationView
from desktop.ui.keyboard import enter_presses_buttons, show_focus
from desktop.ui.plain_text import plain_label
from desktop.ui.routine_done_page import RoutineDonePage
from desktop.ui.routine_wording import (
    countdown_text,
    duration_text,
    next_step_text,
    step_detail,
    time_left_text,
)
from desktop.ui.text_colours import mute


def _label(text: str = "", *, wrap: bool = False) -> QLabel:
    label = plain_label(text)  # routine and move names, instructions: the author's words, never markup
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class RoutineWindow(QWidget):
    """The routine window: owns the RoutinePlayer for one routine and the single countdown timer, and shows
    each step's picture, instruction and countdown, then the done page.

    Signals: `routine_finished(RoutineResult)` the routine ended, reported once; `safety_page_requested()` the
    user asked for the "When to see a professional" page.
    """

    routine_finished = Signal(object)  # RoutineResult, once
    safety_page_requested = Signal()

    def __init__(
        self,
        routine: Routine,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        chime: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.routine = routine
        self.player = RoutinePlayer(routine, monotonic)
        self._chime = chime
        self._reported = False
        self._announced_step: int | None = None  # the step a screen reader last heard about
        self.countdown_timer = QTimer(self)
        self.countdown_timer.setSingleShot(True)
        self.countdown_timer.timeout.connect(self.refresh)

        self.setWindowTitle(self.tr("%1 — Unclench").replace("%1", routine.name))
        self.setMinimumWidth(420)
        self.resize(480, 620)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_player_page())
        self.pages.addWidget(self._build_done_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._add_shortcuts()
        # Colours that follow the theme by themselves (each label re-tints once its palette changed).
        for label in (self.step_count_label, self.detail_label, self.countdown_caption, self.next_label):
            mute(label)
        enter_presses_buttons(self)
        show_focus(self)  # Pause starts out focused: Space goes there, and that must show
        keep_fitted(self)  # large fonts and longer languages need more room than the first size
        self._apply_style()
        self._update()

    # --- building ---------------------------------------------------------------------------

    def _build_player_page(self) -> QWidget:
        page = QWidget()
        # Both may wrap: side by side they would make a large font's window very wide.
        self.routine_label = _label(self.routine.name, wrap=True)
        self.step_count_label = _label(wrap=True)
        self.step_count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(self.routine_label, 1)
        header.addWidget(self.step_count_label)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setAccessibleName(self.tr("Progress through the routine"))

        self.picture = IllustrationView()
        self.title_label = _label(wrap=True)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.detail_label = _label()
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.instruction_label = _label(wrap=True)
        self.instruction_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.instruction_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)

        self.countdown_label = _label()
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.countdown_label.setAccessibleName(self.tr("Seconds left in this step"))
        self.countdown_caption = _label()
        self.countdown_caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.next_label = _label(wrap=True)
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.previous_button = self._button(self.tr("&Previous"), self.tr("Previous step"), self.go_previous)
        self.pause_button = self._button(self.tr("Pa&use"), self.tr("Pause"), self.toggle_pause)
        self.next_button = self._button(self.tr("&Next"), self.tr("Next step"), self.go_next)
        self.postpone_button = self._button(
            self.tr("P&ostpone"), self.tr("Postpone this routine"), self.postpone
        )
        self.finish_button = self._button(
            self.tr("&Finish"), self.tr("Finish the routine now"), self.finish_early
        )
        self.previous_button.setToolTip(self.tr("Previous step (Left arrow)"))
        self.next_button.setToolTip(self.tr("Next step (Right arrow)"))
        self.pause_button.setToolTip(self.tr("Pause or resume the countdown (Space when focused)"))
        self.finish_button.setToolTip(self.tr("Stop here; what you did is still recorded (Esc)"))
        self.postpone_button.setToolTip(self.tr("Do this routine a little later"))
        steering = QHBoxLayout()
        for button in (self.previous_button, self.pause_button, self.next_button):
            steering.addWidget(button)
        ending = QHBoxLayout()
        ending.addStretch(1)
        ending.addWidget(self.postpone_button)
        ending.addWidget(self.finish_button)
        ending.addStretch(1)

        step = QWidget()  # scrolls when a large font makes the step taller than the screen allows
        layout = QVBoxLayout(step)
        layout.setContentsMargins(24, 18, 24, 0)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.progress)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.instruction_label)
        layout.addSpacing(4)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self.countdown_caption)
        layout.addWidget(self.next_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab walks the buttons; Pause starts focused
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(step)
        layout = QVBoxLayout(page)  # the buttons and the safety note stay in view
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(scroll, 1)
        buttons = QVBoxLayout()
        buttons.setContentsMargins(24, 0, 24, 18)
        layout.addLayout(buttons)
        layout = buttons
        layout.addLayout(steering)
        layout.addLayout(ending)
        layout.addSpacing(6)
        layout.addWidget(self._build_safety_panel())
        return page

    def _build_safety_panel(self) -> QWidget:
        self.safety_panel = QFrame()
        self.safety_panel.setObjectName("routineSafety")
        self.safety_label = _label(
            self.tr("Move gently, and stop any movement that increases pain."), wrap=True
        )
        note = self.routine.extra_safety_note
        self.extra_safety_label = _label(note or "", wrap=True)
        self.extra_safety_label.setVisible(note is not None)
        self.safety_link = QPushButton(self.tr("When to see a professional"))
        self.safety_link.setFlat(True)
        self.safety_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.safety_link.setAccessibleName(self.tr("When to see a professional"))
        self.safety_link.clicked.connect(self.safety_page_requested)
        layout = QVBoxLayout(self.safety_panel)
        layout.setContentsMargins(14, 10, 14, 6)
        layout.setSpacing(2)
        layout.addWidget(self.safety_label)
        layout.addWidget(self.extra_safety_label)
        layout.addWidget(self.safety_link, 0, Qt.AlignmentFlag.AlignLeft)
        return self.safety_panel

    def _build_done_page(self) -> QWidget:
        self.done_page = page = RoutineDonePage()
        page.close_requested.connect(self.close)
        self.done_title, self.done_summary, self.close_button = (
            page.done_title,
            page.done_summary,
            page.close_button,
        )
        return page

    def _button(self, text: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _add_shortcuts(self) -> None:
        # Arrow keys are free here (plain push buttons ignore them); Space stays with the focused
        # button, so Tab + Space works as everywhere else, and Pause starts out focused.
        for key, slot in (
            (Qt.Key.Key_Left, self.go_previous),
            (Qt.Key.Key_Right, self.go_next),
            (Qt.Key.Key_Escape, self.finish_early),
            (Qt.Key.Key_MediaTogglePlayPause, self.toggle_pause),
        ):
            QShortcut(QKeySequence(key), self, slot)

    def _apply_style(self) -> None:
        base = QFont(self.font())
        dark = is_dark(self.palette())
        self.routine_label.setFont(scaled_font(base, 1.0, QFont.Weight.DemiBold))
        self.title_label.setFont(scaled_font(base, 1.55, QFont.Weight.DemiBold))
        self.instruction_label.setFont(scaled_font(base, 1.12))
        self.countdown_label.setFont(scaled_font(base, 2.8, QFont.Weight.Light))
        self.done_page.restyle(base)
        link_font = scaled_font(base, 1.0)
        link_font.setUnderline(True)
        self.safety_link.setFont(link_font)
        link = accent_text(TEAL_TEXT, self.palette(), PANEL[dark])  # readable on the note's panel
        focus = self.palette().color(QPalette.ColorRole.Highlight).name()
        # A flat button draws no focus in Fusion; the link draws its own ring when Tab reaches it.
        self.safety_link.setStyleSheet(
            f"QPushButton {{ color: {link.name()}; background: transparent; padding: 2px 4px;"
            " border: 2px solid transparent; border-radius: 4px; }"
            f"QPushButton:focus {{ border-color: {focus}; }}"
        )
        style_progress(self.progress, dark)
        style_panel(self.safety_panel, dark)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_style()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._announced_step = None  # back in front: say the step again
            self._update()
        super().changeEvent(event)

    # --- what the user does ----------------------------------------------------------------

    def toggle_pause(self) -> None:
        self.player.toggle_pause()
        self._update()

    def go_next(self) -> None:
        self.player.next()
        self._update()

    def go_previous(self) -> None:
        self.player.previous()
        self._update()

    def finish_early(self) -> None:
        self.player.finish()
        self._report()
        self.close()

    def postpone(self) -> None:
        self.player.postpone()
        self._report()
        self.close()

    def refresh(self) -> None:
        """Catch up with the clock: end the step if its time is up, redraw, re-arm the timer."""
        if self.player.tick() and self._chime is not None:
            self._chime()
        self._update()

    # --- showing the state -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.player.state is PlayerState.READY:
            self.player.start()  # the countdown starts when the user can see it
            self._update()
            self.pause_button.setFocus()  # so Space pauses, and Tab reaches the rest

    def closeEvent(self, event: QCloseEvent) -> None:
        self.player.finish()  # closing mid-way is stopping early; after the end it changes nothing
        self._report()
        self.countdown_timer.stop()
        super().closeEvent(event)

    def _update(self) -> None:
        player = self.player
        if player.state is PlayerState.FINISHED:
            self.countdown_timer.stop()
            self._report()
            if player.result is not None and player.result.outcome is RoutineOutcome.COMPLETED:
                self._show_done()
            return
        step = player.step
        if step is not None:
            self._show_step(step)
        wait = player.seconds_until_change()
        if wait is None:
            self.countdown_timer.stop()
        else:
            self.countdown_timer.start(max(1, math.ceil(wait * 1000)))

    def _show_step(self, step: Step) -> None:
        player = self.player
        total = len(player.steps)
        step_of = self.tr("Step %1 of %2").replace("%1", str(player.index + 1)).replace("%2", str(total))
        self.step_count_label.setText(step_of + " · " + time_left_text(player.seconds_left_total()))
        self.progress.setValue(round(player.progress() * 1000))
        self.picture.set_picture(step.illustration)
        self.picture.setAccessibleName(step.exercise.name)
        self.picture.setAccessibleDescription(step.instruction)
        self.title_label.setText(step.exercise.name)
        self.detail_label.setText(step_detail(step))
        self.detail_label.setVisible(bool(self.detail_label.text()))
        self.instruction_label.setText(step.instruction)
        countdown = countdown_text(player.remaining_whole())
        self.countdown_label.setText(countdown)
        # The name says what the number is; the number itself rides along as the description.
        self.countdown_label.setAccessibleDescription(countdown)
        paused = player.state is PlayerState.PAUSED
        self.countdown_caption.setText(self.tr("paused") if paused else self.tr("seconds"))
        self.pause_button.setText(self.tr("&Resume") if paused else self.tr("Pa&use"))
        self.pause_button.setAccessibleName(self.tr("Resume") if paused else self.tr("Pause"))
        self.previous_button.setEnabled(player.index > 0)  # on step 1 there is nothing before
        self.next_label.setText(next_step_text(player.next_step))
        if self._announced_step != player.index:
            self._announce_step(step_of)

    def _announce_step(self, step_of: str) -> None:
        """A new step: say it all (a screen reader would not notice the labels changing)."""
        words = (step_of, self.title_label.text(), self.detail_label.text(), self.instruction_label.text())
        if announce(self.title_label, ". ".join(w for w in words if w), live=self.title_label):
            self._announced_step = self.player.index

    def _show_done(self) -> None:
        result = self.player.result
        if result is None or self.pages.currentIndex() == 1:
            return
        summary = self.tr("You finished “%1”: %n steps in %2.", "", result.steps_completed)
        self.done_summary.setText(
            summary.replace("%1", self.routine.name).replace("%2", duration_text(result.duration_seconds))
        )
        self.pages.setCurrentIndex(1)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(
            self.done_title, self.done_title.text() + ". " + self.done_summary.text(), live=self.done_title
        )

    def _report(self) -> None:
        if not self._reported and self.player.result is not None:
            self._reported = True
            self.routine_finished.emit(self.player.result)
