"""Issue 17.8: restoring a large backup runs on a thread of its own, with progress and cancel, and the
GUI thread keeps answering meanwhile."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core.data_requests import ImportDone
from desktop.core.events import Event, Kind, Outcome
from desktop.services.background_import import BackgroundImport
from desktop.storage.eventlog import EventLog
from desktop.storage.export import export_to_file

EVENTS = 20_000


def backup_of(tmp_path: Path, count: int) -> Path:
    source, _ = EventLog.open(tmp_path / "source.sqlite3")
    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    days = [(start + timedelta(hours=n)).date().isoformat() for n in range(count)]
    source.record_many(Event(Kind.HYDRATION, Outcome.DONE, day, details={"ml": 250}) for day in days)
    path = tmp_path / "backup.json"
    export_to_file(source, path, "json", exported_at=start)
    source.close()
    return path


def test_a_large_import_runs_beside_the_gui_with_progress(qtbot: QtBot, tmp_path: Path) -> None:
    backup = backup_of(tmp_path, EVENTS)
    log, _ = EventLog.open(tmp_path / "app.sqlite3")
    job = BackgroundImport(log.path, backup)
    steps: list[object] = []
    job.progressed.connect(steps.append)
    ticks = []
    from PySide6.QtCore import QTimer

    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start()
    with qtbot.waitSignal(job.finished, timeout=60_000) as finished:
        job.start()
    ticker.stop()
    outcome = finished.args[0]
    assert isinstance(outcome, ImportDone) and outcome.added == EVENTS and not outcome.cancelled
    assert steps, "no progress was reported"
    assert len(ticks) >= 3  # the GUI thread's timers kept running during the import
    assert log.span().events == EVENTS  # the app's own connection sees the rows
    log.close()


def test_cancel_stops_the_import(qtbot: QtBot, tmp_path: Path) -> None:
    backup = backup_of(tmp_path, EVENTS)
    log, _ = EventLog.open(tmp_path / "app.sqlite3")
    job = BackgroundImport(log.path, backup)
    job.progressed.connect(lambda _step: job.cancel())  # the user presses Cancel at the first news
    with qtbot.waitSignal(job.finished, timeout=60_000) as finished:
        job.start()
    outcome = finished.args[0]
    assert isinstance(outcome, ImportDone) and outcome.cancelled
    assert outcome.added < EVENTS
    log.close()
