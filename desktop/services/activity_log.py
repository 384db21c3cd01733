"""The log as the running app uses it: writes what happened, answers "what happened today".

A write either commits or waits in memory (a full disk, a read-only file) and is retried, and the
user hears of it once, not per write; nothing is called saved that is not. A log SQLite reports
damaged is set aside and rebuilt from what can still be read. Today's numbers come from the one
definition of a day (`desktop/core/day_activity.py`), read from the per-day totals the database
keeps, so the tray's water total, the reminder card and `unclench status` never disagree.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.clock import Clock, local_day
from desktop.core.day_activity import DAILY_COLUMNS, DayActivity
from desktop.core.events import Event, Outcome
from desktop.core.kinds import Kind
from desktop.platform.memory import also_release
from desktop.storage.database_file import integrity_problem
from desktop.storage.errors import LogDamaged, StorageError
from desktop.storage.eventlog import EventLog
from desktop.storage.pending_writes import PendingWrites

RETRY_MS = 60_000  # while entries wait to be saved, try again this often
INTEGRITY_CHECK_DELAY_MS = 120_000  # the full check reads the whole file: well after start-up, off-thread


class ActivityLog(QObject):
    """Owns the EventLog while the app runs, the entries waiting to be saved, and the drinks of this
    session that can be undone.

    Signals: `recorded(tuple[Event, ...])` the events now committed to the log; `water_changed()`
    today's water total may have changed; `problem(str)` something about the log the user should know.
    """

    recorded = Signal(object)
    water_changed = Signal()
    problem = Signal(str)
    _checked = Signal(object)  # str | None: what the background integrity check found

    def __init__(self, log: EventLog, clock: Clock) -> None:
        super().__init__()
        self.log = log
        self._clock = clock
        self._pending = PendingWrites(log)
        self._undoable: list[int] = []  # row ids of drinks logged this session, newest last
        self.unsaved: str | None = None  # after `record`: why its last event is not saved yet
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._retry_now)
        self._checked.connect(self._check_done)
        self._forget_cache = also_release(log.release_memory)  # SQLite's page cache, when memory goes back

    def today(self) -> str:
        """The user's local calendar day now: what "today" means everywhere."""
        return local_day(self._clock.now(), self._clock.local_zone())

    def record(self, events: tuple[Event, ...]) -> None:
        written: list[Event] = []
        self.unsaved = None
        for event in events:
            outcome = self._pending.record(event)
            self._tell(outcome.notice, outcome.error)
            if outcome.saved:
                written.append(event)
                if _is_drink(event) and outcome.row_id is not None:
                    self._undoable.append(outcome.row_id)
            else:
                self.unsaved = self._pending.status() or "not saved"
        if self._pending.waiting and not self._retry.isActive():
            self._retry.start()
        if written:
            self.recorded.emit(tuple(written))
        if any(event.kind is Kind.HYDRATION for event in written):
            self.water_changed.emit()

    def today_activity(self) -> DayActivity:
        """Today's DAILY_COLUMNS (all zero when the log cannot be read)."""
        day = self.today()
        try:
            return DayActivity.from_row(self.log.day_totals(DAILY_COLUMNS, day))
        except StorageError:
            return DayActivity.of(day)

    def today_events(self) -> list[Event]:
        """Today's events from the log (empty when it cannot be read)."""
        try:
            return [stored.event for stored in self.log.events(since_day=self.today())]
        except StorageError:
            return []

    def water_today(self) -> int:
        return round(self.today_activity().water_ml)

    @property
    def waiting(self) -> int:
        """Entries kept in memory until the log can be written."""
        return self._pending.waiting

    @property
    def can_undo_water(self) -> bool:
        return bool(self._undoable)

    def undo_water(self) -> None:
        """Remove the newest drink logged this session (it was a mis-click)."""
        try:
            while self._undoable:
                if self.log.delete(self._undoable.pop()):
                    break
        except StorageError as error:
            self.problem.emit(self.tr("Unclench could not change its log: {0}").format(error))
        self.water_changed.emit()

    def check_later(self) -> None:
        """Run SQLite's full check of the file once, a while after start, on a thread of its own."""
        if not self.log.in_memory_only:
            QTimer.singleShot(INTEGRITY_CHECK_DELAY_MS, self._start_check)

    def close(self) -> None:
        self._retry.stop()
        self._forget_cache()
        self.log.close()

    def _start_check(self) -> None:
        path = self.log.path

        def check() -> None:
            try:
                self._checked.emit(integrity_problem(path))
            except StorageError:
                self._checked.emit(None)  # locked or unreadable now: the next start checks again

        threading.Thread(target=check, name="unclench-integrity", daemon=True).start()

    def _check_done(self, problem: str | None) -> None:
        if problem is not None:
            self._repair()

    def _retry_now(self) -> None:
        outcome = self._pending.retry()
        self._tell(outcome.notice, outcome.error)
        if not self._pending.waiting:
            self._retry.stop()
        if outcome.saved:
            self.water_changed.emit()

    def _tell(self, notice: str | None, error: StorageError | None) -> None:
        if notice:
            self.problem.emit(notice)
        if isinstance(error, LogDamaged):
            self._repair()

    def _repair(self) -> None:
        try:
            self.problem.emit(self.log.repair())
        except StorageError as error:
            self.problem.emit(str(error))
            return
        self._retry_now()


def _is_drink(event: Event) -> bool:
    return event.kind is Kind.HYDRATION and event.outcome is Outcome.DONE and bool(event.details.get("ml"))
