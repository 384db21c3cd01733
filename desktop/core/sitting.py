"""The daily view of sitting: time worked, movement breaks taken, and the longest unbroken stretch.

Derived from the log, not from a new record: a stretch of sitting ends at every break taken (a
break kind done, made up, or taken naturally by being away), and the next one begins when that
break ends (a natural break began `away_seconds` before it was logged; a break-screen break lasted
its `seconds`). The day's first stretch begins at the first thing logged that day and the last
ends at the last, so both figures are a lower bound: time before the first reminder or after the
last one is not known to the log. Time away (natural breaks) is not counted as work.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.core.events import Event, Outcome
from desktop.core.kinds import Kind, spec

TAKEN = (Outcome.DONE, Outcome.MADE_UP, Outcome.NATURAL)


@dataclass(frozen=True)
class SittingDay:
    """One day's sitting from the log: work time, movement breaks taken, longest unbroken stretch."""

    day: str
    worked_seconds: float
    movement_breaks: int
    longest_stretch_seconds: float


def _break_span(event: Event) -> tuple[datetime, datetime] | None:
    """When a break taken began and ended, or None if the event is not one."""
    if event.answered_at is None or not isinstance(event.kind, Kind) or event.outcome not in TAKEN:
        return None
    if not spec(event.kind).is_break or "merged_into" in event.details:
        return None
    length = event.details.get("away_seconds" if event.outcome is Outcome.NATURAL else "seconds", 0)
    seconds = float(length) if isinstance(length, int | float) and not isinstance(length, bool) else 0.0
    return event.answered_at - timedelta(seconds=max(0.0, seconds)), event.answered_at


def sitting_day(day: str, events: Iterable[Event]) -> SittingDay:
    """The sitting figures of `day` from that day's logged events (any order)."""
    todays = sorted(
        (event for event in events if event.local_day == day and event.answered_at is not None),
        key=lambda event: event.answered_at or datetime.min,
    )
    if not todays:
        return SittingDay(day, 0.0, 0, 0.0)
    start = todays[0].answered_at
    assert start is not None
    worked = longest = 0.0
    breaks = 0
    for event in todays:
        span = _break_span(event)
        if span is None:
            continue
        if event.kind is Kind.MOVEMENT:
            breaks += 1
        stretch = max(0.0, (span[0] - start).total_seconds())
        worked, longest = worked + stretch, max(longest, stretch)
        start = max(start, span[1])
    end = todays[-1].answered_at
    assert end is not None
    last = max(0.0, (end - start).total_seconds())
    return SittingDay(day, worked + last, breaks, max(longest, last))
