"""The statistics read the log through its indexes and the day totals, never a scan of every event
(issue 18: the window must open as fast with 2M events as with 2,000). Checked on SQLite's own
query plans (EXPLAIN QUERY PLAN of the statements really run), not on timings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop.core.clock import local_day
from desktop.core.events import Event
from desktop.core.stats import Goals
from desktop.services.stats_service import StatsRequest, StatsService
from desktop.storage.eventlog import EventLog
from scripts.sample_history import history
from tests.fakes import FakeClock

TODAY = date(2026, 3, 18)
NOW = datetime(2026, 3, 18, 15, 40, tzinfo=UTC)


@pytest.fixture
def log(tmp_path: Path) -> Iterator[EventLog]:
    opened, _ = EventLog.open(tmp_path / "unclench.sqlite3")
    opened.record_many(history(TODAY, 40))
    yield opened
    opened.close()


def plans(log: EventLog, action: Callable[[], object]) -> dict[str, list[str]]:
    """{statement: its plan's steps} of every SELECT that `action` runs on the log."""
    statements: list[str] = []
    log.connection.set_trace_callback(statements.append)
    try:
        action()
    finally:
        log.connection.set_trace_callback(None)
    selects = [sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]
    assert selects, "the action read nothing"
    return {sql: [row[3] for row in log.connection.execute(f"EXPLAIN QUERY PLAN {sql}")] for sql in selects}


def scans_of_events(found: dict[str, list[str]]) -> list[str]:
    return [
        f"{step}: {sql}" for sql, steps in found.items() for step in steps if step.startswith("SCAN events")
    ]


def test_the_window_figures_never_scan_the_events(log: EventLog) -> None:
    found = plans(log, lambda: StatsService(log, FakeClock(NOW)).figures(StatsRequest(Goals())))
    assert scans_of_events(found) == []
    # The whole history comes from the per-day totals, a few rows a day.
    assert any("day_totals" in step for steps in found.values() for step in steps)


def test_the_last_week_is_read_through_the_day_index(log: EventLog) -> None:
    found = plans(log, lambda: log.events(since_day="2026-03-12"))
    (steps,) = found.values()
    assert any(step.startswith("SEARCH events USING INDEX events_by_day") for step in steps), steps


def test_today_for_the_break_ledger_is_read_through_the_day_index(log: EventLog) -> None:
    today = local_day(NOW, FakeClock(NOW).local_zone())
    found = plans(log, lambda: log.events(since_day=today))  # what ActivityLog.today_events reads
    assert scans_of_events(found) == []


def test_the_span_of_the_history_is_two_key_look_ups(log: EventLog) -> None:
    found = plans(log, log.day_bounds)
    (steps,) = found.values()
    assert steps.count("SEARCH day_totals USING PRIMARY KEY") == 2
    assert not any(step.startswith("SCAN day_totals") for step in steps)
    span = log.span()
    assert log.day_bounds() == (span.first_day, span.last_day) and span.last_day == TODAY.isoformat()


def test_events_since_a_day_still_come_in_the_order_they_were_logged(log: EventLog) -> None:
    # An older day logged after a newer one (an import, a clock set back): row order, not day order.
    log.record(Event(kind="posture", outcome="done", local_day="2026-03-19", answered_at=NOW))
    log.record(Event(kind="posture", outcome="done", local_day="2026-03-17", answered_at=NOW))
    ids = [stored.id for stored in log.events(since_day="2026-03-17")]
    assert ids == sorted(ids)
    assert [stored.event.local_day for stored in log.events(since_day="2026-03-17")][-2:] == [
        "2026-03-19",
        "2026-03-17",
    ]


def test_the_size_of_the_history_is_found_by_key_look_ups(log: EventLog) -> None:
    service = StatsService(log, FakeClock(NOW))
    found = plans(log, service.history_size)
    steps = [step for steps in found.values() for step in steps]
    assert not any(step.startswith(("SCAN events", "SCAN day_totals")) for step in steps), steps
    days, week = service.history_size()
    span = log.span()
    assert span.first_day is not None and span.last_day is not None
    assert days == (date.fromisoformat(span.last_day) - date.fromisoformat(span.first_day)).days + 1
    assert week == len(log.events(since_day="2026-03-12")) > 0
