"""Start-up and `unclench status` read the log by index only, so they cost the same at any log
size (issue 18): every statement the composed app runs while it builds, starts and answers a
status is captured and its query plan checked (a plan, not a stopwatch; see
tests/unit/test_log_read_plans.py for why a small log shows a large log's plan)."""

from __future__ import annotations

import gc
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from desktop.app import UnclenchApp
from desktop.core.commands import Status
from desktop.core.events import Event, Kind, Outcome
from desktop.storage.eventlog import EventLog
from desktop.storage.paths import AppPaths
from tests.fakes import FakeClock

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # 10:00 in Berlin, the FakeClock's zone


def test_building_starting_and_a_status_never_walk_the_events(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "run")
    paths.ensure()
    history, _ = EventLog.open(paths.database)
    for day in ("2026-11-21", "2026-11-22", "2026-11-23"):
        history.record(Event(Kind.HYDRATION, Outcome.DONE, day, answered_at=NOW, details={"ml": 250}))
        history.record(Event(Kind.POSTURE, Outcome.SKIPPED, day, answered_at=NOW))
    history.close()

    statements: list[str] = []
    opened = EventLog.open_or_in_memory.__func__  # type: ignore[attr-defined]

    def traced_open(cls: type[EventLog], *args: Any, **kwargs: Any) -> tuple[EventLog, tuple[str, ...]]:
        log, notices = opened(cls, *args, **kwargs)
        log.connection.set_trace_callback(statements.append)
        return log, notices

    monkeypatch.setattr(EventLog, "open_or_in_memory", classmethod(traced_open))
    app = UnclenchApp(qapp, paths, FakeClock(NOW))
    try:
        app.start()
        status = app.dispatcher.run(Status())
    finally:
        app.shutdown()
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()

    assert status.data is not None
    assert status.data["today"]["water_ml"] == 250  # today's numbers, read from the totals
    assert status.data["today"]["posture_skipped"] == 1
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert any("FROM events" in s for s in reads)  # today's events, for the break coordinator
    with sqlite3.connect(paths.database) as db:
        for statement in reads:
            plan = [str(row[-1]) for row in db.execute(f"EXPLAIN QUERY PLAN {statement}")]
            assert not any(step.startswith("SCAN events") for step in plan), (statement, plan)
