"""The one Qt object the app listens to for sleep, lock and clock changes.

OS sources deliver SLEEP/WAKE/LOCK/UNLOCK; a coarse heartbeat timer catches what they miss (no
logind, a lost signal, a clock or time-zone change). Heartbeat (pure, in core) decides, so a sleep
seen by both an OS signal and the heartbeat is reported once.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desktop.core.heartbeat import ClockChanged, Finding, Heartbeat, Slept
from desktop.platform.session.base import SessionSignal, SessionSource

HEARTBEAT_INTERVAL_MS = 60_000


class SessionWatcher(QObject):
    """Owns the session sources that started, the last lock state and the heartbeat timer, and turns OS
    announcements and heartbeat findings into one stream of facts, each sleep once.

    Signals: `resumed(float)` the machine woke after sleeping this many seconds; `locked_changed(bool)` the
    screen was locked or unlocked; `clock_changed()` the wall clock or time zone changed.
    """

    resumed = Signal(float)  # seconds the machine slept
    locked_changed = Signal(bool)
    clock_changed = Signal()

    def __init__(
        self,
        heartbeat: Heartbeat,
        sources: Sequence[SessionSource] = (),
        interval_ms: int = HEARTBEAT_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._heartbeat = heartbeat
        self._candidates = tuple(sources)
        self._active: list[SessionSource] = []
        self._locked: bool | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)  # whole seconds are plenty
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.beat)

    @property
    def name(self) -> str:
        """What is in use, for the settings."""
        return ", ".join([source.name for source in self._active] + ["clock heartbeat"])

    @property
    def locked(self) -> bool:
        return bool(self._locked)

    def start(self) -> None:
        self._active = [source for source in self._candidates if source.start(self)]
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        for source in self._active:
            source.close()
        self._active = []

    def deliver(self, signal: SessionSignal) -> None:
        """Called by the sources, on the GUI thread."""
        if signal is SessionSignal.SLEEP:
            self._heartbeat.sleep_announced()
        elif signal is SessionSignal.WAKE:
            self._report(self._heartbeat.wake_announced())
        else:
            locked = signal is SessionSignal.LOCK
            if locked != self._locked:  # GNOME and freedesktop may both say it
                self._locked = locked
                self.locked_changed.emit(locked)

    def beat(self) -> None:
        self._report(self._heartbeat.beat())

    def _report(self, findings: list[Finding]) -> None:
        for finding in findings:
            if isinstance(finding, Slept):
                self.resumed.emit(finding.seconds)
        if any(isinstance(finding, ClockChanged) for finding in findings):
            self.clock_changed.emit()
