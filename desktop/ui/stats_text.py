"""Every sentence and number the statistics window shows, translated and formatted in one place.

Numbers follow the user's locale (1,250 or 1.250). Nothing here claims a cause: the comparison
says what went together, with the counts it rests on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from desktop.core.kinds import Kind
from desktop.core.stats import Adherence, LatestTension, TodaySummary
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


def joined(parts: list[str]) -> str:
    return " · ".join(part for part in parts if part)


def today_tiles(summary: TodaySummary) -> list[Tile]:
    posture_detail = joined(
        [
            Stats.tr("%Ln missed", "", summary.posture_missed) if summary.posture_missed else "",
            Stats.tr("%Ln skipped", "", summary.posture_skipped) if summary.posture_skipped else "",
        ]
    )
    taken = summary.stretch_done + summary.stretch_natural + summary.routines_completed
    breaks_detail = joined(
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
    detail = joined([where, when])
    spoken = Stats.tr("Latest tension rating: {0}, {1}.").format(
        out_of_ten(latest.level), joined([where, when])
    )
    if summary.tension_ratings > 1 and summary.tension_average is not None:
        average = Stats.tr("today's average {0}").format(out_of_ten(summary.tension_average))
        detail = joined([detail, average])
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
