"""One calendar day of the log in numbers: what every statistic, `status` and the tray's water
total are computed from. This is the one definition of "what happened on a day".

The storage layer sums DAILY_COLUMNS per day in SQL (`EventLog.daily_sums`, read from the
per-day totals its triggers keep exact), so five years of history cost a few milliseconds.
`activity_from_events` computes the very same numbers from a list of events in Python, for
tests and as the reference meaning of each column; a test checks both agree.

Every reminder kind of the registry (`desktop/core/kinds.py`) gets a column per reminder outcome,
named `<kind>_<outcome>` (`posture_done`, `stretch_deferred`), and `<kind>_rows`: a new kind is
counted without a line here. Each event kind has one quantity (QUANTITY_KEYS), summed as
`amount`: hydration millilitres, breathing and routine seconds, tension levels, held seconds.
A quantity counts only when it is a real number (not true/false, not text): hand-edited rows count as nothing
rather than as nonsense.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from desktop.core.events import REMINDER_OUTCOMES, Activity, Event, Outcome
from desktop.core.kinds import KINDS, Kind

Measure = Literal["events", "amount", "measured", "before_sum", "after_sum", "rated"]

QUANTITY_KEYS = {
    Kind.HYDRATION: "ml",
    Activity.BREATHING: "actual_seconds",
    Activity.ROUTINE: "duration_seconds",
    Activity.TENSION: "level",
    Activity.HOLD: "seconds",  # how long a due reminder waited (a call, a calendar event, ...)
}
BREATHING = Activity.BREATHING


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


def _reminder_columns() -> Iterable[DailyColumn]:
    for kind_spec in KINDS:
        kind = kind_spec.kind
        yield _column(f"{kind}_rows", "events", kind)
        for outcome in REMINDER_OUTCOMES:
            yield _column(f"{kind}_{outcome}", "events", kind, outcome)


DAILY_COLUMNS: tuple[DailyColumn, ...] = (
    _column("events", "events"),
    *_reminder_columns(),
    _column("water_ml", "amount", Kind.HYDRATION, Outcome.DONE),
    _column("routine_rows", "events", Activity.ROUTINE),
    _column("routines_completed", "events", Activity.ROUTINE, Outcome.COMPLETED),
    _column("breathing_sessions", "events", BREATHING),
    _column("breathing_seconds", "amount", BREATHING),
    _column("breathing_rated", "rated", BREATHING),
    _column("rating_before_sum", "before_sum", BREATHING),
    _column("rating_after_sum", "after_sum", BREATHING),
    _column("tension_ratings", "measured", Activity.TENSION, Outcome.RATED),
    _column("tension_sum", "amount", Activity.TENSION, Outcome.RATED),
    _column("held_seconds", "amount", Activity.HOLD),
)
COLUMN_NAMES: tuple[str, ...] = tuple(column.name for column in DAILY_COLUMNS)
_INDEX = {name: index for index, name in enumerate(COLUMN_NAMES)}


@dataclass(frozen=True)
class DayActivity:
    """The DAILY_COLUMNS of one local day (YYYY-MM-DD): `sums` holds one number per column, in
    order, and each column reads as an attribute (`activity.posture_done`, `activity.water_ml`)."""

    day: str
    sums: tuple[float, ...] = (0,) * len(DAILY_COLUMNS)

    @classmethod
    def of(cls, day: str, **values: float) -> DayActivity:
        """A day with the named columns set and every other one 0 (for tests and empty days)."""
        sums = [0.0] * len(DAILY_COLUMNS)
        for name, value in values.items():
            sums[_INDEX[name]] = value
        return cls(day, tuple(sums))

    @classmethod
    def from_row(cls, row: Iterable[Any]) -> DayActivity:
        """From `(day, sum, sum, ...)`, as `EventLog.daily_sums(DAILY_COLUMNS)` returns it."""
        day, *sums = row
        return cls(day, tuple(value or 0 for value in sums))

    def __getattr__(self, name: str) -> Any:
        index = _INDEX.get(name) if not name.startswith("_") and name != "sums" else None
        if index is None:
            raise AttributeError(name)
        return self.sums[index]

    def count(self, kind: Kind, outcome: Outcome) -> int:
        """How many reminders of `kind` ended with `outcome` that day."""
        return int(self.sums[_INDEX[f"{kind}_{outcome}"]])

    @property
    def breaks_taken(self) -> int:
        """Breaks done, taken naturally (away long enough) or made up later, plus routines completed."""
        taken = sum(
            self.count(spec.kind, Outcome.DONE)
            + self.count(spec.kind, Outcome.NATURAL)
            + self.count(spec.kind, Outcome.MADE_UP)
            for spec in KINDS
            if spec.is_break
        )
        return taken + int(self.routines_completed)

    @property
    def breaks_declined(self) -> int:
        """Breaks skipped or missed (snoozes are left out: a snoozed break comes back; deferred ones
        too: a break held back by a call was not the user's choice)."""
        return sum(
            self.count(spec.kind, Outcome.SKIPPED) + self.count(spec.kind, Outcome.MISSED)
            for spec in KINDS
            if spec.is_break
        )

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
    return [DayActivity(day, tuple(row)) for day, row in sorted(sums.items())]
