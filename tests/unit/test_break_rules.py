"""The long-break rules with the policy under a fake clock: cadence, heads-up, postpone limits,
strict mode, skip budget, break credit, natural breaks, merging and holds. No Qt, no waiting."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from desktop.core.break_rules import (
    BreakLedger,
    heads_up,
    is_strict,
    not_now,
    outcome_of,
    uses_break_screen,
)
from desktop.core.day_activity import DayActivity
from desktop.core.events import Kind, Outcome
from desktop.core.holds import Conditions, HoldReason
from desktop.core.policy import ReminderPolicy
from desktop.core.reminder_state import State
from desktop.core.settings import BreakSettings, KindSettings, Settings, settings_from_dict
from tests.fakes import FakeClock

OFF = KindSettings(enabled=False)


def movement_only(**breaks: object) -> Settings:
    return Settings(
        posture=OFF,
        hydration=OFF,
        stretch=OFF,
        breaks=replace(BreakSettings(), **breaks),  # type: ignore[arg-type]
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_defaults_a_five_minute_movement_break_every_hour_with_a_30_second_heads_up() -> None:
    settings = Settings()
    assert settings.movement == KindSettings(enabled=True, interval_minutes=60, snooze_minutes=5)
    assert settings.breaks.minutes == 5 and settings.breaks.heads_up_seconds == 30
    assert uses_break_screen(Kind.MOVEMENT, settings.breaks)
    assert not uses_break_screen(Kind.STRETCH, settings.breaks)
    assert not uses_break_screen(Kind.POSTURE, replace(settings.breaks, stretch_screen=True))
    assert uses_break_screen(Kind.STRETCH, replace(settings.breaks, stretch_screen=True))
    assert not is_strict(Kind.MOVEMENT, settings.breaks)
    # The group reads from the settings file like every other; a bad value falls back.
    read, problems = settings_from_dict({"breaks": {"heads_up_seconds": 0, "screens": "some"}})
    assert read.breaks.heads_up_seconds == 0 and read.breaks.screens == "all" and len(problems) == 1


def test_movement_break_falls_due_after_an_hour_of_work_and_can_be_switched_off(clock: FakeClock) -> None:
    policy = ReminderPolicy(movement_only(heads_up_seconds=0), clock)
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=60)
    clock.advance(minutes=59)
    assert policy.due() is None
    clock.advance(minutes=1)
    prompt = policy.due()
    assert prompt is not None and prompt.kinds == (Kind.MOVEMENT,)
    [event] = policy.answer(Outcome.DONE)
    assert (event.kind, event.outcome) == (Kind.MOVEMENT, Outcome.DONE)
    policy.apply_settings(replace(policy.settings, movement=OFF))
    clock.advance(minutes=600)
    assert policy.due() is None and policy.next_wakeup() is None


def test_the_policy_wakes_for_the_heads_up_and_says_what_comes(clock: FakeClock) -> None:
    policy = ReminderPolicy(movement_only(heads_up_seconds=30), clock)
    due_at = clock.now() + timedelta(minutes=60)
    assert policy.next_wakeup() == due_at - timedelta(seconds=30)
    clock.advance(minutes=59)
    assert heads_up(policy.schedule(), policy.settings, clock.now()) is None
    clock.advance(seconds=30)
    shown = heads_up(policy.schedule(), policy.settings, clock.now())
    assert shown is not None and (shown.kind, shown.due_at, shown.seconds_left) == (Kind.MOVEMENT, due_at, 30)
    assert policy.next_wakeup() == due_at  # then the break itself
    clock.advance(seconds=20)
    shown = heads_up(policy.schedule(), policy.settings, clock.now())
    assert shown is not None and shown.seconds_left == 10
    assert policy.due() is None
    clock.advance(seconds=10)
    assert policy.due() is not None


def test_no_heads_up_when_switched_off_or_for_a_card_kind(clock: FakeClock) -> None:
    policy = ReminderPolicy(movement_only(heads_up_seconds=0), clock)
    clock.advance(minutes=59, seconds=50)
    assert heads_up(policy.schedule(), policy.settings, clock.now()) is None
    settings = Settings(movement=OFF, hydration=OFF, stretch=OFF)
    posture = ReminderPolicy(settings, clock)
    assert posture.next_wakeup() == clock.now() + timedelta(minutes=20)  # no earlier wake-up
    clock.advance(minutes=19, seconds=50)
    assert heads_up(posture.schedule(), settings, clock.now()) is None


def test_not_now_postpones_without_opening_anything(clock: FakeClock) -> None:
    policy = ReminderPolicy(movement_only(), clock)
    clock.advance(minutes=59, seconds=40)
    [event] = not_now(policy, Kind.MOVEMENT)
    assert (event.outcome, event.details) == (Outcome.SNOOZED, {"reason": "heads_up"})
    assert policy.pending is None
    # Back after the snooze length (5 min), with its own heads-up first.
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=5) - timedelta(seconds=30)


def test_not_now_postpones_only_the_coming_break(clock: FakeClock) -> None:
    every_hour = KindSettings(interval_minutes=60)
    settings = replace(movement_only(), posture=replace(every_hour, interval_minutes=61))
    policy = ReminderPolicy(settings, clock)
    clock.advance(minutes=59, seconds=40)
    [event] = not_now(policy, Kind.MOVEMENT)  # the posture due a minute later is not logged
    assert event.kind is Kind.MOVEMENT and event.due_at == clock.now() + timedelta(seconds=20)
    assert dict(policy.schedule())[Kind.POSTURE] == clock.now() + timedelta(minutes=1, seconds=20)
    clock.advance(minutes=1, seconds=20)
    prompt = policy.due()
    assert prompt is not None and prompt.kinds == (Kind.POSTURE,)  # still due, on its own


def test_heads_up_and_break_wait_while_a_hold_is_on(clock: FakeClock) -> None:
    policy = ReminderPolicy(movement_only(), clock)
    policy.start_meeting(None)
    clock.advance(minutes=59, seconds=45)
    assert policy.upcoming().state is State.MEETING  # the engine shows no heads-up then
    clock.advance(minutes=1)
    assert policy.due() is None  # held like every reminder
    policy.end_meeting()
    fullscreen = Conditions(busy=HoldReason.FULLSCREEN)
    assert policy.due(fullscreen) is None  # a presentation or a game holds it too
    assert policy.upcoming().state is State.HELD
    assert policy.due() is not None


def test_the_movement_break_absorbs_a_smaller_reminder_due_near_it(clock: FakeClock) -> None:
    settings = Settings(
        posture=KindSettings(interval_minutes=59),
        hydration=OFF,
        stretch=OFF,
        breathing_break=OFF,
    )
    policy = ReminderPolicy(replace(settings, breaks=BreakSettings(heads_up_seconds=0)), clock)
    clock.advance(minutes=59)  # posture is due; the movement break a minute later takes it in
    prompt = policy.due()
    assert prompt is not None and prompt.kinds == (Kind.MOVEMENT, Kind.POSTURE)
    events = policy.answer(Outcome.DONE)
    assert [(e.kind, e.details) for e in events] == [
        (Kind.MOVEMENT, {}),
        (Kind.POSTURE, {"merged_into": "movement"}),
    ]


def test_being_away_as_long_as_the_break_resets_it(clock: FakeClock) -> None:
    policy = ReminderPolicy(movement_only(), clock)
    clock.advance(minutes=50)
    events = policy.user_returned(5 * 60)
    assert [(e.kind, e.outcome) for e in events] == [(Kind.MOVEMENT, Outcome.NATURAL)]
    assert policy.next_wakeup() == clock.now() + timedelta(minutes=60) - timedelta(seconds=30)


def ledger_with(clock: FakeClock, **breaks: object) -> tuple[ReminderPolicy, BreakLedger]:
    settings = movement_only(heads_up_seconds=0, **breaks)
    return ReminderPolicy(settings, clock), BreakLedger(settings.breaks)


def test_strict_mode_limits_postpones_and_never_skips(clock: FakeClock) -> None:
    policy, ledger = ledger_with(clock, movement_strict=True, strict_postpones=2)
    day = "2026-11-23"
    assert not ledger.may_skip(Kind.MOVEMENT, day)
    for _ in range(2):
        assert ledger.may_postpone(Kind.MOVEMENT, day)
        clock.advance(minutes=60)
        assert policy.due() is not None
        for event in policy.answer(Outcome.SNOOZED, {}):
            ledger.record(event)
        clock.advance(minutes=5)
        assert policy.due() is not None
        for event in policy.answer(Outcome.DONE):
            ledger.record(event)
    assert not ledger.may_postpone(Kind.MOVEMENT, day)
    assert ledger.may_postpone(Kind.MOVEMENT, "2026-11-24")  # a new day, a new allowance
    assert ledger.may_postpone(Kind.STRETCH, day)  # strict is per kind


def test_the_emergency_exit_is_logged_but_uses_no_skip(clock: FakeClock) -> None:
    policy, ledger = ledger_with(clock, movement_strict=True, skip_budget=True, skips_per_day=1)
    clock.advance(minutes=60)
    assert policy.due() is not None
    [event] = policy.answer(Outcome.SKIPPED, {"emergency_exit": True})
    ledger.record(event)
    assert event.details == {"emergency_exit": True}
    assert ledger.skips_left(event.local_day) == 1
    assert ledger.owed(event.local_day) == 1  # it can still be made up


def test_skip_budget_counts_down_and_then_allows_no_skip(clock: FakeClock) -> None:
    policy, ledger = ledger_with(clock, skip_budget=True, skips_per_day=2)
    day = "2026-11-23"
    assert ledger.skips_left(day) == 2
    for left in (1, 0):
        clock.advance(minutes=60)
        assert policy.due() is not None
        for event in policy.answer(Outcome.SKIPPED, {}):
            ledger.record(event)
        assert ledger.skips_left(day) == left
    assert not ledger.may_skip(Kind.MOVEMENT, day)
    assert BreakLedger(BreakSettings()).skips_left(day) is None  # no budget: the tray says nothing


def test_a_missed_break_can_be_made_up_and_counts_as_taken(clock: FakeClock) -> None:
    policy, ledger = ledger_with(clock)
    clock.advance(minutes=60)
    assert policy.due() is not None
    clock.advance(seconds=policy.settings.popup_timeout_seconds)
    [missed] = policy.expire()
    ledger.record(missed)
    day = missed.local_day
    assert missed.outcome is Outcome.MISSED and ledger.owed(day) == 1
    # A calm moment: offered only when the next break is not about to come anyway.
    assert not ledger.offer_now(day, seconds_to_next_break=5 * 60, calm_seconds=15 * 60)
    assert ledger.offer_now(day, seconds_to_next_break=40 * 60, calm_seconds=15 * 60)
    clock.advance(minutes=20)
    policy.start_now(Kind.MOVEMENT)  # "Make up a break"
    [made_up] = policy.answer(outcome_of(Outcome.DONE, making_up=True))
    ledger.record(made_up)
    assert made_up.outcome is Outcome.MADE_UP and ledger.owed(day) == 0
    assert not ledger.offer_now(day, None, 0)
    assert outcome_of(Outcome.SNOOZED, making_up=True) is Outcome.SNOOZED


def test_made_up_breaks_count_in_the_daily_statistics() -> None:
    from desktop.core.day_activity import COLUMN_NAMES

    sums = [0] * (len(COLUMN_NAMES))
    sums[COLUMN_NAMES.index("movement_made_up")] = 1
    sums[COLUMN_NAMES.index("movement_missed")] = 1
    day = DayActivity.from_row(("2026-11-23", *sums))
    assert day.breaks_taken == 1 and day.breaks_declined == 1
    assert day.count(Kind.MOVEMENT, Outcome.MADE_UP) == 1
