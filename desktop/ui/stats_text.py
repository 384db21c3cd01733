"""Every sentence and number the statistics window shows, translated and formatted in one place.

Numbers follow the user's locale (1,250 or 1.250). Nothing here claims a cause: the comparison
says what went together, with the counts it rests on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.core.comparison import (
    BreathingChange,
    BreathingChangePending,
    TensionByBreaks,
    TensionByBreaksPending,
)
from desktop.core.data_requests import DataActionFailed, DataCleared, DataOutcome, ExportDone, ImportDone
from desktop.core.stats import Adherence, LatestTension, TodaySummary
from desktop.core.stats_snapshot import StatsSnapshot
from desktop.core.streaks import Streak


def tr(text: str) -> str:
    return QCoreApplication.translate("Stats", text)


def count(n: float) -> str:
    return QLocale().toString(round(n))


def decimal(x: float) -> str:
    return QLocale().toString(float(x), "f", 1)


def millilitres(ml: float) -> str:
    return tr("{0} ml").format(count(ml))


def percent(p: int) -> str:
    return tr("{0}%").format(count(p))


def days(n: int) -> str:
    return tr("1 day") if n == 1 else tr("{0} days").format(count(n))


def minutes(m: float) -> str:
    if 0 < m < 1:
        return tr("under a minute")
    whole = round(m)
    return tr("1 minute") if whole == 1 else tr("{0} minutes").format(count(whole))


def out_of_ten(level: float) -> str:
    text = count(level) if float(level).is_integer() else decimal(level)
    return tr("{0}/10").format(text)


def qdate(iso_day: str) -> QDate:
    day = date.fromisoformat(iso_day)
    return QDate(day.year, day.month, day.day)


def day_name(iso_day: str, pattern: str = "ddd d MMM") -> str:
    return QLocale().toString(qdate(iso_day), pattern)


def relative_day(iso_day: str, today: str) -> str:
    gap = (date.fromisoformat(today) - date.fromisoformat(iso_day)).days
    if gap == 0:
        return tr("today")
    if gap == 1:
        return tr("yesterday")
    return tr("on {0}").format(day_name(iso_day))


def region_name(region: str | None) -> str:
    names = {
        "neck": tr("neck"),
        "shoulders": tr("shoulders"),
        "upper back": tr("upper back"),
        "lower back": tr("lower back"),
        "jaw": tr("jaw"),
    }
    return names.get(region or "", "")


def kind_name(kind: str) -> str:
    return {"posture": tr("Posture"), "hydration": tr("Water"), "stretch": tr("Stretch breaks")}.get(
        kind, kind
    )


# ---- figures ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tile:
    """One figure card: a caption, the big value, a quieter line, and the whole as one sentence."""

    caption: str
    value: str
    detail: str
    spoken: str
    fraction: float | None = None  # a progress bar under the value (water), 0..1


def _joined(parts: list[str]) -> str:
    return " · ".join(part for part in parts if part)


def today_tiles(summary: TodaySummary) -> list[Tile]:
    posture_detail = _joined(
        [
            tr("{0} missed").format(count(summary.posture_missed)) if summary.posture_missed else "",
            tr("{0} skipped").format(count(summary.posture_skipped)) if summary.posture_skipped else "",
        ]
    )
    taken = summary.stretch_done + summary.stretch_natural + summary.routines_completed
    breaks_detail = _joined(
        [
            tr("{0} natural").format(count(summary.stretch_natural)) if summary.stretch_natural else "",
            tr("{0} routines").format(count(summary.routines_completed))
            if summary.routines_completed
            else "",
            tr("{0} skipped").format(count(summary.stretch_skipped)) if summary.stretch_skipped else "",
            tr("{0} missed").format(count(summary.stretch_missed)) if summary.stretch_missed else "",
        ]
    )
    return [
        Tile(
            tr("Posture checks"),
            tr("{0} done").format(count(summary.posture_done)),
            posture_detail or tr("none missed"),
            tr("Posture checks today: {0} done, {1} missed, {2} skipped.").format(
                count(summary.posture_done), count(summary.posture_missed), count(summary.posture_skipped)
            ),
        ),
        Tile(
            tr("Water"),
            millilitres(summary.water_ml),
            tr("of {0}").format(millilitres(summary.water_goal_ml)),
            tr("Water today: {0} of your {1} goal.").format(
                millilitres(summary.water_ml), millilitres(summary.water_goal_ml)
            ),
            fraction=summary.water_fraction,
        ),
        Tile(
            tr("Breaks"),
            tr("{0} taken").format(count(taken)),
            breaks_detail or (tr("none skipped") if taken else tr("none yet")),
            tr(
                "Breaks today: {0} stretch breaks done, {1} taken naturally while away, {2} routines, "
                "{3} skipped, {4} missed."
            ).format(
                count(summary.stretch_done),
                count(summary.stretch_natural),
                count(summary.routines_completed),
                count(summary.stretch_skipped),
                count(summary.stretch_missed),
            ),
        ),
        Tile(
            tr("Breathing"),
            minutes(summary.breathing_minutes) if summary.breathing_sessions else tr("none yet"),
            tr("1 session")
            if summary.breathing_sessions == 1
            else tr("{0} sessions").format(count(summary.breathing_sessions)),
            tr("Breathing today: {0} in {1} sessions.").format(
                minutes(summary.breathing_minutes), count(summary.breathing_sessions)
            ),
        ),
        tension_tile(summary.latest_tension, summary),
    ]


def tension_tile(latest: LatestTension | None, summary: TodaySummary) -> Tile:
    if latest is None:
        return Tile(tr("Tension"), "–", tr("no check-in yet"), tr("Tension: no check-in yet."))
    where = region_name(latest.region)
    when = relative_day(latest.day, summary.day)
    detail = _joined([where, when])
    spoken = tr("Latest tension rating: {0}, {1}.").format(out_of_ten(latest.level), _joined([where, when]))
    if summary.tension_ratings > 1 and summary.tension_average is not None:
        average = tr("today's average {0}").format(out_of_ten(summary.tension_average))
        detail = _joined([detail, average])
        spoken += " " + tr("Average of today's {0} ratings: {1}.").format(
            count(summary.tension_ratings), out_of_ten(summary.tension_average)
        )
    return Tile(tr("Tension, latest"), out_of_ten(latest.level), detail, spoken)


def streak_tile(caption: str, streak: Streak) -> Tile:
    if streak.judged_days == 0:
        return Tile(caption, "–", tr("no days yet"), tr("{0}: no days yet.").format(caption))
    detail = tr("in a row · best {0}").format(count(streak.best))
    spoken = tr("{0}: met {1} in a row, best {2}.").format(caption, days(streak.current), days(streak.best))
    return Tile(caption, days(streak.current), detail, spoken)


def adherence_tile(item: Adherence, period_days: int) -> Tile:
    caption = kind_name(item.kind)
    if item.percent is None:
        return Tile(
            caption,
            "–",
            tr("no reminders"),
            tr("{0}: no reminders in the last {1}.").format(caption, days(period_days)),
        )
    detail = tr("{0} of {1} done").format(count(item.followed), count(item.offered))
    spoken = tr("{0}: {1} of {2} reminders done in the last {3}, {4}.").format(
        caption, count(item.followed), count(item.offered), days(period_days), percent(item.percent)
    )
    return Tile(caption, percent(item.percent), detail, spoken)


# ---- the comparison -----------------------------------------------------------------------------


def caveat() -> str:
    return tr(
        "These are your own numbers side by side. They show what tended to go together on your days, "
        "not what caused what: a calmer day may also leave more room for breaks."
    )


def tension_comparison(result: TensionByBreaks | TensionByBreaksPending) -> str:
    if isinstance(result, TensionByBreaks):
        return tr(
            "On the {0} with {1} or more breaks, your average tension rating was {2}. "
            "On the {3} with fewer breaks, it was {4}. "
            "This rests on {5} ratings from {6} to {7}."
        ).format(
            days(result.more_days),
            count(result.threshold),
            out_of_ten(round(result.more_average, 1)),
            days(result.fewer_days),
            out_of_ten(round(result.fewer_average, 1)),
            count(result.more_ratings + result.fewer_ratings),
            day_name(result.first_day, "d MMM yyyy"),
            day_name(result.last_day, "d MMM yyyy"),
        )
    if result.threshold is None:
        return tr(
            "Not enough data yet. Rate your tension on a few days (from the tray, or when asked after "
            "a break) and this will compare days with more breaks to days with fewer."
        )
    return tr(
        "Not enough data yet. This compares days with {0} or more breaks to days with fewer once each "
        "side has {1} with a tension rating. So far: {2} and {3}."
    ).format(
        count(result.threshold),
        days(result.needed_per_side),
        days(result.more_days),
        days(result.fewer_days),
    )


def breathing_comparison(result: BreathingChange | BreathingChangePending) -> str:
    if isinstance(result, BreathingChange):
        change = round(result.change, 1)
        sign = "+" if change > 0 else "−"  # a real minus sign, as screen readers say "minus"
        moved = tr("the same") if change == 0 else sign + decimal(abs(change))
        return tr(
            "Across the {0} breathing sessions you rated before and after, your stress rating was {1} "
            "before and {2} after on average ({3})."
        ).format(
            count(result.sessions),
            out_of_ten(round(result.before_average, 1)),
            out_of_ten(round(result.after_average, 1)),
            moved,
        )
    return tr(
        "Not enough data yet: {0} of the {1} breathing sessions rated before and after that this needs. "
        "The breathing window can ask for a rating before and after a session."
    ).format(count(result.sessions), count(result.needed))


# ---- every figure as a row of text ---------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    section: str
    name: str
    value: str


def all_figures(snapshot: StatsSnapshot, period: int) -> list[Figure]:
    """What the window shows for `period` days (7 or 30), as (section, figure, value) rows."""
    today = tr("Today")
    figures = [
        Figure(today, tile.caption, _joined([tile.value, tile.detail]))
        for tile in today_tiles(snapshot.today)
    ]
    streaks = tr("Streaks")
    for tile in streak_tiles(snapshot):
        figures.append(Figure(streaks, tile.caption, _joined([tile.value, tile.detail])))
    period_name = tr("Last {0}").format(days(period))
    for item in snapshot.adherence[period]:
        tile = adherence_tile(item, period)
        figures.append(Figure(period_name, tile.caption, _joined([tile.value, tile.detail])))
    comparison = tr("Comparison")
    figures.append(
        Figure(comparison, tr("Tension and breaks"), tension_comparison(snapshot.tension_by_breaks))
    )
    figures.append(
        Figure(comparison, tr("Breathing before and after"), breathing_comparison(snapshot.breathing_change))
    )
    return figures


def streak_tiles(snapshot: StatsSnapshot) -> list[Tile]:
    goals = snapshot.goals
    return [
        streak_tile(tr("Water goal ({0})").format(millilitres(goals.water_ml)), snapshot.water_streak),
        streak_tile(tr("Break goal ({0} a day)").format(count(goals.breaks)), snapshot.break_streak),
    ]


# ---- what came of an action ----------------------------------------------------------------------


def outcome_message(outcome: DataOutcome) -> str:
    if isinstance(outcome, ExportDone):
        if outcome.count == 0:
            return tr("There are no events yet; {0} was saved empty.").format(outcome.path)
        return tr("Saved {0} events to {1}.").format(count(outcome.count), outcome.path)
    if isinstance(outcome, ImportDone):
        if outcome.added == 0:
            return tr("Nothing new in {0}: all {1} events were already in your log.").format(
                outcome.path, count(outcome.already_present)
            )
        text = tr("Restored {0} events from {1}.").format(count(outcome.added), outcome.path)
        if outcome.already_present:
            text += " " + tr("{0} were already in your log and were skipped.").format(
                count(outcome.already_present)
            )
        return text
    if isinstance(outcome, DataCleared):
        return tr("Deleted {0} events. Your statistics start again from now.").format(count(outcome.count))
    assert isinstance(outcome, DataActionFailed)
    return outcome.reason


def span_line(total_events: int, first_day: str | None) -> str:
    if total_events == 0 or first_day is None:
        return tr("Nothing logged yet. Your numbers appear here as you answer reminders.")
    return tr("{0} events logged since {1}, all kept on this computer.").format(
        count(total_events), day_name(first_day, "d MMMM yyyy")
    )


def delete_question(total_events: int, first_day: str | None) -> str:
    if total_events == 0 or first_day is None:
        return tr("Your log is empty. Delete it anyway?")
    return tr(
        "Delete all {0} events Unclench has logged since {1}? Your statistics start again from nothing. "
        "This cannot be undone: export a backup first if you may want them back."
    ).format(count(total_events), day_name(first_day, "d MMMM yyyy"))
