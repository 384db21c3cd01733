"""Computing what the statistics window shows: at once for a short history, on a thread of its own
for a long one, so the window paints within 100 ms at any log size (issue 18).

Streaks, the comparisons and the log's size need every day of the history, the sitting view every
event of the last week: with years of history (a 2M-event log holds 6,700 days) that takes half a
second, too long for the GUI thread. The worker
opens its own read-only connection to the log file (WAL lets it read while the app writes),
touches no widget, and hands its result back through a queued signal. Only the newest request's
answer is delivered: one overtaken by a newer request, or cancelled, is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop.core.clock import Clock
from desktop.services.stats_service import StatsFigures, StatsRequest, StatsService
from desktop.storage.eventlog import EventLog, StorageError

# Figures are computed on the GUI thread when the history spans fewer days than this and the
# sitting view's week holds fewer events (read one by one): ~25 ms at most (~0.1 ms a day of
# history, ~9 µs an event of the week, measured on the 2-core test machine), else on a thread.
SYNC_DAYS = 90
SYNC_WEEK_EVENTS = 1000


@dataclass(frozen=True)
class StatsLoadFailed:
    """The log could not be read: a sentence for the user."""

    message: str


StatsLoad = StatsFigures | StatsLoadFailed


def _answered(work: Callable[[], StatsFigures]) -> StatsLoad:
    try:
        return work()
    except (StorageError, ValueError) as error:
        return StatsLoadFailed(str(error))


class StatsLoader(QObject):
    """Owns the computing of the statistics figures for one log: on the caller's (GUI) thread when
    the history is short or the log lives in memory, else on a thread of its own.

    Signals: `loaded(StatsFigures | StatsLoadFailed)` the answer to the newest request that `load`
    did not answer at once (never one overtaken by a newer request or `cancel`).
    """

    loaded = Signal(object)
    _arrived = Signal(int, object)  # (request number, StatsLoad), from the worker thread

    def __init__(
        self, log: EventLog, clock: Clock, sync_days: int = SYNC_DAYS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._log = log
        self._clock = clock
        self._sync_days = sync_days
        self._newest = 0  # the number of the newest request; older answers are dropped
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def quick(self) -> bool:
        """True when `load` answers at once (a short history, a log in memory)."""
        return self._short()

    def load(self, request: StatsRequest, quick: bool | None = None) -> StatsLoad | None:
        """The answer at once for a short history; None when it is computed on a thread (then
        `loaded` brings it). `quick`: what `quick()` answered just now (None: look it up)."""
        self._newest += 1
        if self._short() if quick is None else quick:
            return _answered(lambda: StatsService(self._log, self._clock).figures(request))
        worker = threading.Thread(
            target=self._work, args=(self._newest, request), name="unclench-stats", daemon=True
        )
        worker.start()
        return None

    def cancel(self) -> None:
        """Drop the answer of every request made so far (e.g. the window closed)."""
        self._newest += 1

    def _short(self) -> bool:
        if self._log.in_memory_only:
            return True
        try:
            days, week_events = StatsService(self._log, self._clock).history_size()
        except (StorageError, ValueError):
            return True  # computed here, so a failure is reported as it always was
        return days < self._sync_days and week_events < SYNC_WEEK_EVENTS

    def _work(self, number: int, request: StatsRequest) -> None:
        def figures() -> StatsFigures:
            log = EventLog.open_for_reading(self._log.path)
            try:
                return StatsService(log, self._clock).figures(request)
            finally:
                log.close()

        answer = _answered(figures)
        with suppress(RuntimeError):  # the loader was deleted meanwhile (the app quit)
            self._arrived.emit(number, answer)

    @Slot(int, object)
    def _deliver(self, number: int, answer: StatsLoad) -> None:
        if number == self._newest:
            self.loaded.emit(answer)
