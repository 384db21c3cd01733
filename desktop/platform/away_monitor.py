"""Samples the idle source on the plan the AwayTracker gives, and says when the user left and came back.

One single-shot QTimer, re-armed after each reading for `tracker.next_sample_delay()`: about one
wake-up per `away_after` seconds while the user works, every few seconds while away, none while
the screen is locked or when there is no idle source. Lock and sleep come in from the
SessionWatcher (connect `locked_changed` and `resumed` to the slots below).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from desktop.core.away import AwayTracker, Left, Returned
from desktop.platform.idle.base import IdleSource, NullIdleSource


class AwayMonitor(QObject):
    """Owns the single-shot QTimer that samples the idle source on the AwayTracker's plan, and feeds lock and
    resume events to the tracker.

    Signals: `left(Left)` the user left the computer; `returned(Returned)` the user came back.
    """

    left = Signal(object)  # desktop.core.away.Left
    returned = Signal(object)  # desktop.core.away.Returned

    def __init__(self, source: IdleSource, tracker: AwayTracker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.tracker = tracker
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.sample)

    @property
    def available(self) -> bool:
        return not isinstance(self.source, NullIdleSource)

    def start(self) -> None:
        if self.available:
            self.sample()

    def stop(self) -> None:
        self._timer.stop()

    def idle_seconds(self) -> float | None:
        """A fresh reading, for callers with their own question (has typing paused?)."""
        return self.source.idle_seconds()

    @Slot()
    def sample(self) -> None:
        self._emit(self.tracker.observe_idle(self.source.idle_seconds()))
        self._arm()

    @Slot(bool)
    def on_locked_changed(self, locked: bool) -> None:
        if locked:
            self._emit(self.tracker.screen_locked(self.source.idle_seconds()))
        else:
            self._emit(self.tracker.screen_unlocked())
        self._arm()

    @Slot(float)
    def on_resumed(self, slept_seconds: float) -> None:
        self._emit(self.tracker.slept(slept_seconds))
        self._arm()

    def _arm(self) -> None:
        delay = self.tracker.next_sample_delay()
        if delay is None or not self.available:
            self._timer.stop()
        else:
            self._timer.start(max(1, round(delay * 1000)))

    def _emit(self, change: Left | Returned | None) -> None:
        if isinstance(change, Left):
            self.left.emit(change)
        elif isinstance(change, Returned):
            self.returned.emit(change)
