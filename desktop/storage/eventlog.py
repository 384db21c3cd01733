"""The event log: one SQLite row per reminder answered, missed or taken naturally.

Durability: WAL journal with `synchronous=FULL`. Every `record` is its own committed
transaction, and FULL syncs the WAL on each commit, so a recorded row survives the process
being killed and also a power cut. (NORMAL would survive `kill -9` too, but may lose the last
commits on power loss; at a handful of rows per hour the extra fsync costs nothing noticeable.)

A file that cannot be the log is renamed aside, never deleted (database_file.py), a new one is
started with the events that could be read from it, and the caller gets a notice. Opening does no
full-file check (start-up must not grow with the log): damage found later raises LogDamaged, and
`repair` does the same keeping-aside then. `open_or_in_memory` never fails: when no file can be
used it runs in memory and says so.
Failures while running (disk full, database locked) raise StorageError; a write either commits
or raises. Use an EventLog from the thread that opened it.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core.day_activity import DailyColumn
from desktop.core.events import Event, Kind, Outcome
from desktop.storage.database_file import (
    COLUMNS,
    full_disk_note,
    is_damage,
    open_database,
    open_read_only,
    replace_unusable,
)
from desktop.storage.database_file import closed as database_closed
from desktop.storage.day_sums import daily_sums_query
from desktop.storage.errors import LogDamaged, StorageError
from desktop.storage.migrations import migrate, triggers_set_aside
from desktop.storage.new_rows import store_new_rows
from desktop.storage.row_text import (
    ExportRow,
    LogSpan,
    StoredEvent,
    canonical_time,
    drink_ml,
    event_values,
    time_from_text,
    time_to_text,
)
from desktop.storage.row_text import stored_event as _stored_event

__all__ = [
    "EventLog",
    "ExportRow",
    "LogDamaged",
    "LogSpan",
    "StorageError",
    "StoredEvent",
    "canonical_time",
    "time_from_text",
    "time_to_text",
]

_INSERT = (
    "INSERT INTO events (kind, outcome, due_at, shown_at, answered_at, local_day, details)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)
# A row's details as a JSON object, whatever is stored: text edited by hand into something else
# comes out as {"unreadable_details": text}, exactly as `events()` reads it.
_DETAILS_OBJECT = (
    "CASE WHEN json_valid(details) AND json_type(details) = 'object' THEN details"
    " ELSE json_object('unreadable_details', details) END"
)


class EventLog:
    """The user's history in one SQLite file (or in memory). Create with `EventLog.open`,
    `EventLog.open_or_in_memory` or `EventLog.in_memory`. Emits no signals (no Qt here)."""

    def __init__(
        self,
        db: sqlite3.Connection,
        path: Path,
        now: Callable[[], datetime] = datetime.now,
        busy_timeout_seconds: float = 5.0,
        counted: bool = False,  # `db` came from open_database, which counts it (database_file.closed)
    ) -> None:
        self._db = db
        self._counted = counted
        self._path = path
        self._now = now
        self._busy_timeout_seconds = busy_timeout_seconds
        self._read_only = False
        self._closed = False

    @classmethod
    def open(
        cls,
        path: Path,
        now: Callable[[], datetime] = datetime.now,
        *,
        busy_timeout_seconds: float = 5.0,
    ) -> tuple[EventLog, tuple[str, ...]]:
        """Open (creating or migrating) the log at `path`; return it with notices for the user.

        A file that cannot be our log is kept aside and replaced (see database_file.py); `now`
        names the kept copy. Raises StorageError if no usable log can be opened (for example the
        folder is not writable, or another process holds a lock for longer than the timeout).
        """
        db, notices = open_database(path, now, busy_timeout_seconds)
        return cls(db, path, now, busy_timeout_seconds, counted=True), notices

    @classmethod
    def open_or_in_memory(
        cls,
        path: Path,
        now: Callable[[], datetime] = datetime.now,
        *,
        busy_timeout_seconds: float = 5.0,
    ) -> tuple[EventLog, tuple[str, ...]]:
        """`open`, but never failing. When the file cannot be opened for writing (a file or folder
        the user may not write, a full disk, a lock held too long) but can be read, it is opened
        READ-ONLY: the history shows, and every write raises StorageError (PendingWrites keeps
        those entries in memory). When it cannot even be read (unreadable, a folder at its place)
        the app runs on an empty log in memory. The file is left as it is; the notice says all."""
        try:
            return cls.open(path, now, busy_timeout_seconds=busy_timeout_seconds)
        except StorageError as error:
            problem = error
        try:
            log = cls.open_for_reading(path, now, busy_timeout_seconds=busy_timeout_seconds)
        except StorageError:
            notice = (
                f"{problem}{full_disk_note(path)} Until this is fixed, Unclench keeps what you log "
                "in memory only: it is lost when Unclench quits."
            )
            return cls.in_memory(), (notice,)
        notice = (
            f"{problem}{full_disk_note(path)} Your history is shown read-only; what you log now "
            "waits in memory and is saved once the log can be written again."
        )
        return log, (notice,)

    @classmethod
    def open_for_reading(
        cls, path: Path, now: Callable[[], datetime] = datetime.now, *, busy_timeout_seconds: float = 5.0
    ) -> EventLog:
        """A read-only connection to the log at `path` (also for a thread that computes statistics
        while the app writes: WAL lets both run). Raises StorageError."""
        log = cls(open_read_only(path, busy_timeout_seconds), path, now, busy_timeout_seconds)
        log._read_only = True
        return log

    @classmethod
    def in_memory(cls) -> EventLog:
        """An empty log that lives only in memory (for a missing log file, and for tests)."""
        db = sqlite3.connect(":memory:", isolation_level=None)
        migrate(db)
        return cls(db, Path(":memory:"))

    @property
    def path(self) -> Path:
        return self._path

    @property
    def in_memory_only(self) -> bool:
        """True when nothing logged is saved to a file (see `open_or_in_memory`)."""
        return str(self._path) == ":memory:"

    @property
    def read_only(self) -> bool:
        """True when the file could only be opened for reading: every write raises StorageError."""
        return self._read_only

    def try_writable(self) -> bool:
        """For a log opened read-only: try again to open it for writing (the disk has room again,
        the permission was fixed) and use that from now on. True when the log is writable."""
        if not self._read_only:
            return True
        try:
            db, _ = open_database(self._path, self._now, self._busy_timeout_seconds)
        except StorageError:
            return False
        self._db.close()
        self._db, self._read_only, self._counted = db, False, True
        return True

    def repair(self) -> str:
        """After LogDamaged: close the file, keep it aside with its -wal/-shm (one name for all),
        start a new log there with every event SQLite can still read, and return the notice that
        says so. Raises StorageError when no new log can be started (this log is then closed)."""
        if self.in_memory_only:
            raise StorageError("A log in memory cannot be repaired.")
        self.close()
        self._db, notice = replace_unusable(
            self._path, self._now, self._busy_timeout_seconds, "is damaged (SQLite reported it while running)"
        )
        self._closed, self._counted = False, True
        return notice

    def record(self, event: Event) -> int:
        """Store `event` and commit at once; return its row id.

        Raises StorageError if it cannot be written; ValueError/TypeError for an event that can
        never be stored (a naive datetime, details that are not JSON), which is a programming error.
        """
        row = event_values(event)
        with self._reporting("write to"):
            cursor = self._db.execute(_INSERT, row)
        assert cursor.lastrowid is not None  # set by every successful INSERT
        return cursor.lastrowid

    def record_many(self, events: Iterable[Event]) -> int:
        """Store `events` in ONE transaction, all or (on any error) none; return how many.

        Raises like `record`; nothing is stored when it raises.
        """
        with self._transaction("write to"):
            cursor = self._db.executemany(_INSERT, (event_values(event) for event in events))
        return max(cursor.rowcount, 0)

    def import_events(self, rows: Iterable[ExportRow]) -> int:
        """Store checked rows restored from a backup in ONE transaction, skipping every uid the
        log already holds (importing a backup twice adds nothing); return how many were added.
        For a whole file use backup_import.import_backup, which streams in bounded memory."""
        with self._reporting("write to"):
            return store_new_rows(self._db, rows)

    @property
    def connection(self) -> sqlite3.Connection:
        """The open SQLite connection, for the storage modules that stream in bulk."""
        return self._db

    def events(self, since_day: str | None = None, kinds: Iterable[str] | None = None) -> list[StoredEvent]:
        """Stored events, oldest first: those on or after `since_day` (YYYY-MM-DD) if given,
        and of the given kinds if `kinds` is given (an empty collection matches nothing)."""
        conditions: list[str] = []
        parameters: list[str] = []
        if since_day is not None:
            conditions.append("local_day >= ?")
            parameters.append(since_day)
        if kinds is not None:
            wanted = [str(kinds)] if isinstance(kinds, str) else [str(kind) for kind in kinds]
            if not wanted:
                return []
            conditions.append(f"kind IN ({', '.join('?' * len(wanted))})")
            parameters += wanted
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        # "+id": else SQLite scans every row in id order instead of the day index (2M rows: 0.3 s).
        order = "+id" if since_day is not None else "id"
        with self._reporting("read"):
            query = f"SELECT {COLUMNS} FROM events{where} ORDER BY {order}"
            rows = self._db.execute(query, parameters).fetchall()
        return [stored for row in rows if (stored := _stored_event(row)) is not None]

    def delete(self, event_id: int) -> bool:
        """Remove one row (the user's "undo"); False if there was no such row."""
        with self._reporting("delete from"):
            cursor = self._db.execute("DELETE FROM events WHERE id = ?", (event_id,))
        return cursor.rowcount > 0

    def water_total_ml(self, local_day: str) -> int:
        """Millilitres logged as drunk on `local_day`: details["ml"] of hydration rows answered "done".
        Rows without a usable number there count as nothing.

        Read from that day's one day_totals row. Should the sum not be a sane amount (values
        edited by hand into the file), the day's rows are summed again counting only drinks
        within DRINK_ML, so a status never fails on a number."""
        with self._reporting("read"):
            row = self._db.execute(
                "SELECT amount FROM day_totals WHERE local_day = ? AND kind = ? AND outcome = ?",
                (local_day, Kind.HYDRATION.value, Outcome.DONE.value),
            ).fetchone()
        amount = row[0] if row else 0.0
        if isinstance(amount, int | float) and math.isfinite(amount) and amount >= 0:
            return round(amount)
        with self._reporting("read"):
            rows = self._db.execute(
                "SELECT details FROM events WHERE kind = ? AND outcome = ? AND local_day = ?",
                (Kind.HYDRATION.value, Outcome.DONE.value, local_day),
            ).fetchall()
        return round(sum(drink_ml(details) for (details,) in rows))

    def clear(self) -> int:
        """Delete every event (the user's "delete my data"); return how many there were.

        One transaction. The triggers that keep day_totals are set aside for it: with triggers
        SQLite deletes row by row (seconds for years of history), without them it truncates.
        Then VACUUM and a WAL checkpoint overwrite the freed pages, so the deleted history does
        not linger inside the file.
        """
        with self._transaction("delete from"), triggers_set_aside(self._db):
            count: int = self._db.execute("SELECT count(*) FROM events").fetchone()[0]
            self._db.execute("DELETE FROM events")
            self._db.execute("DELETE FROM day_totals")
        # The rows are gone for good already; compaction fails only if another process is reading
        # the log right now (e.g. an export), and the next clear or SQLite's reuse of pages follows.
        with suppress(sqlite3.Error):
            self._db.execute("VACUUM")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return count

    # ---- reading for statistics and export --------------------------------------------------

    def span(self) -> LogSpan:
        """How many events the log holds and the first and last local day with any."""
        with self._reporting("read"):
            events, first, last = self._db.execute(
                "SELECT coalesce(sum(events), 0), min(local_day), max(local_day) FROM day_totals"
            ).fetchone()
        return LogSpan(events, first, last)

    def day_bounds(self) -> tuple[str | None, str | None]:
        """The first and last local day with any event: two look-ups at day_totals' key ends."""
        query = "SELECT (SELECT min(local_day) FROM day_totals), (SELECT max(local_day) FROM day_totals)"
        with self._reporting("read"):
            return tuple(self._db.execute(query).fetchone())

    def latest(self, kind: str, outcome: str | None = None) -> StoredEvent | None:
        """The newest event of `kind` (and `outcome`, if given): the last local day, then the last row."""
        query = f"SELECT {COLUMNS} FROM events WHERE kind = ?"
        parameters = [str(kind)]
        if outcome is not None:
            query += " AND outcome = ?"
            parameters.append(str(outcome))
        with self._reporting("read"):
            row = self._db.execute(f"{query} ORDER BY local_day DESC, id DESC LIMIT 1", parameters).fetchone()
        return _stored_event(row) if row else None

    def day_totals(self, columns: Sequence[DailyColumn], local_day: str) -> tuple[Any, ...]:
        """(local_day, one sum per column...) of one day, zeros for a day without events: "today"
        for a status, read from that day's few day_totals rows (its primary key), never the events."""
        rows = self.daily_sums(columns, since_day=local_day, until_day=local_day)
        return rows[0] if rows else (local_day, *(0 for _ in columns))

    def daily_sums(
        self, columns: Sequence[DailyColumn], since_day: str | None = None, until_day: str | None = None
    ) -> list[tuple[Any, ...]]:
        """(local_day, one sum per column...) for every day with events on or after `since_day`
        and on or before `until_day`, oldest first. Summed in SQL from day_totals: a few thousand
        rows for years of history."""
        query, parameters = daily_sums_query(columns, since_day, until_day)
        with self._reporting("read"):
            return self._db.execute(query, parameters).fetchall()

    def export_rows(self, since_day: str | None = None) -> Iterator[ExportRow]:
        """Every event (on or after `since_day`) as stored text, oldest first by time (its day, then when
        it was answered, shown or due; insertion order last), so an imported older backup does not come
        after newer events; streamed: years of history never sit in memory at once. Raises StorageError
        while iterating."""
        where, parameters = (" WHERE local_day >= ?", [since_day]) if since_day is not None else ("", [])
        query = (
            "SELECT uid, local_day, kind, outcome, due_at, shown_at, answered_at,"
            f" {_DETAILS_OBJECT} FROM events{where}"
            " ORDER BY local_day, COALESCE(answered_at, shown_at, due_at), id"
        )
        with self._reporting("read"):
            for row in self._db.execute(query, parameters):
                yield ExportRow(*row)

    def release_memory(self) -> None:
        """Give back SQLite's page cache of this connection (it refills on the next query)."""
        if not self._closed and not self.in_memory_only:
            with suppress(sqlite3.Error):  # only memory: never worth a notice
                self._db.execute("PRAGMA shrink_memory")

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._db.close()
            if self._counted:
                self._counted = False
                database_closed(self._path)

    @contextmanager
    def _transaction(self, verb: str) -> Iterator[None]:
        with self._reporting(verb):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    @contextmanager
    def _reporting(self, verb: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as error:
            message = f"Unclench could not {verb} its log {self._path}: {error}."
            if is_damage(error):
                raise LogDamaged(message) from error
            raise StorageError(message) from error
