"""The breathing exercise: open it (one click, or with a pattern and length asked for), log each
session, and answer a breathing-break card when the session started from it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.core.breathing import BreathingSessionResult, session_event
from desktop.core.breathing_sitting import SittingLog
from desktop.core.clock import Clock
from desktop.core.events import Event, Kind, Outcome
from desktop.core.settings import BreathingSettings
from desktop.services.engine import ReminderEngine
from desktop.ui.window_registry import WindowRegistry


class BreathingActions(QObject):
    """Opens the breathing window (with the user's or the asked pattern and length), logs each sitting
    as one row (parts joined across pattern switches, see `desktop/core/breathing_sitting.py`), and
    answers a breathing-break card started from it.

    Signals: `recorded(tuple[Event, ...])` to log; `preferences_changed(BreathingSettings)` the
    window's last choices, to remember.
    """

    recorded = Signal(object)  # tuple[Event, ...] to log
    preferences_changed = Signal(object)  # BreathingSettings: the last choice is remembered

    def __init__(
        self,
        windows: WindowRegistry,
        engine: ReminderEngine,
        clock: Clock,
        user_patterns: Path,
        preferences: Callable[[], BreathingSettings],
    ) -> None:
        super().__init__()
        self._windows = windows
        self._engine = engine
        self._clock = clock
        self._user_patterns = user_patterns
        self._preferences = preferences
        self._from_card = False  # a session started from a breathing-break card
        self._sitting = SittingLog()
        engine.prompt_closed.connect(self._forget_card)

    def open(self, pattern: str | None = None, minutes: int | None = None) -> str | None:
        """Open the breathing window and start at once; a problem to report instead, if any."""
        from desktop.core.breathing_files import load_patterns
        from desktop.resources import resource_path
        from desktop.services.content_translation import translated_patterns
        from desktop.ui.breathing_window import BreathingWindow

        window = self._windows.get("breathing")
        if window is not None and pattern is None and minutes is None:
            window.show_and_start()  # type: ignore[attr-defined]
            return None
        loaded = load_patterns(resource_path("breathing"), self._user_patterns)
        # Names and descriptions in the user's language (the log keeps the pattern's id).
        loaded = replace(loaded, patterns=translated_patterns(loaded.patterns))
        preferences = self._preferences()
        if pattern is not None:
            wanted = pattern.casefold()
            found = next((p for p in loaded.patterns if wanted in (p.id.casefold(), p.name.casefold())), None)
            if found is None:
                known = ", ".join(p.id for p in loaded.patterns)
                return self.tr("There is no breathing pattern called '{0}'. Patterns: {1}").format(
                    pattern, known
                )
            preferences = replace(preferences, pattern=found.id)
        if minutes is not None:
            if not 1 <= minutes <= 10:
                return self.tr("A breathing session lasts 1 to 10 minutes.")
            preferences = replace(preferences, length_unit="minutes", minutes=minutes)
        self._windows.close("breathing")
        window = BreathingWindow(loaded.patterns, preferences, self._clock, pattern_problems=loaded.problems)
        window.session_finished.connect(self._finished)
        window.destroyed.connect(self._window_gone)
        window.preferences_changed.connect(self.preferences_changed.emit)
        self._windows.show("breathing", window)
        window.show_and_start()
        return None

    def start_from_card(self) -> None:
        self._from_card = True
        self._engine.hold_prompt()
        self.open()

    def _forget_card(self, *_: object) -> None:
        self._from_card = False

    def _finished(self, part: BreathingSessionResult) -> None:
        from desktop.ui.breathing_window import State

        # A part reported before a restart with another pattern: still running, the sitting goes on.
        goes_on = getattr(self.sender(), "state", None) in (State.RUNNING, State.PAUSED)
        self._log(self._sitting.add(part, goes_on))

    def _window_gone(self) -> None:
        self._log(self._sitting.end())  # a part kept for a sitting that went on, when its window closed

    def _log(self, result: BreathingSessionResult | None) -> None:
        if result is None:
            return
        events: tuple[Event, ...] = (session_event(result, self._clock.local_zone()),)
        self.recorded.emit(events)
        waiting = self._engine.upcoming().waiting
        if self._from_card and waiting is not None and waiting.primary is Kind.BREATHING_BREAK:
            self._from_card = False
            self._engine.answer(Outcome.DONE, {"breathing_seconds": round(result.actual_seconds)})
