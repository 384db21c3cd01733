"""What the statistics window says about the comparisons: what went together, with the counts it
rests on, and never a cause."""

from __future__ import annotations

from desktop.core.comparison import (
    BreathingChange,
    BreathingChangePending,
    TensionByBreaks,
    TensionByBreaksPending,
)
from desktop.ui.stats_text import MEDIUM_DATE, Stats, count, day_name, days, decimal, out_of_ten

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
