"""The one exception the storage layer raises for failures the user has to hear about."""

from __future__ import annotations


class StorageError(Exception):
    """Saving or reading the log or the settings failed while the app was running.

    Examples: the disk is full, the database is locked by another process, a folder is not
    writable. `str(error)` is a complete sentence naming the file and the reason, meant to be
    shown to the user. The original exception is chained as `__cause__`.
    """


class LogDamaged(StorageError):
    """SQLite reported the log file itself damaged (SQLITE_CORRUPT or SQLITE_NOTADB) while running.

    The owner should call `EventLog.repair()` (same thread): it keeps the files aside, recovers
    the readable events into a new log and returns the notice to show.
    """
