"""The log as a file the user owns: CSV or JSON export, and restoring a JSON export.

Both formats are described column by column in docs/export-format.md. Exports stream row by row
(five years of history never sit in memory) and a file is written next to its final name and
renamed into place only when complete, so an interrupted export never leaves half a file under
the name the user chose.

An import is all or nothing: the whole file is checked first, and a file with any problem is
refused with a sentence naming the file and the field, before anything is written. Each event
carries its `uid`; uids already in the log are skipped, so importing a backup twice, or into the
log it came from, adds nothing.
"""

from __future__ import annotations

import csv
import json
import os
import re
import reprlib
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from desktop.core.data_requests import ExportFormat
from desktop.storage.eventlog import EventLog, ExportRow, canonical_time, time_from_text, time_to_text

FORMAT_NAME = "unclench-events"
FORMAT_VERSION = 1
CSV_COLUMNS = ExportRow._fields  # uid, local_day, kind, outcome, due_at, shown_at, answered_at, details
TIME_FIELDS = ("due_at", "shown_at", "answered_at")
MAX_IMPORT_BYTES = 1 << 30  # far above years of history (~140 MB for 500,000 events)
_CANONICAL_TIME_LENGTH = len("2024-05-01T12:00:00.000000+00:00")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_UID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_encode = json.JSONEncoder(ensure_ascii=False).encode


class ExportError(Exception):
    """The export file could not be written; str() is a sentence naming the file."""


class ImportRefused(Exception):
    """The file is not a backup this version can restore; str() names the file and the field.
    Nothing was written when this is raised."""


@dataclass(frozen=True)
class ImportSummary:
    path: Path
    added: int
    already_present: int  # events whose uid the log held already (or repeated in the file)


# ---- export -------------------------------------------------------------------------------------


def check_day(text: str, what: str = "the date") -> str:
    """`text` if it is a calendar date written YYYY-MM-DD; else ValueError with a readable reason."""
    if _DAY.fullmatch(text):
        try:
            date.fromisoformat(text)
            return text
        except ValueError:
            pass
    raise ValueError(f"{what} must be a date written YYYY-MM-DD, such as 2025-01-31 (found {text!r})")


def export_events(
    log: EventLog,
    out: TextIO,
    fmt: ExportFormat | str,
    *,
    exported_at: datetime,
    since_day: str | None = None,
) -> int:
    """Write every event (on or after `since_day`, YYYY-MM-DD) to `out` as CSV or JSON; return how
    many. `exported_at` (aware) is recorded in a JSON export. Raises ValueError for a bad format or
    day, StorageError if the log cannot be read, OSError if `out` cannot be written."""
    fmt = ExportFormat(fmt)
    if since_day is not None:
        check_day(since_day, "the first day to export")
    rows = (_normalised(row) for row in log.export_rows(since_day))
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
) -> int:
    """`export_events` into `path`, which appears only once complete. Raises ExportError when the
    file cannot be written (nothing is left behind), besides what export_events raises."""
    fmt = ExportFormat(fmt)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as error:
        raise ExportError(f"Unclench could not write {path}: {error.strerror or error}.") from error
    try:
        with open(handle, "w", encoding="utf-8", newline="") as out:
            count = export_events(log, out, fmt, exported_at=exported_at, since_day=since_day)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as error:
        os.unlink(temporary)
        raise ExportError(f"Unclench could not write {path}: {error.strerror or error}.") from error
    except BaseException:
        os.unlink(temporary)
        raise
    return count


@dataclass(frozen=True)
class DatabaseExport:
    count: int  # events written
    notices: tuple[str, ...]  # what opening the log had to tell the user (e.g. a damaged file kept aside)


def export_database(
    database: Path,
    fmt: ExportFormat | str,
    out: TextIO | Path,
    *,
    exported_at: datetime,
    since_day: str | None = None,
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
        check_day(since_day, "the first day to export")
    notices: tuple[str, ...] = ()
    if database.exists():
        log, notices = EventLog.open(database)
    else:
        log = EventLog.in_memory()
    try:
        if isinstance(out, Path):
            count = export_to_file(log, out, fmt, exported_at=exported_at, since_day=since_day)
        else:
            try:
                count = export_events(log, out, fmt, exported_at=exported_at, since_day=since_day)
            except OSError as error:  # e.g. a closed pipe: `unclench export | head`
                raise ExportError(
                    f"Unclench could not write the export: {error.strerror or error}."
                ) from error
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


# ---- import -------------------------------------------------------------------------------------


def import_backup(log: EventLog, path: Path) -> ImportSummary:
    """Restore a JSON export into `log`, skipping events it already holds. Raises ImportRefused for
    a file that is not a valid export (nothing changed), StorageError if the log cannot be written
    (nothing changed either: one transaction)."""
    rows = read_backup(path)
    added = log.import_events(rows)
    return ImportSummary(path=path, added=added, already_present=len(rows) - added)


def read_backup(path: Path) -> list[ExportRow]:
    """Every event of a JSON export, all checked, as rows for `EventLog.import_events`.
    Raises ImportRefused naming the problem."""
    data = _parse(path)
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise _refused(path, f'is not an Unclench export (it lacks "format": "{FORMAT_NAME}")')
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _refused(path, f"has no valid format version (found {reprlib.repr(version)})")
    if version > FORMAT_VERSION:
        raise _refused(
            path,
            f"was written by a newer Unclench (format version {version}; "
            f"this version reads up to {FORMAT_VERSION})",
        )
    events = data.get("events")
    if not isinstance(events, list):
        raise _refused(path, 'has no list of "events"')
    return [_row_from(path, index, item) for index, item in enumerate(events)]


def _parse(path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise _refused(path, f"is larger than {MAX_IMPORT_BYTES >> 20} MB, far more than any export")
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise _refused(path, f"could not be read ({error.strerror or error})") from error
    except UnicodeDecodeError as error:
        raise _refused(path, f"is not UTF-8 text (byte {error.start})") from error
    if text.startswith(",".join(CSV_COLUMNS)):
        raise _refused(path, "is a CSV export; only JSON exports can be imported")
    try:
        return json.loads(text, parse_constant=_no_constants)
    except json.JSONDecodeError as error:
        raise _refused(
            path, f"is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from error
    except (ValueError, RecursionError) as error:
        raise _refused(path, f"is not valid JSON ({error})") from error


def _no_constants(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def _refused(path: Path, problem: str) -> ImportRefused:
    return ImportRefused(f"{path} cannot be imported: it {problem}. Nothing was imported.")


def _row_from(path: Path, index: int, item: object) -> ExportRow:
    if not isinstance(item, dict):
        raise _refused(path, f"has events[{index}] that is not an object of fields")
    try:
        return ExportRow(*(check(item[name]) for name, check, _ in _FIELDS))
    except (KeyError, TypeError, ValueError):
        pass
    # Something is wrong: look again, field by field, to say exactly what.
    for name, check, problem in _FIELDS:
        if name not in item:
            raise _refused(path, f"lacks the field events[{index}].{name}")
        try:
            check(item[name])
        except (TypeError, ValueError):
            found = reprlib.repr(item[name])
            raise _refused(path, f"has events[{index}].{name} that {problem} (found {found})") from None
    raise AssertionError("unreachable: the fast path failed, so some field must be wrong")


def checked_row(item: dict[str, Any]) -> ExportRow:
    """One event object as an export writes it, checked, as a row for `EventLog.import_events`
    (the sync journal uses the same fields). ValueError naming the first wrong field."""
    try:
        return ExportRow(*(check(item[name]) for name, check, _ in _FIELDS))
    except (KeyError, TypeError, ValueError):
        pass
    for name, check, problem in _FIELDS:
        if name not in item:
            raise ValueError(f"the field {name} is missing")
        try:
            check(item[name])
        except (TypeError, ValueError):
            raise ValueError(f"{name} {problem} (found {reprlib.repr(item[name])})") from None
    raise AssertionError("unreachable: the fast path failed, so some field must be wrong")


def check_uid(value: Any) -> str:
    if not isinstance(value, str) or not _UID.fullmatch(value):
        raise ValueError
    return value


def _label(value: Any) -> str:
    if not isinstance(value, str) or not 1 <= len(value) <= 64 or not value.isprintable():
        raise ValueError
    return value


def _time(value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError
    return canonical_time(value)


def _details(value: Any) -> str:
    if not isinstance(value, dict):
        raise TypeError
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


_NAME = "must be text of 1 to 64 printable characters"
_TIME = "must be empty (null) or a time with its UTC offset"
# In ExportRow's order.
_FIELDS: tuple[tuple[str, Callable[[Any], Any], str], ...] = (
    ("uid", check_uid, "must be text of 1 to 64 letters, digits, '-' or '_'"),
    ("local_day", check_day, "must be a date written YYYY-MM-DD"),
    ("kind", _label, _NAME),
    ("outcome", _label, _NAME),
    ("due_at", _time, _TIME),
    ("shown_at", _time, _TIME),
    ("answered_at", _time, _TIME),
    ("details", _details, "must be an object of fields"),
)
