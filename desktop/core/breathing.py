"""Breathing patterns as data, and where a session stands at any moment (pure, Qt-free).

A pattern is a cycle of phases. Each phase has a kind (inhale, hold, exhale), a length in
seconds and the size the pacer reaches by its end (0 = empty lungs, 1 = full): two inhales in a
row (the physiological sigh) are just two phases with rising sizes. `moment_at` turns a session
plan and the seconds breathed so far into everything the window shows; it is a pure function so
tests can ask about any instant without waiting.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from enum import StrEnum

from desktop.core.clock import local_day
from desktop.core.events import Activity, Event, Outcome

CUSTOM_PATTERN_ID = "custom"
SESSION_MINUTES: tuple[int, ...] = (1, 2, 3, 5, 10)
CYCLES_RANGE = (1, 60)
EVENT_KIND = Activity.BREATHING


class PhaseKind(StrEnum):
    """What the breather does in a Phase: breathe in, hold, or breathe out."""

    INHALE = "inhale"
    HOLD = "hold"
    EXHALE = "exhale"


@dataclass(frozen=True)
class Phase:
    """One step of a breathing pattern's cycle: its kind, how long it lasts and the pacer size reached at its
    end.
    """

    kind: PhaseKind
    seconds: float
    size: float  # pacer size reached at the end of the phase, 0..1


@dataclass(frozen=True)
class BreathingPattern:
    """One cycle of phases. `id` is what settings remember; `name` is what people read."""

    id: str
    name: str
    phases: tuple[Phase, ...]
    description: str = ""
    caution: str = ""  # shown prominently, e.g. "stop if light-headed"
    evidence: str = ""  # the topic id in resources/evidence/notes.json that says why it helps

    def __post_init__(self) -> None:
        if not self.phases:
            raise ValueError(f"pattern {self.id!r} has no phases")
        if any(phase.seconds <= 0 or not 0 <= phase.size <= 1 for phase in self.phases):
            raise ValueError(f"pattern {self.id!r} has a phase with no length or a size outside 0..1")

    @property
    def cycle_seconds(self) -> float:
        return sum(phase.seconds for phase in self.phases)

    def start_size(self, index: int) -> float:
        """The pacer size when phase `index` begins: where the phase before it ended (the cycle wraps)."""
        return self.phases[index - 1].size

    @property
    def spec(self) -> str:
        """Seconds per phase, e.g. "4-7-8"; holds of a four-part custom pattern included."""
        return "-".join(_seconds_text(phase.seconds) for phase in self.phases)


def _seconds_text(seconds: float) -> str:
    return f"{seconds:g}"


def phase(kind: PhaseKind, seconds: float, size: float | None = None) -> Phase:
    """A phase with the natural size: inhales fill, exhales empty (holds keep the previous size,
    which the caller supplies)."""
    if size is None:
        size = 1.0 if kind is PhaseKind.INHALE else 0.0
    return Phase(kind, seconds, size)


# --- the custom pattern (inhale / hold / exhale / hold), made in the window ---------------------


@dataclass(frozen=True)
class SecondsRange:
    """The allowed seconds for one field of the custom pattern (CUSTOM_LIMITS), inclusive."""

    low: float
    high: float


CUSTOM_FIELDS: tuple[str, ...] = ("inhale", "hold_in", "exhale", "hold_out")
# Holds are capped lower than breaths: long breath holds are where light-headedness starts.
CUSTOM_LIMITS: dict[str, SecondsRange] = {
    "inhale": SecondsRange(2, 10),
    "hold_in": SecondsRange(0, 10),
    "exhale": SecondsRange(2, 15),
    "hold_out": SecondsRange(0, 10),
}


@dataclass(frozen=True)
class CustomValues:
    """The user's custom pattern as four lengths in seconds (inhale, hold in, exhale, hold out), edited in the
    breathing window and stored in the settings as text like "4-0-6-0".
    """

    inhale: float = 4
    hold_in: float = 0
    exhale: float = 6
    hold_out: float = 0

    def as_text(self) -> str:
        """The form settings store: "4-0-6-0"."""
        return "-".join(_seconds_text(getattr(self, name)) for name in CUSTOM_FIELDS)


def custom_problems(values: CustomValues) -> dict[str, SecondsRange]:
    """The fields outside their allowed range, each with the range it must be in."""
    problems = {}
    for name in CUSTOM_FIELDS:
        value, limits = getattr(values, name), CUSTOM_LIMITS[name]
        if not (math.isfinite(value) and limits.low <= value <= limits.high):
            problems[name] = limits
    return problems


def custom_problem_text(name: str, limits: SecondsRange) -> str:
    """English wording of a range problem, for logs; the window words its own, translated."""
    return f"{name.replace('_', ' ')} must be between {limits.low:g} and {limits.high:g} seconds"


def parse_custom(text: str) -> CustomValues | None:
    """CustomValues from "4-0-6-0" if the text is well formed and every value in range, else None."""
    parts = text.split("-")
    if len(parts) != len(CUSTOM_FIELDS):
        return None
    try:
        values = CustomValues(*(float(part) for part in parts))
    except ValueError:
        return None
    return None if custom_problems(values) else values


def custom_pattern(values: CustomValues, name: str = "Custom") -> BreathingPattern:
    """The pattern for valid custom values; zero-length holds are left out."""
    if problems := custom_problems(values):
        raise ValueError("; ".join(custom_problem_text(key, limits) for key, limits in problems.items()))
    phases = [phase(PhaseKind.INHALE, values.inhale)]
    if values.hold_in:
        phases.append(Phase(PhaseKind.HOLD, values.hold_in, 1.0))
    phases.append(phase(PhaseKind.EXHALE, values.exhale))
    if values.hold_out:
        phases.append(Phase(PhaseKind.HOLD, values.hold_out, 0.0))
    return BreathingPattern(CUSTOM_PATTERN_ID, name, tuple(phases), evidence="slow-breathing")


# --- how long a session lasts ------------------------------------------------------------------


class LengthUnit(StrEnum):
    """How a breathing session's length is counted: in minutes or in cycles."""

    MINUTES = "minutes"
    CYCLES = "cycles"


@dataclass(frozen=True)
class SessionLength:
    """How long a breathing session runs, as a count of minutes or cycles; chosen in the breathing window."""

    unit: LengthUnit
    count: int


@dataclass(frozen=True)
class SessionPlan:
    """A pattern repeated a whole number of times: a session never ends halfway through a breath."""

    pattern: BreathingPattern
    cycles: int
    _offsets: tuple[float, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.cycles < 1:
            raise ValueError("a session has at least one cycle")
        offsets, total = [], 0.0
        for item in self.pattern.phases:
            offsets.append(total)
            total += item.seconds
        object.__setattr__(self, "_offsets", tuple(offsets))

    @property
    def total_seconds(self) -> float:
        return self.cycles * self.pattern.cycle_seconds


def plan_session(pattern: BreathingPattern, length: SessionLength) -> SessionPlan:
    """Minutes become the nearest whole number of cycles (at least one)."""
    if length.unit is LengthUnit.CYCLES:
        return SessionPlan(pattern, max(1, length.count))
    return SessionPlan(pattern, max(1, round(length.count * 60 / pattern.cycle_seconds)))


# --- the timeline ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Moment:
    """Everything the window shows at one instant of a session."""

    phase_index: int
    phase: Phase
    cycle: int  # 0-based
    phase_seconds_left: float
    pacer_size: float  # 0..1, eased
    progress: float  # 0..1 of the whole session
    seconds_left: float
    finished: bool

    @property
    def count(self) -> int:
        """The whole seconds left in the phase, as a countdown shows them (4, 3, 2, 1)."""
        return max(1, math.ceil(self.phase_seconds_left - 1e-9))


def ease(fraction: float) -> float:
    """Sine ease-in-out: a breath starts and ends slowly, like lungs do."""
    fraction = min(1.0, max(0.0, fraction))
    return (1 - math.cos(math.pi * fraction)) / 2


def moment_at(plan: SessionPlan, elapsed: float) -> Moment:
    """Where the session stands `elapsed` seconds (of breathing, pauses excluded) after it began.

    A phase owns its start instant and not its end: at exactly 4 s into a 4 s inhale the exhale
    has begun. Before 0 counts as 0; at or after the end the session is finished and the pacer
    rests where the last phase left it.
    """
    pattern, total = plan.pattern, plan.total_seconds
    elapsed = max(0.0, elapsed)
    if elapsed >= total:
        last = len(pattern.phases) - 1
        return Moment(
            last, pattern.phases[last], plan.cycles - 1, 0.0, pattern.phases[last].size, 1.0, 0.0, True
        )
    cycle_length = pattern.cycle_seconds
    cycle = min(int(elapsed // cycle_length), plan.cycles - 1)
    within = elapsed - cycle * cycle_length
    index = max(0, bisect_right(plan._offsets, within) - 1)
    current = pattern.phases[index]
    into_phase = min(within - plan._offsets[index], current.seconds)
    start = pattern.start_size(index)
    size = start + (current.size - start) * ease(into_phase / current.seconds)
    return Moment(
        phase_index=index,
        phase=current,
        cycle=cycle,
        phase_seconds_left=current.seconds - into_phase,
        pacer_size=size,
        progress=elapsed / total,
        seconds_left=total - elapsed,
        finished=False,
    )


def seconds_until_pacer_moves(plan: SessionPlan, moment: Moment, amount: float) -> float:
    """How long from `moment` until the pacer size has changed by `amount` (e.g. one pixel's worth),
    or until the phase ends if it will not move that far. Lets the window skip frames in which the
    disc would not visibly move: the slow start and end of every breath, and every hold.

    Solved from the ease: size moves by span/2 * (cos(pi*f) - cos(pi*f')) between fractions f and f'.
    """
    current = moment.phase
    span = abs(current.size - plan.pattern.start_size(moment.phase_index))
    if span == 0 or amount <= 0 or moment.finished:
        return moment.phase_seconds_left
    fraction = 1 - moment.phase_seconds_left / current.seconds
    target = math.cos(math.pi * fraction) - 2 * amount / span
    if target <= -1:
        return moment.phase_seconds_left
    return max(0.0, (math.acos(target) / math.pi - fraction) * current.seconds)


class SessionClock:
    """Seconds breathed since the start, with pauses left out. Fed monotonic readings by the caller."""

    def __init__(self, started: float) -> None:
        self._started = started
        self._paused_at: float | None = None
        self._paused_total = 0.0

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def elapsed(self, now: float) -> float:
        until = self._paused_at if self._paused_at is not None else now
        return max(0.0, until - self._started - self._paused_total)

    def pause(self, now: float) -> None:
        if self._paused_at is None:
            self._paused_at = now

    def resume(self, now: float) -> None:
        if self._paused_at is not None:
            self._paused_total += max(0.0, now - self._paused_at)
            self._paused_at = None


# --- the record of a session -------------------------------------------------------------------


@dataclass(frozen=True)
class BreathingSessionResult:
    """The record of one finished or stopped breathing session (pattern, planned and breathed seconds,
    wall-clock start and end, optional stress ratings before and after); the breathing window emits it for
    the log and its summary.
    """

    pattern_id: str
    pattern_name: str
    planned_seconds: float
    actual_seconds: float  # breathing time, pauses left out
    completed: bool
    started_at: datetime  # wall clock, UTC
    ended_at: datetime
    rating_before: int | None = None  # stress 0..10, None when skipped or not asked
    rating_after: int | None = None


def session_event(result: BreathingSessionResult, zone: tzinfo) -> Event:
    """The log row for a session, on the local day it ended."""
    return Event(
        kind=EVENT_KIND,
        outcome=Outcome.COMPLETED if result.completed else Outcome.STOPPED,
        local_day=local_day(result.ended_at, zone),
        shown_at=result.started_at,
        answered_at=result.ended_at,
        details={
            "pattern": result.pattern_id,
            "planned_seconds": round(result.planned_seconds, 1),
            "actual_seconds": round(result.actual_seconds, 1),
            "rating_before": result.rating_before,
            "rating_after": result.rating_after,
        },
    )
