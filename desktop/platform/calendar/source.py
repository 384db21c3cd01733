"""The user's calendars as a busy source: files watched for changes, one optional https address.

Reading and parsing run on short-lived daemon threads (a large calendar takes about a second a
megabyte to parse). The threads never touch a Qt object: they put their result in a queue that a
timer on the GUI thread drains, running only while a read is out (a worker thread emitting into a
QObject that is being destroyed corrupted the heap in tests). The periods are cached, so
`busy_at()` is a cheap look-up in a short sorted list.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from desktop.core.calendar_busy import (
    WINDOW_AFTER,
    BusyPeriod,
    CalendarError,
    busy_at,
    expansion_window,
    next_boundary,
    read_busy,
)
from desktop.core.clock import Clock
from desktop.platform.calendar.fetch import FETCH_INTERVAL_SECONDS, checked_calendar_url, fetch_calendar
from desktop.platform.calendar.files import FileStamp, file_stamp, read_calendar_file

log = logging.getLogger(__name__)

SETTLE_MS = 300  # editors write a file in several steps (or replace it): read once it is quiet
COLLECT_MS = 50  # how often finished reads are picked up, while any is out
Loader = Callable[[], bytes]


@dataclass(frozen=True)
class CalendarConfig:
    """Which calendars to read: local .ics files, and one web address fetched only when enabled.
    `me` are the user's own addresses, so events they declined do not hold."""

    files: tuple[Path, ...] = ()
    url: str = ""
    fetch_enabled: bool = False
    me: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class _Read:
    """One finished read of one calendar, handed from a worker thread to the GUI thread."""

    key: str
    generation: int
    periods: tuple[BusyPeriod, ...]
    problem: str | None
    fetched: bytes | None  # what a fetch brought, kept to re-read the window without fetching again


class CalendarSource(QObject):
    """Owns the configured calendars, their file watches, the fetch timer and the cached busy
    periods. Emits `changed` when the cached periods were replaced, and `problem(str)` when a
    calendar cannot be read (or parts of it were skipped), once per new message."""

    changed = Signal()
    problem = Signal(str)

    def __init__(
        self, clock: Clock, fetch: Callable[[str], bytes] = fetch_calendar, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._fetch = fetch
        self._config = CalendarConfig()
        self._periods: dict[str, tuple[BusyPeriod, ...]] = {}
        self._merged: tuple[BusyPeriod, ...] = ()
        self._problems: dict[str, str] = {}
        self._generation: dict[str, int] = {}  # the newest read started for each calendar
        self._serial = 0
        self._stamps: dict[Path, FileStamp | None] = {}
        self._fetched: bytes | None = None
        self._last_fetch: float | None = None  # monotonic
        self._window_end: datetime | None = None
        self._closed = False
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._file_event)
        self._watcher.directoryChanged.connect(self._file_event)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._reread_changed_files)
        self._fetch_timer = QTimer(self, interval=FETCH_INTERVAL_SECONDS * 1000)
        self._fetch_timer.timeout.connect(self._fetch_if_due)
        self._results: queue.SimpleQueue[_Read] = queue.SimpleQueue()
        self._outstanding = 0
        self._collect = QTimer(self, interval=COLLECT_MS)
        self._collect.timeout.connect(self._collect_results)

    # --- what the policy asks ------------------------------------------------------------------

    def busy_at(self, now: datetime) -> BusyPeriod | None:
        """The calendar event holding reminders at `now`, from the cache (no file access)."""
        if self._window_end is not None and now > self._window_end - WINDOW_AFTER / 2:
            self._refresh_window()  # the expanded days run out: read them again, answer from the cache
        return busy_at(self._merged, now)

    def next_change(self, now: datetime) -> datetime | None:
        """When a calendar hold may next begin or end after `now`: a time for the scheduling timer."""
        return next_boundary(self._merged, now)

    def periods(self) -> tuple[BusyPeriod, ...]:
        """The cached busy periods of every calendar, sorted by start."""
        return self._merged

    @property
    def reading(self) -> bool:
        """True while a read or fetch is out (its result not yet picked up)."""
        return self._outstanding > 0

    def problems(self) -> tuple[str, ...]:
        """What is wrong right now, one line per calendar, for the settings and `unclench doctor`."""
        return tuple(self._problems.values())

    # --- what the settings change --------------------------------------------------------------

    def configure(self, config: CalendarConfig) -> None:
        """Use these calendars from now on; reads what is new, drops what was removed."""
        old, self._config = self._config, config
        self._watch(config.files)
        keys = {str(path) for path in config.files}
        url = self._url_key()
        if url:
            keys.add(url)
        for table in (self._periods, self._problems, self._generation):
            for key in set(table) - keys:
                del table[key]  # and a read of it still running is dropped when it ends
        if config.url.strip() != old.url.strip():
            self._fetched, self._last_fetch = None, None
        if config.me != old.me:
            self._refresh_window()  # who declined what changes every calendar's answer
        else:
            for path in config.files:
                if path not in old.files:
                    self._read_file(path)
        if url:
            fetched = self._fetched
            if url not in self._generation and fetched is not None:
                self._start(url, lambda: fetched, keep_bytes=True)  # turned on again: the last copy
            self._fetch_timer.start()
            self._fetch_if_due()
        else:
            self._fetch_timer.stop()
        self._publish()

    def close(self) -> None:
        """Stop watching and fetching; reads still running are ignored when they finish."""
        self._closed = True
        self._settle.stop()
        self._collect.stop()
        self._fetch_timer.stop()
        for paths in (self._watcher.files(), self._watcher.directories()):
            if paths:
                self._watcher.removePaths(paths)

    # --- files ---------------------------------------------------------------------------------

    def _watch(self, files: Iterable[Path]) -> None:
        wanted = {str(path) for path in files} | {str(path.parent) for path in files}
        current = set(self._watcher.files()) | set(self._watcher.directories())
        if current - wanted:
            self._watcher.removePaths(sorted(current - wanted))
        missing = [path for path in sorted(wanted - current) if Path(path).exists()]
        if missing:
            self._watcher.addPaths(missing)
        self._stamps = {path: self._stamps.get(path) for path in files}

    def _file_event(self, _path: str) -> None:
        self._settle.start()  # restart: read once the writes have settled

    def _reread_changed_files(self) -> None:
        if self._closed:
            return
        self._watch(self._config.files)  # a replaced file has a new inode: watch it again
        for path in self._config.files:
            if file_stamp(path) != self._stamps.get(path):
                self._read_file(path)

    def _read_file(self, path: Path) -> None:
        self._stamps[path] = file_stamp(path)
        self._start(str(path), lambda: read_calendar_file(path))

    # --- the web address -------------------------------------------------------------------------

    def _url_key(self) -> str:
        return self._config.url.strip() if self._config.fetch_enabled else ""

    def _fetch_if_due(self) -> None:
        url = self._url_key()
        if not url or self._closed:
            return
        now = self._clock.monotonic()
        if self._last_fetch is not None and now - self._last_fetch < FETCH_INTERVAL_SECONDS:
            return
        try:
            checked_calendar_url(url)
        except CalendarError as error:
            self._set_problem(url, str(error))
            return
        self._last_fetch = now
        fetch = self._fetch
        self._start(url, lambda: fetch(url), keep_bytes=True)

    # --- reading off the GUI thread --------------------------------------------------------------

    def _refresh_window(self) -> None:
        self._window_end = None  # once: the reads below set it again
        for path in self._config.files:
            self._read_file(path)
        url, fetched = self._url_key(), self._fetched
        if url and fetched is not None:
            self._start(url, lambda: fetched, keep_bytes=True)

    def _start(self, key: str, load: Loader, keep_bytes: bool = False) -> None:
        self._serial += 1
        generation = self._generation[key] = self._serial
        now = self._clock.now()
        start, end = expansion_window(now)
        self._window_end = end if self._window_end is None else min(self._window_end, end)
        zone, me = self._clock.local_zone(), self._config.me

        def work() -> None:
            data: bytes | None = None
            periods: tuple[BusyPeriod, ...] = ()
            try:
                data = load()
                reading = read_busy(data, start, end, me, zone)
                periods, problem = reading.periods, "; ".join(reading.notes) or None
            except CalendarError as error:
                problem = str(error)
            except Exception as error:  # a library bug must not end in a silent thread death
                log.exception("reading calendar %s failed", key)
                problem = f"cannot be read ({error})"
            results.put(_Read(key, generation, periods, problem, data if keep_bytes else None))

        results = self._results
        self._outstanding += 1
        self._collect.start()
        threading.Thread(target=work, name=f"calendar read {key}", daemon=True).start()

    def _collect_results(self) -> None:
        while True:
            try:
                result = self._results.get_nowait()
            except queue.Empty:
                break
            self._outstanding -= 1
            self._apply(result)
        if self._outstanding <= 0:
            self._collect.stop()

    def _apply(self, result: _Read) -> None:
        if self._closed or self._generation.get(result.key) != result.generation:
            return  # an older read, or a calendar removed meanwhile
        if result.fetched is not None:
            self._fetched = result.fetched
        failed_fetch = result.key == self._url_key() and result.problem is not None and not result.periods
        if not (failed_fetch and result.key in self._periods):
            self._periods[result.key] = result.periods  # a failed fetch keeps the last good copy
        self._set_problem(result.key, result.problem)
        self._publish()

    def _set_problem(self, key: str, problem: str | None) -> None:
        if problem is None:
            self._problems.pop(key, None)
            return
        if not problem.startswith(key):
            problem = f"{key}: {problem}"
        if self._problems.get(key) != problem:
            self._problems[key] = problem
            self.problem.emit(problem)

    def _publish(self) -> None:
        merged = tuple(sorted((p for ps in self._periods.values() for p in ps), key=_order))
        if merged != self._merged:
            self._merged = merged
            self.changed.emit()


def _order(period: BusyPeriod) -> tuple[datetime, datetime, str]:
    return (period.start, period.end, period.summary)
