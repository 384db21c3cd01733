"""What an imported event may hold: the same limits as an event entered live.

A backup is untrusted input: one value outside these limits (a drink of 1e308 ml, a negative
duration, a rating of 11) would otherwise sit in the log for good and break every total that
sums it. Each check returns a sentence naming the field, or None. The limits themselves live in
desktop/core/settings.py (DRINK_ML, RATING); the kinds and their outcomes in their core modules.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from typing import Any

from desktop.core.breathing import EVENT_KIND as BREATHING_KIND
from desktop.core.events import Activity, Kind, Outcome
from desktop.core.i18n import _
from desktop.core.routine_player import ROUTINE_EVENT_KIND, RoutineOutcome
from desktop.core.settings import DRINK_ML, RATING, Range
from desktop.core.tension import KIND as TENSION_KIND
from desktop.core.tension import TensionOutcome

EARLIEST_YEAR = 2000  # before any Unclench; a day before it is a typing error, not history
DAY_SECONDS = 86_400  # no single session lasts longer than a day
_SESSION_SECONDS = Range(0, DAY_SECONDS, "seconds")
_COUNT = Range(0, 10_000, "steps")

_ACTIVITY_OUTCOMES: Mapping[Activity, frozenset[str]] = {
    BREATHING_KIND: frozenset((Outcome.COMPLETED, Outcome.STOPPED)),
    ROUTINE_EVENT_KIND: frozenset(RoutineOutcome),
    TENSION_KIND: frozenset(TensionOutcome),
    Activity.HOLD: frozenset((Outcome.ENDED,)),
}
# every kind the log can hold: a new Activity without its outcomes above fails here, at import
OUTCOMES: Mapping[str, frozenset[str]] = {
    **{kind.value: frozenset(Outcome) for kind in Kind},
    **{activity.value: _ACTIVITY_OUTCOMES[activity] for activity in Activity},
}
# details fields with a limit, per kind: (field, limit, may be null)
_LIMITED: Mapping[str, tuple[tuple[str, Range, bool], ...]] = {
    Kind.HYDRATION.value: (("ml", DRINK_ML, False),),
    BREATHING_KIND: (("rating_before", RATING, True), ("rating_after", RATING, True)),
    ROUTINE_EVENT_KIND: (
        ("duration_seconds", _SESSION_SECONDS, False),
        ("steps_completed", _COUNT, False),
        ("steps_total", _COUNT, False),
    ),
    TENSION_KIND: (("level", RATING, False),),
    Activity.HOLD.value: (("seconds", _SESSION_SECONDS, False),),
}


def kind_problem(kind: str, outcome: str) -> str | None:
    """Why (kind, outcome) is not an event this version writes, or None."""
    outcomes = OUTCOMES.get(kind)
    if outcomes is None:
        return _("has the kind {kind}, which is not one Unclench logs ({kinds})").format(
            kind=repr(kind), kinds=", ".join(sorted(OUTCOMES))
        )
    if outcome not in outcomes:
        return _("has the outcome {outcome}, which a {kind} event cannot have ({outcomes})").format(
            outcome=repr(outcome), kind=kind, outcomes=", ".join(sorted(outcomes))
        )
    return None


def day_problem(day: str, latest: date) -> str | None:
    """Why the local day `day` (already a valid YYYY-MM-DD) is not plausible, or None."""
    year = int(day[:4])
    if year < EARLIEST_YEAR or day > latest.isoformat():
        return _("has the day {day}, outside {first} to {last}").format(
            day=day, first=f"{EARLIEST_YEAR}-01-01", last=latest.isoformat()
        )
    return None


def details_problem(kind: str, details: Mapping[str, Any]) -> str | None:
    """Why `details` holds a value live entry would never write, or None: every number finite,
    every `*_seconds` within a day and not negative, and each kind's limited fields in range."""
    for name, value in details.items():
        problem = _number_problem(value)
        if problem:
            return _("has details.{name} that {problem}").format(name=name, problem=problem)
        if name.endswith("_seconds") and value is not None:
            if isinstance(value, bool) or not isinstance(value, int | float):
                return _("has details.{name} that must be a number of seconds").format(name=name)
            if not 0 <= value <= DAY_SECONDS:
                return _(
                    "has details.{name} that must be between 0 and {most} seconds (found {value})"
                ).format(name=name, most=DAY_SECONDS, value=value)
    for name, limit, nullable in _LIMITED.get(kind, ()):
        if name not in details or (nullable and details[name] is None):
            continue
        problem = limit.problem(details[name])
        if problem:
            return _("has details.{name} that {problem} (found {value})").format(
                name=name, problem=problem, value=repr(details[name])
            )
    return None


def _number_problem(value: object, depth: int = 0) -> str | None:
    if isinstance(value, float) and not math.isfinite(value):
        return _("is not a finite number")
    if depth < 8 and isinstance(value, list | tuple):
        return next(filter(None, (_number_problem(item, depth + 1) for item in value)), None)
    if depth < 8 and isinstance(value, dict):
        return next(filter(None, (_number_problem(item, depth + 1) for item in value.values())), None)
    return None
