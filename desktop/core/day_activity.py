"""One calendar day of the log in numbers: what every statistic is computed from.

The storage layer sums DAILY_COLUMNS per day in SQL (`EventLog.daily_sums`, read from the
per-day totals its triggers keep exact), so five years of history cost a few milliseconds.
`activity_from_events` computes the very same numbers from a list of events in Python, for
tests and as the reference meaning of each column; a test checks both agree.

Each event kind has one quantity (QUANTITY_KEYS), summed as `amount`: hydration millilitres,
breathing and routine seconds, tension levels. A quantity counts only when it is a real number
(not true/false, not text): hand-edited rows count as nothing rather than as nonsense.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from desktop.core.events import Event

Measure = Literal["events", "amount", "measured", "before_sum", "after_sum", "rated"]

QUANTITY_KEYS = {
    "hydration": "ml",
    "breathing": "actual_seconds",
    "routine": "duration_seconds",
    "tension": "level",
}
BREATHING = "breathing"


@dataclass(frozen=True)
class DailyColumn:
    """A per-day sum: `measure` over the rows of `kinds` (None: any) with `outcomes` (None: any).

    Measures: events = rows; amount = the kind's quantity summed; measured = rows that had one;
    before_sum / after_sum / rated = breathing sessions rated both before and after.
    """

    name: str
    measure: Measure
    kinds: tuple[str, ...] | None = None
    outcomes: tuple[str, ...] | None = None


def _column(name: str, measure: Measure, kind: str | None = None, *outcomes: str) -> DailyColumn:
    return DailyColumn(name, measure, (kind,) if kind else None, outcomes or None)


DAILY_COLUMNS: tuple[DailyColumn, ...] = (
    _column("events", "events"),
    _column("posture_done", "events", "posture", "done"),
    _column("posture_skipped", "events", "posture", "skipped"),
    _column("posture_missed", "events", "posture", "missed"),
    _column("hydration_rows", "events", "hydration"),
    _column("hydration_done", "events", "hydration", "done"),
    _column("hydration_skipped", "events", "hydration", "skipped"),
    _column("hydration_missed", "events", "hydration", "missed"),
    _column("water_ml", "amount", "hydration", "done"),
    _column("stretch_rows", "events", "stretch"),
    _column("stretch_done", "events", "stretch", "done"),
    _column("stretch_natural", "events", "stretch", "natural"),
    _column("stretch_skipped", "events", "stretch", "skipped"),
    _column("stretch_missed", "events", "stretch", "missed"),
    _column("routine_rows", "events", "routine"),
    _column("routines_completed", "events", "routine", "completed"),
    _column("breathing_sessions", "events", BREATHING),
    _column("breathing_seconds", "amount", BREATHING),
    _column("breathing_rated", "rated", BREATHING),
    _column("rating_before_sum", "before_sum", BREATHING),
    _column("rating_after_sum", "after_sum", BREATHING),
    _column("tension_ratings", "measured", "tension", "rated"),
    _column("tension_sum", "amount", "tension", "rated"),
)


class DayActivity(NamedTuple):
    """The DAILY_COLUMNS of one local day (YYYY-MM-DD). A NamedTuple: SQL rows become these cheaply."""

    day: str
    events: int = 0
    posture_done: int = 0
    posture_skipped: int = 0
    posture_missed: int = 0
    hydration_rows: int = 0
    hydration_done: int = 0
    hydration_skipped: int = 0
    hydration_missed: int = 0
    water_ml: float = 0
    stretch_rows: int = 0
    stretch_done: int = 0
    stretch_natural: int = 0
    stretch_skipped: int = 0
    stretch_missed: int = 0
    routine_rows: int = 0
    routines_completed: int = 0
    breathing_sessions: int = 0
    breathing_seconds: float = 0
    breathing_rated: int = 0
    rating_before_sum: float = 0
    rating_after_sum: float = 0
    tension_ratings: int = 0
    tension_sum: float = 0

    @property
    def breaks_taken(self) -> int:
        """Stretch breaks done or taken naturally (away long enough), plus routines completed."""
        return self.stretch_done + self.stretch_natural + self.routines_completed

    @property
    def breaks_declined(self) -> int:
        """Stretch breaks skipped or missed (snoozes are left out: a snoozed break comes back)."""
        return self.stretch_skipped + self.stretch_missed

    @property
    def tension_average(self) -> float | None:
        return self.tension_sum / self.tension_ratings if self.tension_ratings else None


def quantity(details: dict[str, Any], key: str | None) -> float | None:
    """details[key] when it is a real, finite number (a bool is not a quantity)."""
    if key is None:
        return None
    value = details.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return value


def _measures(event: Event) -> dict[str, float]:
    amount = quantity(event.details, QUANTITY_KEYS.get(event.kind))
    before = after = None
    if event.kind == BREATHING:
        before = quantity(event.details, "rating_before")
        after = quantity(event.details, "rating_after")
    rated = before is not None and after is not None
    return {
        "events": 1,
        "amount": amount or 0,
        "measured": amount is not None,
        "before_sum": before if rated and before is not None else 0,
        "after_sum": after if rated and after is not None else 0,
        "rated": rated,
    }


def activity_from_events(events: Iterable[Event]) -> list[DayActivity]:
    """DAILY_COLUMNS summed per local day in Python, oldest day first (days with events only)."""
    sums: dict[str, list[float]] = {}
    for event in events:
        measures = _measures(event)
        row = sums.setdefault(event.local_day, [0] * len(DAILY_COLUMNS))
        for index, column in enumerate(DAILY_COLUMNS):
            if (column.kinds is None or event.kind in column.kinds) and (
                column.outcomes is None or event.outcome in column.outcomes
            ):
                row[index] += measures[column.measure]
    return [DayActivity(day, *row) for day, row in sorted(sums.items())]  # type: ignore[arg-type]
