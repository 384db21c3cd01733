"""The routine player as a pure state machine, driven by a fake clock: no waiting anywhere."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.events import Outcome
from desktop.core.routine_model import Category, Exercise, Routine, Sides
from desktop.core.routine_player import (
    Phase,
    PlayerState,
    RoutineOutcome,
    RoutinePlayer,
    RoutineResult,
    Side,
    expand_steps,
    followed,
    reminder_outcome,
    routine_event,
)
from tests.fakes import FakeClock

TUCK = Exercise("tuck", "Chin tucks", "Tuck your chin.", "neck", hold_seconds=5, repetitions=2)
BEND = Exercise("bend", "Side bend", "Lean over.", "lower-back", hold_seconds=10, sides=Sides.BOTH)
FISTS = Exercise(
    "fists",
    "Hands",
    "Squeeze.",
    "hands",
    hold_seconds=5,
    repetitions=2,
    rest_seconds=10,
    rest_instruction="Let go.",
)
ROUTINE = Routine("test", "Test routine", Category.STRETCH, (TUCK, BEND))  # steps: 5, 5, 10, 10 seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def player(clock: FakeClock) -> RoutinePlayer:
    player = RoutinePlayer(ROUTINE, clock.monotonic)
    player.start()
    return player


def test_moves_expand_into_steps_by_repetition_and_side() -> None:
    steps = expand_steps(
        Routine("r", "R", Category.STRETCH, (TUCK, Exercise("b", "B", "x", "neck", 10, 2, Sides.BOTH)))
    )
    assert [(s.exercise.id, s.repetition, s.side) for s in steps] == [
        ("tuck", 1, None),
        ("tuck", 2, None),
        ("b", 1, Side.LEFT),
        ("b", 1, Side.RIGHT),
        ("b", 2, Side.LEFT),
        ("b", 2, Side.RIGHT),
    ]


def test_relaxation_moves_alternate_tension_and_release() -> None:
    steps = expand_steps(Routine("pmr", "PMR", Category.RELAXATION, (FISTS,)))
    assert [(s.phase, s.seconds, s.instruction) for s in steps] == [
        (Phase.HOLD, 5, "Squeeze."),
        (Phase.REST, 10, "Let go."),
        (Phase.HOLD, 5, "Squeeze."),
        (Phase.REST, 10, "Let go."),
    ]


def test_a_rest_without_its_own_words_gets_the_default() -> None:
    quiet = Exercise("q", "Q", "Hold.", "neck", 5, rest_seconds=3)
    assert expand_steps(Routine("r", "R", Category.STRETCH, (quiet,)))[1].instruction.startswith("Let go")


def test_nothing_counts_before_start(clock: FakeClock) -> None:
    player = RoutinePlayer(ROUTINE, clock.monotonic)
    clock.advance(60)
    assert player.state is PlayerState.READY and player.remaining() == 5
    assert player.seconds_until_change() is None and player.tick() is False


def test_the_countdown_follows_the_clock(player: RoutinePlayer, clock: FakeClock) -> None:
    assert player.state is PlayerState.COUNTING and player.remaining_whole() == 5
    assert player.seconds_until_change() == pytest.approx(1.0)
    clock.advance(2.3)
    assert player.remaining() == pytest.approx(2.7) and player.remaining_whole() == 3
    assert player.seconds_until_change() == pytest.approx(0.7)
    assert player.tick() is False and player.index == 0


def test_a_step_ends_on_time_and_the_next_starts_in_full(player: RoutinePlayer, clock: FakeClock) -> None:
    clock.advance(5)
    assert player.tick() is True
    assert player.index == 1 and player.remaining() == 5
    assert player.step is not None and player.step.repetition == 2
    assert player.next_step is not None and player.next_step.side is Side.LEFT


def test_after_a_stall_only_one_step_passes(player: RoutinePlayer, clock: FakeClock) -> None:
    clock.advance(120)  # the machine was busy or asleep
    assert player.tick() is True and player.tick() is False
    assert player.index == 1 and player.remaining() == 5


def test_pause_freezes_the_countdown_and_is_not_counted(player: RoutinePlayer, clock: FakeClock) -> None:
    clock.advance(2)
    player.pause()
    clock.advance(300)
    assert player.state is PlayerState.PAUSED and player.remaining() == pytest.approx(3)
    assert player.tick() is False and player.seconds_until_change() is None
    player.toggle_pause()
    assert player.state is PlayerState.COUNTING
    clock.advance(3)
    assert player.tick() is True and player.index == 1
    assert player.finish().duration_seconds == 5


def test_next_and_previous(player: RoutinePlayer, clock: FakeClock) -> None:
    clock.advance(1)
    player.next()
    assert player.index == 1 and player.remaining() == 5
    clock.advance(4)
    player.previous()
    assert player.index == 0 and player.remaining() == 5  # a fresh countdown
    player.previous()
    assert player.index == 0 and player.state is PlayerState.COUNTING
    clock.advance(1)
    assert player.finish().steps_completed == 1  # the step skipped with Next still counts as done


def test_navigating_while_paused_stays_paused_with_a_full_countdown(
    player: RoutinePlayer, clock: FakeClock
) -> None:
    clock.advance(1)
    player.pause()
    player.next()
    assert player.state is PlayerState.PAUSED and player.index == 1 and player.remaining() == 5
    clock.advance(50)
    assert player.remaining() == 5
    player.resume()
    clock.advance(5)
    assert player.tick() and player.index == 2


def test_running_to_the_end_completes_with_every_step(player: RoutinePlayer, clock: FakeClock) -> None:
    changes = 0
    while player.state is PlayerState.COUNTING:
        wait = player.seconds_until_change()
        assert wait is not None and wait > 0
        clock.advance(wait)
        changes += player.tick()
    assert changes == len(player.steps) == 4
    assert player.result == RoutineResult("test", "Test routine", RoutineOutcome.COMPLETED, 4, 4, 30)
    assert player.progress() == 1.0 and player.step is None


def test_progress_and_time_left(player: RoutinePlayer, clock: FakeClock) -> None:
    assert player.progress() == 0.0 and player.seconds_left_total() == 30
    clock.advance(6)
    player.tick()
    assert player.seconds_left_total() == 25
    assert player.progress() == pytest.approx(5 / 30)


def test_finishing_early_is_stopped_and_counts_what_was_done(player: RoutinePlayer, clock: FakeClock) -> None:
    clock.advance(5)
    player.tick()
    clock.advance(2)
    result = player.finish()
    assert (result.outcome, result.steps_completed, result.steps_total, result.duration_seconds) == (
        RoutineOutcome.STOPPED,
        1,
        4,
        7,
    )
    assert player.state is PlayerState.FINISHED and player.remaining() == 0
    player.next()
    player.resume()
    assert player.finish() is result and player.postpone() is result  # the first ending stands


def test_finish_after_every_step_was_done_is_completed(player: RoutinePlayer) -> None:
    for _ in range(3):
        player.next()
    assert player.index == 3
    player.next()
    assert player.state is PlayerState.FINISHED
    assert player.result is not None and player.result.outcome is RoutineOutcome.COMPLETED


def test_postpone(player: RoutinePlayer, clock: FakeClock) -> None:
    clock.advance(3)
    result = player.postpone()
    assert (result.outcome, result.steps_completed, result.duration_seconds) == (
        RoutineOutcome.POSTPONED,
        0,
        3,
    )


def test_an_empty_routine_is_done_at_once(clock: FakeClock) -> None:
    player = RoutinePlayer(Routine("empty", "Empty", Category.STRETCH, ()), clock.monotonic)
    player.start()
    assert player.result is not None and player.result.outcome is RoutineOutcome.COMPLETED
    assert player.result.steps_total == 0


def test_the_log_row(clock: FakeClock) -> None:
    clock = FakeClock(datetime(2026, 3, 28, 23, 30, tzinfo=UTC), zone="Europe/Berlin")
    result = RoutineResult("back-reset", "Back reset", RoutineOutcome.STOPPED, 7, 21, 133)
    event = routine_event(result, clock)
    assert (event.kind, event.outcome, event.local_day) == ("routine", "stopped", "2026-03-29")
    assert event.answered_at == clock.now()
    assert event.details == {
        "routine": "back-reset",
        "steps_completed": 7,
        "steps_total": 21,
        "duration_seconds": 133,
    }


def test_a_rest_shows_its_own_picture_when_the_move_has_one() -> None:
    tense, loose = Path("fists.svg"), Path("fists-loose.svg")
    own = replace(FISTS, illustration=tense, rest_illustration=loose)
    same = replace(FISTS, id="same", illustration=tense)
    steps = expand_steps(Routine("pmr", "PMR", Category.RELAXATION, (own, same)))
    assert [(s.exercise.id, s.phase, s.illustration) for s in steps] == [
        ("fists", Phase.HOLD, tense),
        ("fists", Phase.REST, loose),
        ("fists", Phase.HOLD, tense),
        ("fists", Phase.REST, loose),
        ("same", Phase.HOLD, tense),
        ("same", Phase.REST, tense),  # no rest picture of its own: the hold's stays
        ("same", Phase.HOLD, tense),
        ("same", Phase.REST, tense),
    ]


def test_half_the_steps_is_completed_less_is_stopped(player: RoutinePlayer, clock: FakeClock) -> None:
    player.next()
    player.next()  # 2 of 4 steps
    assert player.finish().outcome is RoutineOutcome.COMPLETED
    early = RoutinePlayer(ROUTINE, clock.monotonic)
    early.start()
    early.next()  # 1 of 4
    assert early.finish().outcome is RoutineOutcome.STOPPED


def test_the_followed_rule() -> None:
    assert not followed(0, 8) and not followed(3, 8) and followed(4, 8) and followed(8, 8)
    assert not followed(2, 5) and followed(3, 5)
    assert followed(0, 0)


def test_a_routine_answers_its_stretch_card_by_what_was_followed() -> None:
    def result(outcome: RoutineOutcome) -> RoutineResult:
        return RoutineResult("r", "R", outcome, 0, 8, 2)

    assert reminder_outcome(result(RoutineOutcome.STOPPED)) is Outcome.SKIPPED
    assert reminder_outcome(result(RoutineOutcome.COMPLETED)) is Outcome.DONE
    assert reminder_outcome(result(RoutineOutcome.POSTPONED)) is Outcome.SNOOZED
