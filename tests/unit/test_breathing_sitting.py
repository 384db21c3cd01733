"""One breathing sitting is one log row: parts joined across pattern switches, ratings never dropped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.core.breathing import BreathingSessionResult
from desktop.core.breathing_sitting import SittingLog, worth_logging

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def part(
    pattern: str,
    start: float,
    breathed: float,
    planned: float = 180.0,
    completed: bool = False,
    **ratings: int,
) -> BreathingSessionResult:
    return BreathingSessionResult(
        pattern,
        pattern.title(),
        planned,
        breathed,
        completed,
        T0 + timedelta(seconds=start),
        T0 + timedelta(seconds=start + breathed),
        **ratings,  # type: ignore[arg-type]
    )


def test_switching_patterns_mid_sitting_logs_one_row_with_all_the_time() -> None:
    sitting = SittingLog()
    assert sitting.add(part("longer-exhale", 0, 12, rating_before=7), goes_on=True) is None
    assert sitting.add(part("box", 12, 30), goes_on=True) is None
    assert sitting.under_way
    logged = sitting.add(part("sigh", 42, 60, planned=120, rating_after=4), goes_on=False)
    assert logged is not None and not sitting.under_way
    assert (logged.pattern_id, logged.actual_seconds, logged.planned_seconds) == ("sigh", 102, 162)
    assert (logged.started_at, logged.ended_at) == (T0, T0 + timedelta(seconds=102))
    assert (logged.rating_before, logged.rating_after, logged.completed) == (7, 4, False)


def test_a_short_sitting_with_a_before_rating_is_kept() -> None:
    assert SittingLog().add(part("box", 0, 2, rating_before=6), goes_on=False) is not None
    assert worth_logging(part("box", 0, 2, rating_after=3))


def test_a_false_start_is_dropped_but_a_finished_one_is_not() -> None:
    assert SittingLog().add(part("box", 0, 2), goes_on=False) is None
    assert worth_logging(part("box", 0, 2, planned=2, completed=True))
    assert worth_logging(part("box", 0, 5))


def test_a_sitting_whose_window_went_away_is_logged_from_what_was_kept() -> None:
    sitting = SittingLog()
    sitting.add(part("box", 0, 40), goes_on=True)
    logged = sitting.end()
    assert logged is not None and logged.actual_seconds == 40
    assert sitting.end() is None
