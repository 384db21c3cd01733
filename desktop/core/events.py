"""What the app writes to its log: one frozen record per thing the user did or was offered.

Every row has a typed kind (a reminder Kind, or an Activity the user started) and a typed Outcome;
both are stored as their text values, which are also the names in the export.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from enum import StrEnum
from typing import Any

from desktop.core.clock import local_day
from desktop.core.kinds import Kind


class Activity(StrEnum):
    """What the user does that is not the answer to a reminder."""

    BREATHING = "breathing"  # a breathing session
    ROUTINE = "routine"  # a guided routine
    TENSION = "tension"  # a tension check-in
    HOLD = "hold"  # a due reminder waited (a call, a calendar event, ...): details say why and how long


EventKind = Kind | Activity


class Outcome(StrEnum):
    """How a logged event ended: a reminder (done, snoozed, skipped, missed, natural, deferred) or a session
    or check-in (completed, stopped, postponed, rated); stored as its value in the event log.
    """

    # How a reminder ended.
    DONE = "done"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    MISSED = "missed"  # shown, and left unanswered until it went away
    NATURAL = "natural"  # the user was away long enough: the break happened by itself
    DEFERRED = "deferred"  # held back (a call, a presentation) until it was given up: not the user's doing
    MADE_UP = "made_up"  # a skipped or missed break taken later (break credit): it counts as taken
    # How a session or a check-in ended.
    COMPLETED = "completed"
    STOPPED = "stopped"
    POSTPONED = "postponed"  # a routine put off to later
    RATED = "rated"
    ENDED = "ended"  # a hold ended (details: reason, seconds, and how: shown, quiet, anyway, ...)


REMINDER_OUTCOMES = (
    Outcome.DONE,
    Outcome.SNOOZED,
    Outcome.SKIPPED,
    Outcome.MISSED,
    Outcome.NATURAL,
    Outcome.DEFERRED,
    Outcome.MADE_UP,
)


def event_kind(text: str) -> EventKind:
    """The kind stored as `text`; raises ValueError for one this version does not know."""
    for kinds in (Kind, Activity):
        if text in kinds._value2member_map_:
            return kinds(text)
    raise ValueError(f"unknown event kind {text[:40]!r}")


@dataclass(frozen=True)
class Event:
    """One row of the log; specifics (millilitres, a routine's id, a rating) live in `details`.

    Times are UTC; `local_day` is the user's calendar day when the event was answered.
    """

    kind: EventKind
    outcome: Outcome
    local_day: str
    due_at: datetime | None = None
    shown_at: datetime | None = None
    answered_at: datetime | None = None
    details: dict[str, Any] = field(default_factory=dict)


def reminder_event(
    kind: Kind,
    outcome: Outcome,
    now: datetime,
    zone: tzinfo,
    details: dict[str, Any],
    due_at: datetime | None = None,
    shown_at: datetime | None = None,
) -> Event:
    """The log row of a reminder that ended with `outcome` at `now`, on the user's day there."""
    return Event(kind, outcome, local_day(now, zone), due_at, shown_at, answered_at=now, details=details)
