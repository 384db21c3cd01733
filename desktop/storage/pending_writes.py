"""Entries the log could not save yet (disk full, file read-only, locked), kept in memory and
retried, so a failed write is never reported as saved and never lost while the app runs.

`PendingWrites.record` either commits the event (saved=True, with its row id) or keeps it in a
bounded queue and says so; the queue is retried, oldest first, before each new write and on
`retry()` (the app calls it on a timer while anything waits). The user hears of it ONCE per
episode: one notice when the first entry has to wait, one when everything waiting was saved,
however many writes fail in between (`waiting` gives the count for a status line).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from desktop.core.events import Event
from desktop.core.i18n import _, ngettext
from desktop.storage.errors import StorageError
from desktop.storage.eventlog import EventLog

DEFAULT_LIMIT = 10_000  # weeks of reminders; beyond it new entries are refused, loudly


@dataclass(frozen=True)
class WriteOutcome:
    """What came of one `record`: `saved` means committed to the file, never less."""

    saved: bool
    row_id: int | None  # the committed row's id (for undo); None while waiting
    waiting: int  # entries held in memory after this call
    notice: str | None = None  # for the user, only when something changed that they must hear
    error: StorageError | None = None  # why it waits (a LogDamaged asks for EventLog.repair)


@dataclass(frozen=True)
class RetryOutcome:
    """What came of one `retry`."""

    saved: int  # entries committed by this retry
    waiting: int
    notice: str | None = None
    error: StorageError | None = None


class PendingWrites:
    """Owns the queue of events the log could not save yet, and the one-notice-per-episode rule.
    Emits no signals (storage has no Qt): each call returns what the caller should show."""

    def __init__(self, log: EventLog, limit: int = DEFAULT_LIMIT) -> None:
        self._log = log
        self._limit = limit
        self._queue: deque[Event] = deque()
        self._told_waiting = False
        self._told_full = False

    @property
    def waiting(self) -> int:
        return len(self._queue)

    def status(self) -> str | None:
        """ "N entries waiting to be saved", or None when nothing waits (for status lines)."""
        if not self._queue:
            return None
        count = len(self._queue)
        return ngettext(
            "{count} entry waiting to be saved", "{count} entries waiting to be saved", count
        ).format(count=count)

    def record(self, event: Event) -> WriteOutcome:
        """Save `event` now, after whatever waits; or keep it waiting and say so (once)."""
        before = self.retry() if self._queue else RetryOutcome(0, 0)
        if self._queue:  # the log still fails: do not try again at once, keep the order
            return self._keep(event, before.error, before.notice)
        try:
            row_id = self._log.record(event)
        except StorageError as error:
            return self._keep(event, error, before.notice)
        return WriteOutcome(True, row_id, 0, before.notice)

    def retry(self) -> RetryOutcome:
        """Save what waits, oldest first, until one fails; returns how many were saved."""
        saved = 0
        if self._queue and self._log.read_only:
            self._log.try_writable()
        while self._queue:
            try:
                self._log.record(self._queue[0])
            except StorageError as error:
                return RetryOutcome(saved, len(self._queue), None, error)
            self._queue.popleft()
            saved += 1
        notice = None
        if saved and self._told_waiting:
            notice = ngettext(
                "Unclench could save its log again: the {count} entry that waited is saved now.",
                "Unclench could save its log again: the {count} entries that waited are saved now.",
                saved,
            ).format(count=saved)
        self._told_waiting = self._told_full = False
        return RetryOutcome(saved, 0, notice)

    def withdraw(self, event: Event) -> bool:
        """Remove a waiting entry (the user's undo before it was saved); False if none is `event`."""
        for index, waiting in enumerate(self._queue):
            if waiting is event:
                del self._queue[index]
                return True
        return False

    def _keep(self, event: Event, error: StorageError | None, earlier: str | None) -> WriteOutcome:
        if len(self._queue) >= self._limit:
            notice = None
            if not self._told_full:
                self._told_full = True
                count = len(self._queue)
                full = ngettext(
                    "{problem} {count} entry is waiting in memory, and no more can be kept: new entries "
                    "are not saved until the log can be written.",
                    "{problem} {count} entries are waiting in memory, and no more can be kept: new entries "
                    "are not saved until the log can be written.",
                    count,
                )
                notice = full.format(problem=_problem(error), count=count)
            return WriteOutcome(False, None, len(self._queue), notice, error)
        self._queue.append(event)
        notice = earlier
        if not self._told_waiting:
            self._told_waiting = True
            notice = _(
                "{problem} What you log is kept in memory and saved as soon as the log can be written "
                "again; if Unclench quits before that, it is lost."
            ).format(problem=_problem(error))
        return WriteOutcome(False, None, len(self._queue), notice, error)


def _problem(error: StorageError | None) -> str:
    return str(error) if error else _("Unclench could not save its log.")
