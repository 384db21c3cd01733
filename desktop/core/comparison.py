"""The honest comparison: the user's own numbers side by side, with the counts behind them.

Two questions a user can check on themselves:

1. Tension and breaks. On finished days (today is not over) with at least one tension rating,
   the average rating on days with at least N breaks taken versus days with fewer. N is the
   median break count of those days unless the caller fixes it, so both sides hold similar
   numbers of days. Each day weighs the same (the average of its own ratings), however often
   the user rated that day. Shown only once each side has MIN_DAYS_PER_SIDE days.
2. Breathing. Over sessions rated both before and after, the average rating before and after.
   Shown only from MIN_RATED_SESSIONS sessions on.

These are descriptions, not causes: a calmer day may leave more room for breaks as well as the
other way round. The wording is the window's job; nothing here says "because".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from math import fsum

from desktop.core.day_activity import DayActivity

MIN_DAYS_PER_SIDE = 5
MIN_RATED_SESSIONS = 5


@dataclass(frozen=True)
class TensionByBreaks:
    """The tension comparison once both sides have enough finished, rated days: the average rating and counts
    on days with at least `threshold` breaks versus fewer, and the span of days it covers; shown by the
    statistics window.
    """

    threshold: int  # "at least `threshold` breaks" versus fewer
    more_days: int
    more_average: float
    more_ratings: int
    fewer_days: int
    fewer_average: float
    fewer_ratings: int
    first_day: str
    last_day: str

    @property
    def difference(self) -> float:
        """more_average - fewer_average: negative when days with more breaks were rated lower."""
        return self.more_average - self.fewer_average


@dataclass(frozen=True)
class TensionByBreaksPending:
    """Not enough rated days yet. `threshold` is None while no finished day has a rating."""

    threshold: int | None
    more_days: int
    fewer_days: int
    needed_per_side: int


@dataclass(frozen=True)
class BreathingChange:
    """The breathing comparison once enough sessions were rated both before and after: the number of such
    sessions and the average stress rating before and after.
    """

    sessions: int
    before_average: float
    after_average: float

    @property
    def change(self) -> float:
        return self.after_average - self.before_average


@dataclass(frozen=True)
class BreathingChangePending:
    """Too few breathing sessions rated both before and after for a comparison: how many there are and how
    many are needed.
    """

    sessions: int
    needed: int


def tension_by_breaks(
    days: Sequence[DayActivity],
    today: str,
    threshold: int | None = None,
    min_days_per_side: int = MIN_DAYS_PER_SIDE,
) -> TensionByBreaks | TensionByBreaksPending:
    rated = [activity for activity in days if activity.tension_ratings > 0 and activity.day < today]
    if not rated:
        return TensionByBreaksPending(threshold, 0, 0, min_days_per_side)
    if threshold is None:
        threshold = max(1, round(_median([activity.breaks_taken for activity in rated])))
    more = [activity for activity in rated if activity.breaks_taken >= threshold]
    fewer = [activity for activity in rated if activity.breaks_taken < threshold]
    if len(more) < min_days_per_side or len(fewer) < min_days_per_side:
        return TensionByBreaksPending(threshold, len(more), len(fewer), min_days_per_side)
    return TensionByBreaks(
        threshold=threshold,
        more_days=len(more),
        more_average=_mean_of_days(more),
        more_ratings=sum(activity.tension_ratings for activity in more),
        fewer_days=len(fewer),
        fewer_average=_mean_of_days(fewer),
        fewer_ratings=sum(activity.tension_ratings for activity in fewer),
        first_day=rated[0].day,
        last_day=rated[-1].day,
    )


def _mean_of_days(days: Sequence[DayActivity]) -> float:
    return fsum(activity.tension_sum / activity.tension_ratings for activity in days) / len(days)


def _median(values: list[int]) -> float:
    """The middle value (the mean of the two middle ones for an even count). Written out because the
    `statistics` module pulls in `decimal` and `fractions`: 0.7 MiB kept for the app's lifetime."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def breathing_change(
    days: Sequence[DayActivity], min_sessions: int = MIN_RATED_SESSIONS
) -> BreathingChange | BreathingChangePending:
    sessions = sum(activity.breathing_rated for activity in days)
    if sessions < max(1, min_sessions):
        return BreathingChangePending(sessions, min_sessions)
    before = sum(activity.rating_before_sum for activity in days)
    after = sum(activity.rating_after_sum for activity in days)
    return BreathingChange(sessions, before / sessions, after / sessions)
