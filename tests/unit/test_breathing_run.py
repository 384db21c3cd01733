"""A breathing session as it runs, without Qt: pauses, the record it leaves, false starts, the
window's next wake-up, and what the remembered settings choose."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.core.breathing import (
    CUSTOM_PATTERN_ID,
    CustomValues,
    LengthUnit,
    SessionLength,
    custom_pattern,
    plan_session,
)
from desktop.core.breathing_run import (
    FRAME_MS,
    BreathingRun,
    chosen_length,
    chosen_pattern,
)
from desktop.core.breathing_sitting import FALSE_START_SECONDS, SittingLog
from desktop.core.settings import BreathingSettings

START = datetime(2026, 3, 18, 9, 0, tzinfo=UTC)
PATTERN = custom_pattern(CustomValues(4, 0, 6, 0))  # 10-second cycles


def run(cycles: int = 3) -> BreathingRun:
    return BreathingRun(plan_session(PATTERN, SessionLength(LengthUnit.CYCLES, cycles)), START, 100.0, 4)


def test_pauses_are_left_out_and_a_stop_records_what_was_breathed() -> None:
    r = run()
    r.clock.pause(112.0)
    r.clock.resume(140.0)
    assert r.breathed(False, 150.0) == 22.0
    result = r.result(False, 150.0, START)
    assert result is not None and result.actual_seconds == 22.0 and result.planned_seconds == 30.0
    assert result.rating_before == 4 and not result.completed
    done = r.result(True, 999.0, START)
    assert done is not None and done.actual_seconds == 30.0 and done.completed


def unrated(cycles: int = 3) -> BreathingRun:
    return BreathingRun(plan_session(PATTERN, SessionLength(LengthUnit.CYCLES, cycles)), START, 100.0)


def test_a_false_start_leaves_no_record() -> None:
    assert unrated().result(False, 100.0 + FALSE_START_SECONDS - 0.5, START) is None


def test_a_rated_sitting_stopped_within_the_false_start_is_logged() -> None:
    part = run().result(False, 103.0, START)
    logged = SittingLog().add(part, goes_on=False)
    assert logged is not None and logged.rating_before == 4 and logged.actual_seconds == 3.0


def test_a_short_first_part_before_a_switch_keeps_its_rating_and_start() -> None:
    sitting = SittingLog()
    assert sitting.add(run().result(False, 103.0, START), goes_on=True) is None
    later = datetime(2026, 3, 18, 9, 1, tzinfo=UTC)
    second = BreathingRun(plan_session(PATTERN, SessionLength(LengthUnit.CYCLES, 1)), later, 200.0)
    logged = sitting.add(second.result(True, 999.0, later), goes_on=False)
    assert logged is not None and logged.rating_before == 4 and logged.started_at == START
    assert logged.actual_seconds == 13.0


def test_the_wake_up_follows_the_count_the_pacer_and_the_cues() -> None:
    r = run()
    moment = r.moment(100.2)  # 3.8 s of the 4 s inhale left: the count shows 4
    assert r.wake_after_ms(moment, watched=True, cues=False, pixels_per_size=None) == 802
    assert FRAME_MS <= r.wake_after_ms(moment, watched=True, cues=False, pixels_per_size=300.0) < 802
    assert r.wake_after_ms(moment, watched=False, cues=True, pixels_per_size=300.0) == 3802
    assert r.wake_after_ms(moment, watched=False, cues=False, pixels_per_size=300.0) == 29802


def test_the_settings_choose_the_pattern_and_a_length_on_offer() -> None:
    custom = BreathingSettings(pattern=CUSTOM_PATTERN_ID, custom_pattern="4-0-6-0")
    assert chosen_pattern([], custom, "Mine").spec == PATTERN.spec
    gone = BreathingSettings(pattern="no-such-pattern")
    assert chosen_pattern([PATTERN], gone, "Mine") is PATTERN
    assert chosen_length(BreathingSettings(length_unit=LengthUnit.CYCLES.value, cycles=7)).count == 7
    assert chosen_length(BreathingSettings(minutes=4)).unit is LengthUnit.MINUTES
