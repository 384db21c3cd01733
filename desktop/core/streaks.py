"""Streaks: how many days in a row a daily goal was met.

Which days count. A day is judged for a goal only if Unclench logged something about that goal
that day: any hydration row for the water goal, any stretch-break or routine row for the break
goal. Every other day — a weekend or holiday with the computer off, a sick day, a day with that
reminder switched off — is skipped: it neither extends a streak nor breaks it. So "12 days" means
twelve judged days in a row, not twelve calendar days.

Today. Today is not over: if its goal is met already it counts; if not yet, it does not break the
streak (the current streak is then the one that ended on the last judged day before today).
Days after `today` (a clock set back) are ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.core.day_activity import DayActivity


@dataclass(frozen=True)
class Streak:
    """A daily goal's streak: the current and best run of judged days with the goal met, how many days were
    judged and whether today's goal is met.
    """

    current: int  # judged days in a row up to today with the goal met
    best: int  # the longest such run ever, the current one included
    judged_days: int  # how many days were judged at all
    met_today: bool


def streak(
    days: Sequence[DayActivity],
    today: str,
    judged: Callable[[DayActivity], bool],
    met: Callable[[DayActivity], bool],
) -> Streak:
    """The streak of `met` over the days `judged` (see the module's rules); `days` oldest first."""
    run = best = judged_days = 0
    met_today = False
    for activity in days:
        if activity.day > today or not judged(activity):
            continue
        judged_days += 1
        if met(activity):
            run += 1
            best = max(best, run)
            met_today = activity.day == today
        elif activity.day != today:
            run = 0
    return Streak(current=run, best=best, judged_days=judged_days, met_today=met_today)


def water_streak(days: Sequence[DayActivity], today: str, goal_ml: int) -> Streak:
    return streak(days, today, lambda d: d.hydration_rows > 0, lambda d: d.water_ml >= goal_ml)


def break_streak(days: Sequence[DayActivity], today: str, goal: int) -> Streak:
    return streak(
        days, today, lambda d: d.stretch_rows + d.routine_rows > 0, lambda d: d.breaks_taken >= goal
    )
