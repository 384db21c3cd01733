"""Issue 17.7: a time-zone change while running is followed: the clock looks again, and the engine
moves its midnight and announces the new day."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
import tzlocal
from pytestqt.qtbot import QtBot

from desktop.core import clock as clock_module
from desktop.core.clock import SystemClock
from desktop.core.policy import ReminderPolicy
from desktop.core.settings import Settings
from desktop.services.engine import ReminderEngine
from desktop.services.scheduling import GuiThreadScheduler


@pytest.fixture
def zone_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    tzlocal.reload_localzone()
    yield
    monkeypatch.delenv("TZ")
    tzlocal.reload_localzone()


def test_the_system_clock_follows_a_new_zone(zone_env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = SystemClock()
    assert str(clock.local_zone()) == "Europe/Berlin"
    os.environ["TZ"] = "Asia/Tokyo"
    assert str(clock.local_zone()) == "Europe/Berlin"  # looked up at most once a minute
    monkeypatch.setattr(clock_module, "ZONE_RECHECK_SECONDS", 0.0)
    assert str(clock.local_zone()) == "Asia/Tokyo"


def test_the_engine_moves_midnight_to_the_new_zone(
    qtbot: QtBot, zone_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock_module, "ZONE_RECHECK_SECONDS", 0.0)
    engine = ReminderEngine(ReminderPolicy(Settings(), SystemClock()), GuiThreadScheduler())
    engine.start()
    try:
        midnight = engine._scheduler.get_job("midnight")
        assert str(midnight.trigger.timezone) == "Europe/Berlin"
        os.environ["TZ"] = "Asia/Tokyo"
        with qtbot.waitSignal(engine.day_changed, timeout=1000):
            engine.refresh()  # what the heartbeat's ClockChanged finding leads to
        assert str(engine._scheduler.get_job("midnight").trigger.timezone) == "Asia/Tokyo"
    finally:
        engine.stop()
