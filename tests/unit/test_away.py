"""AwayTracker: leaving, returning, lock and sleep, and the sampling plan — all on a fake clock."""

from __future__ import annotations

import pytest

from desktop.core.away import AwayReason, AwayTracker, Left, Returned
from tests.fakes import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def tracker(clock: FakeClock) -> AwayTracker:
    return AwayTracker(clock.monotonic, away_after=60)


def test_short_idle_is_not_away(tracker: AwayTracker) -> None:
    assert tracker.observe_idle(59.0) is None
    assert tracker.away is None


def test_leaving_is_dated_back_to_the_last_input(clock: FakeClock, tracker: AwayTracker) -> None:
    clock.advance(seconds=200)
    left = tracker.observe_idle(75.0)
    assert left == Left(since=clock.monotonic() - 75.0, reason=AwayReason.IDLE)
    assert tracker.away == left
    # Still away: further readings report nothing new.
    clock.advance(seconds=5)
    assert tracker.observe_idle(80.0) is None


def test_returning_measures_the_whole_absence(clock: FakeClock, tracker: AwayTracker) -> None:
    clock.advance(seconds=100)
    left = tracker.observe_idle(90.0)  # last input at t0+10
    assert isinstance(left, Left)
    clock.advance(minutes=10)
    # The user touched the mouse 3 s ago.
    back = tracker.observe_idle(3.0)
    assert isinstance(back, Returned)
    assert back.left_at == left.since
    assert back.back_at == clock.monotonic() - 3.0
    assert back.away_seconds == pytest.approx(90.0 + 600 - 3.0)
    assert tracker.away is None


def test_the_same_last_input_read_again_is_not_a_return(clock: FakeClock, tracker: AwayTracker) -> None:
    tracker.observe_idle(60.0)
    clock.advance(seconds=5)
    # Readings are in whole milliseconds on some platforms: a little jitter must not end the absence.
    assert tracker.observe_idle(64.5) is None
    assert tracker.away is not None


def test_lock_counts_as_away_and_unlock_as_return(clock: FakeClock, tracker: AwayTracker) -> None:
    left = tracker.screen_locked(idle_seconds=2.0)
    assert left == Left(since=clock.monotonic() - 2.0, reason=AwayReason.LOCKED)
    clock.advance(minutes=3)
    # Typing the password resets idle time, but only the unlock says the user is back.
    assert tracker.observe_idle(0.5) is None
    back = tracker.screen_unlocked()
    assert isinstance(back, Returned)
    assert back.away_seconds == pytest.approx(182.0)
    assert back.reason is AwayReason.LOCKED


def test_lock_after_leaving_keeps_the_original_departure(clock: FakeClock, tracker: AwayTracker) -> None:
    left = tracker.observe_idle(300.0)  # screen auto-locks after 5 idle minutes
    assert tracker.screen_locked(idle_seconds=300.0) is None
    clock.advance(minutes=10)
    back = tracker.screen_unlocked()
    assert isinstance(back, Returned) and isinstance(left, Left)
    assert back.left_at == left.since
    assert back.away_seconds == pytest.approx(900.0)


def test_unlock_without_lock_is_nothing(tracker: AwayTracker) -> None:
    assert tracker.screen_unlocked() is None


def test_sleep_time_is_added_to_the_absence(clock: FakeClock, tracker: AwayTracker) -> None:
    clock.advance(seconds=30)
    left = tracker.slept(3600.0)
    assert left == Left(since=clock.monotonic(), reason=AwayReason.ASLEEP)
    tracker.screen_locked(idle_seconds=3600.0)  # the lock screen shows after resume
    clock.advance(seconds=20)
    back = tracker.screen_unlocked()
    assert isinstance(back, Returned)
    assert back.away_seconds == pytest.approx(3620.0)


def test_sleep_while_already_away_extends_it(clock: FakeClock, tracker: AwayTracker) -> None:
    tracker.observe_idle(120.0)
    assert tracker.slept(1800.0) is None
    clock.advance(seconds=10)
    back = tracker.observe_idle(1.0)
    assert isinstance(back, Returned)
    assert back.away_seconds == pytest.approx(120 + 10 - 1 + 1800)


def test_no_reading_changes_nothing(tracker: AwayTracker) -> None:
    assert tracker.observe_idle(None) is None
    assert tracker.away is None


def test_sampling_plan_while_active_waits_until_idle_could_reach_the_threshold(tracker: AwayTracker) -> None:
    tracker.observe_idle(0.0)
    assert tracker.next_sample_delay() == 60.0
    tracker.observe_idle(45.0)
    assert tracker.next_sample_delay() == 15.0
    tracker.observe_idle(59.8)
    assert tracker.next_sample_delay() == 1.0  # never busier than min_poll


def test_sampling_plan_while_away_and_locked(tracker: AwayTracker) -> None:
    tracker.observe_idle(61.0)
    assert tracker.next_sample_delay() == 5.0
    tracker.screen_locked()
    assert tracker.next_sample_delay() is None
    tracker.screen_unlocked()
    tracker.observe_idle(None)
    assert tracker.next_sample_delay() == 60.0


def test_sampling_plan_stays_inside_the_wakeup_budget(clock: FakeClock, tracker: AwayTracker) -> None:
    """Simulate an hour: 20 min typing, 20 min away, 20 min typing; count the samples."""
    last_input = clock.monotonic()
    samples_per_minute: dict[int, int] = {}
    start = clock.monotonic()
    while clock.monotonic() - start < 3600:
        elapsed = clock.monotonic() - start
        typing = elapsed < 1200 or elapsed >= 2400
        if typing:
            last_input = clock.monotonic()
        tracker.observe_idle(clock.monotonic() - last_input)
        samples_per_minute[int(elapsed // 60)] = samples_per_minute.get(int(elapsed // 60), 0) + 1
        delay = tracker.next_sample_delay()
        assert delay is not None
        clock.advance(seconds=delay)
    assert max(samples_per_minute.values()) <= 12
    typing_minutes = [samples_per_minute.get(m, 0) for m in range(0, 19)]
    assert max(typing_minutes) <= 1


def test_invalid_thresholds_are_refused(clock: FakeClock) -> None:
    with pytest.raises(ValueError):
        AwayTracker(clock.monotonic, away_after=0)
    tracker = AwayTracker(clock.monotonic, away_after=60)
    with pytest.raises(ValueError):
        tracker.set_away_after(-1)
    tracker.set_away_after(120)
    assert tracker.observe_idle(100.0) is None
