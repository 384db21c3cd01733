"""The SQL that sums the per-day totals table (day_totals, kept exact by triggers) into the
columns statistics ask for (core/day_activity.py DAILY_COLUMNS): a few thousand rows for years
of history, and one day's few rows (its primary key) for "today"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import get_args

from desktop.core.day_activity import DailyColumn, Measure

_MEASURES = frozenset(get_args(Measure))


def daily_sums_query(
    columns: Sequence[DailyColumn], since_day: str | None = None, until_day: str | None = None
) -> tuple[str, list[str]]:
    """(SQL, parameters) selecting (local_day, one sum per column...) per day within the bounds,
    oldest first. Raises ValueError for a measure that is not a day_totals column."""
    sums: list[str] = []
    parameters: list[str] = []
    for column in columns:
        if column.measure not in _MEASURES:
            raise ValueError(f"unknown measure {column.measure!r}")  # never user input
        conditions = []
        for name, values in (("kind", column.kinds), ("outcome", column.outcomes)):
            if values is not None:
                conditions.append(f"{name} IN ({', '.join('?' * len(values))})" if values else "0")
                parameters += values
        when = " AND ".join(conditions)
        sums.append(
            f"sum(CASE WHEN {when} THEN {column.measure} ELSE 0 END)" if when else f"sum({column.measure})"
        )
    bounds = []
    if since_day is not None:
        bounds.append("local_day >= ?")
        parameters.append(since_day)
    if until_day is not None:
        bounds.append("local_day <= ?")
        parameters.append(until_day)
    where = f" WHERE {' AND '.join(bounds)}" if bounds else ""
    query = (
        f"SELECT local_day, {', '.join(sums)} FROM day_totals{where} GROUP BY local_day ORDER BY local_day"
    )
    return query, parameters
