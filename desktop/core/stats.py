"""Today's summary, per-day series and adherence, from DayActivity rows (day_activity.py).

Pure functions over plain data: the caller passes the rows (oldest first, days with events only,
as `EventLog.daily_sums` returns them) and `today` (the user's local day, YYYY-MM-DD, from the
Clock). Words of the definitions the window shows:

- A break taken: a stretch break done, or taken naturally (away long enough), or a routine
  completed. Declined: a stretch break skipped or missed. Snoozes are neither: the break comes back.
- Adherence of a reminder kind: of the reminders answered either way or left to expire (done,
  skipped, missed), the share done. Natural breaks are left out: nothing was asked of the user.
- Water: millilitres logged as drunk (hydration rows "done").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core.day_activity import DayActivity
from desktop.core.events import Outcome
from desktop.core.kinds import PRIORITY, Kind

DEFAULT_WATER_GOAL_ML = 2000
DEFAULT_BREAK_GOAL = 4
# Every reminder kind of the registry, the everyday ones first (the reverse of merge priority).
REMINDER_KINDS: tuple[Kind, ...] = tuple(reversed(PRIORITY))


@dataclass(frozen=True)
class Goals:
    """The daily goals the statistics measure against: water in ml and breaks taken."""

    water_ml: int = DEFAULT_WATER_GOAL_ML
    breaks: int = DEFAULT_BREAK_GOAL


@dataclass(frozen=True)
class LatestTension:
    """The newest tension rating ever logged: its level, the body region if given, and its day."""

    level: float
    region: str | None
    day: str


@dataclass(frozen=True)
class TodaySummary:
    """Today's numbers for the statistics window: reminder outcomes per kind, water against the
    goal, routines, breathing sessions and minutes, tension ratings and the latest rating.
    """

    day: str
    posture_done: int
    posture_skipped: int
    posture_missed: int
    water_ml: int
    water_goal_ml: int
    stretch_done: int
    stretch_skipped: int
    stretch_missed: int
    stretch_natural: int
    routines_completed: int
    breathing_sessions: int
    breathing_minutes: float
    tension_ratings: int
    tension_average: float | None
    latest_tension: LatestTension | None  # the newest rating ever, today or earlier
    held_minutes: float = 0.0  # reminders held back by calls, calendar events, app rules, ...

    @property
    def water_fraction(self) -> float:
        """Share of the goal drunk, 0.0 to 1.0 (capped: more than the goal still fills the bar once)."""
        return min(1.0, self.water_ml / self.water_goal_ml) if self.water_goal_ml > 0 else 0.0


@dataclass(frozen=True)
class DayPoint:
    """One day of a chart. `has_data` is False for a day without any event (app not running)."""

    day: str
    has_data: bool
    breaks_taken: int
    breaks_declined: int
    water_ml: int
    tension_average: float | None
    tension_ratings: int
    posture_done: int
    breathing_minutes: float


@dataclass(frozen=True)
class Adherence:
    """For one reminder kind over a period: how many of the offered reminders the user followed."""

    kind: str  # posture, hydration or stretch
    followed: int
    offered: int

    @property
    def percent(self) -> int | None:
        """Whole percent followed, or None when nothing was offered."""
        return round(100 * self.followed / self.offered) if self.offered else None


def day_range(end_day: str, length: int) -> list[str]:
    """`length` ISO days ending with `end_day`, oldest first."""
    end = date.fromisoformat(end_day)
    return [(end - timedelta(days=offset)).isoformat() for offset in range(length - 1, -1, -1)]


def by_day(days: Sequence[DayActivity]) -> dict[str, DayActivity]:
    return {activity.day: activity for activity in days}


def today_summary(
    days: Sequence[DayActivity],
    today: str,
    latest_tension: LatestTension | None = None,
    water_goal_ml: int = DEFAULT_WATER_GOAL_ML,
) -> TodaySummary:
    activity = by_day(days).get(today, DayActivity.of(today))
    return TodaySummary(
        day=today,
        posture_done=activity.posture_done,
        posture_skipped=activity.posture_skipped,
        posture_missed=activity.posture_missed,
        water_ml=round(activity.water_ml),
        water_goal_ml=water_goal_ml,
        stretch_done=activity.stretch_done,
        stretch_skipped=activity.stretch_skipped,
        stretch_missed=activity.stretch_missed,
        stretch_natural=activity.stretch_natural,
        routines_completed=activity.routines_completed,
        breathing_sessions=activity.breathing_sessions,
        breathing_minutes=activity.breathing_seconds / 60,
        tension_ratings=activity.tension_ratings,
        tension_average=activity.tension_average,
        latest_tension=latest_tension,
        held_minutes=activity.held_seconds / 60,
    )


def daily_series(days: Sequence[DayActivity], end_day: str, length: int) -> tuple[DayPoint, ...]:
    """Every day of the `length` days ending with `end_day`, days without events included."""
    known = by_day(days)
    return tuple(_point(known.get(day, DayActivity.of(day))) for day in day_range(end_day, length))


def _point(activity: DayActivity) -> DayPoint:
    return DayPoint(
        day=activity.day,
        has_data=activity.events > 0,
        breaks_taken=activity.breaks_taken,
        breaks_declined=activity.breaks_declined,
        water_ml=round(activity.water_ml),
        tension_average=activity.tension_average,
        tension_ratings=activity.tension_ratings,
        posture_done=activity.posture_done,
        breathing_minutes=activity.breathing_seconds / 60,
    )


def adherence(days: Sequence[DayActivity], end_day: str, length: int) -> tuple[Adherence, ...]:
    """Adherence per reminder kind over the `length` days ending with `end_day`."""
    first = day_range(end_day, length)[0]
    window = [activity for activity in days if first <= activity.day <= end_day]
    result = []
    for kind in REMINDER_KINDS:
        done = sum(activity.count(kind, Outcome.DONE) for activity in window)
        declined = sum(
            activity.count(kind, Outcome.SKIPPED) + activity.count(kind, Outcome.MISSED)
            for activity in window
        )
        result.append(Adherence(kind, done, done + declined))
    return tuple(result)
