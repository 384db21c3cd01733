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

import itertools
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
    QPalette,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.breathing import (
    CUSTOM_PATTERN_ID,
    CYCLES_RANGE,
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
from desktop.core.settings import BreathingSettings
from desktop.ui.breathing_cues import PhaseCues
from desktop.ui.breathing_motion import SystemMotionPreference
from desktop.ui.breathing_pacer import BreathingPacer
from desktop.ui.breathing_rating import StressRating
from desktop.ui.breathing_style import ATTENTION, CAUTION_BACKGROUND, tint_box, tint_progress
from desktop.ui.breathing_summary import BreathingSummary

if TYPE_CHECKING:  # imported for real on first use, to keep opening the window fast
    from desktop.ui.breathing_custom import CustomPatternEditor

FRAME_MS = 33  # ~30 frames a second: smooth for a slow shape, and cheap
MIN_LOGGED_SECONDS = 5.0  # shorter than this is a false start (opened by mistake, pattern switched)


class State(Enum):
    IDLE = auto()
    RATING_BEFORE = auto()
    RUNNING = auto()
    PAUSED = auto()
    RATING_AFTER = auto()
    SUMMARY = auto()


class BreathingWindow(QWidget):
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

        self.rating = StressRating()
        self.rating.rating_chosen.connect(self._rated)
        self.rating.skipped.connect(lambda: self._rated(None))
        self.summary = BreathingSummary()
        self.summary.again_requested.connect(self.start)
        self.summary.close_requested.connect(self.close)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_session_page())
        self.pages.addWidget(self.rating)
        self.pages.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(self.pages)

        for key, action in ((Qt.Key.Key_Space, self._space), (Qt.Key.Key_Escape, self._escape)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(action)
        self._show_choice()
        self._tint()
        self.resize(520, 700)

    # --- building -------------------------------------------------------------------------------

    def _build_session_page(self) -> QWidget:
        page = QWidget()
        self.pattern_box = QComboBox()
        self.pattern_box.setAccessibleName(self.tr("Breathing pattern"))
        for pattern in self._patterns:
            self.pattern_box.addItem(pattern.name, pattern.id)
        self.pattern_box.insertSeparator(self.pattern_box.count())
        self.pattern_box.addItem(self.tr("Custom…"), CUSTOM_PATTERN_ID)

        self.length_box = QComboBox()
        self.length_box.setAccessibleName(self.tr("Session length"))
        for minutes in SESSION_MINUTES:
            text = self.tr("1 minute") if minutes == 1 else self.tr("{0} minutes").format(minutes)
            self.length_box.addItem(text, f"{LengthUnit.MINUTES.value}:{minutes}")
        self.length_box.addItem(self.tr("A number of breaths"), LengthUnit.CYCLES.value)
        self.cycles_box = QSpinBox()
        self.cycles_box.setRange(*CYCLES_RANGE)
        self.cycles_box.setSuffix(self.tr(" breaths"))
        self.cycles_box.setAccessibleName(self.tr("Number of breaths"))
        self.cycles_box.setKeyboardTracking(False)  # typing "12" must not start a 1-breath session first

        self.options_button = QToolButton()
        self.options_button.setText(self.tr("Options"))
        self.options_button.setCheckable(True)
        self.options_button.setAccessibleName(self.tr("Show options"))
        self.options_button.toggled.connect(self._toggle_options)

        choices = QHBoxLayout()
        choices.setSpacing(10)
        choices.addWidget(self.pattern_box, 2)
        choices.addWidget(self.length_box, 1)
        choices.addWidget(self.cycles_box)
        choices.addStretch()
        choices.addWidget(self.options_button)

        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.description.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.caution = QLabel()
        self.caution.setWordWrap(True)
        self.caution.setMargin(10)
        self.caution.setAccessibleName(self.tr("Caution"))

        self.pacer = BreathingPacer()
        self.phase_label = QLabel()
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.phase_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        self.phase_label.setFont(font)
        self.phase_label.setAccessibleName(self.tr("Current phase"))

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress.setAccessibleName(self.tr("Session progress"))
        self.time_left = QLabel()
        self.time_left.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.time_left.setMinimumWidth(self.time_left.fontMetrics().horizontalAdvance("00:00 left") + 8)
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        progress_row = QHBoxLayout()
        progress_row.setSpacing(12)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.time_left)

        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setAccessibleName(self.tr("Pause (Space)"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop (Escape)"))
        self.stop_button.clicked.connect(self.stop)
        for button in (self.pause_button, self.stop_button):
            button.setMinimumWidth(110)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addStretch()
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch()

        self.extras = QVBoxLayout()  # the options and the custom editor appear here, made on first use
        self.extras.setSpacing(12)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addLayout(choices)
        layout.addLayout(self.extras)
        layout.addWidget(self.description)
        layout.addWidget(self.caution)
        layout.addWidget(self.pacer, 1)
        layout.addWidget(self.phase_label)
        layout.addSpacing(4)
        layout.addLayout(progress_row)
        layout.addSpacing(4)
        layout.addLayout(buttons)

        self.pattern_box.activated.connect(self._choice_changed)
        self.length_box.activated.connect(self._choice_changed)
        self.cycles_box.valueChanged.connect(self._choice_changed)
        return page

    def _toggle_options(self, shown: bool) -> None:
        if shown and self._options_panel is None:
            from desktop.ui.breathing_options import BreathingOptions  # only people who open it pay for it

            panel = BreathingOptions(self._settings, self._cues, self._system_reduces_motion())
            panel.changed.connect(lambda: self._set_settings(panel.applied_to(self._settings)))
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(panel)
            if self._pattern_problems:
                problems = QLabel(
                    self.tr("Some pattern files were skipped:") + "\n" + "\n".join(self._pattern_problems)
                )
                problems.setWordWrap(True)
                problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                problems.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                box_layout.addWidget(problems)
            self.extras.addWidget(box)
            self._options_panel = box
            self._order_tabs()
        if self._options_panel is not None:
            self._options_panel.setVisible(shown)
        self.options_button.setAccessibleName(self.tr("Hide options") if shown else self.tr("Show options"))

    def _ensure_custom_editor(self) -> None:
        if self._custom_editor is None:
            from desktop.ui.breathing_custom import CustomPatternEditor

            editor = CustomPatternEditor(self._custom_values())
            editor.values_chosen.connect(self._custom_chosen)
            self.extras.insertWidget(0, editor)
            self._custom_editor = editor
            self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes down the window as it reads, also through the panels made after the rest."""
        chain: list[QWidget] = [self.pattern_box, self.length_box, self.cycles_box, self.options_button]
        for panel in (self._custom_editor, self._options_panel):
            if panel is not None:
                chain += [w for w in panel.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        chain += [self.pause_button, self.stop_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

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
        """Put the remembered choice into the controls (signals held, so nothing restarts)."""
        pattern, length = self.current_pattern(), self.current_length()
        for widget in (self.pattern_box, self.length_box, self.cycles_box):
            widget.blockSignals(True)
        self.pattern_box.setCurrentIndex(self.pattern_box.findData(pattern.id))
        data = (
            length.unit.value if length.unit is LengthUnit.CYCLES else f"{length.unit.value}:{length.count}"
        )
        self.length_box.setCurrentIndex(self.length_box.findData(data))
        self.cycles_box.setValue(self._settings.cycles)
        self.cycles_box.setVisible(length.unit is LengthUnit.CYCLES)
        for widget in (self.pattern_box, self.length_box, self.cycles_box):
            widget.blockSignals(False)
        if pattern.id == CUSTOM_PATTERN_ID:
            self._ensure_custom_editor()
        if self._custom_editor is not None:
            self._custom_editor.setVisible(pattern.id == CUSTOM_PATTERN_ID)
        self.description.setText(pattern.description or self._spec_text(pattern))
        self.caution.setText(pattern.caution)
        self.caution.setVisible(bool(pattern.caution))

    def _spec_text(self, pattern: BreathingPattern) -> str:
        return self.tr("Seconds per phase: {0}").format(pattern.spec)

    def _choice_changed(self) -> None:
        unit, _, minutes = str(self.length_box.currentData()).partition(":")
        settings = replace(
            self._settings,
            pattern=self.pattern_box.currentData(),
            length_unit=unit,
            minutes=int(minutes) if minutes else self._settings.minutes,
            cycles=self.cycles_box.value(),
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
        self.pages.setCurrentIndex(0)
        self._show_pause_button()
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
        self._show_pause_button()
        self.refresh()

    def _show_pause_button(self) -> None:
        paused = self._state is State.PAUSED
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setAccessibleName(self.tr("Resume (Space)") if paused else self.tr("Pause (Space)"))

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
        still = self._reduced_motion()
        phase_text = words if running else self.tr("Paused – press Space to go on")
        if self.phase_label.text() != phase_text:
            self.phase_label.setText(phase_text)
        self.pacer.show_state(moment.pacer_size, moment.phase.kind, str(moment.count), still, not running)
        description = f"{phase_text}, {moment.count}"
        if self.pacer.accessibleDescription() != description:  # each set notifies screen readers
            self.pacer.setAccessibleDescription(description)
        value = round(moment.progress * 1000)
        if self.progress.value() != value:
            self.progress.setValue(value)
        left = math.ceil(moment.seconds_left - 1e-9)
        left_text = self.tr("{0}:{1:02d} left").format(left // 60, left % 60)
        if self.time_left.text() != left_text:
            self.time_left.setText(left_text)
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
                one_pixel = 1 / max(1.0, self.pacer.device_pixels_per_size())
                moves = seconds_until_pacer_moves(self._plan, moment, one_pixel)
                if moves < wait:
                    self.tick_timer.start(max(FRAME_MS, math.ceil(moves * 1000)))
                    return
        self.tick_timer.start(max(10, math.ceil(wait * 1000) + 2))

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

    def _reduced_motion(self) -> bool:
        return self._settings.reduced_motion or self._system_reduces_motion()

    def _system_reduces_motion(self) -> bool:
        return self._motion.reduced()

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

    # --- keys and window events -----------------------------------------------------------------

    def _space(self) -> None:
        self.toggle_pause()

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
        elif event.type() == QEvent.Type.PaletteChange and hasattr(self, "caution"):
            self._tint()

    def _tint(self) -> None:
        tint_box(self.caution, CAUTION_BACKGROUND, ATTENTION)
        tint_progress(self.progress)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing ends the session; the record is kept, unrated (no one is there to ask).
        if self._state in (State.RUNNING, State.PAUSED):
            self._finish(completed=False, ask_after=False)
        elif self._state is State.RATING_AFTER:
            self._conclude(self._pending)
        self._state = State.IDLE
        self.tick_timer.stop()
        super().closeEvent(event)
