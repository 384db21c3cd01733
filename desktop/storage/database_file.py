"""Opening the log's SQLite file without ever losing it.

An existing file is first examined over a READ-ONLY connection: a read-write connection may
checkpoint and delete a -wal file when it closes, which is exactly what must not happen to a
file about to be kept aside. A file that is damaged, not a database, written by a newer
Unclench, or holding someone else's tables is renamed aside with its -wal/-shm/-journal files
as `unclench.sqlite3.corrupt-YYYYmmdd-HHMMSS` (never deleted) and a new one is started.
Failures that are not the file's fault (locked, disk full, folder not writable) raise
StorageError instead: moving the file would not help and would hide the user's history.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop.storage.aside import move_aside
from desktop.storage.errors import StorageError
from desktop.storage.migrations import SCHEMA_VERSION, migrate, user_version

CORRUPT_TAG = "corrupt"
# Files SQLite keeps beside the database; they belong to it and move with it.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
COLUMNS = "id, kind, outcome, due_at, shown_at, answered_at, local_day, details"

# Primary result codes (https://sqlite.org/rescode.html).
_SQLITE_ERROR, _SQLITE_READONLY, _SQLITE_CORRUPT, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 1, 8, 11, 14, 26


class _Unusable(Exception):
    """This file cannot serve as our log; the message completes "The log <path> …"."""


def open_database(
    path: Path, now: Callable[[], datetime], busy_timeout_seconds: float
) -> tuple[sqlite3.Connection, tuple[str, ...]]:
    """A checked, migrated connection in autocommit mode (callers write BEGIN/COMMIT themselves),
    in WAL mode with synchronous=FULL, plus notices for the user. Raises StorageError."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(
            f"Unclench could not create the folder for its log {path}: {error.strerror or error}."
        ) from error
    try:
        return _checked_and_migrated(path, busy_timeout_seconds), ()
    except _Unusable as problem:
        reason = str(problem)
    try:
        kept = move_aside(path, CORRUPT_TAG, now(), COMPANION_SUFFIXES)
    except OSError as error:
        raise StorageError(
            f"Unclench's log {path} {reason}, and it could not be moved aside ({error.strerror or error})."
        ) from error
    notice = (
        f"Unclench's log {path} {reason}. It was moved to {kept}, nothing was deleted, "
        "and a new log was started."
    )
    try:
        return _checked_and_migrated(path, busy_timeout_seconds), (notice,)
    except _Unusable as problem:
        raise StorageError(f"{notice} The new log could not be started: it {problem}.") from problem


def _checked_and_migrated(path: Path, busy_timeout_seconds: float) -> sqlite3.Connection:
    _examine_read_only(path, busy_timeout_seconds)
    try:
        db = sqlite3.connect(path, isolation_level=None, timeout=busy_timeout_seconds)
    except sqlite3.Error as error:
        raise _classified(error, path) from error
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")  # see eventlog.py for why FULL
        migrate(db)
        db.execute(f"SELECT {COLUMNS} FROM events LIMIT 0")
    except sqlite3.Error as error:
        db.close()
        raise _classified(error, path, schema_errors_are_unusable=True) from error
    except BaseException:
        db.close()
        raise
    return db


def _examine_read_only(path: Path, busy_timeout_seconds: float) -> None:
    """Raise _Unusable if the existing file cannot be our log; a missing file is fine."""
    if not path.exists():
        return
    wal = Path(f"{path}-wal")
    if path.is_file() and path.stat().st_size == 0:
        # SQLite deletes the -wal of an empty database on open; it may be all that is left of the data.
        if wal.exists() and wal.stat().st_size > 0:
            raise _Unusable("is empty while its -wal file is not")
        return
    try:
        db = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=ro",
            uri=True,
            isolation_level=None,
            timeout=busy_timeout_seconds,
        )
    except sqlite3.Error as error:
        raise _classified(error, path) from error
    try:
        result = db.execute("PRAGMA quick_check").fetchall()
        if result != [("ok",)]:
            found = "; ".join(str(line[0]) for line in result[:3])
            raise _Unusable(f"is damaged (SQLite's check found: {found})")
        version = user_version(db)
        if version > SCHEMA_VERSION:
            raise _Unusable(
                f"was written by a newer version of Unclench (schema {version}; "
                f"this version knows up to {SCHEMA_VERSION})"
            )
        if version == 0 and db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise _Unusable("holds tables Unclench did not make")
        if version > 0:
            db.execute(f"SELECT {COLUMNS} FROM events LIMIT 0")  # claims our schema: check it has it
    except sqlite3.Error as error:
        if _primary_code(error) == _SQLITE_READONLY:
            return  # e.g. a hot rollback journal needs a writer; the read-write open handles it
        raise _classified(error, path, schema_errors_are_unusable=True) from error
    finally:
        db.close()


def _classified(error: sqlite3.Error, path: Path, schema_errors_are_unusable: bool = False) -> Exception:
    """_Unusable when the file itself is at fault; StorageError when the circumstances are."""
    code = _primary_code(error)
    file_at_fault = (
        code in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
        or (code == _SQLITE_CANTOPEN and path.exists())
        or (code == _SQLITE_ERROR and schema_errors_are_unusable)
    )
    if file_at_fault:
        return _Unusable(f"cannot be used ({error})")
    return StorageError(f"Unclench could not open its log {path}: {error}.")


def _primary_code(error: sqlite3.Error) -> int:
    code: int = getattr(error, "sqlite_errorcode", 0)
    return code & 0xFF
