"""The reminder policy under a fake clock: no Qt, no waiting."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.events import Kind, Outcome
from desktop.core.policy import ReminderPolicy
from desktop.core.settings import KindSettings, Settings
from tests.fakes import FakeClock


def only(kind: Kind, interval: int = 20, snooze: int = 5, **extra: object) -> Settings:
    """Settings with just one kind switched on, so a test speaks about one timer."""
    off = KindSettings(enabled=False)
    settings = Settings(posture=off, hydration=off, stretch=off, **extra)  # type: ignore[arg-type]
    return settings.with_kind(kind, KindSettings(enabled=True, interval_minutes=interval, snooze_minutes=snooze))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_reminder_falls_due_after_its_interval_of_work(clock: FakeClock) -> None:
    policy = ReminderPolicy(only(Kind.POSTURE, interval=20), clock)
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=20)
    clock.advance(minutes=19, seconds=59)
    assert policy.due() is None
    clock.advance(seconds=1)
    prompt = policy.due()
    assert prompt is not None and prompt.kinds == (Kind.POSTURE,)
    assert prompt.due_at == (clock.now(),)


def test_pending_prompt_is_not_shown_twice_and_done_restarts_the_interval(clock: FakeClock) -> None:
    policy = ReminderPolicy(only(Kind.POSTURE, interval=20), clock)
    clock.advance(minutes=20)
    assert policy.due() is not None
    clock.advance(minutes=3)  # the popup is on screen; its timer does not run on
    assert policy.due() is None
    assert policy.next_wakeup() is None
    [event] = policy.answer(Outcome.DONE, {"checked": ["feet"]})
    assert (event.kind, event.outcome, event.details) == ("posture", "done", {"checked": ["feet"]})
    assert event.answered_at == clock.now()
    assert event.local_day == "2026-11-23"
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=20)


def test_snooze_brings_it_back_after_the_snooze_length(clock: FakeClock) -> None:
    policy = ReminderPolicy(only(Kind.HYDRATION, interval=45, snooze=5), clock)
    clock.advance(minutes=45)
    assert policy.due() is not None
    [event] = policy.answer(Outcome.SNOOZED)
    assert event.outcome == "snoozed"
    clock.advance(minutes=4, seconds=59)
    assert policy.due() is None
    clock.advance(seconds=1)
    assert policy.due() is not None


def test_skip_and_missed_restart_the_full_interval(clock: FakeClock) -> None:
    policy = ReminderPolicy(only(Kind.STRETCH, interval=30), clock)
    for outcome in (Outcome.SKIPPED, Outcome.MISSED):
        clock.advance(minutes=30)
        assert policy.due() is not None
        [event] = policy.answer(outcome)
        assert event.outcome == outcome.value
        clock.advance(minutes=29)
        assert policy.due() is None
        clock.advance(minutes=1)
        assert policy.due() is not None
        policy.answer(Outcome.DONE)


def test_reminders_due_within_two_minutes_merge_into_the_bigger_one(clock: FakeClock) -> None:
    settings = Settings(
        posture=KindSettings(interval_minutes=20),
        hydration=KindSettings(interval_minutes=21),
        stretch=KindSettings(interval_minutes=22),
    )
    policy = ReminderPolicy(settings, clock)
    clock.advance(minutes=20)
    prompt = policy.due()
    assert prompt is not None
    assert prompt.kinds == (Kind.STRETCH, Kind.HYDRATION, Kind.POSTURE)
    assert prompt.primary is Kind.STRETCH
    events = policy.answer(Outcome.DONE, {"moves": 3})
    assert [e.kind for e in events] == ["stretch", "hydration", "posture"]
    assert events[0].details == {"moves": 3}
    assert events[1].details == {"merged_into": "stretch"}
    assert events[2].due_at == clock.now()
    assert events[0].due_at == clock.now() + timedelta(minutes=2)


def test_reminders_further_apart_do_not_merge(clock: FakeClock) -> None:
    settings = Settings(
        posture=KindSettings(interval_minutes=20),
        hydration=KindSettings(interval_minutes=23),
        stretch=KindSettings(enabled=False),
    )
    policy = ReminderPolicy(settings, clock)
    clock.advance(minutes=20)
    prompt = policy.due()
    assert prompt is not None and prompt.kinds == (Kind.POSTURE,)


def test_disabled_kind_never_fires(clock: FakeClock) -> None:
    settings = Settings(posture=KindSettings(enabled=False), hydration=KindSettings(enabled=False),
                        stretch=KindSettings(enabled=False))
    policy = ReminderPolicy(settings, clock)
    clock.advance(minutes=600)
    assert policy.due() is None
    assert policy.next_wakeup() is None
    assert policy.upcoming().next_kind is None


def test_pause_stops_the_count_and_resumes_by_itself(clock: FakeClock) -> None:
    policy = ReminderPolicy(only(Kind.POSTURE, interval=20), clock)
    clock.advance(minutes=10)
    until = clock.now() + timedelta(minutes=30)
    policy.pause(until)
    assert policy.next_wakeup() == until
    upcoming = policy.upcoming()
    assert upcoming.paused and upcoming.paused_until == until and upcoming.next_at is None
    clock.advance(minutes=30)
    assert policy.due() is None
    assert not policy.upcoming().paused
    # 10 minutes of work were done before the pause; 10 are left after it.
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=10)


def test_pause_until_resumed_and_manual_resume(clock: FakeClock) -> None:
    policy = ReminderPolicy(only(Kind.POSTURE, interval=20), clock)
    policy.pause(None)
    assert policy.next_wakeup() is None
    clock.advance(minutes=500)
    assert policy.due() is None
    policy.resume()
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=20)


def test_pausing_puts_off_the_prompt_on_screen(clock: FakeClock) -> None:
    policy = ReminderPolicy(only(Kind.POSTURE, interval=20, snooze=5), clock)
    clock.advance(minutes=20)
    assert policy.due() is not None
    [event] = policy.pause(None)
    assert (event.outcome, event.details) == ("snoozed", {"reason": "paused"})
    assert policy.pending is None
    policy.resume()
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=5)


def test_pause_until_tomorrow_is_local_midnight_across_dst(clock: FakeClock) -> None:
    # 2026-03-29 is the spring-forward day in Berlin: the day has 23 hours.
    clock._now = datetime(2026, 3, 28, 22, 30, tzinfo=UTC)  # 23:30 CET on the 28th
    policy = ReminderPolicy(only(Kind.POSTURE), clock)
    assert policy.start_of_tomorrow() == datetime(2026, 3, 28, 23, 0, tzinfo=UTC)
    clock._now = datetime(2026, 3, 29, 8, 0, tzinfo=UTC)  # 10:00 CEST on the 29th
    assert policy.start_of_tomorrow() == datetime(2026, 3, 29, 22, 0, tzinfo=UTC)


def test_work_time_is_unaffected_by_a_dst_change(clock: FakeClock) -> None:
    clock._now = datetime(2026, 10, 25, 0, 50, tzinfo=UTC)  # 02:50 CEST, clocks go back at 03:00
    policy = ReminderPolicy(only(Kind.POSTURE, interval=20), clock)
    clock.advance(minutes=20)
    prompt = policy.due()
    assert prompt is not None
    [event] = policy.answer(Outcome.DONE)
    assert event.answered_at == datetime(2026, 10, 25, 1, 10, tzinfo=UTC)
    assert event.local_day == "2026-10-25"


def test_short_absence_is_not_counted_as_work(clock: FakeClock) -> None:
    policy = ReminderPolicy(only(Kind.POSTURE, interval=20), clock)
    clock.advance(minutes=10)
    clock.advance(minutes=3)  # the user stepped away for 3 minutes (threshold is 5)
    assert policy.user_returned(180) == []
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=10)


def test_long_absence_is_a_natural_break_for_every_kind(clock: FakeClock) -> None:
    policy = ReminderPolicy(Settings(), clock)
    clock.advance(minutes=15)
    events = policy.user_returned(6 * 60)
    assert sorted(e.kind for e in events) == ["hydration", "posture", "stretch"]
    assert {e.outcome for e in events} == {"natural"}
    assert events[0].details == {"reason": "away", "away_seconds": 360}
    assert policy.upcoming().next_at == clock.now() + timedelta(minutes=20)


def test_natural_break_closes_a_prompt_left_on_screen(clock: FakeClock) -> None:
    policy = ReminderPolicy(only(Kind.POSTURE, interval=20), clock)
    clock.advance(minutes=20)
    prompt = policy.due()
    assert prompt is not None
    clock.advance(minutes=10)
    [event] = policy.user_returned(10 * 60)
    assert (event.outcome, event.due_at, event.shown_at) == ("natural", prompt.due_at[0], prompt.shown_at)
    assert policy.pending is None


def test_long_sleep_resets_and_brings_no_burst_of_stale_reminders(clock: FakeClock) -> None:
    policy = ReminderPolicy(Settings(), clock)
    clock.advance(minutes=19)
    clock.sleep_machine(3 * 3600)
    events = policy.system_resumed(3 * 3600)
    assert {e.outcome for e in events} == {"natural"} and len(events) == 3
    assert policy.due() is None
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=20)


def test_short_sleep_does_not_count_as_work_or_as_a_break(clock: FakeClock) -> None:
    policy = ReminderPolicy(only(Kind.POSTURE, interval=20), clock)
    clock.advance(minutes=15)
    clock.sleep_machine(120)
    assert policy.system_resumed(120) == []
    # The monotonic clock stood still: 5 minutes of work are left, not 3 and not 20.
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=5)


def test_sleep_without_a_resume_signal_brings_no_burst(clock: FakeClock) -> None:
    """A lost resume event: the wall clock jumped, work time did not; nothing is overdue."""
    policy = ReminderPolicy(Settings(), clock)
    clock.advance(minutes=10)
    clock.sleep_machine(5 * 3600)
    assert policy.due() is None


def test_start_now_and_record_drink(clock: FakeClock) -> None:
    policy = ReminderPolicy(Settings(), clock)
    clock.advance(minutes=5)
    prompt = policy.start_now(Kind.STRETCH)
    assert prompt.kinds == (Kind.STRETCH,)
    assert policy.start_now(Kind.STRETCH) is prompt
    policy.answer(Outcome.DONE)
    clock.advance(minutes=10)
    event = policy.record_drink(250)
    assert (event.kind, event.outcome, event.details) == ("hydration", "done", {"ml": 250})
    policy.apply_settings(only(Kind.HYDRATION, interval=45))
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=45)


def test_new_interval_applies_at_once_and_keeps_work_done(clock: FakeClock) -> None:
    policy = ReminderPolicy(only(Kind.POSTURE, interval=20), clock)
    clock.advance(minutes=8)
    policy.apply_settings(only(Kind.POSTURE, interval=10))
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=2)
    policy.apply_settings(replace(only(Kind.POSTURE, interval=10), posture=KindSettings(enabled=False)))
    assert policy.next_wakeup() is None
    clock.advance(minutes=30)
    policy.apply_settings(only(Kind.POSTURE, interval=10))
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=10)


def test_upcoming_names_the_earliest_kind(clock: FakeClock) -> None:
    policy = ReminderPolicy(Settings(), clock)
    clock.advance(minutes=8)
    upcoming = policy.upcoming()
    assert upcoming.next_kind is Kind.POSTURE
    assert upcoming.next_at == clock.now() + timedelta(minutes=12)
