"""APScheduler 3.x on the Qt GUI thread, without the two defects of its shipped QtScheduler.

The shipped scheduler keeps the None that `QTimer.singleShot()` returns, so it can never stop a
timer: every add/modify/wakeup starts one more self-re-arming chain. And its default executor is a
thread pool, so jobs touch widgets off the GUI thread. Here ONE QTimer is restarted (never stacked),
`wakeup()` is safe from any thread (it re-arms through a queued signal), and jobs run on the GUI
thread through the synchronous DebugExecutor. Jobs must stay short.
"""

from __future__ import annotations

from typing import Any

from apscheduler.executors.debug import DebugExecutor
from apscheduler.schedulers.base import BaseScheduler
from PySide6.QtCore import QObject, Qt, QTimer, Signal

_MAX_TIMER_MS = 2_147_483_647  # QTimer takes a signed 32-bit millisecond count (~24.8 days)


class _Wakeups(QObject):
    requested = Signal()


class GuiThreadScheduler(BaseScheduler):
    """APScheduler on the GUI thread: owns the one QTimer (restarted, never stacked) and runs jobs
    synchronously there; `passes` counts processing passes for the tests."""

    def __init__(self, **options: Any) -> None:
        # Created on the GUI thread: the timer and the queued wakeup belong to it.
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        # A coarse timer may fire seconds late on long waits; reminders should be on the minute.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._process_jobs)
        self._wakeups = _Wakeups()
        self._wakeups.requested.connect(self._wake_now, Qt.ConnectionType.QueuedConnection)
        self.passes = 0  # processing passes so far: lets tests prove timers do not stack
        super().__init__(**options)

    def _create_default_executor(self) -> DebugExecutor:
        return DebugExecutor()

    def shutdown(self, wait: bool = True) -> None:
        super().shutdown(wait)
        self._timer.stop()

    def wakeup(self) -> None:
        self._wakeups.requested.emit()

    def _wake_now(self) -> None:
        self._start_timer(0)

    def _start_timer(self, wait_seconds: float | None) -> None:
        if wait_seconds is None:
            self._timer.stop()
        else:
            self._timer.start(min(int(wait_seconds * 1000), _MAX_TIMER_MS))

    def _process_jobs(self) -> None:
        self.passes += 1
        self._start_timer(super()._process_jobs())
