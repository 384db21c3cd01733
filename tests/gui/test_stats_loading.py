"""A long history: the statistics window paints its frame at once and its figures follow from a
thread (issue 18); a short one is computed at once, as before. Offscreen, real log files."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.core.settings import Settings
from desktop.core.stats import Goals
from desktop.services import stats_loader
from desktop.services.stats_controller import StatsController
from desktop.services.stats_loader import SYNC_DAYS, SYNC_WEEK_EVENTS, StatsLoader
from desktop.services.stats_service import StatsFigures, StatsRequest, StatsService
from desktop.storage.eventlog import EventLog, StorageError
from desktop.ui.sitting_view import SittingView
from scripts.sample_history import history
from tests.fakes import FakeClock, FakeStatsDialogs

TODAY = date(2026, 3, 18)
NOW = datetime(2026, 3, 18, 15, 40, tzinfo=UTC)
LONG = SYNC_DAYS + 30  # days of history: more than is computed on the GUI thread


def open_log(path: Path, days: int) -> EventLog:
    log, _ = EventLog.open(path)
    log.record_many(history(TODAY, days))
    return log


@pytest.fixture
def long_log(tmp_path: Path) -> Iterator[EventLog]:
    log = open_log(tmp_path / "unclench.sqlite3", LONG)
    yield log
    log.close()


@pytest.fixture
def controller(qtbot: QtBot, long_log: EventLog) -> Iterator[StatsController]:
    settings = Settings()
    wired = StatsController(long_log, FakeClock(NOW), lambda: settings, FakeStatsDialogs())
    yield wired
    if wired.window is not None:
        wired.window.close()
    finish_workers()


def finish_workers() -> None:
    """Wait for every statistics thread to end, then deliver what they sent (a queued signal)."""
    for worker in threading.enumerate():
        if worker.name == "unclench-stats":
            worker.join(timeout=20)
            assert not worker.is_alive()
    QApplication.processEvents()


def test_a_long_history_paints_its_frame_first_and_its_figures_follow(
    qtbot: QtBot, controller: StatsController, long_log: EventLog, tmp_path: Path
) -> None:
    controller.open_window()
    window = controller.window
    assert window is not None and window.isVisible()
    # The frame only: greyed, nothing to act on (a delete could not say how much goes), no figure.
    assert window.snapshot is None and not window.content.isEnabled() and not window.data_bar.isEnabled()
    assert window.title.text() == "" and window.subtitle.text() == ""
    window.grab().save(str(tmp_path / "loading.png"))

    qtbot.waitUntil(lambda: window.snapshot is not None, timeout=20_000)
    expected = StatsService(long_log, FakeClock(NOW)).figures(StatsRequest(controller.goals()))
    assert window.snapshot == expected.snapshot  # the very figures computed on the GUI thread
    assert window.content.isEnabled() and window.data_bar.isEnabled()
    assert "Today" in window.title.text() and str(expected.snapshot.total_events) in window.subtitle.text()
    sitting = window.findChild(SittingView, "sitting_view")
    assert sitting is not None and len(sitting.rows) == 7
    texts = [label.text() for label in sitting.rows[-1] if isinstance(label, QLabel)]
    assert any("movement breaks" in text for text in texts)
    window.grab().save(str(tmp_path / "loaded.png"))


def test_a_short_history_is_shown_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    log = open_log(tmp_path / "short.sqlite3", 30)
    try:
        loader = StatsLoader(log, FakeClock(NOW))
        answer = loader.load(StatsRequest(Goals()))
        assert isinstance(answer, StatsFigures) and answer.snapshot.total_events == log.span().events
    finally:
        log.close()


def test_opening_the_window_looks_up_the_history_size_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = open_log(tmp_path / "short.sqlite3", 30)
    looked_up: list[int] = []
    size = StatsService.history_size

    def counted(service: StatsService) -> tuple[int, int]:
        looked_up.append(1)
        return size(service)

    monkeypatch.setattr(StatsService, "history_size", counted)
    settings = Settings()
    controller = StatsController(log, FakeClock(NOW), lambda: settings, FakeStatsDialogs())
    try:
        controller.open_window()
        assert controller.window is not None and controller.window.snapshot is not None
        assert len(looked_up) == 1
    finally:
        if controller.window is not None:
            controller.window.close()
        log.close()


def test_a_short_history_with_a_busy_week_is_computed_on_the_thread(tmp_path: Path) -> None:
    log = open_log(tmp_path / "busy.sqlite3", 30)
    try:
        assert StatsService(log, FakeClock(NOW)).history_size()[1] < SYNC_WEEK_EVENTS
        log.record_many(list(history(TODAY, 7)) * 12)  # the same week again and again: a busy one
        loader = StatsLoader(log, FakeClock(NOW))
        assert loader.load(StatsRequest(Goals())) is None  # its answer comes with `loaded`
        loader.cancel()
        finish_workers()
    finally:
        log.close()


def test_a_window_closed_before_its_figures_arrive_gets_none(
    qtbot: QtBot, controller: StatsController
) -> None:
    delivered: list[object] = []
    controller._loader.loaded.connect(delivered.append)
    controller.open_window()
    window = controller.window
    assert window is not None
    controller.refresh()  # the figures are being computed now, whether it painted yet or not
    window.close()
    QApplication.processEvents()
    finish_workers()
    assert controller.window is None and delivered == []


def test_the_figures_are_computed_once_the_frame_has_painted(
    qtbot: QtBot, controller: StatsController
) -> None:
    started: list[bool] = []
    controller._loader.load = lambda request, quick=None: started.append(True)  # type: ignore[method-assign]
    controller.open_window()
    assert started == []  # nothing competes with building and painting the window
    qtbot.waitUntil(lambda: started == [True], timeout=5000)


def test_only_the_newest_request_is_answered(qtbot: QtBot, long_log: EventLog) -> None:
    loader = StatsLoader(long_log, FakeClock(NOW))
    delivered: list[object] = []
    loader.loaded.connect(delivered.append)
    assert loader.load(StatsRequest(Goals(water_ml=1000))) is None
    assert loader.load(StatsRequest(Goals(water_ml=3000))) is None  # e.g. the goal changed meanwhile
    finish_workers()
    (answer,) = delivered
    assert isinstance(answer, StatsFigures) and answer.snapshot.goals.water_ml == 3000


def test_a_log_the_thread_cannot_read_is_reported_and_the_empty_frame_closed(
    qtbot: QtBot, controller: StatsController, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreadable(path: Path, **_: object) -> EventLog:
        raise StorageError(f"Unclench could not read its log {path}.")

    monkeypatch.setattr(stats_loader.EventLog, "open_for_reading", unreadable)
    with qtbot.waitSignal(controller.problem, timeout=20_000) as problem:
        controller.open_window()
    assert "could not read" in problem.args[0]
    qtbot.waitUntil(lambda: controller.window is None, timeout=5000)
