"""One breathing session as it runs: the plan, the seconds breathed (pauses left out), the rating
given before, and the record it leaves. Pure: the breathing window feeds it clock readings.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum, auto

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
    seconds_until_pacer_moves,
)
from desktop.core.breathing_sitting import worth_logging
from desktop.core.settings import BreathingSettings

FRAME_MS = 33  # ~30 frames a second: smooth for a slow shape, and cheap


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


@dataclass
class BreathingRun:
    """A session under way: owns its plan, its pause-aware clock, when it began and the rating before."""

    plan: SessionPlan
    started_at: datetime
    monotonic_start: float
    rating_before: int | None = None
    clock: SessionClock = field(init=False)

    def __post_init__(self) -> None:
        self.clock = SessionClock(self.monotonic_start)

    def moment(self, monotonic: float) -> Moment:
        return moment_at(self.plan, self.clock.elapsed(monotonic))

    def second_inhale(self, moment: Moment) -> bool:
        """True for the second inhale of a sigh (an inhale right after an inhale)."""
        phases = self.plan.pattern.phases
        previous = phases[moment.phase_index - 1]
        return moment.phase.kind is PhaseKind.INHALE and len(phases) > 1 and previous.kind is PhaseKind.INHALE

    def wake_after_ms(self, moment: Moment, watched: bool, cues: bool, pixels_per_size: float | None) -> int:
        """Milliseconds until the window should look again. Unwatched (hidden or minimised): at the next
        phase change when it has cues to give, else at the end. Watched: when the count drops, or sooner
        when the disc will have moved a device pixel (`pixels_per_size` None: it stands still), at most
        ~30 times a second: the slow ends of each breath need few frames."""
        if not watched:
            wait = moment.phase_seconds_left if cues else moment.seconds_left
        else:
            wait = moment.phase_seconds_left - (moment.count - 1)
            if pixels_per_size is not None:
                moves = seconds_until_pacer_moves(self.plan, moment, 1 / max(1.0, pixels_per_size))
                if moves < wait:
                    return max(FRAME_MS, math.ceil(moves * 1000))
        return max(10, math.ceil(wait * 1000) + 2)

    def breathed(self, completed: bool, monotonic: float) -> float:
        planned = self.plan.total_seconds
        return planned if completed else min(planned, self.clock.elapsed(monotonic))

    def result(self, completed: bool, monotonic: float, now: datetime) -> BreathingSessionResult | None:
        """The record of the part ending now, or None for a false start (`worth_logging`, the one rule:
        an unrated part stopped within its first seconds)."""
        breathed = self.breathed(completed, monotonic)
        pattern = self.plan.pattern
        record = BreathingSessionResult(
            pattern_id=pattern.id,
            pattern_name=pattern.name,
            planned_seconds=self.plan.total_seconds,
            actual_seconds=breathed,
            completed=completed,
            started_at=self.started_at,
            ended_at=now,
            rating_before=self.rating_before,
        )
        return record if worth_logging(record) else None


# --- what the settings choose ------------------------------------------------------------------


def chosen_custom(settings: BreathingSettings) -> CustomValues:
    return parse_custom(settings.custom_pattern) or CustomValues()


def chosen_pattern(
    patterns: Sequence[BreathingPattern], settings: BreathingSettings, custom_name: str
) -> BreathingPattern:
    """The remembered pattern; the first one if it has gone, the default custom one if none load."""
    if settings.pattern != CUSTOM_PATTERN_ID:
        for pattern in patterns:
            if pattern.id == settings.pattern:
                return pattern
        if patterns:
            return patterns[0]
    return custom_pattern(chosen_custom(settings), custom_name)


def chosen_length(settings: BreathingSettings) -> SessionLength:
    """The remembered length, minutes rounded to the nearest length offered."""
    if settings.length_unit == LengthUnit.CYCLES.value:
        return SessionLength(LengthUnit.CYCLES, settings.cycles)
    offered = min(SESSION_MINUTES, key=lambda minutes: abs(minutes - settings.minutes))
    return SessionLength(LengthUnit.MINUTES, offered)
