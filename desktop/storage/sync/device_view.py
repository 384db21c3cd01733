"""Statistics for one computer: an EventLog that sees only that computer's events.

It opens its own read-only connection to the log file (EventLog.open_for_reading) and shadows
two names in SQLite's temp schema (which unqualified names reach first): `events` becomes a view
of one computer's rows, and `day_totals` a temp table recounted from them by the same
`recount_day_totals` the log uses. So every EventLog query (daily_sums, span, water_total_ml,
events, export_rows) answers for that one computer with exactly the rules it uses for all of
them, written once.

A snapshot of day totals, taken when opened: open a new view to refresh it, close it after use.
Events not yet published (device NULL) belong to this computer.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.storage.errors import StorageError
from desktop.storage.eventlog import EventLog
from desktop.storage.migrations import recount_day_totals
from desktop.storage.sync.entries import DEVICE_ID


def open_device_view(database: Path, device: str, this_device: str) -> EventLog:
    """A read-only EventLog of `device`'s events in the log at `database`. StorageError if the
    log cannot be read; ValueError for ids that are not device ids."""
    if not (DEVICE_ID.fullmatch(device) and DEVICE_ID.fullmatch(this_device)):
        raise ValueError("not a device id")  # checked: they are written into the view's SQL
    log = EventLog.open_for_reading(database)
    db = log.connection
    try:
        db.execute(
            "CREATE TEMP VIEW events AS SELECT * FROM main.events"
            f" WHERE coalesce(device, '{this_device}') = '{device}'"
        )
        db.execute("CREATE TEMP TABLE day_totals AS SELECT * FROM main.day_totals WHERE 0")
        db.execute("BEGIN")
        recount_day_totals(db)
        db.execute("COMMIT")
    except sqlite3.Error as error:
        log.close()
        raise StorageError(f"Unclench could not read its log {database}: {error}.") from error
    return log
