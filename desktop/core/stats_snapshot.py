"""Everything the statistics window shows, computed at once from the log's per-day sums."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.comparison import (
    BreathingChange,
    BreathingChangePending,
    TensionByBreaks,
    TensionByBreaksPending,
    breathing_change,
    tension_by_breaks,
)
from desktop.core.day_activity import DayActivity
from desktop.core.stats import (
    Adherence,
    DayPoint,
    Goals,
    LatestTension,
    TodaySummary,
    adherence,
    daily_series,
    today_summary,
)
from desktop.core.streaks import Streak, break_streak, water_streak

SERIES_DAYS = 365
PERIODS = (7, 30, 90, 365)  # a week, a month, a quarter, a year: from the same day totals


@dataclass(frozen=True)
class StatsSnapshot:
    """Everything the statistics window shows at one moment: today's summary, the day series, adherence per
    period, the water and break streaks, both comparisons, the goals and the log's size and first day;
    built by the statistics service.
    """

    today: TodaySummary
    series: tuple[DayPoint, ...]  # the SERIES_DAYS days ending today, oldest first
    adherence: dict[int, tuple[Adherence, ...]]  # per period length in PERIODS
    water_streak: Streak
    break_streak: Streak
    tension_by_breaks: TensionByBreaks | TensionByBreaksPending
    breathing_change: BreathingChange | BreathingChangePending
    goals: Goals
    total_events: int
    first_day: str | None

    def last(self, days: int) -> tuple[DayPoint, ...]:
        return self.series[-days:]


def build_snapshot(
    days: Sequence[DayActivity],
    today: str,
    goals: Goals | None = None,
    latest_tension: LatestTension | None = None,
) -> StatsSnapshot:
    """`days`: per-day sums of the whole history, oldest first; `today`: the user's local day."""
    goals = goals or Goals()
    return StatsSnapshot(
        today=today_summary(days, today, latest_tension, goals.water_ml),
        series=daily_series(days, today, SERIES_DAYS),
        adherence={period: adherence(days, today, period) for period in PERIODS},
        water_streak=water_streak(days, today, goals.water_ml),
        break_streak=break_streak(days, today, goals.breaks),
        tension_by_breaks=tension_by_breaks(days, today),
        breathing_change=breathing_change(days),
        goals=goals,
        total_events=sum(activity.events for activity in days),
        first_day=days[0].day if days else None,
    )
