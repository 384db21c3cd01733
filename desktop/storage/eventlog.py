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

import json
import math
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.core.events import Event, Kind, Outcome
from desktop.storage.database_file import COLUMNS, open_database
from desktop.storage.errors import StorageError

__all__ = ["EventLog", "StorageError", "StoredEvent"]


@dataclass(frozen=True)
class StoredEvent:
    id: int  # the row id: what `delete` takes to undo a record
    event: Event


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

    @property
    def path(self) -> Path:
        return self._path

    def record(self, event: Event) -> int:
        """Store `event` and commit at once; return its row id.

        Raises StorageError if it cannot be written; ValueError/TypeError for an event that can
        never be stored (a naive datetime, details that are not JSON), which is a programming error.
        """
        row = (
            str(event.kind),
            str(event.outcome),
            _time_to_text(event.due_at),
            _time_to_text(event.shown_at),
            _time_to_text(event.answered_at),
            event.local_day,
            json.dumps(event.details, ensure_ascii=False, allow_nan=False),
        )
        with self._reporting("write to"):
            cursor = self._db.execute(
                "INSERT INTO events (kind, outcome, due_at, shown_at, answered_at, local_day, details)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                row,
            )
        assert cursor.lastrowid is not None  # set by every successful INSERT
        return cursor.lastrowid

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
        return [_stored_event(row) for row in rows]

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
            ml = _details_from_text(details).get("ml")
            if isinstance(ml, int | float) and not isinstance(ml, bool) and math.isfinite(ml):
                total += ml
        return round(total)

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _reporting(self, verb: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as error:
            raise StorageError(f"Unclench could not {verb} its log {self._path}: {error}.") from error


def _time_to_text(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.utcoffset() is None:
        raise ValueError(f"event times must be timezone-aware, got {moment!r}")
    # Fixed width (always microseconds, always +00:00) so text order is time order.
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _time_from_text(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None  # edited by hand into something unreadable; the row itself stays
    return moment.replace(tzinfo=UTC) if moment.utcoffset() is None else moment.astimezone(UTC)


def _details_from_text(text: str) -> dict[str, Any]:
    try:
        details = json.loads(text)
    except (ValueError, RecursionError):
        details = None
    return details if isinstance(details, dict) else {"unreadable_details": text}


def _stored_event(row: tuple[Any, ...]) -> StoredEvent:
    row_id, kind, outcome, due_at, shown_at, answered_at, local_day, details = row
    return StoredEvent(
        id=row_id,
        event=Event(
            kind=kind,
            outcome=outcome,
            local_day=local_day,
            due_at=_time_from_text(due_at),
            shown_at=_time_from_text(shown_at),
            answered_at=_time_from_text(answered_at),
            details=_details_from_text(details),
        ),
    )
