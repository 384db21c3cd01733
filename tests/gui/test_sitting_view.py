"""The daily sitting view: the service reads it from the log, the view shows work time beside the
movement breaks due for it (never blocking) and the longest stretch."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core.events import Event, Kind, Outcome
from desktop.core.sitting import SittingDay
from desktop.services.activity_log import ActivityLog
from desktop.services.stats_service import StatsService
from desktop.storage.eventlog import EventLog
from desktop.ui.sitting_view import SittingView, duration
from tests.fakes import FakeClock


def test_the_service_gives_a_week_oldest_first_from_the_log() -> None:
    clock = FakeClock()
    log = EventLog.in_memory()
    start = clock.now() - timedelta(hours=3)
    day = "2026-11-23"
    log.record(Event(Kind.POSTURE, Outcome.DONE, day, answered_at=start))
    log.record(
        Event(
            Kind.MOVEMENT,
            Outcome.DONE,
            day,
            answered_at=start + timedelta(minutes=65),
            details={"seconds": 300},
        )
    )
    log.record(
        Event(
            Kind.HYDRATION, Outcome.DONE, day, answered_at=start + timedelta(minutes=120), details={"ml": 250}
        )
    )
    service = StatsService(log, clock)
    week = service.sitting_days(7)
    assert [d.day for d in week][-1] == day and len(week) == 7
    assert week[-1] == SittingDay(day, (60 + 55) * 60, 1, 60 * 60)
    assert week[0] == SittingDay("2026-11-17", 0.0, 0, 0.0)
    today = ActivityLog(log, clock).today_events()  # what seeds the break ledger at start
    assert [e.kind for e in today] == [Kind.POSTURE, Kind.MOVEMENT, Kind.HYDRATION]


def test_the_view_shows_work_breaks_against_those_due_and_the_longest_stretch(
    qtbot: QtBot, tmp_path: Path
) -> None:
    view = SittingView()
    qtbot.addWidget(view)
    view.show_days(
        [SittingDay("2026-11-22", 0.0, 0, 0.0), SittingDay("2026-11-23", 4 * 3600 + 300, 2, 5400)], 60
    )
    view.show()
    qtbot.waitExposed(view)
    [_, (name, worked, breaks, bar, longest)] = view.rows
    assert worked.text() == "worked 4 h 05 min"
    assert (bar.value(), bar.maximum(), breaks.text()) == (2, 4, "2 of 4 movement breaks")
    assert longest.text() == "longest sitting 1 h 30 min"
    assert "2026" not in name.text() and name.text()
    assert duration(59) == "0 min" and duration(45 * 60) == "45 min"
    assert view.grab().save(str(tmp_path / "sitting.png"))
