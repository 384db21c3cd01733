"""What the app writes to its log: one frozen record per thing the user did or was offered."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    POSTURE = "posture"
    HYDRATION = "hydration"
    STRETCH = "stretch"
    BREATHING_BREAK = "breathing_break"  # a scheduled breathing exercise (off by default)


class Outcome(StrEnum):
    DONE = "done"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    MISSED = "missed"
    NATURAL = "natural"  # the user was away long enough: the break happened by itself


@dataclass(frozen=True)
class Event:
    """One row of the log. `kind` is a Kind for reminders; later features add their own kinds
    (e.g. "breathing", "routine", "tension") and keep their specifics in `details`.

    Times are UTC; `local_day` is the user's calendar day when the event was answered.
    """

    kind: str
    outcome: str
    local_day: str
    due_at: datetime | None = None
    shown_at: datetime | None = None
    answered_at: datetime | None = None
    details: dict[str, Any] = field(default_factory=dict)
