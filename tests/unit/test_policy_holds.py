"""The policy's holds, meeting mode, prompt expiry and the precedence of states, on a fake clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.core.events import Kind, Outcome
from desktop.core.holds import Conditions, HoldReason
from desktop.core.policy import ReminderPolicy
from desktop.core.reminder_state import State
from desktop.core.settings import KindSettings, Settings
from tests.fakes import FakeClock

FULLSCREEN = Conditions(busy=HoldReason.FULLSCREEN, idle_seconds=30.0)
TYPING = Conditions(idle_seconds=0.5)
CALM = Conditions(idle_seconds=30.0)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def posture_only(**extra: object) -> Settings:
    off = KindSettings(enabled=False)
    return Settings(  # type: ignore[arg-type]
        posture=KindSettings(interval_minutes=20), hydration=off, stretch=off, **extra
    )


def test_a_busy_screen_holds_a_due_reminder_and_says_why_and_until_when(clock: FakeClock) -> None:
    policy = ReminderPolicy(posture_only(busy_defer_minutes=30), clock)
    clock.advance(minutes=20)
    due_at = clock.now()
    assert policy.due(FULLSCREEN) is None
    upcoming = policy.upcoming()
    assert upcoming.state is State.HELD
    assert upcoming.hold is not None and upcoming.hold.reason is HoldReason.FULLSCREEN
    assert upcoming.until == due_at + timedelta(minutes=30)  # then it comes anyway, quietly
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=1)  # looks again in a minute
    clock.advance(minutes=1)
    prompt = policy.due(CALM)
    assert prompt is not None and not prompt.quiet
    assert policy.upcoming().state is State.REMINDER_WAITING


def test_held_to_the_limit_it_comes_quietly_and_unanswered_it_is_deferred_not_missed(
    clock: FakeClock,
) -> None:
    policy = ReminderPolicy(posture_only(busy_defer_minutes=10, popup_timeout_seconds=60), clock)
    clock.advance(minutes=20)
    for _ in range(10):
        assert policy.due(FULLSCREEN) is None
        clock.advance(minutes=1)
    prompt = policy.due(FULLSCREEN)
    assert prompt is not None and prompt.quiet
    assert policy.expire() == []  # not yet
    clock.advance(seconds=60)
    [event] = policy.expire()
    assert event.outcome is Outcome.DEFERRED


def test_an_unanswered_card_expires_as_missed_and_a_session_from_it_holds_it(clock: FakeClock) -> None:
    policy = ReminderPolicy(posture_only(popup_timeout_seconds=60), clock)
    clock.advance(minutes=20)
    prompt = policy.due(CALM)
    assert prompt is not None and policy.next_wakeup() == prompt.shown_at + timedelta(seconds=60)
    policy.hold_prompt(minutes=30)  # the user started its routine from the card
    clock.advance(minutes=29)
    assert policy.expire() == []
    clock.advance(minutes=1)
    [event] = policy.expire()
    assert event.outcome is Outcome.MISSED and policy.pending is None


def test_typing_holds_briefly_with_no_limit_shown(clock: FakeClock) -> None:
    policy = ReminderPolicy(posture_only(), clock)
    clock.advance(minutes=20)
    assert policy.due(TYPING) is None
    upcoming = policy.upcoming()
    assert upcoming.hold is not None and upcoming.hold.reason is HoldReason.TYPING
    assert upcoming.until is None
    clock.advance(seconds=30)  # a fast typist still gets it within half a minute
    assert policy.due(TYPING) is not None


def test_meeting_mode_holds_until_its_end_and_wins_over_a_busy_screen(clock: FakeClock) -> None:
    policy = ReminderPolicy(posture_only(), clock)
    policy.start_meeting(45)
    assert policy.upcoming().state is State.MEETING
    clock.advance(minutes=20)
    assert policy.due(FULLSCREEN) is None
    upcoming = policy.upcoming()
    assert upcoming.state is State.MEETING and upcoming.hold is not None
    assert upcoming.hold.reason is HoldReason.MEETING
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=25)  # the meeting's end, no polling
    clock.advance(minutes=25)
    assert policy.upcoming().meeting is None
    assert policy.due(CALM) is not None  # what fell due meanwhile comes now


def test_an_open_ended_meeting_waits_for_the_user(clock: FakeClock) -> None:
    policy = ReminderPolicy(posture_only(), clock)
    policy.start_meeting(None)
    clock.advance(minutes=300)
    assert policy.due(CALM) is None
    assert policy.next_wakeup() is None and policy.upcoming().until is None
    policy.end_meeting()
    assert policy.due(CALM) is not None


def test_precedence_waiting_then_paused_then_meeting(clock: FakeClock) -> None:
    policy = ReminderPolicy(posture_only(), clock)
    policy.start_meeting(None)
    policy.pause(None)
    assert policy.upcoming().state is State.PAUSED  # paused beats meeting
    policy.resume()
    policy.end_meeting()
    policy.start_now(Kind.POSTURE)
    policy.start_meeting(None)
    assert policy.upcoming().state is State.REMINDER_WAITING  # a card on screen beats both


def test_a_break_clears_a_hold_so_the_next_reminder_waits_afresh(clock: FakeClock) -> None:
    policy = ReminderPolicy(posture_only(busy_defer_minutes=30), clock)
    clock.advance(minutes=20)
    assert policy.due(FULLSCREEN) is None
    policy.user_returned(10 * 60)  # a natural break: nothing is due any more
    assert policy.upcoming().hold is None
    clock.advance(minutes=20)
    assert policy.due(FULLSCREEN) is None
    upcoming = policy.upcoming()
    assert upcoming.hold is not None and upcoming.until == clock.now() + timedelta(minutes=30)


def test_settings_the_policy_does_not_read_do_not_count_as_a_change(clock: FakeClock) -> None:
    from dataclasses import replace

    settings = posture_only()
    policy = ReminderPolicy(settings, clock)
    options = replace(settings.breathing, reduced_motion=True)
    assert policy.reads_the_same(replace(settings, breathing=options, language="de"))
    assert not policy.reads_the_same(replace(settings, busy_defer_minutes=5))
