"""Closed windows give their memory back (issue 18): nothing keeps a closed window, its Python
wrapper included, and the next open builds a fresh one."""

from __future__ import annotations

import gc
import weakref
from datetime import UTC, date, datetime

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.settings import Settings
from desktop.services.stats_controller import StatsController
from desktop.storage.eventlog import EventLog
from desktop.ui.fit import keep_fitted
from desktop.ui.window_registry import WindowRegistry
from scripts.sample_history import history
from tests.fakes import FakeClock, FakeStatsDialogs

NOW = datetime(2026, 3, 18, 15, 40, tzinfo=UTC)


def wait_until_released(qtbot: QtBot, ref: weakref.ref[QWidget]) -> None:
    def released() -> bool:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        return ref() is None

    qtbot.waitUntil(released, timeout=2000)


def test_a_closed_statistics_window_is_released_and_the_next_open_builds_a_new_one(qtbot: QtBot) -> None:
    log = EventLog.in_memory()
    log.record_many(history(date(2026, 3, 18), 30))
    controller = StatsController(log, FakeClock(NOW), Settings, FakeStatsDialogs())
    try:
        controller.open_window()
        first = controller.window
        assert first is not None and first.isVisible()
        ref = weakref.ref(first)
        first.close()
        del first
        wait_until_released(qtbot, ref)
        assert controller.window is None
        controller.refresh()  # a new event while it is closed: nothing to show, nothing to fail

        controller.open_window()
        assert controller.window is not None and controller.window.isVisible()
        assert controller.window.snapshot is not None and controller.window.snapshot.total_events > 0
        controller.window.close()
    finally:
        log.close()


def test_a_window_that_keeps_fitted_is_released_when_deleted_before_its_fit(qtbot: QtBot) -> None:
    # keep_fitted posts a fit for after the show; a window closed before that must not be kept by it.
    window = QWidget()
    QVBoxLayout(window).addWidget(QLabel("some text that wraps " * 10))
    keep_fitted(window)
    registry = WindowRegistry()
    registry.show("test", window)  # deleted on close
    ref = weakref.ref(window)
    del window
    registry.close("test")  # before the event loop ran the posted fit
    wait_until_released(qtbot, ref)
    assert "test" not in registry


def test_a_registered_window_is_forgotten_when_it_closes(qtbot: QtBot) -> None:
    registry = WindowRegistry()
    window = QWidget()
    registry.show("breathing", window)
    assert registry.get("breathing") is window
    ref = weakref.ref(window)
    del window
    ref_window = ref()
    assert ref_window is not None
    ref_window.close()
    del ref_window
    wait_until_released(qtbot, ref)
    assert registry.get("breathing") is None
