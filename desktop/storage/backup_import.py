"""Restoring a JSON export into the log: streamed, in bounded memory, with progress and cancel.

Two phases. Reading: the file is parsed one event at a time (backup_reader.py) and every valid
event is staged in a TEMP table of this connection (SQLite's private temporary file, no lock on
the log), so the log is untouched until the whole file has proved readable: a damaged, truncated
or cancelled file changes nothing. Saving: the staged events are added in batches, each its own
short transaction (another connection, such as the app's own, waits at most one batch), skipping
uids the log holds already, so importing a backup twice, or into the log it came from, adds
nothing, and an import cancelled while saving can simply be run again.

Events that break the limits of live entry are counted and named in the summary, never stored.
Run it on a worker thread with an EventLog opened there (SQLite connections stay on their thread).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import islice
from pathlib import Path
from typing import Literal

from desktop.core.i18n import _
from desktop.storage.backup_reader import (
    ImportRefused,
    RowProblem,
    check_header,
    checked_rows,
    refused,
    skip_bom,
)
from desktop.storage.errors import StorageError
from desktop.storage.eventlog import EventLog
from desktop.storage.new_rows import store_new_rows
from desktop.storage.row_text import ExportRow

BATCH_ROWS = 5000
PROBLEMS_KEPT = 5  # the first invalid events are named; the rest are counted

_STAGE = (
    "CREATE TEMP TABLE import_staged (uid TEXT PRIMARY KEY, local_day TEXT, kind TEXT, outcome TEXT,"
    " due_at TEXT, shown_at TEXT, answered_at TEXT, details TEXT)"
)
_STAGE_ROW = "INSERT OR IGNORE INTO temp.import_staged VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
_STAGED = "SELECT rowid, * FROM temp.import_staged WHERE rowid > ? ORDER BY rowid LIMIT ?"


@dataclass(frozen=True)
class ImportProgress:
    """How far an import has come, for a progress bar: reading the file, then saving."""

    phase: Literal["reading", "saving"]
    done: int  # reading: bytes of the file; saving: events
    total: int


@dataclass(frozen=True)
class ImportSummary:
    """What an import did, for the message the user reads."""

    path: Path
    added: int
    already_present: int  # valid events whose uid the log held already (or repeated in the file)
    invalid: int = 0  # events refused by the limits of live entry; never stored
    problems: tuple[str, ...] = ()  # sentences naming the first few invalid events
    cancelled: bool = False  # stopped on request: `added` were stored (none if still reading)


def import_backup(
    log: EventLog,
    path: Path,
    *,
    progress: Callable[[ImportProgress], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    latest_day: date | None = None,
    batch_rows: int = BATCH_ROWS,
) -> ImportSummary:
    """Restore the JSON export at `path` into `log`. `progress` is called after each batch,
    `cancelled` asked before each; `latest_day` is the last plausible local day (default: two
    days after today's date here). Raises ImportRefused for a file that is not a readable export
    (nothing changed), StorageError if the log cannot be written (the batches before are kept)."""
    latest = latest_day or date.today() + timedelta(days=2)
    db = log.connection
    notify = progress or (lambda _: None)
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed below, also when refused
    except OSError as error:
        raise refused(
            path, _("could not be read ({problem})").format(problem=error.strerror or error)
        ) from error
    try:
        total_bytes = max(path.stat().st_size, 1)
        skip_bom(raw)
        check_header(path, raw)
        _run(db, "DROP TABLE IF EXISTS temp.import_staged", _STAGE)
        try:
            valid, invalid, problems = 0, 0, list[str]()
            rows = checked_rows(path, raw, latest)
            while batch := list(islice(rows, batch_rows)):
                if cancelled():
                    return ImportSummary(path, 0, 0, invalid, tuple(problems), cancelled=True)
                good = [row for row in batch if isinstance(row, ExportRow)]
                for problem in (row for row in batch if isinstance(row, RowProblem)):
                    invalid += 1
                    if len(problems) < PROBLEMS_KEPT:
                        problems.append(f"events[{problem.index}] {problem.problem}")
                valid += len(good)
                _stage(db, path, good)
                notify(ImportProgress("reading", raw.tell(), total_bytes))
            added, stopped = _save_staged(db, path, valid, batch_rows, notify, cancelled)
            return ImportSummary(path, added, valid - added, invalid, tuple(problems), stopped)
        finally:
            _run(db, "DROP TABLE IF EXISTS temp.import_staged")
    finally:
        raw.close()


def import_into_database(
    database: Path,
    path: Path,
    *,
    progress: Callable[[ImportProgress], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    latest_day: date | None = None,
) -> tuple[ImportSummary, tuple[str, ...]]:
    """`import_backup` over a connection of its own to the log file at `database`, opened and
    closed on the calling thread: what a worker thread runs while the app keeps its own
    connection. Returns the summary and what opening the log had to say. Raises like
    `import_backup`, and StorageError when the log cannot be opened."""
    log, notices = EventLog.open(database)
    try:
        summary = import_backup(log, path, progress=progress, cancelled=cancelled, latest_day=latest_day)
    finally:
        log.close()
    return summary, notices


def _save_staged(
    db: sqlite3.Connection,
    path: Path,
    valid: int,
    batch_rows: int,
    notify: Callable[[ImportProgress], None],
    cancelled: Callable[[], bool],
) -> tuple[int, bool]:
    added, done, after = 0, 0, 0
    while True:
        if cancelled():
            return added, True
        try:
            staged = db.execute(_STAGED, (after, batch_rows)).fetchall()
            if not staged:
                return added, False
            added += store_new_rows(db, (ExportRow(*row[1:]) for row in staged))
        except sqlite3.Error as error:
            problem = _("Unclench could not write to its log while importing {file}: {problem}.")
            raise StorageError(problem.format(file=path, problem=error)) from error
        after = staged[-1][0]
        done += len(staged)
        notify(ImportProgress("saving", done, valid))


def _stage(db: sqlite3.Connection, path: Path, rows: list[ExportRow]) -> None:
    try:
        db.execute("BEGIN")
        db.executemany(_STAGE_ROW, rows)
        db.execute("COMMIT")
    except sqlite3.Error as error:
        if db.in_transaction:
            db.execute("ROLLBACK")
        problem = _("Unclench could not stage the events of {file} for import: {problem}.")
        raise StorageError(problem.format(file=path, problem=error)) from error


def _run(db: sqlite3.Connection, *statements: str) -> None:
    try:
        for statement in statements:
            db.execute(statement)
    except sqlite3.Error as error:
        raise StorageError(
            _("Unclench could not prepare the import: {problem}.").format(problem=error)
        ) from error


__all__ = ["ImportProgress", "ImportRefused", "ImportSummary", "import_backup", "import_into_database"]
