"""The reminder policy under a fake clock: no Qt, no waiting."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.core.events import Kind, Outcome
from desktop.core.policy import ReminderPolicy
from desktop.core.settings import KindSettings, Settings, WorkingHoursSettings
from tests.fakes import FakeClock


def only(kind: Kind, interval: int = 20, snooze: int = 5, **extra: object) -> Settings:
    """Settings with just one kind switched on, so a test speaks about one timer."""
    off = KindSettings(enabled=False)
    settings = Settings(movement=off, posture=off, hydration=off, stretch=off, **extra)  # type: ignore[arg-type]
    return settings.with_kind(
        kind, KindSettings(enabled=True, interval_minutes=interval, snooze_minutes=snooze)
    )


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
    # The next wake-up is when the card goes away unanswered (the default popup timeout, 60 s).
    assert policy.next_wakeup() == clock.now() - timedelta(minutes=3) + timedelta(seconds=60)
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
    # "Done" on the stretch card credits the carried items only with what was done with them: nothing here.
    assert [e.outcome for e in events] == ["done", "skipped", "skipped"]
    assert events[1].details == {"merged_into": "stretch"}
    assert events[2].due_at == clock.now()
    assert events[0].due_at == clock.now() + timedelta(minutes=2)


def test_reminders_further_apart_do_not_merge(clock: FakeClock) -> None:
    settings = Settings(
        posture=KindSettings(interval_minutes=20),
        hydration=KindSettings(interval_minutes=23),
        stretch=KindSettings(enabled=False),
        movement=KindSettings(enabled=False),
    )
    policy = ReminderPolicy(settings, clock)
    clock.advance(minutes=20)
    prompt = policy.due()
    assert prompt is not None and prompt.kinds == (Kind.POSTURE,)


def test_disabled_kind_never_fires(clock: FakeClock) -> None:
    settings = Settings(
        movement=KindSettings(enabled=False),
        posture=KindSettings(enabled=False),
        hydration=KindSettings(enabled=False),
        stretch=KindSettings(enabled=False),
    )
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


def test_a_new_pause_while_paused_replaces_the_pause(clock: FakeClock) -> None:
    policy = ReminderPolicy(only(Kind.POSTURE, interval=20), clock)
    clock.advance(minutes=10)
    policy.pause(clock.now() + timedelta(minutes=30))
    clock.advance(minutes=5)
    longer = clock.now() + timedelta(hours=2)
    assert policy.pause(longer) == []  # nothing on screen to put off, nothing logged twice
    assert policy.upcoming().paused_until == longer and policy.next_wakeup() == longer
    clock.advance(minutes=30)  # the first pause's end passes: still paused
    assert policy.due() is None and policy.upcoming().paused
    shorter = clock.now() + timedelta(minutes=1)
    policy.pause(shorter)  # and back to a shorter one
    clock.advance(minutes=1)
    assert policy.due() is None and not policy.upcoming().paused
    # The 10 minutes of work before the first pause still count: 10 are left.
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=10)


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
    assert sorted(e.kind for e in events) == ["hydration", "movement", "posture", "stretch"]
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
    assert {e.outcome for e in events} == {"natural"} and len(events) == 4
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


# ---- working hours ----------------------------------------------------------------------------


def office(**days: str) -> Settings:
    hours = WorkingHoursSettings(enabled=True, **days)
    return replace(only(Kind.POSTURE, interval=20), working_hours=hours)


def at(clock: FakeClock, local: str) -> None:
    """Move the fake clock (wall and monotonic) to a Berlin wall time."""
    target = datetime.fromisoformat(local).replace(tzinfo=clock.zone)
    clock.advance(seconds=(target - clock.now()).total_seconds())


def berlin(local: str) -> datetime:
    return datetime.fromisoformat(local).replace(tzinfo=FakeClock().zone)


def test_nothing_fires_outside_working_hours_and_the_tray_says_when_they_resume(clock: FakeClock) -> None:
    at(clock, "2026-11-23 18:30")  # a Monday evening
    policy = ReminderPolicy(office(), clock)
    upcoming = policy.upcoming()
    assert upcoming.off_hours_until == berlin("2026-11-24 09:00")
    assert upcoming.next_at == berlin("2026-11-24 09:20")
    at(clock, "2026-11-24 08:59")
    assert policy.due() is None
    at(clock, "2026-11-24 09:20")
    prompt = policy.due()
    assert prompt is not None and prompt.kinds == (Kind.POSTURE,)


def test_work_time_stops_at_the_end_of_hours_and_lunch_starts_afresh(clock: FakeClock) -> None:
    at(clock, "2026-11-23 12:20")
    policy = ReminderPolicy(office(), clock)
    # 10 minutes of the morning left; then lunch (12:30-13:30) is a break, so 13:50 and not 13:40.
    assert policy.next_wakeup() == berlin("2026-11-23 12:30")  # the tray turns to "off hours" on time
    at(clock, "2026-11-23 12:30")
    assert policy.due() is None
    assert policy.upcoming().off_hours_until == berlin("2026-11-23 13:30")
    assert policy.upcoming().next_at == berlin("2026-11-23 13:50")
    at(clock, "2026-11-23 13:40")
    assert policy.due() is None
    assert policy.next_wakeup() == berlin("2026-11-23 13:50")


def test_short_gap_between_ranges_keeps_the_count(clock: FakeClock) -> None:
    at(clock, "2026-11-23 09:00")
    policy = ReminderPolicy(office(monday="09:00-10:00, 10:02-12:00"), clock)
    at(clock, "2026-11-23 09:50")
    assert policy.due() is not None
    policy.answer(Outcome.DONE)
    at(clock, "2026-11-23 10:08")
    assert policy.next_wakeup() == berlin("2026-11-23 10:12")  # 10 + 2-minute gap + 10


def test_pause_until_tomorrow_resumes_at_the_next_working_start(clock: FakeClock) -> None:
    at(clock, "2026-11-27 15:00")  # a Friday
    policy = ReminderPolicy(office(), clock)
    assert policy.start_of_tomorrow() == berlin("2026-11-30 09:00")  # the weekend has no hours


def test_working_hours_follow_a_time_zone_change(clock: FakeClock) -> None:
    at(clock, "2026-11-23 17:50")  # Berlin, ten minutes before the end of the day
    policy = ReminderPolicy(office(), clock)
    assert policy.upcoming().off_hours_until is None
    clock.zone = ZoneInfo("America/New_York")  # flew west: it is 11:50 there, not 17:50
    assert policy.upcoming().off_hours_until is None
    assert policy.next_wakeup() == datetime(2026, 11, 23, 17, 10, tzinfo=UTC)  # 12:10 in New York
    clock.advance(minutes=50)  # 12:40 in New York: lunch there
    assert policy.upcoming().off_hours_until == datetime(2026, 11, 23, 18, 30, tzinfo=UTC)


def test_working_hours_across_dst(clock: FakeClock) -> None:
    clock._now = datetime(2026, 3, 28, 20, 0, tzinfo=UTC)  # Saturday evening; Sunday springs forward
    policy = ReminderPolicy(office(sunday="01:00-04:00"), clock)
    # 01:00-04:00 on the 29th has 02:00-03:00 missing: 2 hours of work, from 00:00 to 02:00 UTC.
    week = policy.settings.working_hours.week()
    assert week is not None
    day = (datetime(2026, 3, 28, 23, 0, tzinfo=UTC), datetime(2026, 3, 29, 3, 0, tzinfo=UTC))
    assert week.working_seconds_between(*day, clock.zone) == 2 * 3600
    assert policy.upcoming().next_at == datetime(2026, 3, 29, 0, 20, tzinfo=UTC)


# ---- away ------------------------------------------------------------------------------------


def test_while_away_nothing_counts_and_nothing_fires(clock: FakeClock) -> None:
    policy = ReminderPolicy(only(Kind.POSTURE, interval=20), clock)
    clock.advance(minutes=15)
    policy.user_left(idle_seconds=60)  # last input a minute ago
    assert policy.next_wakeup() is None
    clock.advance(minutes=3)
    assert not policy.is_due() and policy.due() is None
    assert policy.user_returned(away_seconds=4 * 60) == []  # short: not a break, not work either
    # 14 minutes of work so far (15 minus the idle minute): 6 are left.
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=6)


def test_return_after_a_long_absence_is_a_natural_break_without_double_counting(clock: FakeClock) -> None:
    policy = ReminderPolicy(only(Kind.POSTURE, interval=20), clock)
    clock.advance(minutes=19)
    policy.user_left(idle_seconds=60)
    clock.advance(minutes=30)
    [event] = policy.user_returned(away_seconds=31 * 60)
    assert event.outcome == "natural"
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=20)


def test_a_merged_answer_credits_each_item_with_what_the_user_did(clock: FakeClock) -> None:
    settings = Settings(
        posture=KindSettings(interval_minutes=20),
        hydration=KindSettings(interval_minutes=20),
        stretch=KindSettings(enabled=False),
    )
    policy = ReminderPolicy(settings, clock)
    clock.advance(minutes=20)
    prompt = policy.due()
    assert prompt is not None and prompt.kinds == (Kind.HYDRATION, Kind.POSTURE)
    events = policy.answer(Outcome.DONE, {"ml": 250, "merged": {"posture": {"fixed": []}}})
    assert [(e.kind, e.outcome, e.details) for e in events] == [
        ("hydration", "done", {"ml": 250}),
        ("posture", "skipped", {"merged_into": "hydration", "fixed": []}),
    ]
    clock.advance(minutes=20)
    assert policy.due() is not None
    events = policy.answer(Outcome.DONE, {"ml": 500, "merged": {"posture": {"fixed": ["shoulders"]}}})
    assert [(e.kind, e.outcome) for e in events] == [("hydration", "done"), ("posture", "done")]
    assert events[1].details == {"merged_into": "hydration", "fixed": ["shoulders"]}
