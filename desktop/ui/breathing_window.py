"""The breathing window: a pacer to breathe with, the phase in words, time left and progress.

Everything shown is computed from `moment_at(plan, seconds breathed)`, and the seconds come from
the injected clock, so tests drive a whole session by moving a fake clock and calling refresh().
One single-shot timer wakes the window: every ~33 ms while the pacer moves, once per second-count
change with reduced motion, only at phase changes while minimised (for sound and speech cues),
and never while paused, hidden or closed.

Logged sessions leave as `session_finished(BreathingSessionResult)`; every change of pattern,
length or option leaves as `preferences_changed(BreathingSettings)`. The window touches no storage.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from enum import Enum, auto
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.breathing import (
    CUSTOM_PATTERN_ID,
    SESSION_MINUTES,
    BreathingPattern,
    BreathingSessionResult,
    CustomValues,
    LengthUnit,
    Moment,
    PhaseKind,
    SessionClock,
    SessionLength,
    SessionPlan,
    custom_pattern,
    moment_at,
    parse_custom,
    plan_session,
    seconds_until_pacer_moves,
)
from desktop.core.clock import Clock
from desktop.core.settings import MAX_LISTED_PROBLEMS, BreathingSettings
from desktop.ui.announcements import announce
from desktop.ui.breathing_cues import PhaseCues
from desktop.ui.breathing_motion import SystemMotionPreference
from desktop.ui.breathing_rating import StressRating
from desktop.ui.breathing_session_page import SessionPage
from desktop.ui.breathing_summary import BreathingSummary
from desktop.ui.fit import keep_fitted
from desktop.ui.keyboard import show_focus
from desktop.ui.plain_text import plain_label
from desktop.ui.text_colours import mute

if TYPE_CHECKING:  # imported for real on first use, to keep opening the window fast
    from desktop.ui.breathing_custom import CustomPatternEditor

FRAME_MS = 33  # ~30 frames a second: smooth for a slow shape, and cheap
MIN_LOGGED_SECONDS = 5.0  # shorter than this is a false start (opened by mistake, pattern switched)


class State(Enum):
    """Where the breathing window stands: idle, asking the rating before, running, paused, asking the rating
    after, or showing the summary.
    """

    IDLE = auto()
    RATING_BEFORE = auto()
    RUNNING = auto()
    PAUSED = auto()
    RATING_AFTER = auto()
    SUMMARY = auto()


class BreathingWindow(QWidget):
    """The breathing window: owns the session state, the chosen pattern and length, the phase cues and the
    pages (session, options, rating, summary), computing everything shown from the breathed seconds of the
    injected clock.

    Signals: `session_finished(BreathingSessionResult)` a session ended, finished or stopped;
    `preferences_changed(BreathingSettings)` the user changed a breathing choice or option.
    """

    session_finished = Signal(object)  # BreathingSessionResult
    preferences_changed = Signal(object)  # BreathingSettings

    def __init__(
        self,
        patterns: Sequence[BreathingPattern],
        settings: BreathingSettings,
        clock: Clock,
        *,
        pattern_problems: Sequence[str] = (),
        cues: PhaseCues | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Breathe – Unclench"))
        self._patterns = list(patterns)
        self._settings = settings
        self._clock = clock
        self._pattern_problems = tuple(pattern_problems)
        self._cues = cues or PhaseCues(parent=self)
        self._state = State.IDLE
        self._plan: SessionPlan | None = None
        self._session: SessionClock | None = None
        self._started_at: datetime | None = None
        self._rating_before: int | None = None
        self._pending: BreathingSessionResult | None = None
        self._last_phase: tuple[int, int] | None = None
        self._options_panel: QWidget | None = None
        self._custom_editor: CustomPatternEditor | None = None
        self._last_seconds = 0.0  # what the summary shows, also for a false start that is not logged
        self._last_pattern_name = ""

        self.tick_timer = QTimer(self)
        self.tick_timer.setSingleShot(True)
        self.tick_timer.timeout.connect(self.refresh)
        self._motion = SystemMotionPreference(self)
        self._motion.changed.connect(self.refresh)

        self.session_page = SessionPage(self._patterns)
        page = self.session_page
        page.options_button.toggled.connect(self._toggle_options)
        page.pattern_box.activated.connect(self._choice_changed)
        page.length_box.activated.connect(self._choice_changed)
        page.cycles_box.valueChanged.connect(self._choice_changed)
        page.pause_button.clicked.connect(self.toggle_pause)
        page.stop_button.clicked.connect(self.stop)
        self.pages = QStackedWidget()
        self.pages.addWidget(page)
        self._rating: StressRating | None = None  # the other pages are made when first needed
        self._summary: BreathingSummary | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(self.pages)

        for key, action in ((Qt.Key.Key_Space, self._space), (Qt.Key.Key_Escape, self._escape)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(action)
        self._show_choice()
        self.resize(520, 700)
        show_focus(self)
        keep_fitted(self)  # large fonts and longer languages need more room than the first size

    # --- pages and panels made on first use ---------------------------------------------------------

    @property
    def rating(self) -> StressRating:
        if self._rating is None:
            self._rating = StressRating()
            self._rating.rating_chosen.connect(self._rated)
            self._rating.skipped.connect(lambda: self._rated(None))
            self.pages.addWidget(self._rating)
        return self._rating

    @property
    def summary(self) -> BreathingSummary:
        if self._summary is None:
            self._summary = BreathingSummary()
            self._summary.again_requested.connect(self.start)
            self._summary.close_requested.connect(self.close)
            self.pages.addWidget(self._summary)
        return self._summary

    # --- panels made on first use ----------------------------------------------------------------

    def _toggle_options(self, shown: bool) -> None:
        if shown and self._options_panel is None:
            from desktop.ui.breathing_options import BreathingOptions  # only people who open it pay for it

            panel = BreathingOptions(self._settings, self._cues, self._motion.reduced())
            panel.changed.connect(lambda: self._set_settings(panel.applied_to(self._settings)))
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(panel)
            if self._pattern_problems:
                listed = self._pattern_problems[:MAX_LISTED_PROBLEMS]
                more = len(self._pattern_problems) - len(listed)
                lines = [self.tr("Some pattern files were skipped:"), *listed]
                if more:
                    lines.append(self.tr("…and %n more.", "", more))
                problems = plain_label("\n".join(lines))
                problems.setWordWrap(True)
                problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                mute(problems)
                box_layout.addWidget(problems)
            self._options_panel = box
            self.session_page.add_panel(box)
        if self._options_panel is not None:
            self._options_panel.setVisible(shown)

    def _ensure_custom_editor(self) -> None:
        if self._custom_editor is None:
            from desktop.ui.breathing_custom import CustomPatternEditor

            editor = CustomPatternEditor(self._custom_values())
            editor.values_chosen.connect(self._custom_chosen)
            self._custom_editor = editor
            self.session_page.add_panel(editor, first=True)

    # --- choices --------------------------------------------------------------------------------

    @property
    def custom_editor(self) -> CustomPatternEditor | None:
        return self._custom_editor

    @property
    def settings(self) -> BreathingSettings:
        return self._settings

    def _custom_values(self) -> CustomValues:
        return parse_custom(self._settings.custom_pattern) or CustomValues()

    def current_pattern(self) -> BreathingPattern:
        """The remembered pattern; the first one if it has gone, the default custom one if none load."""
        if self._settings.pattern != CUSTOM_PATTERN_ID:
            for pattern in self._patterns:
                if pattern.id == self._settings.pattern:
                    return pattern
            if self._patterns:
                return self._patterns[0]
        return custom_pattern(self._custom_values(), self.tr("Custom"))

    def current_length(self) -> SessionLength:
        if self._settings.length_unit == LengthUnit.CYCLES.value:
            return SessionLength(LengthUnit.CYCLES, self._settings.cycles)
        offered = min(SESSION_MINUTES, key=lambda minutes: abs(minutes - self._settings.minutes))
        return SessionLength(LengthUnit.MINUTES, offered)

    def _show_choice(self) -> None:
        pattern = self.current_pattern()
        self.session_page.show_choice(pattern, self.current_length(), self._settings.cycles)
        if pattern.id == CUSTOM_PATTERN_ID:
            self._ensure_custom_editor()
        if self._custom_editor is not None:
            self._custom_editor.setVisible(pattern.id == CUSTOM_PATTERN_ID)

    def _choice_changed(self) -> None:
        pattern_id, unit, minutes, cycles = self.session_page.chosen()
        settings = replace(
            self._settings,
            pattern=pattern_id,
            length_unit=unit,
            minutes=minutes or self._settings.minutes,
            cycles=cycles,
        )
        if settings != self._settings:
            self._set_settings(settings)
            self._show_choice()
            self._restart_if_running()

    def _custom_chosen(self, values: CustomValues) -> None:
        self._set_settings(
            replace(self._settings, pattern=CUSTOM_PATTERN_ID, custom_pattern=values.as_text())
        )
        self._show_choice()
        if self._state in (State.RUNNING, State.PAUSED):
            self._restart_if_running()
        else:
            self._begin()

    def _set_settings(self, settings: BreathingSettings) -> None:
        if settings != self._settings:
            self._settings = settings
            self.preferences_changed.emit(settings)
            self.refresh()

    # --- the session ----------------------------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    def show_and_start(self) -> None:
        """What a click on the tray does: bring the window up and begin breathing at once."""
        self.start()
        self.show()
        self.raise_()
        self.activateWindow()

    def start(self) -> None:
        """Begin a session with the remembered choice (after the optional rating). A session already
        under way carries on: a second click should not throw away the breaths so far."""
        if self._state in (State.RUNNING, State.PAUSED, State.RATING_BEFORE):
            return
        self._rating_before = None
        if self._settings.ask_stress_rating:
            self._state = State.RATING_BEFORE
            self.pages.setCurrentWidget(self.rating)
            self.rating.ask(self.tr("How tense do you feel right now?"))
        else:
            self._begin()

    def _begin(self) -> None:
        self._plan = plan_session(self.current_pattern(), self.current_length())
        self._session = SessionClock(self._clock.monotonic())
        self._started_at = self._clock.now()
        self._last_phase = None
        self._state = State.RUNNING
        self.pages.setCurrentWidget(self.session_page)
        self.session_page.show_paused(False)
        self.refresh()

    def _restart_if_running(self) -> None:
        if self._state not in (State.RUNNING, State.PAUSED):
            return
        result = self._result(completed=False)
        if result is not None:
            self.session_finished.emit(result)
        self._begin()

    def toggle_pause(self) -> None:
        if self._session is None or self._state not in (State.RUNNING, State.PAUSED):
            return
        now = self._clock.monotonic()
        if self._state is State.RUNNING:
            self._session.pause(now)
            self._state = State.PAUSED
        else:
            self._session.resume(now)
            self._state = State.RUNNING
        self.session_page.show_paused(self._state is State.PAUSED)
        self.refresh()
        self._announce(self.session_page.phase_label.text())

    def stop(self) -> None:
        if self._state in (State.RUNNING, State.PAUSED):
            self._finish(completed=False, ask_after=True)

    def refresh(self) -> None:
        """Show the session as it stands now by the clock, and set the next wake-up."""
        if self._plan is None or self._session is None or self._state not in (State.RUNNING, State.PAUSED):
            self.tick_timer.stop()
            return
        moment = moment_at(self._plan, self._session.elapsed(self._clock.monotonic()))
        if moment.finished:
            self._finish(completed=True, ask_after=True)
            return
        words = self._phase_words(moment)
        running = self._state is State.RUNNING
        if running and (moment.cycle, moment.phase_index) != self._last_phase:
            self._last_phase = (moment.cycle, moment.phase_index)
            settings = self._settings
            self._cues.phase_started(moment.phase.kind, words, settings.phase_sound, settings.spoken_cues)
            self._announce(words)
        still = self._settings.reduced_motion or self._motion.reduced()
        self.session_page.show_moment(moment, words, still, paused=not running)
        self._schedule(moment, still)

    def _schedule(self, moment: Moment, still: bool) -> None:
        if self._state is not State.RUNNING:
            self.tick_timer.stop()
            return
        if not self.isVisible() or self.isMinimized():
            cues = self._settings.phase_sound or self._settings.spoken_cues
            wait = moment.phase_seconds_left if cues else moment.seconds_left
        else:
            # Wake when the count drops, or sooner when the disc will have moved a device pixel
            # (at most ~30 times a second): the slow ends of each breath need few frames.
            wait = moment.phase_seconds_left - (moment.count - 1)
            if not still and self._plan is not None:
                one_pixel = 1 / max(1.0, self.session_page.pacer.device_pixels_per_size())
                moves = seconds_until_pacer_moves(self._plan, moment, one_pixel)
                if moves < wait:
                    self.tick_timer.start(max(FRAME_MS, math.ceil(moves * 1000)))
                    return
        self.tick_timer.start(max(10, math.ceil(wait * 1000) + 2))

    def _announce(self, text: str) -> None:
        """Tell a screen reader the new phase (or the pause, the result) while this window is in front."""
        live = self.session_page.phase_label
        announce(live, text, live=live)

    def _phase_words(self, moment: Moment) -> str:
        kind = moment.phase.kind
        if kind is PhaseKind.HOLD:
            return self.tr("Hold")
        if kind is PhaseKind.EXHALE:
            return self.tr("Breathe out")
        assert self._plan is not None
        phases = self._plan.pattern.phases
        if len(phases) > 1 and phases[moment.phase_index - 1].kind is PhaseKind.INHALE:
            return self.tr("In a little more")  # the second inhale of a sigh
        return self.tr("Breathe in")

    # --- the end of a session -------------------------------------------------------------------

    def _result(self, completed: bool) -> BreathingSessionResult | None:
        """The record of the session now ending, or None for a false start."""
        assert self._plan is not None and self._session is not None and self._started_at is not None
        planned = self._plan.total_seconds
        breathed = planned if completed else min(planned, self._session.elapsed(self._clock.monotonic()))
        self._last_seconds = breathed
        self._last_pattern_name = self._plan.pattern.name
        if not completed and breathed < MIN_LOGGED_SECONDS:
            return None
        pattern = self._plan.pattern
        return BreathingSessionResult(
            pattern_id=pattern.id,
            pattern_name=pattern.name,
            planned_seconds=planned,
            actual_seconds=breathed,
            completed=completed,
            started_at=self._started_at,
            ended_at=self._clock.now(),
            rating_before=self._rating_before,
        )

    def _finish(self, completed: bool, ask_after: bool) -> None:
        result = self._result(completed)
        self.tick_timer.stop()
        self._plan = self._session = None
        if result is not None and ask_after and self._settings.ask_stress_rating:
            self._pending = result
            self._state = State.RATING_AFTER
            self.pages.setCurrentWidget(self.rating)
            self.rating.ask(self.tr("And how tense do you feel now?"))
        else:
            self._conclude(result)

    def _rated(self, value: int | None) -> None:
        if self._state is State.RATING_BEFORE:
            self._rating_before = value
            self._begin()
        elif self._state is State.RATING_AFTER and self._pending is not None:
            self._conclude(replace(self._pending, rating_after=value))

    def _conclude(self, result: BreathingSessionResult | None) -> None:
        self._pending = None
        self._state = State.SUMMARY
        if result is not None:
            self.session_finished.emit(result)
        self.summary.show_result(result, self._last_seconds, self._last_pattern_name)
        self.pages.setCurrentWidget(self.summary)
        self._announce(self.summary.accessibleDescription())  # the focus lands on a button

    # --- keys and window events -----------------------------------------------------------------

    def _space(self) -> None:
        if self._state in (State.RUNNING, State.PAUSED):
            self.toggle_pause()
            return
        # Off the breathing page Space does what it always does: press the focused button.
        focused = self.focusWidget()
        if isinstance(focused, QAbstractButton):
            focused.click()

    def _escape(self) -> None:
        if self._state in (State.RUNNING, State.PAUSED):
            self.stop()
        elif self._state is State.RATING_AFTER:
            self._rated(None)
        else:
            self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Outside a dialog, push buttons ignore Enter; keyboard users expect it to press them.
        focused = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focused, QAbstractButton):
            focused.click()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.tick_timer.stop()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.refresh()  # minimised: wake only for cues; restored: animate again
        elif (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and self._state in (State.RUNNING, State.PAUSED)
        ):
            # Back in front (or just opened): say where the breathing is, then each change again.
            self._announce(self.session_page.phase_label.text())

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing ends the session; the record is kept, unrated (no one is there to ask).
        if self._state in (State.RUNNING, State.PAUSED):
            self._finish(completed=False, ask_after=False)
        elif self._state is State.RATING_AFTER:
            self._conclude(self._pending)
        self._state = State.IDLE
        self.tick_timer.stop()
        super().closeEvent(event)
