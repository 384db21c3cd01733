"""Statistics from hand-made event lists: today, series, streaks, adherence, the comparison."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.core.comparison import (
    BreathingChange,
    BreathingChangePending,
    TensionByBreaks,
    TensionByBreaksPending,
    breathing_change,
    tension_by_breaks,
)
from desktop.core.day_activity import DayActivity, activity_from_events
from desktop.core.events import Event
from desktop.core.stats import Adherence, Goals, LatestTension, adherence, daily_series, today_summary
from desktop.core.stats_snapshot import SERIES_DAYS, build_snapshot
from desktop.core.streaks import Streak, break_streak, water_streak

# 2026-03-02 is a Monday.
MON, TUE, WED, THU, FRI, SAT, SUN = (f"2026-03-0{d}" for d in range(2, 9))
NEXT_MON, NEXT_TUE = "2026-03-09", "2026-03-10"


def posture(day: str, outcome: str = "done") -> Event:
    return Event("posture", outcome, day)


def water(day: str, ml: float = 250, outcome: str = "done") -> Event:
    return Event("hydration", outcome, day, details={"ml": ml} if outcome == "done" else {})


def stretch(day: str, outcome: str = "done") -> Event:
    return Event("stretch", outcome, day)


def routine(day: str, outcome: str = "completed") -> Event:
    return Event("routine", outcome, day, details={"routine": "neck", "duration_seconds": 300})


def tension(day: str, level: int) -> Event:
    return Event("tension", "rated", day, details={"level": level, "region": None, "after": None})


def breathing(day: str, before: int | None, after: int | None, seconds: float = 180) -> Event:
    details = {"pattern": "box", "actual_seconds": seconds, "rating_before": before, "rating_after": after}
    return Event("breathing", "completed", day, details=details)


def days_of(*events: Event) -> list[DayActivity]:
    return activity_from_events(events)


def drank(day: str, ml: int) -> list[Event]:
    return [water(day, ml)]


def breaks(day: str, taken: int, declined: int = 0) -> list[Event]:
    return [stretch(day) for _ in range(taken)] + [stretch(day, "skipped") for _ in range(declined)]


# ---- today ------------------------------------------------------------------------------------


def test_today_summary_counts_each_answer() -> None:
    days = days_of(
        *[posture(WED)] * 5,
        posture(WED, "missed"),
        posture(WED, "skipped"),
        posture(WED, "snoozed"),
        water(WED, 250),
        water(WED, 500),
        water(WED, outcome="missed"),
        water(WED, outcome="natural"),
        stretch(WED),
        stretch(WED, "natural"),
        stretch(WED, "skipped"),
        stretch(WED, "missed"),
        routine(WED),
        breathing(WED, 6, 3, seconds=150),
        breathing(WED, None, None, seconds=90),
        tension(WED, 4),
        tension(WED, 6),
        posture(TUE),
    )
    latest = LatestTension(6, "neck", WED)

    summary = today_summary(days, WED, latest, water_goal_ml=1500)

    assert (summary.posture_done, summary.posture_missed, summary.posture_skipped) == (5, 1, 1)
    assert (summary.water_ml, summary.water_goal_ml, summary.water_fraction) == (750, 1500, 0.5)
    assert (
        summary.stretch_done,
        summary.stretch_natural,
        summary.stretch_skipped,
        summary.stretch_missed,
    ) == (
        1,
        1,
        1,
        1,
    )
    assert summary.routines_completed == 1
    assert (summary.breathing_sessions, summary.breathing_minutes) == (2, 4.0)
    assert (summary.tension_ratings, summary.tension_average) == (2, 5.0)
    assert summary.latest_tension == latest


def test_a_day_without_data_is_all_zero_and_keeps_the_latest_tension() -> None:
    latest = LatestTension(3, None, MON)
    summary = today_summary(days_of(posture(MON)), WED, latest)
    assert (summary.posture_done, summary.water_ml, summary.breathing_minutes) == (0, 0, 0)
    assert summary.tension_average is None and summary.latest_tension == latest
    assert summary.water_goal_ml == 2000 and summary.water_fraction == 0


def test_water_beyond_the_goal_fills_the_bar_once() -> None:
    assert today_summary(days_of(*drank(MON, 3000)), MON).water_fraction == 1.0
    assert today_summary(days_of(*drank(MON, 3000)), MON, water_goal_ml=0).water_fraction == 0.0


# ---- series -----------------------------------------------------------------------------------


def test_series_has_every_day_including_those_without_data() -> None:
    days = days_of(*breaks(FRI, 3, 2), *drank(FRI, 1200), tension(FRI, 4), tension(FRI, 7), *breaks(MON, 1))

    series = daily_series(days, NEXT_MON, 7)

    assert [p.day for p in series] == [TUE, WED, THU, FRI, SAT, SUN, NEXT_MON]
    assert [p.has_data for p in series] == [False, False, False, True, False, False, False]
    friday = series[3]
    assert (friday.breaks_taken, friday.breaks_declined, friday.water_ml) == (3, 2, 1200)
    assert (friday.tension_average, friday.tension_ratings) == (5.5, 2)
    assert series[0].tension_average is None and series[0].water_ml == 0


def test_series_crosses_month_and_year_ends() -> None:
    assert [p.day for p in daily_series([], "2027-01-02", 4)] == [
        "2026-12-30",
        "2026-12-31",
        "2027-01-01",
        "2027-01-02",
    ]


def test_routines_and_natural_breaks_count_as_breaks_taken_snoozes_do_not() -> None:
    (point,) = daily_series(
        days_of(
            stretch(MON),
            stretch(MON, "natural"),
            routine(MON),
            routine(MON, "stopped"),
            stretch(MON, "snoozed"),
        ),
        MON,
        1,
    )
    assert (point.breaks_taken, point.breaks_declined) == (3, 0)


# ---- streaks ----------------------------------------------------------------------------------


def week_of_water(*met_days: str, short_days: tuple[str, ...] = ()) -> list[Event]:
    return [e for d in met_days for e in drank(d, 2000)] + [e for d in short_days for e in drank(d, 500)]


def test_a_weekend_without_the_app_does_not_break_a_streak() -> None:
    days = days_of(*week_of_water(MON, TUE, WED, THU, FRI, NEXT_MON))
    assert water_streak(days, NEXT_MON, 2000) == Streak(current=6, best=6, judged_days=6, met_today=True)


def test_a_weekend_day_with_water_logged_but_short_breaks_it() -> None:
    days = days_of(*week_of_water(MON, TUE, WED, NEXT_MON, short_days=(SAT,)))
    streak = water_streak(days, NEXT_MON, 2000)
    assert (streak.current, streak.best, streak.judged_days) == (1, 3, 5)


def test_a_day_without_any_hydration_row_is_skipped_for_the_water_goal() -> None:
    # Wednesday the app ran (posture checks) but hydration reminders were off: not judged.
    days = days_of(*week_of_water(MON, TUE, THU), posture(WED), posture(WED, "missed"))
    assert water_streak(days, THU, 2000).current == 3


def test_a_day_of_only_missed_water_reminders_breaks_the_streak() -> None:
    days = days_of(*week_of_water(MON, TUE, THU), water(WED, outcome="missed"))
    assert water_streak(days, THU, 2000) == Streak(current=1, best=2, judged_days=4, met_today=True)


def test_today_not_yet_met_does_not_break_the_streak_but_does_not_count() -> None:
    days = days_of(*week_of_water(MON, TUE, WED), *drank(THU, 250))
    assert water_streak(days, THU, 2000) == Streak(current=3, best=3, judged_days=4, met_today=False)
    # the next morning, Thursday is over and was short
    assert water_streak(days, FRI, 2000).current == 0


def test_days_after_today_are_ignored() -> None:
    days = days_of(*week_of_water(MON, TUE, WED))
    assert water_streak(days, TUE, 2000).current == 2


def test_break_streak_counts_stretch_and_routines_against_the_goal() -> None:
    events = [
        *breaks(MON, 4),
        *breaks(TUE, 2),
        routine(TUE),
        routine(TUE),
        *breaks(WED, 3, declined=5),
        *breaks(FRI, 5),
        posture(SAT),  # the app ran, but no stretch or routine row: not judged
    ]
    days = days_of(*events)
    assert break_streak(days, SAT, 4) == Streak(current=1, best=2, judged_days=4, met_today=False)
    assert break_streak(days, SAT, 3) == Streak(current=4, best=4, judged_days=4, met_today=False)


def test_no_data_means_no_streak() -> None:
    assert water_streak([], MON, 2000) == Streak(0, 0, 0, False)
    assert break_streak(days_of(posture(MON)), MON, 4) == Streak(0, 0, 0, False)


# ---- adherence --------------------------------------------------------------------------------


def test_adherence_is_done_over_done_skipped_and_missed() -> None:
    events = [
        *[posture(WED)] * 6,
        posture(WED, "missed"),
        posture(THU, "skipped"),
        posture(THU, "snoozed"),  # comes back later: not counted
        posture(THU, "natural"),  # nothing was asked: not counted
        water(THU),
        water(THU, outcome="missed"),
        stretch(THU, "natural"),
        posture(MON),  # outside the 3-day window
        posture(MON, "missed"),
    ]
    result = adherence(days_of(*events), FRI, 3)
    assert result == (
        Adherence("posture", 6, 8),
        Adherence("hydration", 1, 2),
        Adherence("breathing_break", 0, 0),
        Adherence("stretch", 0, 0),
        Adherence("movement", 0, 0),
    )
    assert [a.percent for a in result] == [75, 50, None, None, None]


def test_adherence_rounds_to_whole_percent() -> None:
    assert Adherence("posture", 2, 3).percent == 67
    assert Adherence("posture", 0, 3).percent == 0


# ---- the comparison ---------------------------------------------------------------------------


def rated_days(start: date, count: int, taken: int, level: int) -> list[Event]:
    events: list[Event] = []
    for n in range(count):
        day = (start + timedelta(days=n)).isoformat()
        events += [*breaks(day, taken), tension(day, level)]
    return events


def test_the_comparison_waits_for_enough_days_on_each_side() -> None:
    start = date(2026, 3, 2)
    events = rated_days(start, 5, taken=6, level=3) + rated_days(
        start + timedelta(days=5), 4, taken=1, level=6
    )

    result = tension_by_breaks(days_of(*events), "2026-04-01", threshold=4)

    assert result == TensionByBreaksPending(threshold=4, more_days=5, fewer_days=4, needed_per_side=5)


def test_the_comparison_with_enough_days() -> None:
    start = date(2026, 3, 2)
    events = rated_days(start, 5, taken=6, level=3) + rated_days(
        start + timedelta(days=5), 5, taken=1, level=6
    )
    events.append(tension("2026-03-02", 5))  # a second rating that day: the day's average is 4

    result = tension_by_breaks(days_of(*events), "2026-04-01", threshold=4)

    assert isinstance(result, TensionByBreaks)
    assert (result.more_days, result.more_ratings, result.fewer_days, result.fewer_ratings) == (5, 6, 5, 5)
    assert result.more_average == pytest.approx((4 + 3 * 4) / 5)  # each day weighs the same
    assert result.fewer_average == 6
    assert result.difference == pytest.approx(3.2 - 6)
    assert (result.first_day, result.last_day) == ("2026-03-02", "2026-03-11")


def test_the_threshold_defaults_to_the_median_break_count() -> None:
    start = date(2026, 3, 2)
    events = []
    for n, taken in enumerate([0, 1, 2, 2, 3, 5, 6, 6, 7, 8]):
        day = (start + timedelta(days=n)).isoformat()
        events += [*breaks(day, taken), tension(day, 5)]
    result = tension_by_breaks(days_of(*events), "2026-04-01")
    assert isinstance(result, TensionByBreaks)
    assert (result.threshold, result.more_days, result.fewer_days) == (4, 5, 5)


def test_today_and_unrated_days_are_left_out_of_the_comparison() -> None:
    start = date(2026, 3, 2)
    events = rated_days(start, 5, taken=6, level=3) + rated_days(
        start + timedelta(days=5), 5, taken=1, level=6
    )
    events += [*breaks("2026-03-20", 9)]  # no rating
    today = (start + timedelta(days=9)).isoformat()  # the last fewer-breaks day is still going
    result = tension_by_breaks(days_of(*events), today, threshold=4)
    assert result == TensionByBreaksPending(4, 5, 4, 5)


def test_no_rated_day_at_all() -> None:
    assert tension_by_breaks(days_of(*breaks(MON, 3)), FRI) == TensionByBreaksPending(None, 0, 0, 5)


def test_breathing_change_needs_five_sessions_rated_both_times() -> None:
    four = [breathing(MON, 7, 4), breathing(MON, 6, 4), breathing(TUE, 5, 5), breathing(WED, 8, 3)]
    partly = [breathing(WED, 6, None), breathing(WED, None, 2), breathing(WED, None, None)]
    assert breathing_change(days_of(*four, *partly)) == BreathingChangePending(sessions=4, needed=5)

    result = breathing_change(days_of(*four, *partly, breathing(THU, 4, 4)))

    assert isinstance(result, BreathingChange)
    assert result.sessions == 5
    assert (result.before_average, result.after_average) == (6.0, 4.0)
    assert result.change == -2.0


# ---- the whole snapshot -----------------------------------------------------------------------


def test_snapshot_of_a_month() -> None:
    start = date(2026, 2, 1)
    events: list[Event] = []
    for n in range(28):
        day = start + timedelta(days=n)
        if day.weekday() >= 5:
            continue  # the computer stays off at weekends
        iso = day.isoformat()
        events += [*breaks(iso, 2 + n % 4, declined=1), *drank(iso, 1500 + 100 * (n % 7)), posture(iso)]
        events.append(tension(iso, 6 - n % 4))
    days = days_of(*events)

    snapshot = build_snapshot(days, "2026-02-28", Goals(water_ml=1800, breaks=4))

    assert len(snapshot.series) == SERIES_DAYS and snapshot.series[-1].day == "2026-02-28"
    assert [p.day for p in snapshot.last(7)] == [f"2026-02-{d}" for d in range(22, 29)]
    assert snapshot.total_events == len(events) and snapshot.first_day == "2026-02-02"
    assert snapshot.adherence[7][3] == Adherence("stretch", sum(2 + n % 4 for n in range(22, 27)), 18 + 5)
    assert snapshot.water_streak.judged_days == 20
    assert isinstance(snapshot.tension_by_breaks, TensionByBreaks)
    assert isinstance(snapshot.breathing_change, BreathingChangePending)
    assert snapshot.today.day == "2026-02-28" and snapshot.today.water_ml == 0
