"""The daily sitting view from the log: work time, movement breaks, the longest unbroken stretch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from desktop.core.events import Activity, Event, EventKind, Kind, Outcome
from desktop.core.sitting import SittingDay, sitting_day

DAY = "2026-11-23"
NINE = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # 09:00 in Berlin


def at(minutes: float, kind: EventKind, outcome: Outcome, **details: Any) -> Event:
    return Event(kind, outcome, DAY, answered_at=NINE + timedelta(minutes=minutes), details=details)


def test_no_events_no_figures() -> None:
    assert sitting_day(DAY, []) == SittingDay(DAY, 0.0, 0, 0.0)


def test_breaks_split_the_day_into_stretches() -> None:
    events = [
        at(0, Kind.POSTURE, Outcome.DONE),  # the day's first thing logged: sitting from here
        at(65, Kind.MOVEMENT, Outcome.DONE, seconds=300),  # 60 min sat, then a 5 min break
        at(95, Kind.STRETCH, Outcome.DONE),  # a stretch break (no length logged): 30 min sat
        at(100, Kind.POSTURE, Outcome.SKIPPED),  # not a break
        at(190, Kind.MOVEMENT, Outcome.NATURAL, away_seconds=20 * 60),  # 75 min sat, then 20 away
        at(230, Kind.MOVEMENT, Outcome.MADE_UP, seconds=300),  # 35 min sat
        at(260, Activity.TENSION, Outcome.RATED),  # the last thing logged: 30 min sat
    ]
    day = sitting_day(DAY, reversed(events))
    assert day.movement_breaks == 3  # done, natural and made up all count
    assert day.longest_stretch_seconds == 75 * 60
    assert day.worked_seconds == (60 + 30 + 75 + 35 + 30) * 60


def test_a_merged_reminder_is_not_a_second_break_and_other_days_are_left_out() -> None:
    events = [
        at(0, Kind.POSTURE, Outcome.DONE),
        at(60, Kind.MOVEMENT, Outcome.DONE),
        at(60, Kind.STRETCH, Outcome.DONE, merged_into="movement"),
        at(120, Kind.HYDRATION, Outcome.DONE, ml=250),
        Event(Kind.MOVEMENT, Outcome.DONE, "2026-11-22", answered_at=NINE - timedelta(hours=20)),
    ]
    day = sitting_day(DAY, events)
    assert (day.movement_breaks, day.longest_stretch_seconds, day.worked_seconds) == (1, 3600.0, 7200.0)


def test_a_skipped_or_missed_break_does_not_end_the_stretch() -> None:
    events = [
        at(0, Kind.POSTURE, Outcome.DONE),
        at(60, Kind.MOVEMENT, Outcome.SKIPPED),
        at(120, Kind.MOVEMENT, Outcome.MISSED),
        at(150, Kind.MOVEMENT, Outcome.DONE, seconds=True),  # a bad length is no length
    ]
    day = sitting_day(DAY, events)
    assert day.movement_breaks == 1 and day.longest_stretch_seconds == 150 * 60
