"""The log as a file the user owns: CSV or JSON export (restoring one: backup_import.py).

Both formats are described column by column in docs/export-format.md. Exports stream row by row
(five years of history never sit in memory), report progress and can be cancelled. A file is
written as a hidden `.<name>.<random>.part` next to its final name and renamed into place only
when complete; on any failure or cancel the part is removed, and parts left by an export that was
killed are removed by the next export to the same name. So an interrupted export never leaves
half a file under the name the user chose, nor a hidden full-size copy.
"""

from __future__ import annotations

import csv
import glob
import json
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from desktop.core.data_requests import ExportFormat
from desktop.core.day_activity import DailyColumn
from desktop.core.i18n import N_, _
from desktop.storage.backup_import import ImportProgress, ImportSummary, import_backup
from desktop.storage.backup_reader import FORMAT_NAME, FORMAT_VERSION, ImportRefused
from desktop.storage.eventlog import EventLog, ExportRow, time_from_text, time_to_text

__all__ = [  # the import side is re-exported for the callers that knew it here
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ExportCancelled",
    "ExportError",
    "ImportProgress",
    "ImportRefused",
    "ImportSummary",
    "export_database",
    "export_events",
    "export_to_file",
    "import_backup",
]

CSV_COLUMNS = ExportRow._fields  # uid, local_day, kind, outcome, due_at, shown_at, answered_at, details
TIME_FIELDS = ("due_at", "shown_at", "answered_at")
PROGRESS_EVERY = 5000  # rows between progress reports and cancel checks
STALE_PART_SECONDS = 600  # a part file untouched this long belongs to an export that died
_CANONICAL_TIME_LENGTH = len("2024-05-01T12:00:00.000000+00:00")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_encode = json.JSONEncoder(ensure_ascii=False).encode

Progress = Callable[[int, int], None]  # (events written, events in all)
_EVENTS_COLUMN = (DailyColumn("events", "events"),)


class ExportError(Exception):
    """The export file could not be written; str() is a sentence naming the file."""


class ExportCancelled(Exception):
    """The caller asked the export to stop; nothing was left behind."""


# ---- export -------------------------------------------------------------------------------------


def check_day(text: str, what: str = N_("the date")) -> str:
    """`text` if it is a calendar date written YYYY-MM-DD; else ValueError with a readable reason."""
    if _DAY.fullmatch(text):
        try:
            date.fromisoformat(text)
            return text
        except ValueError:
            pass
    problem = _("{what} must be a date written YYYY-MM-DD, such as 2025-01-31 (found {text})")
    raise ValueError(problem.format(what=_(what), text=repr(text)))


def export_events(
    log: EventLog,
    out: TextIO,
    fmt: ExportFormat | str,
    *,
    exported_at: datetime,
    since_day: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Write every event (on or after `since_day`, YYYY-MM-DD) to `out` as CSV or JSON; return how
    many. `exported_at` (aware) is recorded in a JSON export. Every PROGRESS_EVERY rows `progress`
    is told (written, total) and `cancelled` asked. Raises ValueError for a bad format or day,
    StorageError if the log cannot be read, OSError if `out` cannot be written, ExportCancelled."""
    fmt = ExportFormat(fmt)
    if since_day is not None:
        check_day(since_day, N_("the first day to export"))
    total = _count(log, since_day) if progress else 0
    rows = _watched((_normalised(row) for row in log.export_rows(since_day)), total, progress, cancelled)
    if fmt is ExportFormat.CSV:
        return _write_csv(rows, out)
    return _write_json(rows, out, exported_at, since_day)


def export_to_file(
    log: EventLog,
    path: Path,
    fmt: ExportFormat | str,
    *,
    exported_at: datetime,
    since_day: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """`export_events` into `path`, which appears only once complete. Raises ExportError when the
    file cannot be written, ExportCancelled when cancelled (nothing is left behind either way),
    besides what export_events raises. Part files of earlier exports to `path` that died are removed."""
    fmt = ExportFormat(fmt)
    remove_stale_parts(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as error:
        raise ExportError(
            _("Unclench could not write {file}: {problem}.").format(
                file=path, problem=error.strerror or error
            )
        ) from error
    try:
        with open(handle, "w", encoding="utf-8", newline="") as out:
            count = export_events(
                log,
                out,
                fmt,
                exported_at=exported_at,
                since_day=since_day,
                progress=progress,
                cancelled=cancelled,
            )
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as error:
        _remove(temporary)
        raise ExportError(
            _("Unclench could not write {file}: {problem}.").format(
                file=path, problem=error.strerror or error
            )
        ) from error
    except BaseException:
        _remove(temporary)
        raise
    return count


def remove_stale_parts(path: Path, now: float | None = None) -> int:
    """Remove the part files an export to `path` left when it was killed (untouched for
    STALE_PART_SECONDS: a running export writes to its part all the time); return how many."""
    limit = (time.time() if now is None else now) - STALE_PART_SECONDS
    removed = 0
    try:
        candidates = list(path.parent.glob(f".{glob.escape(path.name)}.*.part"))
    except OSError:
        return 0
    for part in candidates:
        try:
            if part.is_file() and not part.is_symlink() and part.stat().st_mtime < limit:
                part.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def _remove(temporary: str) -> None:
    with suppress(FileNotFoundError):
        os.unlink(temporary)


def _count(log: EventLog, since_day: str | None) -> int:
    if since_day is None:
        return log.span().events
    return sum(row[1] for row in log.daily_sums(_EVENTS_COLUMN, since_day))


def _watched(
    rows: Iterable[ExportRow], total: int, progress: Progress | None, cancelled: Callable[[], bool]
) -> Iterator[ExportRow]:
    for count, row in enumerate(rows, 1):
        yield row
        if count % PROGRESS_EVERY == 0:
            if cancelled():
                raise ExportCancelled(_("The export was cancelled; nothing was written."))
            if progress:
                progress(count, max(total, count))


@dataclass(frozen=True)
class DatabaseExport:
    """What the command line's `export_database` did: how many events it wrote and the notices opening the log
    gave (to print on stderr).
    """

    count: int  # events written
    notices: tuple[str, ...]  # what opening the log had to tell the user (e.g. a damaged file kept aside)


def export_database(
    database: Path,
    fmt: ExportFormat | str,
    out: TextIO | Path,
    *,
    exported_at: datetime,
    since_day: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> DatabaseExport:
    """The command line's export: open the log file at `database` as the app does, write it to
    `out` (a stream such as sys.stdout, or a file path, written safely), close it.

    A missing log exports an empty file rather than creating one. Print the notices to stderr:
    opening may have kept a damaged file aside, exactly as starting the app would have. Raises
    ValueError (bad format or day), StorageError (the log cannot be opened or read), ExportError
    (`out` cannot be written).
    """
    fmt = ExportFormat(fmt)
    if since_day is not None:
        check_day(since_day, N_("the first day to export"))
    notices: tuple[str, ...] = ()
    if database.exists():
        log, notices = EventLog.open(database)
    else:
        log = EventLog.in_memory()
    try:
        if isinstance(out, Path):
            count = export_to_file(
                log,
                out,
                fmt,
                exported_at=exported_at,
                since_day=since_day,
                progress=progress,
                cancelled=cancelled,
            )
        else:
            try:
                count = export_events(
                    log,
                    out,
                    fmt,
                    exported_at=exported_at,
                    since_day=since_day,
                    progress=progress,
                    cancelled=cancelled,
                )
            except OSError as error:  # e.g. a closed pipe: `unclench export | head`
                problem = _("Unclench could not write the export: {problem}.")
                raise ExportError(problem.format(problem=error.strerror or error)) from error
    finally:
        log.close()
    return DatabaseExport(count, notices)


def _normalised(row: ExportRow) -> ExportRow:
    """Times as the log writes them; a time edited by hand into another form is rewritten (or
    dropped when unreadable), exactly as the app itself would read it."""
    if all(t is None or (len(t) == _CANONICAL_TIME_LENGTH and t.endswith("+00:00")) for t in row[4:7]):
        return row
    due, shown, answered = (time_to_text(time_from_text(t)) for t in row[4:7])
    return row._replace(due_at=due, shown_at=shown, answered_at=answered)


def _write_csv(rows: Iterable[ExportRow], out: TextIO) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def _write_json(rows: Iterable[ExportRow], out: TextIO, exported_at: datetime, since_day: str | None) -> int:
    header = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": time_to_text(exported_at),
        "since": since_day,
    }
    # One event per line: a backup stays readable, diffable and greppable.
    out.write(json.dumps(header)[:-1] + ', "events": [')
    count = 0
    for row in rows:
        out.write(",\n" if count else "\n")
        out.write(_json_line(row))
        count += 1
    out.write("\n]}\n")
    return count


def _json_line(row: ExportRow) -> str:
    uid, day, kind, outcome, due, shown, answered, details = row
    return (
        f'{{"uid": {_encode(uid)}, "local_day": {_encode(day)}, "kind": {_encode(kind)},'
        f' "outcome": {_encode(outcome)}, "due_at": {_encode(due)}, "shown_at": {_encode(shown)},'
        f' "answered_at": {_encode(answered)}, "details": {details}}}'
    )
