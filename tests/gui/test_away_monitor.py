"""AwayMonitor: real single-shot timer, fake idle source and fake clock."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pytestqt.qtbot import QtBot

from desktop.core.away import AwayReason, AwayTracker, Left, Returned
from desktop.platform.away_monitor import AwayMonitor
from desktop.platform.idle.base import NullIdleSource
from tests.fakes import FakeClock


class ScriptedIdle:
    name = "scripted"

    def __init__(self) -> None:
        self.value: float | None = 0.0
        self.readings = 0

    def idle_seconds(self) -> float | None:
        self.readings += 1
        return self.value

    def close(self) -> None:
        pass


def make(clock: FakeClock, source: ScriptedIdle | NullIdleSource) -> AwayMonitor:
    # Tiny thresholds so the real timer turns over quickly.
    return AwayMonitor(source, AwayTracker(clock.monotonic, away_after=0.05, away_poll=0.01, min_poll=0.01))


def test_leaving_and_returning_are_signalled(qtbot: QtBot) -> None:
    clock, idle = FakeClock(), ScriptedIdle()
    monitor = make(clock, idle)
    monitor.start()
    idle.value = 0.2
    with qtbot.waitSignal(monitor.left, timeout=2000) as left:
        pass
    assert isinstance(left.args[0], Left) and left.args[0].reason is AwayReason.IDLE
    clock.advance(seconds=120)
    idle.value = 0.0
    with qtbot.waitSignal(monitor.returned, timeout=2000) as back:
        pass
    returned = back.args[0]
    assert isinstance(returned, Returned)
    assert returned.away_seconds >= 120
    monitor.stop()


def test_lock_stops_sampling_and_unlock_returns(qtbot: QtBot) -> None:
    clock, idle = FakeClock(), ScriptedIdle()
    monitor = make(clock, idle)
    monitor.start()
    with qtbot.waitSignal(monitor.left, timeout=2000):
        monitor.on_locked_changed(True)
    readings = idle.readings
    qtbot.wait(100)  # nothing to wait for: sampling is off while locked
    assert idle.readings == readings
    clock.advance(seconds=300)
    with qtbot.waitSignal(monitor.returned, timeout=2000) as back:
        monitor.on_locked_changed(False)
    assert back.args[0].away_seconds == 300
    monitor.stop()


def test_sleep_starts_an_absence(qtbot: QtBot) -> None:
    clock, idle = FakeClock(), ScriptedIdle()
    idle.value = None  # the reading fails after resume for a moment
    monitor = make(clock, idle)
    with qtbot.waitSignal(monitor.left, timeout=2000) as left:
        monitor.on_resumed(3600.0)
    assert left.args[0].reason is AwayReason.ASLEEP
    monitor.stop()


def test_no_idle_source_means_no_timer(qtbot: QtBot) -> None:
    monitor = make(FakeClock(), NullIdleSource())
    monitor.start()
    assert not monitor.available
    assert monitor.idle_seconds() is None
    with qtbot.assertNotEmitted(monitor.left, wait=100):
        pass
