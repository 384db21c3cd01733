"""The event log: one SQLite row per reminder answered, missed or taken naturally.

Durability: WAL journal with `synchronous=FULL`. Every `record` is its own committed
transaction, and FULL syncs the WAL on each commit, so a recorded row survives the process
being killed and also a power cut. (NORMAL would survive `kill -9` too, but may lose the last
commits on power loss; at a handful of rows per hour the extra fsync costs nothing noticeable.)

A file that cannot be the log is renamed aside, never deleted (database_file.py), a new one is
started and the caller gets a notice.
Failures while running (disk full, database locked) raise StorageError. Use an EventLog from
the thread that opened it.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, get_args

from desktop.core.day_activity import DailyColumn, Measure
from desktop.core.events import Event, Kind, Outcome, event_kind
from desktop.storage.database_file import COLUMNS, open_database
from desktop.storage.errors import StorageError
from desktop.storage.migrations import migrate, recount_day_totals
from desktop.storage.row_text import (
    ExportRow,
    canonical_time,
    details_from_text,
    event_values,
    time_from_text,
    time_to_text,
)

__all__ = [
    "EventLog",
    "ExportRow",
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
_INSERT_WITH_UID = (
    "INSERT INTO events (kind, outcome, due_at, shown_at, answered_at, local_day, details, uid)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING"
)
# A row's details as a JSON object, whatever is stored: text edited by hand into something else
# comes out as {"unreadable_details": text}, exactly as `events()` reads it.
_DETAILS_OBJECT = (
    "CASE WHEN json_valid(details) AND json_type(details) = 'object' THEN details"
    " ELSE json_object('unreadable_details', details) END"
)
_MEASURES = frozenset(get_args(Measure))


@dataclass(frozen=True)
class StoredEvent:
    """An Event as read back from the log, with its row id (what `delete` takes to undo it)."""

    id: int  # the row id: what `delete` takes to undo a record
    event: Event


@dataclass(frozen=True)
class LogSpan:
    """The size of the log: how many events it holds and its first and last local day (`EventLog.span()`)."""

    events: int
    first_day: str | None
    last_day: str | None


class EventLog:
    """Create with `EventLog.open`."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self._path = path

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
        return cls(db, path), notices

    @classmethod
    def in_memory(cls) -> EventLog:
        """An empty log that lives only in memory (for a missing log file, and for tests)."""
        db = sqlite3.connect(":memory:", isolation_level=None)
        migrate(db)
        return cls(db, Path(":memory:"))

    @property
    def path(self) -> Path:
        return self._path

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
        """Store rows restored from a backup in ONE transaction, skipping every uid the log
        already holds, so importing the same backup twice adds nothing. All or nothing; returns
        how many rows were added. The caller checked the rows (desktop/storage/export.py): times
        in the log's own text form (see `canonical_time`), details a JSON object as text.

        The per-row triggers are set aside and the affected days recounted in one pass after:
        several times faster for years of history, and exact however many uids were skipped.
        """
        days: set[str] = set()
        known: set[str] = set()

        def values() -> Iterator[tuple[str | None, ...]]:
            # Rows already present are left out before SQLite sees them, so a backup imported
            # again touches no day at all (ON CONFLICT stays as the guarantee).
            known.update(uid for (uid,) in self._db.execute("SELECT uid FROM events"))
            for row in rows:
                if row.uid in known:
                    continue
                known.add(row.uid)
                days.add(row.local_day)
                yield (
                    row.kind,
                    row.outcome,
                    row.due_at,
                    row.shown_at,
                    row.answered_at,
                    row.local_day,
                    row.details,
                    row.uid,
                )

        with self._transaction("write to"), self._triggers_set_aside():
            cursor = self._db.executemany(_INSERT_WITH_UID, values())
            if days:
                recount_day_totals(self._db, days)
        return max(cursor.rowcount, 0)

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
        with self._reporting("read"):
            query = f"SELECT {COLUMNS} FROM events{where} ORDER BY id"
            rows = self._db.execute(query, parameters).fetchall()
        return [stored for row in rows if (stored := _stored_event(row)) is not None]

    def delete(self, event_id: int) -> bool:
        """Remove one row (the user's "undo"); False if there was no such row."""
        with self._reporting("delete from"):
            cursor = self._db.execute("DELETE FROM events WHERE id = ?", (event_id,))
        return cursor.rowcount > 0

    def water_total_ml(self, local_day: str) -> int:
        """Millilitres logged as drunk on `local_day`: details["ml"] of hydration rows answered "done".
        Rows without a usable number there count as nothing."""
        with self._reporting("read"):
            rows = self._db.execute(
                "SELECT details FROM events WHERE kind = ? AND outcome = ? AND local_day = ?",
                (Kind.HYDRATION.value, Outcome.DONE.value, local_day),
            ).fetchall()
        total = 0.0
        for (details,) in rows:
            ml = details_from_text(details).get("ml")
            if isinstance(ml, int | float) and not isinstance(ml, bool) and math.isfinite(ml):
                total += ml
        return round(total)

    def clear(self) -> int:
        """Delete every event (the user's "delete my data"); return how many there were.

        One transaction. The triggers that keep day_totals are set aside for it: with triggers
        SQLite deletes row by row (seconds for years of history), without them it truncates.
        Then VACUUM and a WAL checkpoint overwrite the freed pages, so the deleted history does
        not linger inside the file.
        """
        with self._transaction("delete from"), self._triggers_set_aside():
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

    def daily_sums(
        self, columns: Sequence[DailyColumn], since_day: str | None = None
    ) -> list[tuple[Any, ...]]:
        """(local_day, one sum per column...) for every day with events on or after `since_day`,
        oldest first. Summed in SQL from day_totals: a few thousand rows for years of history."""
        sums: list[str] = []
        parameters: list[str] = []
        for column in columns:
            if column.measure not in _MEASURES:
                raise ValueError(f"unknown measure {column.measure!r}")  # never user input
            conditions = []
            for name, values in (("kind", column.kinds), ("outcome", column.outcomes)):
                if values is not None:
                    conditions.append(f"{name} IN ({', '.join('?' * len(values))})" if values else "0")
                    parameters += values
            when = " AND ".join(conditions)
            sums.append(
                f"sum(CASE WHEN {when} THEN {column.measure} ELSE 0 END)"
                if when
                else f"sum({column.measure})"
            )
        where = ""
        if since_day is not None:
            where = " WHERE local_day >= ?"
            parameters.append(since_day)
        query = (
            f"SELECT local_day, {', '.join(sums)} FROM day_totals{where}"
            " GROUP BY local_day ORDER BY local_day"
        )
        with self._reporting("read"):
            return self._db.execute(query, parameters).fetchall()

    def export_rows(self, since_day: str | None = None) -> Iterator[ExportRow]:
        """Every event (on or after `since_day`) as stored text, oldest row first, streamed:
        years of history never sit in memory at once. Raises StorageError while iterating."""
        where, parameters = (" WHERE local_day >= ?", [since_day]) if since_day is not None else ("", [])
        query = (
            "SELECT uid, local_day, kind, outcome, due_at, shown_at, answered_at,"
            f" {_DETAILS_OBJECT} FROM events{where} ORDER BY id"
        )
        with self._reporting("read"):
            for row in self._db.execute(query, parameters):
                yield ExportRow(*row)

    def close(self) -> None:
        self._db.close()

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
    def _triggers_set_aside(self) -> Iterator[None]:
        """Inside a transaction: drop the triggers on events, put them back as they were after.
        (DDL is transactional: a rollback brings them back too.)"""
        triggers = self._db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"
        ).fetchall()
        for name, _ in triggers:
            self._db.execute(f'DROP TRIGGER "{name}"')
        yield
        for _, sql in triggers:
            self._db.execute(sql)

    @contextmanager
    def _reporting(self, verb: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as error:
            raise StorageError(f"Unclench could not {verb} its log {self._path}: {error}.") from error


def _stored_event(row: tuple[Any, ...]) -> StoredEvent | None:
    """The row as an Event; None for a kind or outcome this version does not know (a newer
    version's row, or a hand edit): it stays in the file and in the export, and is left out here."""
    row_id, kind, outcome, due_at, shown_at, answered_at, local_day, details = row
    try:
        typed_kind, typed_outcome = event_kind(str(kind)), Outcome(outcome)
    except ValueError:
        return None
    return StoredEvent(
        id=row_id,
        event=Event(
            kind=typed_kind,
            outcome=typed_outcome,
            local_day=local_day,
            due_at=time_from_text(due_at),
            shown_at=time_from_text(shown_at),
            answered_at=time_from_text(answered_at),
            details=details_from_text(details),
        ),
    )
