"""Opening the log's SQLite file without ever losing it.

An existing file is first examined over a READ-ONLY connection: a read-write connection may
checkpoint and delete a -wal file when it closes, which is exactly what must not happen to a
file about to be kept aside. A file that is damaged, not a database, written by a newer
Unclench, or holding someone else's tables is renamed aside together with its -wal/-shm/-journal
files as `unclench.sqlite3.corrupt-YYYYmmdd-HHMMSS` (never deleted) and a new one is started;
from a damaged one the readable events are then copied into the new log (recovery.py).

Opening costs the same for any size of log: no full-file check runs here. Damage is noticed when
SQLite reports it (on open, on the first query, or later: see `is_damage`), by the -wal check
(wal_check.py, only when a -wal is left over), or by `integrity_problem`, which the app may run
later on a worker thread. Failures that are not the file's fault (locked, disk full, folder not
writable, file unreadable or a folder) raise StorageError and leave the file where it is:
moving it would not help and would hide the user's history.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop.core.i18n import _, ngettext
from desktop.storage.aside import move_aside
from desktop.storage.errors import StorageError
from desktop.storage.migrations import SCHEMA_VERSION, migrate, user_version
from desktop.storage.recovery import recover_events
from desktop.storage.wal_check import has_wal, wal_damage

CORRUPT_TAG = "corrupt"
# Files SQLite keeps beside the database; they belong to it and move with it.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
_SHM_DMS_BYTE = 128
# Logs this process has open, with how many connections: their -wal is live (e.g. a worker
# thread opening the log the GUI thread has open), and probing their -shm lock from here would
# drop this process's own locks. EventLog.close calls `closed`.
_OPEN_HERE: Counter[str] = Counter()
COLUMNS = "id, kind, outcome, due_at, shown_at, answered_at, local_day, details"

# Primary result codes (https://sqlite.org/rescode.html).
_SQLITE_ERROR, _SQLITE_READONLY, _SQLITE_CORRUPT, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 1, 8, 11, 14, 26


class _Unusable(Exception):
    """This file cannot serve as our log; the message completes "The log <path> …".
    `damaged`: it is (or was) our log, so its readable events are worth recovering."""

    def __init__(self, message: str, damaged: bool = True) -> None:
        super().__init__(message)
        self.damaged = damaged


def open_database(
    path: Path, now: Callable[[], datetime], busy_timeout_seconds: float
) -> tuple[sqlite3.Connection, tuple[str, ...]]:
    """A checked, migrated connection in autocommit mode (callers write BEGIN/COMMIT themselves),
    in WAL mode with synchronous=FULL, plus notices for the user. Raises StorageError."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(
            _("Unclench could not create the folder for its log {path}: {error}.").format(
                path=path, error=error.strerror or error
            )
        ) from error
    try:
        return _checked_and_migrated(path, busy_timeout_seconds), ()
    except _Unusable as problem:
        db, notice = replace_unusable(path, now, busy_timeout_seconds, str(problem), problem.damaged)
        return db, (notice,)


def replace_unusable(
    path: Path, now: Callable[[], datetime], busy_timeout_seconds: float, reason: str, damaged: bool = True
) -> tuple[sqlite3.Connection, str]:
    """Keep the file at `path` aside with its companions (one name for all), start a new log
    there and, when `damaged`, copy into it every event SQLite can still read from the kept copy.
    `reason` completes "The log <path> …". Returns the new connection and the notice for the user.
    No connection to `path` may be open. Raises StorageError."""
    try:
        kept = move_aside(path, CORRUPT_TAG, now(), COMPANION_SUFFIXES)
    except OSError as error:
        raise StorageError(
            _("Unclench's log {path} {reason}, and it could not be moved aside ({error}).").format(
                path=path, reason=reason, error=error.strerror or error
            )
        ) from error
    words = {"path": path, "reason": reason, "kept": kept}
    try:
        db = _checked_and_migrated(path, busy_timeout_seconds)
    except _Unusable as problem:
        failed = _(
            "Unclench's log {path} {reason}. It was moved to {kept}, nothing was deleted, "
            "but a new log could not be started: it {problem}."
        )
        raise StorageError(failed.format(problem=problem, **words)) from problem
    if not damaged:
        started = _(
            "Unclench's log {path} {reason}. It was moved to {kept}, nothing was deleted, "
            "and a new log was started."
        )
        return db, started.format(**words)
    try:
        kept_rows = recover_events(kept, db)
    except (OSError, sqlite3.Error) as error:
        lost = _(
            "Unclench's log {path} {reason}. It was moved to {kept}, nothing was deleted, "
            "and a new log was started; no events could be recovered ({error})."
        )
        return db, lost.format(error=error, **words)
    recovered = ngettext(
        "Unclench's log {path} {reason}. It was moved to {kept}, nothing was deleted, "
        "and a new log was started with the {count} event that could be read from it.",
        "Unclench's log {path} {reason}. It was moved to {kept}, nothing was deleted, "
        "and a new log was started with the {count} events that could be read from it.",
        kept_rows,
    )
    return db, recovered.format(count=kept_rows, **words)


def _connect_read_only(path: Path, options: str, busy_timeout_seconds: float) -> sqlite3.Connection:
    """A connection that never writes the file (`options`: the URI's query, e.g. "mode=ro")."""
    uri = f"{path.absolute().as_uri()}?{options}"
    return sqlite3.connect(uri, uri=True, isolation_level=None, timeout=busy_timeout_seconds)


def open_read_only(path: Path, busy_timeout_seconds: float) -> sqlite3.Connection:
    """A read-only connection to an existing log of the current schema, for when it cannot be
    opened for writing (a file or folder the user may not write, a full disk). Every write on it
    raises. Raises StorageError when even that is impossible."""
    if not path.is_file():
        raise StorageError(_("There is no log file at {path} to read.").format(path=path))
    problem = StorageError(_("Unclench could not read its log {path}.").format(path=path))
    for options in ("mode=ro", "mode=ro&immutable=1"):
        # A WAL-mode file needs its -shm index; in a folder the user may not write, SQLite cannot
        # create one, and only an "immutable" reader (no locks, no index) gets in.
        try:
            db = _connect_read_only(path, options, busy_timeout_seconds)
        except sqlite3.Error as error:
            problem = StorageError(
                _("Unclench could not read its log {path}: {error}.").format(path=path, error=error)
            )
            continue
        try:
            return _checked_read_only(db, path)
        except StorageError as error:
            problem = error
    raise problem


def _checked_read_only(db: sqlite3.Connection, path: Path) -> sqlite3.Connection:
    try:
        if user_version(db) != SCHEMA_VERSION:
            raise StorageError(_("Unclench's log {path} needs an update it cannot write.").format(path=path))
        db.execute(f"SELECT {COLUMNS} FROM events LIMIT 0")
    except sqlite3.Error as error:
        db.close()
        raise StorageError(
            _("Unclench could not read its log {path}: {error}.").format(path=path, error=error)
        ) from error
    except BaseException:
        db.close()
        raise
    return db


def integrity_problem(path: Path, busy_timeout_seconds: float = 5.0) -> str | None:
    """SQLite's full check of the log at `path` over its own read-only connection: what it found
    (completing "The log <path> …"), or None when the file is sound. Reads the whole file (a second
    per few hundred MB): run it on a worker thread, never at start-up. Raises StorageError when the
    file cannot be read at all (locked, unreadable)."""
    try:
        db = _connect_read_only(path, "mode=ro", busy_timeout_seconds)
    except sqlite3.Error as error:
        raise StorageError(
            _("Unclench could not check its log {path}: {error}.").format(path=path, error=error)
        ) from error
    try:
        result = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as error:
        if is_damage(error):
            return _("is damaged ({error})").format(error=error)
        raise StorageError(
            _("Unclench could not check its log {path}: {error}.").format(path=path, error=error)
        ) from error
    finally:
        db.close()
    if result == [("ok",)]:
        return None
    return "is damaged (SQLite's check found: " + "; ".join(str(line[0]) for line in result[:3]) + ")"


def full_disk_note(path: Path) -> str:
    """ " The disk holding it is full." when it is (SQLite may only say "disk I/O error")."""
    folder = next((p for p in (path.parent, *path.parents) if p.exists()), None)
    try:
        full = folder is not None and shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        full = False
    return " The disk holding it is full." if full else ""


def is_damage(error: sqlite3.Error) -> bool:
    """Whether SQLite's `error` says the file itself is damaged (SQLITE_CORRUPT or SQLITE_NOTADB)."""
    return _primary_code(error) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


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
        _OPEN_HERE[_key(path)] += 1
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
    if path.is_dir():
        raise StorageError(
            _("Unclench cannot use {path} for its log: it is a folder. It was left as it is.").format(
                path=path
            )
        )
    try:
        with open(path, "rb"):
            pass
    except OSError as error:  # e.g. permission 000: unreadable is not damaged
        raise StorageError(
            _("Unclench cannot read its log {path} ({error}). It was left as it is.").format(
                path=path, error=error.strerror or error
            )
        ) from error
    if has_wal(path) and not _OPEN_HERE[_key(path)] and not _held_by_another_process(path):
        try:
            damage = wal_damage(Path(f"{path}-wal"))
        except OSError as error:
            raise StorageError(
                _("Unclench cannot read the -wal file of its log {path}: {error}.").format(
                    path=path, error=error
                )
            ) from error
        if damage:
            raise _Unusable(damage)
    wal = Path(f"{path}-wal")
    if path.is_file() and path.stat().st_size == 0:
        # SQLite deletes the -wal of an empty database on open; it may be all that is left of the data.
        if wal.exists() and wal.stat().st_size > 0:
            raise _Unusable(_("is empty while its -wal file is not"))
        return
    try:
        db = _connect_read_only(path, "mode=ro", busy_timeout_seconds)
    except sqlite3.Error as error:
        raise _classified(error, path) from error
    try:
        version = user_version(db)  # reads the header and the schema: damage there shows now
        if version > SCHEMA_VERSION:
            raise _Unusable(
                _(
                    "was written by a newer version of Unclench "
                    "(schema {version}; this version knows up to {known})"
                ).format(version=version, known=SCHEMA_VERSION),
                damaged=False,
            )
        if version == 0 and db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise _Unusable(_("holds tables Unclench did not make"), damaged=False)
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
        return _Unusable(_("cannot be used ({error})").format(error=error), damaged=code != _SQLITE_ERROR)
    return StorageError(_("Unclench could not open its log {path}: {error}.").format(path=path, error=error))


def closed(path: Path) -> None:
    """A connection `open_database` returned for `path` was closed."""
    key = _key(path)
    _OPEN_HERE[key] -= 1
    if _OPEN_HERE[key] <= 0:
        del _OPEN_HERE[key]


def _key(path: Path) -> str:
    return os.path.realpath(path)


def _held_by_another_process(path: Path) -> bool:
    """Whether another process has the database open (its -wal is then live, not left over).

    Every SQLite connection holds a shared lock on byte 128 of the -shm file (the "DMS" slot of
    the unix VFS); an exclusive lock there is refused while one does. POSIX locks are per process,
    and closing this descriptor drops the process's own locks on the file: call this only before
    this process opens a connection to `path`. Where there is no fcntl (Windows), say no.
    """
    try:
        import fcntl
    except ImportError:
        return False
    try:
        descriptor = os.open(f"{path}-shm", os.O_RDWR)
    except OSError:
        return False  # no index: nobody has it open (or we could not tell; then check anyway)
    try:
        fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_BYTE)
    except OSError:
        return True
    else:
        fcntl.lockf(descriptor, fcntl.LOCK_UN, 1, _SHM_DMS_BYTE)
        return False
    finally:
        os.close(descriptor)


def _primary_code(error: sqlite3.Error) -> int:
    code: int = getattr(error, "sqlite_errorcode", 0)
    return code & 0xFF
