"""The breathing window: a pacer to breathe with, the phase in words, time left and progress.

Everything shown is computed from the seconds breathed by the injected clock (core/breathing_run),
so tests drive a whole session with a fake clock and refresh(). One single-shot timer wakes the window
when `BreathingRun.wake_after_ms` says, never while paused, hidden or closed.

Logged sessions leave as `session_finished(BreathingSessionResult)`; every change of pattern,
length or option leaves as `preferences_changed(BreathingSettings)`. The window touches no storage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QStackedWidget, QVBoxLayout, QWidget

from desktop.core.breathing import (
    CUSTOM_PATTERN_ID,
    BreathingPattern,
    BreathingSessionResult,
    CustomValues,
    Moment,
    SessionLength,
    plan_session,
)
from desktop.core.breathing_run import (
    BreathingRun,
    State,
    chosen_custom,
    chosen_length,
    chosen_pattern,
)
from desktop.core.clock import Clock
from desktop.core.settings import BreathingSettings
from desktop.ui.announcements import announce
from desktop.ui.breathing_cues import PhaseCues
from desktop.ui.breathing_extras import BreathingExtras
from desktop.ui.breathing_motion import SystemMotionPreference
from desktop.ui.breathing_rating import StressRating
from desktop.ui.breathing_session_page import SessionPage
from desktop.ui.breathing_summary import BreathingSummary
from desktop.ui.fit import keep_fitted
from desktop.ui.keyboard import show_focus

if TYPE_CHECKING:  # imported for real on first use, to keep opening the window fast
    from desktop.ui.breathing_custom import CustomPatternEditor


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
        self._cues = cues or PhaseCues(parent=self)
        self._state = State.IDLE
        self._run: BreathingRun | None = None
        self._rating_before: int | None = None
        self._pending: BreathingSessionResult | None = None
        self._last_phase: tuple[int, int] | None = None
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
        self.extras = BreathingExtras(pattern_problems)
        self.extras.options_changed.connect(self._options_changed)
        self.extras.custom_chosen.connect(self._custom_chosen)
        page.set_side(self.extras)
        self.pages = QStackedWidget()
        self.pages.addWidget(page)
        self._rating: StressRating | None = None  # the other pages are made when first needed
        self._summary: BreathingSummary | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.addWidget(self.pages)

        for key, action in ((Qt.Key.Key_Space, self._space), (Qt.Key.Key_Escape, self._escape)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(action)
        self._show_choice()
        self.resize(520, 600)
        show_focus(self)
        keep_fitted(self)  # large fonts and longer languages need more room than the first size

    # --- pages made on first use --------------------------------------------------------------------

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

    # --- the side column (custom editor, options) ---------------------------------------------------

    def _toggle_options(self, shown: bool) -> None:
        self.extras.show_options(shown, self._settings, self._cues, self._motion.reduced())
        self.session_page.order_tabs(self.extras.panels())

    # --- choices --------------------------------------------------------------------------------

    @property
    def custom_editor(self) -> CustomPatternEditor | None:
        return self.extras.custom_editor

    @property
    def settings(self) -> BreathingSettings:
        return self._settings

    def _custom_values(self) -> CustomValues:
        return chosen_custom(self._settings)

    def current_pattern(self) -> BreathingPattern:
        return chosen_pattern(self._patterns, self._settings, self.tr("Custom"))

    def current_length(self) -> SessionLength:
        return chosen_length(self._settings)

    def _show_choice(self) -> None:
        pattern = self.current_pattern()
        self.session_page.show_choice(pattern, self.current_length(), self._settings.cycles)
        custom = pattern.id == CUSTOM_PATTERN_ID
        if custom or self.extras.custom_editor is not None:
            self.extras.show_custom(custom, self._custom_values())
            self.session_page.order_tabs(self.extras.panels())

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

    def _options_changed(self) -> None:
        self._set_settings(self.extras.applied_to(self._settings))

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
        plan = plan_session(self.current_pattern(), self.current_length())
        self._run = BreathingRun(plan, self._clock.now(), self._clock.monotonic(), self._rating_before)
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
        if self._run is None or self._state not in (State.RUNNING, State.PAUSED):
            return
        now = self._clock.monotonic()
        if self._state is State.RUNNING:
            self._run.clock.pause(now)
            self._state = State.PAUSED
        else:
            self._run.clock.resume(now)
            self._state = State.RUNNING
        self.session_page.show_paused(self._state is State.PAUSED)
        self.refresh()
        self._announce(self.session_page.phase_label.text())

    def stop(self) -> None:
        if self._state in (State.RUNNING, State.PAUSED):
            self._finish(completed=False, ask_after=True)

    def refresh(self) -> None:
        """Show the session as it stands now by the clock, and set the next wake-up."""
        if self._run is None or self._state not in (State.RUNNING, State.PAUSED):
            self.tick_timer.stop()
            return
        moment = self._run.moment(self._clock.monotonic())
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
        if self._state is not State.RUNNING or self._run is None:
            self.tick_timer.stop()
            return
        watched = self.isVisible() and not self.isMinimized()
        cues = self._settings.phase_sound or self._settings.spoken_cues
        pixels = self.session_page.pacer.device_pixels_per_size()
        self.tick_timer.start(self._run.wake_after_ms(moment, watched, cues, None if still else pixels))

    def _announce(self, text: str) -> None:
        """Tell a screen reader the new phase (or the pause, the result) while this window is in front."""
        live = self.session_page.phase_label
        announce(live, text, live=live)

    def _phase_words(self, moment: Moment) -> str:
        second = self._run is not None and self._run.second_inhale(moment)
        return self.session_page.phase_words(moment.phase.kind, second)

    # --- the end of a session -------------------------------------------------------------------

    def _result(self, completed: bool) -> BreathingSessionResult | None:
        """The record of the session now ending, or None for a false start."""
        assert self._run is not None
        self._last_seconds = self._run.breathed(completed, self._clock.monotonic())
        self._last_pattern_name = self._run.plan.pattern.name
        return self._run.result(completed, self._clock.monotonic(), self._clock.now())

    def _finish(self, completed: bool, ask_after: bool) -> None:
        result = self._result(completed)
        self.tick_timer.stop()
        self._run = None
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
        # Outside a dialog, push buttons ignore Enter; keyboard users expect it to press them at once.
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
