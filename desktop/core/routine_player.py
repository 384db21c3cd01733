"""Playing a routine: a pure state machine over timed steps, driven by an injected monotonic clock.

A routine's moves expand into steps (one per repetition and side, plus a rest step after each hold
when the move has one). The player counts the current step down; whoever drives it (the routine
window's timer, or a test) calls `tick()` when `seconds_until_change()` says something is due.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.core.clock import Clock, local_day
from desktop.core.events import Activity, Event, Outcome
from desktop.core.routine_model import DEFAULT_REST_INSTRUCTION, Exercise, Routine, Sides

ROUTINE_EVENT_KIND = Activity.ROUTINE


class Phase(StrEnum):
    """Whether a step holds the exercise or rests after it."""

    HOLD = "hold"
    REST = "rest"


class Side(StrEnum):
    """Which side of the body a step of a two-sided exercise works."""

    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class Step:
    """One timed step of a playing routine, expanded from an Exercise: the hold or rest phase, its seconds,
    the repetition (1-based) and side; `instruction` is what the window shows.
    """

    exercise: Exercise
    phase: Phase
    seconds: int
    repetition: int  # 1-based
    side: Side | None = None

    @property
    def instruction(self) -> str:
        if self.phase is Phase.HOLD:
            return self.exercise.instruction
        return self.exercise.rest_instruction or DEFAULT_REST_INSTRUCTION

    @property
    def illustration(self) -> Path | None:
        """The picture to show: a rest has its own when the move gives one (PMR's "let go")."""
        if self.phase is Phase.REST and self.exercise.rest_illustration is not None:
            return self.exercise.rest_illustration
        return self.exercise.illustration


def expand_steps(routine: Routine) -> tuple[Step, ...]:
    """Each move becomes repetition × side steps; with both sides they alternate left, right."""
    steps: list[Step] = []
    for move in routine.moves:
        sides: tuple[Side | None, ...] = (Side.LEFT, Side.RIGHT) if move.sides is Sides.BOTH else (None,)
        for repetition in range(1, move.repetitions + 1):
            for side in sides:
                steps.append(Step(move, Phase.HOLD, move.hold_seconds, repetition, side))
                if move.rest_seconds:
                    steps.append(Step(move, Phase.REST, move.rest_seconds, repetition, side))
    return tuple(steps)


class PlayerState(StrEnum):
    """Where a RoutinePlayer stands: ready to start, counting down, paused or finished."""

    READY = "ready"
    COUNTING = "counting"
    PAUSED = "paused"
    FINISHED = "finished"


class RoutineOutcome(StrEnum):
    """How a routine ended: completed (followed: see `followed`), stopped early (or its window closed
    before that), or postponed to later."""

    COMPLETED = "completed"  # at least FOLLOWED_SHARE of the timed steps were followed
    STOPPED = "stopped"  # ended (or the window was closed) before that
    POSTPONED = "postponed"


FOLLOWED_SHARE = 0.5  # the share of a routine's timed steps that makes it a break taken


def followed(steps_completed: int, steps_total: int) -> bool:
    """The one rule for "the user did this routine": at least half of its timed steps were followed
    (counted down or marked done with Next). An empty routine counts as followed. Statistics, `status`
    and the export all read the outcome this rule gave, so they agree."""
    return steps_total == 0 or steps_completed >= steps_total * FOLLOWED_SHARE


def reminder_outcome(result: RoutineResult) -> Outcome:
    """How a routine started from a stretch card answers that card: followed is a break done, postponed
    a snooze, and stopped early is a break skipped (it was not taken)."""
    return {
        RoutineOutcome.COMPLETED: Outcome.DONE,
        RoutineOutcome.POSTPONED: Outcome.SNOOZED,
        RoutineOutcome.STOPPED: Outcome.SKIPPED,
    }[result.outcome]


@dataclass(frozen=True)
class RoutineResult:
    """The record a RoutinePlayer leaves when a routine ends: which routine, its outcome, the steps done out
    of all and the seconds spent counting; the routine window passes it on for the log.
    """

    routine_id: str
    routine_name: str
    outcome: RoutineOutcome
    steps_completed: int
    steps_total: int
    duration_seconds: int  # time spent counting; pauses are not included


def routine_event(result: RoutineResult, clock: Clock) -> Event:
    """The log row for a routine that ended (completed, stopped early or postponed)."""
    now = clock.now()
    return Event(
        kind=ROUTINE_EVENT_KIND,
        outcome=Outcome(result.outcome.value),
        local_day=local_day(now, clock.local_zone()),
        answered_at=now,
        details={
            "routine": result.routine_id,
            "steps_completed": result.steps_completed,
            "steps_total": result.steps_total,
            "duration_seconds": result.duration_seconds,
        },
    )


class RoutinePlayer:
    """Owns the playback of one routine: its expanded steps, the current step, the state (ready, counting,
    paused, finished) and the counted time, driven by an injected monotonic clock; it sets `result` when
    the routine ends.
    """

    def __init__(self, routine: Routine, monotonic: Callable[[], float]) -> None:
        self.routine = routine
        self.steps = expand_steps(routine)
        self._monotonic = monotonic
        self._state = PlayerState.READY
        self._index = 0
        self._deadline = 0.0  # while counting: when the current step ends
        self._remaining = float(self.steps[0].seconds) if self.steps else 0.0  # while ready or paused
        self._counting_since = 0.0
        self._active = 0.0
        self._completed: set[int] = set()
        self.result: RoutineResult | None = None

    # --- what the window shows -------------------------------------------------------------

    @property
    def state(self) -> PlayerState:
        return self._state

    @property
    def index(self) -> int:
        return self._index

    @property
    def step(self) -> Step | None:
        return self.steps[self._index] if self._index < len(self.steps) else None

    @property
    def next_step(self) -> Step | None:
        return self.steps[self._index + 1] if self._index + 1 < len(self.steps) else None

    def remaining(self) -> float:
        """Seconds left in the current step."""
        if self._state is PlayerState.COUNTING:
            return max(0.0, self._deadline - self._monotonic())
        return self._remaining if self._state is not PlayerState.FINISHED else 0.0

    def remaining_whole(self) -> int:
        """What a countdown shows: 3 until three seconds have fully run out, then 2..."""
        return math.ceil(self.remaining() - 1e-6)

    def seconds_left_total(self) -> float:
        later = sum(step.seconds for step in self.steps[self._index + 1 :])
        return self.remaining() + later if self._state is not PlayerState.FINISHED else 0.0

    def progress(self) -> float:
        """How far through the routine, 0..1, by time."""
        total = sum(step.seconds for step in self.steps)
        return 1.0 if total == 0 else 1.0 - self.seconds_left_total() / total

    def seconds_until_change(self) -> float | None:
        """When the countdown display next changes (or the step ends); None if nothing is counting."""
        if self._state is not PlayerState.COUNTING:
            return None
        remaining = self.remaining()
        return remaining - (self.remaining_whole() - 1) if remaining > 0 else 0.0

    # --- what the user (or the timer) does -------------------------------------------------

    def start(self) -> None:
        if self._state is PlayerState.READY:
            if not self.steps:
                self._finish(RoutineOutcome.COMPLETED)
                return
            self._count_from(self._remaining)

    def pause(self) -> None:
        if self._state is PlayerState.COUNTING:
            self._remaining = self.remaining()
            self._stop_counting()
            self._state = PlayerState.PAUSED

    def resume(self) -> None:
        if self._state is PlayerState.PAUSED:
            self._count_from(self._remaining)

    def toggle_pause(self) -> None:
        if self._state is PlayerState.COUNTING:
            self.pause()
        else:
            self.resume()

    def tick(self) -> bool:
        """Move on if the current step's time is up; True if the step (or state) changed."""
        if self._state is not PlayerState.COUNTING or self._deadline > self._monotonic():
            return False
        # One step per tick, starting now: after a stall (a suspended laptop, a busy UI) the
        # user sees the next step in full instead of a burst of skipped ones.
        self._completed.add(self._index)
        self._go_to(self._index + 1)
        return True

    def next(self) -> None:
        """The user has done this step: mark it done and move on."""
        if self._state in (PlayerState.COUNTING, PlayerState.PAUSED):
            self._completed.add(self._index)
            self._go_to(self._index + 1)

    def previous(self) -> None:
        """Back one step (or to the start of the first), with a fresh countdown."""
        if self._state in (PlayerState.COUNTING, PlayerState.PAUSED):
            self._go_to(max(0, self._index - 1))

    def finish(self) -> RoutineResult:
        """Stop now; it counts as completed if it was `followed` (half of its steps or more)."""
        if self.result is None:
            done = followed(len(self._completed), len(self.steps))
            self._finish(RoutineOutcome.COMPLETED if done else RoutineOutcome.STOPPED)
        assert self.result is not None
        return self.result

    def postpone(self) -> RoutineResult:
        if self.result is None:
            self._finish(RoutineOutcome.POSTPONED)
        assert self.result is not None
        return self.result

    # --- bookkeeping -------------------------------------------------------------------------

    def _go_to(self, index: int) -> None:
        if index >= len(self.steps):
            self._index = len(self.steps)  # past the last step: nothing is current any more
            self._finish(RoutineOutcome.COMPLETED)
            return
        self._index = index
        seconds = float(self.steps[index].seconds)
        if self._state is PlayerState.COUNTING:
            self._deadline = self._monotonic() + seconds
        else:
            self._remaining = seconds

    def _count_from(self, seconds: float) -> None:
        now = self._monotonic()
        self._counting_since = now
        self._deadline = now + seconds
        self._state = PlayerState.COUNTING

    def _stop_counting(self) -> None:
        self._active += self._monotonic() - self._counting_since

    def _finish(self, outcome: RoutineOutcome) -> None:
        if self._state is PlayerState.COUNTING:
            self._stop_counting()
        self._state = PlayerState.FINISHED
        self.result = RoutineResult(
            routine_id=self.routine.id,
            routine_name=self.routine.name,
            outcome=outcome,
            steps_completed=len(self._completed),
            steps_total=len(self.steps),
            duration_seconds=round(self._active),
        )
