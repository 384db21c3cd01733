"""Holds for calls, calendar events and app rules: precedence, the grace after a call, the daily
cap, a calendar event's end waking the engine, "remind me anyway" and the hold log rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from desktop.core.events import Activity, Kind, Outcome
from desktop.core.holds import CalendarEvent, CallInUse, Conditions, HoldReason
from desktop.core.policy import ReminderPolicy
from desktop.core.reminder_state import State
from desktop.core.settings import KindSettings, QuietTimesSettings, Settings
from tests.fakes import FakeClock

CALM = Conditions(idle_seconds=30.0)
MIC = CallInUse("microphone", "Firefox")
IN_CALL = Conditions(idle_seconds=30.0, call=MIC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def policy_for(clock: FakeClock, grace: int = 2, cap: int = 180) -> ReminderPolicy:
    off = KindSettings(enabled=False)
    settings = Settings(
        posture=KindSettings(interval_minutes=20),
        hydration=off,
        stretch=off,
        quiet_times=QuietTimesSettings(call_grace_minutes=grace, hold_cap_minutes_per_day=cap),
    )
    policy = ReminderPolicy(settings, clock)
    clock.advance(minutes=20)  # posture falls due
    return policy


def hold_logs(policy: ReminderPolicy) -> list[dict[str, object]]:
    events = policy.holds.take_finished()
    assert all(e.kind is Activity.HOLD and e.outcome is Outcome.ENDED for e in events)
    return [e.details for e in events]


@pytest.mark.parametrize(
    ("conditions", "reason"),
    [
        (
            Conditions(
                busy=HoldReason.FULLSCREEN,
                idle_seconds=0.1,
                call=MIC,
                calendar=CalendarEvent("Weekly sync", FakeClock().now() + timedelta(hours=2)),
                app="zoom",
            ),
            HoldReason.CALL,
        ),
        (
            Conditions(
                busy=HoldReason.FULLSCREEN,
                idle_seconds=0.1,
                calendar=CalendarEvent("Weekly sync", FakeClock().now() + timedelta(hours=2)),
                app="zoom",
            ),
            HoldReason.CALENDAR,
        ),
        (Conditions(busy=HoldReason.DO_NOT_DISTURB, idle_seconds=0.1, app="zoom"), HoldReason.APP),
        (Conditions(busy=HoldReason.DO_NOT_DISTURB, idle_seconds=0.1), HoldReason.DO_NOT_DISTURB),
        (Conditions(idle_seconds=0.1), HoldReason.TYPING),
    ],
)
def test_precedence_call_over_calendar_over_app_over_busy_over_typing(
    clock: FakeClock, conditions: Conditions, reason: HoldReason
) -> None:
    policy = policy_for(clock)
    assert policy.due(conditions) is None
    hold = policy.upcoming().hold
    assert hold is not None and hold.reason is reason


def test_meeting_mode_outranks_a_call(clock: FakeClock) -> None:
    policy = policy_for(clock)
    policy.start_meeting(None)
    assert policy.due(IN_CALL) is None
    assert policy.upcoming().state is State.MEETING
    assert policy.holds.current is not None and policy.holds.current.reason is HoldReason.MEETING


def test_a_call_holds_while_it_lasts_then_the_grace_then_the_reminder_comes(clock: FakeClock) -> None:
    policy = policy_for(clock, grace=2)
    for _ in range(30):  # a half-hour call: no per-reminder cap as for fullscreen
        assert policy.due(IN_CALL) is None
        hold = policy.upcoming().hold
        assert hold is not None and (hold.reason, hold.detail, hold.device) == (
            HoldReason.CALL,
            "Firefox",
            "microphone",
        )
        assert policy.next_wakeup() == clock.now() + timedelta(minutes=1)  # looks again each minute
        clock.advance(minutes=1)
    ended = clock.now()
    assert policy.due(CALM) is None  # the call ended just now: the grace runs
    assert policy.next_wakeup() == ended + timedelta(minutes=2)
    clock.advance(minutes=1)
    assert policy.due(CALM) is None  # still in the grace
    assert policy.next_wakeup() == ended + timedelta(minutes=2)  # the grace counts from the end
    clock.advance(minutes=1)
    prompt = policy.due(CALM)
    assert prompt is not None and not prompt.quiet and prompt.primary is Kind.POSTURE
    [logged] = hold_logs(policy)
    assert logged == {
        "reason": "call",
        "seconds": 32 * 60,
        "ended": "shown",
        "detail": "Firefox",
        "device": "microphone",
    }


def test_a_call_that_comes_back_in_the_grace_holds_again(clock: FakeClock) -> None:
    policy = policy_for(clock, grace=2)
    assert policy.due(IN_CALL) is None
    clock.advance(minutes=1)
    assert policy.due(CALM) is None
    clock.advance(minutes=1)
    assert policy.due(IN_CALL) is None  # back on the call
    clock.advance(minutes=2)
    assert policy.due(CALM) is None  # a fresh grace from this end
    clock.advance(minutes=2)
    assert policy.due(CALM) is not None


def test_the_daily_cap_lets_a_reminder_come_quietly_after_a_day_of_calls(clock: FakeClock) -> None:
    policy = policy_for(clock, cap=30)
    for _ in range(30):
        assert policy.due(IN_CALL) is None
        clock.advance(minutes=1)
    prompt = policy.due(IN_CALL)  # 30 minutes held today: the cap is used up
    assert prompt is not None and prompt.quiet
    assert policy.holds.held_today(clock.now()) == 30 * 60
    assert hold_logs(policy)[0]["ended"] == "quiet"
    policy.answer(Outcome.DONE)
    clock.advance(minutes=20)
    again = policy.due(IN_CALL)  # the next one the same day does not wait at all
    assert again is not None and again.quiet


def test_the_cap_is_per_day(clock: FakeClock) -> None:
    policy = policy_for(clock, cap=10)
    for _ in range(10):
        policy.due(IN_CALL)
        clock.advance(minutes=1)
    assert policy.due(IN_CALL) is not None
    policy.answer(Outcome.DONE)
    clock.advance(minutes=24 * 60)  # the next day (the natural break resets the counters too)
    clock.advance(minutes=20)
    assert policy.due(IN_CALL) is None  # a fresh day's holding


def test_the_retry_never_passes_the_moment_the_cap_runs_out(clock: FakeClock) -> None:
    policy = policy_for(clock, cap=15)
    end = clock.now() + timedelta(hours=2)
    assert policy.due(Conditions(calendar=CalendarEvent("All hands", end))) is None
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=15)


def test_a_calendar_event_holds_until_its_end_which_wakes_the_engine(clock: FakeClock) -> None:
    policy = policy_for(clock)
    end = clock.now() + timedelta(minutes=40)
    meeting = Conditions(idle_seconds=30.0, calendar=CalendarEvent("Weekly sync", end))
    assert policy.due(meeting) is None
    upcoming = policy.upcoming()
    assert upcoming.state is State.HELD and upcoming.until == end
    assert upcoming.hold is not None and upcoming.hold.detail == "Weekly sync"
    assert policy.next_wakeup() == end  # no looking every minute in between
    clock.advance(minutes=40)
    assert policy.due(CALM) is not None
    assert hold_logs(policy)[0] == {
        "reason": "calendar",
        "seconds": 2400,
        "ended": "shown",
        "detail": "Weekly sync",
    }


def test_an_app_rule_holds_and_is_rechecked_each_minute(clock: FakeClock) -> None:
    policy = policy_for(clock)
    assert policy.due(Conditions(app="obs")) is None
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=1)
    clock.advance(minutes=1)
    assert policy.due(CALM) is not None


def test_remind_anyway_shows_the_held_reminder_now_and_logs_the_hold(clock: FakeClock) -> None:
    policy = policy_for(clock)
    assert policy.remind_anyway() is None  # nothing held yet
    assert policy.due(IN_CALL) is None
    clock.advance(minutes=3)
    prompt = policy.remind_anyway()
    assert prompt is not None and not prompt.quiet and policy.upcoming().state is State.REMINDER_WAITING
    assert hold_logs(policy)[0]["ended"] == "anyway"


def test_a_change_of_reason_logs_each_stretch(clock: FakeClock) -> None:
    policy = policy_for(clock, grace=0)
    end = clock.now() + timedelta(minutes=10)
    assert policy.due(replace(IN_CALL, calendar=CalendarEvent("Sync", end))) is None
    clock.advance(minutes=5)
    assert policy.due(Conditions(calendar=CalendarEvent("Sync", end))) is None
    clock.advance(minutes=5)
    assert policy.due(CALM) is not None
    logs = hold_logs(policy)
    assert [(log["reason"], log["seconds"], log["ended"]) for log in logs] == [
        ("call", 300, "changed"),
        ("calendar", 300, "shown"),
    ]
    assert policy.holds.held_today(clock.now()) == 600


def test_typing_holds_are_not_logged(clock: FakeClock) -> None:
    policy = policy_for(clock)
    assert policy.due(Conditions(idle_seconds=0.5)) is None
    clock.advance(seconds=3)
    assert policy.due(CALM) is not None
    assert hold_logs(policy) == []
