"""Every figure of the statistics window as a row of text (section, figure, value): the table a
screen reader reads and a person can copy."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.stats_snapshot import StatsSnapshot
from desktop.ui.stats_comparison_text import breathing_comparison, tension_comparison
from desktop.ui.stats_text import (
    Stats,
    Tile,
    adherence_tile,
    count,
    days,
    joined,
    millilitres,
    streak_tile,
    today_tiles,
)

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
    """What the window shows for `period` days (one of PERIODS), as (section, figure, value) rows."""
    today = Stats.tr("Today")
    figures = [
        Figure(today, tile.caption, joined([tile.value, tile.detail])) for tile in today_tiles(snapshot.today)
    ]
    streaks = Stats.tr("Streaks")
    for tile in streak_tiles(snapshot):
        figures.append(Figure(streaks, tile.caption, joined([tile.value, tile.detail])))
    period_name = Stats.tr("Last {0}").format(days(period))
    for item in snapshot.adherence[period]:
        tile = adherence_tile(item, period)
        figures.append(Figure(period_name, tile.caption, joined([tile.value, tile.detail])))
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
