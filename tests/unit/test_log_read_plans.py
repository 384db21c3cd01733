"""Reads that start-up and `unclench status` make never walk the whole log (issue 18).

A plan, not a stopwatch: every statement the log runs is captured with SQLite's trace callback and
asked for its query plan. Without ANALYZE statistics SQLite plans the same for an empty table as
for two million rows, so a small log shows the plan a large one gets.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.day_activity import DAILY_COLUMNS
from desktop.core.events import Event, Kind, Outcome
from desktop.storage.eventlog import EventLog

T0 = datetime(2024, 5, 2, 9, 0, tzinfo=UTC)


def plans(db: sqlite3.Connection, statements: list[str]) -> list[str]:
    """The query plan of every SELECT among `statements` (their parameters already bound in)."""
    found = []
    for statement in statements:
        if statement.lstrip().upper().startswith("SELECT"):
            rows = db.execute(f"EXPLAIN QUERY PLAN {statement}").fetchall()
            found.append(" / ".join(str(row[-1]) for row in rows))
    return found


def walks_the_events(plan: str) -> bool:
    """A plan that visits every event (or every entry of an index on them): it grows with the log."""
    return any(step.startswith("SCAN events") for step in plan.split(" / "))


@pytest.fixture
def log(tmp_path: Path) -> Iterator[EventLog]:
    opened, _ = EventLog.open(tmp_path / "unclench.sqlite3")
    yield opened
    opened.close()


def traced(log: EventLog) -> list[str]:
    statements: list[str] = []
    log.connection.set_trace_callback(statements.append)
    return statements


def test_the_events_since_a_day_come_from_the_day_index_oldest_row_first(log: EventLog) -> None:
    # A backup imported later holds an earlier day: "oldest first" still means the row order.
    later = log.record(Event(Kind.POSTURE, Outcome.DONE, "2024-05-03", answered_at=T0))
    earlier = log.record(Event(Kind.HYDRATION, Outcome.DONE, "2024-05-02", details={"ml": 250}))
    log.record(Event(Kind.STRETCH, Outcome.DONE, "2024-05-01"))
    statements = traced(log)

    assert [s.id for s in log.events(since_day="2024-05-02")] == [later, earlier]
    assert [s.id for s in log.events(since_day="2024-05-02", kinds=[Kind.HYDRATION])] == [earlier]

    found = plans(log.connection, statements)
    assert len(found) == 2
    for plan in found:
        assert not walks_the_events(plan), plan
        assert "USING" in plan and "INDEX" in plan, plan
    assert "events_by_day" in found[0]


def test_todays_numbers_are_read_from_the_day_totals_key(log: EventLog) -> None:
    log.record(Event(Kind.HYDRATION, Outcome.DONE, "2024-05-02", details={"ml": 250}))
    statements = traced(log)

    log.day_totals(DAILY_COLUMNS, "2024-05-02")
    log.water_total_ml("2024-05-02")

    found = plans(log.connection, statements)
    assert len(found) == 2
    for plan in found:
        assert not walks_the_events(plan), plan
        assert "SEARCH day_totals" in plan, plan
