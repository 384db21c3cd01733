"""Every sentence and number the statistics window shows, translated and formatted in one place.

Numbers follow the user's locale (1,250 or 1.250). Nothing here claims a cause: the comparison
says what went together, with the counts it rests on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from desktop.core.comparison import (
    BreathingChange,
    BreathingChangePending,
    TensionByBreaks,
    TensionByBreaksPending,
)
from desktop.core.data_requests import DataActionFailed, DataCleared, DataOutcome, ExportDone, ImportDone
from desktop.core.kinds import Kind
from desktop.core.stats import Adherence, LatestTension, TodaySummary
from desktop.core.stats_snapshot import StatsSnapshot
from desktop.core.streaks import Streak
from desktop.ui import wording
from desktop.ui.translation_context import TranslationContext


class Stats(TranslationContext):
    """The translation context of this module's words. Counts are written %Ln: Qt picks the plural
    form the language needs and writes the number as the locale does (1,250 or 1.250)."""


def count(n: float) -> str:
    return QLocale().toString(round(n))


def decimal(x: float) -> str:
    return QLocale().toString(float(x), "f", 1)


def litres(value: float) -> str:
    return Stats.tr("{0} L").format(count(value) if float(value).is_integer() else decimal(value))


def millilitres(ml: float) -> str:
    return Stats.tr("{0} ml").format(count(ml))


def percent(p: int) -> str:
    return Stats.tr("{0}%").format(count(p))


def days(n: int) -> str:
    return Stats.tr("%Ln days", "", n)


def minutes(m: float) -> str:
    if 0 < m < 1:
        return Stats.tr("under a minute")
    return Stats.tr("%Ln minutes", "", round(m))


def out_of_ten(level: float) -> str:
    text = count(level) if float(level).is_integer() else decimal(level)
    return Stats.tr("{0}/10").format(text)


def qdate(iso_day: str) -> QDate:
    day = date.fromisoformat(iso_day)
    return QDate(day.year, day.month, day.day)


# Date patterns (QLocale format) by purpose. A translation may reorder them ("d. MMMM yyyy" in
# German), so each is looked up in the catalogue when used.
SHORT_DAY = str(QT_TRANSLATE_NOOP("DateFormat", "ddd d MMM"))  # Tue 3 Jun
DAY_MONTH = str(QT_TRANSLATE_NOOP("DateFormat", "d MMM"))  # 3 Jun
WEEKDAY = str(QT_TRANSLATE_NOOP("DateFormat", "ddd"))  # Tue
FULL_DAY = str(QT_TRANSLATE_NOOP("DateFormat", "dddd d MMMM"))  # Tuesday 3 June
MEDIUM_DATE = str(QT_TRANSLATE_NOOP("DateFormat", "d MMM yyyy"))  # 3 Jun 2025
LONG_DATE = str(QT_TRANSLATE_NOOP("DateFormat", "d MMMM yyyy"))  # 3 June 2025


def day_name(iso_day: str, pattern: str = SHORT_DAY) -> str:
    return QLocale().toString(qdate(iso_day), QCoreApplication.translate("DateFormat", pattern))


def relative_day(iso_day: str, today: str) -> str:
    gap = (date.fromisoformat(today) - date.fromisoformat(iso_day)).days
    if gap == 0:
        return Stats.tr("today")
    if gap == 1:
        return Stats.tr("yesterday")
    return Stats.tr("on {0}").format(day_name(iso_day))


def region_name(region: str | None) -> str:
    names = {
        "neck": Stats.tr("neck"),
        "shoulders": Stats.tr("shoulders"),
        "upper back": Stats.tr("upper back"),
        "lower back": Stats.tr("lower back"),
        "jaw": Stats.tr("jaw"),
    }
    return names.get(region or "", "")


def kind_name(kind: str) -> str:
    """A reminder kind's name (from the registry's words); other text as it is."""
    return wording.kind_name(Kind(kind)) if kind in Kind._value2member_map_ else kind


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
            Stats.tr("%Ln missed", "", summary.posture_missed) if summary.posture_missed else "",
            Stats.tr("%Ln skipped", "", summary.posture_skipped) if summary.posture_skipped else "",
        ]
    )
    taken = summary.stretch_done + summary.stretch_natural + summary.routines_completed
    breaks_detail = _joined(
        [
            #: Breaks that happened on their own: the user was away from the computer long enough.
            Stats.tr("%Ln natural", "", summary.stretch_natural) if summary.stretch_natural else "",
            Stats.tr("%Ln routines", "", summary.routines_completed) if summary.routines_completed else "",
            Stats.tr("%Ln skipped", "", summary.stretch_skipped) if summary.stretch_skipped else "",
            Stats.tr("%Ln missed", "", summary.stretch_missed) if summary.stretch_missed else "",
            #: Time reminders waited today for calls, calendar events and the like: "held 40 min".
            Stats.tr("held {0}").format(minutes(summary.held_minutes)) if summary.held_minutes >= 1 else "",
        ]
    )
    return [
        Tile(
            Stats.tr("Posture checks"),
            Stats.tr("%Ln done", "", summary.posture_done),
            posture_detail or Stats.tr("none missed"),
            Stats.tr("Posture checks today: {0} done, {1} missed, {2} skipped.").format(
                count(summary.posture_done), count(summary.posture_missed), count(summary.posture_skipped)
            ),
        ),
        Tile(
            Stats.tr("Water"),
            millilitres(summary.water_ml),
            Stats.tr("of {0}").format(millilitres(summary.water_goal_ml)),
            Stats.tr("Water today: {0} of your {1} goal.").format(
                millilitres(summary.water_ml), millilitres(summary.water_goal_ml)
            ),
            fraction=summary.water_fraction,
        ),
        Tile(
            Stats.tr("Breaks"),
            Stats.tr("%Ln taken", "", taken),
            breaks_detail or (Stats.tr("none skipped") if taken else Stats.tr("none yet")),
            Stats.tr(
                "Breaks today: {0} stretch breaks done, {1} taken naturally while away, {2} routines, "
                "{3} skipped, {4} missed.",
            ).format(
                count(summary.stretch_done),
                count(summary.stretch_natural),
                count(summary.routines_completed),
                count(summary.stretch_skipped),
                count(summary.stretch_missed),
            ),
        ),
        Tile(
            Stats.tr("Breathing"),
            minutes(summary.breathing_minutes) if summary.breathing_sessions else Stats.tr("none yet"),
            Stats.tr("%Ln sessions", "", summary.breathing_sessions),
            Stats.tr("Breathing today: {0} in %Ln sessions.", "", summary.breathing_sessions).format(
                minutes(summary.breathing_minutes)
            ),
        ),
        tension_tile(summary.latest_tension, summary),
    ]


def tension_tile(latest: LatestTension | None, summary: TodaySummary) -> Tile:
    if latest is None:
        return Tile(
            Stats.tr("Tension"),
            "–",
            Stats.tr("no check-in yet"),
            Stats.tr("Tension: no check-in yet."),
        )
    where = region_name(latest.region)
    when = relative_day(latest.day, summary.day)
    detail = _joined([where, when])
    spoken = Stats.tr("Latest tension rating: {0}, {1}.").format(
        out_of_ten(latest.level), _joined([where, when])
    )
    if summary.tension_ratings > 1 and summary.tension_average is not None:
        average = Stats.tr("today's average {0}").format(out_of_ten(summary.tension_average))
        detail = _joined([detail, average])
        spoken += " " + Stats.tr("Average of today's %Ln ratings: {0}.", "", summary.tension_ratings).format(
            out_of_ten(summary.tension_average)
        )
    return Tile(Stats.tr("Tension, latest"), out_of_ten(latest.level), detail, spoken)


def streak_tile(caption: str, streak: Streak) -> Tile:
    if streak.judged_days == 0:
        return Tile(
            caption,
            "–",
            Stats.tr("no days yet"),
            Stats.tr("{0}: no days yet.").format(caption),
        )
    detail = Stats.tr("in a row · best {0}").format(count(streak.best))
    spoken = Stats.tr("{0}: met {1} in a row, best {2}.").format(
        caption, days(streak.current), days(streak.best)
    )
    return Tile(caption, days(streak.current), detail, spoken)


def adherence_tile(item: Adherence, period_days: int) -> Tile:
    caption = kind_name(item.kind)
    if item.percent is None:
        return Tile(
            caption,
            "–",
            Stats.tr("no reminders"),
            Stats.tr("{0}: no reminders in the last {1}.").format(caption, days(period_days)),
        )
    detail = Stats.tr("{0} of {1} done").format(count(item.followed), count(item.offered))
    spoken = Stats.tr("{0}: {1} of %Ln reminders done in the last {2}, {3}.", "", item.offered).format(
        caption, count(item.followed), days(period_days), percent(item.percent)
    )
    return Tile(caption, percent(item.percent), detail, spoken)


# ---- the comparison -----------------------------------------------------------------------------


def caveat() -> str:
    return Stats.tr(
        "These are your own numbers side by side. They show what tended to go together on your days, "
        "not what caused what: a calmer day may also leave more room for breaks.",
    )


def tension_comparison(result: TensionByBreaks | TensionByBreaksPending) -> str:
    if isinstance(result, TensionByBreaks):
        return Stats.tr(
            "On the {0} with {1} or more breaks, your average tension rating was {2}. "
            "On the {3} with fewer breaks, it was {4}. "
            "This rests on %Ln ratings from {5} to {6}.",
            "",
            result.more_ratings + result.fewer_ratings,
        ).format(
            days(result.more_days),
            count(result.threshold),
            out_of_ten(round(result.more_average, 1)),
            days(result.fewer_days),
            out_of_ten(round(result.fewer_average, 1)),
            day_name(result.first_day, MEDIUM_DATE),
            day_name(result.last_day, MEDIUM_DATE),
        )
    if result.threshold is None:
        return Stats.tr(
            "Not enough data yet. Rate your tension on a few days (from the tray, or when asked after "
            "a break) and this will compare days with more breaks to days with fewer.",
        )
    return Stats.tr(
        "Not enough data yet. This compares days with {0} or more breaks to days with fewer once each "
        "side has {1} with a tension rating. So far: {2} and {3}.",
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
        moved = Stats.tr("the same") if change == 0 else sign + decimal(abs(change))
        return Stats.tr(
            "Across the %Ln breathing sessions you rated before and after, your stress rating was {0} "
            "before and {1} after on average ({2}).",
            "",
            result.sessions,
        ).format(
            out_of_ten(round(result.before_average, 1)),
            out_of_ten(round(result.after_average, 1)),
            moved,
        )
    return Stats.tr(
        "Not enough data yet: {0} of the %Ln breathing sessions rated before and after that this needs. "
        "The breathing window can ask for a rating before and after a session.",
        "",
        result.needed,
    ).format(count(result.sessions))


# ---- every figure as a row of text ---------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One figure of the statistics window as text, its section, name and value, for the screen-reader and
    copyable table.
    """

    section: str
    name: str
    value: str


def all_figures(snapshot: StatsSnapshot, period: int) -> list[Figure]:
    """What the window shows for `period` days (7 or 30), as (section, figure, value) rows."""
    today = Stats.tr("Today")
    figures = [
        Figure(today, tile.caption, _joined([tile.value, tile.detail]))
        for tile in today_tiles(snapshot.today)
    ]
    streaks = Stats.tr("Streaks")
    for tile in streak_tiles(snapshot):
        figures.append(Figure(streaks, tile.caption, _joined([tile.value, tile.detail])))
    period_name = Stats.tr("Last {0}").format(days(period))
    for item in snapshot.adherence[period]:
        tile = adherence_tile(item, period)
        figures.append(Figure(period_name, tile.caption, _joined([tile.value, tile.detail])))
    comparison = Stats.tr("Comparison")
    figures.append(
        Figure(
            comparison,
            Stats.tr("Tension and breaks"),
            tension_comparison(snapshot.tension_by_breaks),
        )
    )
    figures.append(
        Figure(
            comparison,
            Stats.tr("Breathing before and after"),
            breathing_comparison(snapshot.breathing_change),
        )
    )
    return figures


def streak_tiles(snapshot: StatsSnapshot) -> list[Tile]:
    goals = snapshot.goals
    return [
        streak_tile(Stats.tr("Water goal ({0})").format(millilitres(goals.water_ml)), snapshot.water_streak),
        streak_tile(Stats.tr("Break goal ({0} a day)").format(count(goals.breaks)), snapshot.break_streak),
    ]


# ---- what came of an action ----------------------------------------------------------------------


def outcome_message(outcome: DataOutcome) -> str:
    if isinstance(outcome, ExportDone):
        if outcome.count == 0:
            return Stats.tr("There are no events yet; {0} was saved empty.").format(outcome.path)
        return Stats.tr("Saved %Ln events to {0}.", "", outcome.count).format(outcome.path)
    if isinstance(outcome, ImportDone):
        if outcome.added == 0:
            return Stats.tr(
                "Nothing new in {0}: all %Ln events were already in your log.",
                "",
                outcome.already_present,
            ).format(outcome.path)
        text = Stats.tr("Restored %Ln events from {0}.", "", outcome.added).format(outcome.path)
        if outcome.already_present:
            text += " " + Stats.tr(
                "%Ln were already in your log and were skipped.", "", outcome.already_present
            )
        return text
    if isinstance(outcome, DataCleared):
        return Stats.tr("Deleted %Ln events. Your statistics start again from now.", "", outcome.count)
    assert isinstance(outcome, DataActionFailed)
    return outcome.reason


def span_line(total_events: int, first_day: str | None) -> str:
    if total_events == 0 or first_day is None:
        return Stats.tr("Nothing logged yet. Your numbers appear here as you answer reminders.")
    return Stats.tr("%Ln events logged since {0}, all kept on this computer.", "", total_events).format(
        day_name(first_day, LONG_DATE)
    )


def delete_question(total_events: int, first_day: str | None) -> str:
    if total_events == 0 or first_day is None:
        return Stats.tr("Your log is empty. Delete it anyway?")
    return Stats.tr(
        "Delete all %Ln events Unclench has logged since {0}? Your statistics start again from nothing. "
        "This cannot be undone: export a backup first if you may want them back.",
        "",
        total_events,
    ).format(day_name(first_day, LONG_DATE))
