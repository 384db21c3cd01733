"""Reading a JSON export as a stream of checked rows, in bounded memory whatever its size.

The file is parsed incrementally (ijson): one event is in memory at a time. The header (format
and version) is checked before the first event is handed out, so a file that is not an Unclench
export is refused before anything is written. Each event is checked field by field and against
the limits of live entry (row_limits.py); an invalid event comes out as a RowProblem (counted and
reported by the importer, never stored), a valid one as an ExportRow ready for the log.
"""

from __future__ import annotations

import ast
import json
import re
import reprlib
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import IO, Any

import ijson

from desktop.core.i18n import N_, _
from desktop.storage.row_limits import day_problem, details_problem, kind_problem
from desktop.storage.row_text import ExportRow, canonical_time

FORMAT_NAME = "unclench-events"
FORMAT_VERSION = 1
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_UID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_CSV_START = b"uid,local_day,kind"


class ImportRefused(Exception):
    """The file is not a backup this version can restore (or stopped being readable part way);
    str() names the file and the problem."""


@dataclass(frozen=True)
class RowProblem:
    """An event of the file that cannot be stored, and why (a sentence fragment)."""

    index: int  # position in the file's events list
    problem: str  # completes "events[index] …"


def refused(path: Path, problem: str) -> ImportRefused:
    return ImportRefused(
        _("{file} cannot be imported: it {problem}. Nothing was imported.").format(file=path, problem=problem)
    )


def skip_bom(stream: IO[bytes]) -> int:
    """Position `stream` after a UTF-8 byte order mark, if it starts with one; return the offset."""
    start = 3 if stream.read(3) == b"\xef\xbb\xbf" else 0
    stream.seek(start)
    return start


def check_header(path: Path, stream: IO[bytes]) -> None:
    """Raise ImportRefused unless the top-level "format" and "version" say this is an export
    this version reads. Stops reading as soon as both are seen (at once in our own files), and
    leaves `stream` where it found it."""
    start = stream.tell()
    if stream.read(len(_CSV_START)) == _CSV_START:
        raise refused(path, _("is a CSV export; only JSON exports can be imported"))
    stream.seek(start)
    found: dict[str, Any] = {}
    try:
        for prefix, event, value in ijson.parse(stream, use_float=True):
            if prefix == "" and event == "start_array":
                break  # a list, not an object of fields
            if prefix in ("format", "version") and event not in ("start_map", "start_array"):
                found[prefix] = value
                if len(found) == 2:
                    break
    except (ijson.JSONError, UnicodeDecodeError, ValueError) as error:
        raise refused(path, _json_problem(error)) from error
    finally:
        stream.seek(start)
    if found.get("format") != FORMAT_NAME:
        problem = _('is not an Unclench export (it lacks "format": "{name}")')
        raise refused(path, problem.format(name=FORMAT_NAME))
    version = found.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        problem = _("has no valid format version (found {value})")
        raise refused(path, problem.format(value=reprlib.repr(version)))
    if version > FORMAT_VERSION:
        problem = _(
            "was written by a newer Unclench (format version {version}; this version reads up to {newest})"
        )
        raise refused(path, problem.format(version=version, newest=FORMAT_VERSION))


def checked_rows(path: Path, stream: IO[bytes], latest_day: date) -> Iterator[ExportRow | RowProblem]:
    """Every event of the export in `stream` (header already checked), in file order. Raises
    ImportRefused when the file stops being valid JSON part way or has no list of "events"."""
    index = -1
    start = stream.tell()
    try:
        for index, item in enumerate(ijson.items(stream, "events.item", use_float=True)):
            yield checked_row(index, item, latest_day)
    except (ijson.JSONError, UnicodeDecodeError, ValueError, RecursionError) as error:
        problem = _("{problem} after event {number}").format(problem=_json_problem(error), number=index + 1)
        raise refused(path, problem) from error
    if index < 0:
        stream.seek(start)
        if not any(
            prefix == "events" and event == "start_array" for prefix, event, _value in ijson.parse(stream)
        ):
            raise refused(path, _('has no list of "events"'))


def checked_row(index: int, item: object, latest_day: date) -> ExportRow | RowProblem:
    """One event as a row for the log, or what is wrong with it."""
    if not isinstance(item, dict):
        return RowProblem(index, _("is not an object of fields"))
    values: list[Any] = []
    for name, check, problem in _FIELDS:
        if name not in item:
            return RowProblem(index, _("lacks the field {name}").format(name=name))
        try:
            values.append(check(item[name]))
        except (TypeError, ValueError, OverflowError):
            wrong = _("has {name} that {problem} (found {value})")
            return RowProblem(
                index, wrong.format(name=name, problem=_(problem), value=reprlib.repr(item[name]))
            )
    row = ExportRow(*values)
    beyond_limits = (
        kind_problem(row.kind, row.outcome)
        or day_problem(row.local_day, latest_day)
        or details_problem(row.kind, item["details"])
    )
    return RowProblem(index, beyond_limits) if beyond_limits else row


def checked_event(item: dict[str, Any], latest_day: date | None = None) -> ExportRow:
    """One event object as an export or a sync journal writes it, checked against the same limits
    as an import (`latest_day`: the last plausible day, default two days from now); ValueError
    saying what is wrong."""
    checked = checked_row(0, item, latest_day or date.today() + timedelta(days=2))
    if isinstance(checked, RowProblem):
        raise ValueError(_("the event {problem}").format(problem=checked.problem))
    return checked


def check_uid(value: Any) -> str:
    """`value` if it is an event uid; ValueError otherwise."""
    return _uid(value)


def _json_problem(error: Exception) -> str:
    """The parser's message, without the excerpt it draws below it (yajl gives it as bytes' repr)."""
    text = str(error)
    if text.startswith(("b'", 'b"')):
        with suppress(ValueError, SyntaxError):
            text = ast.literal_eval(text).decode("utf-8", "replace")
    if isinstance(error, UnicodeDecodeError) or "UTF8" in text:
        return _("is not UTF-8 text")
    first = text.strip().splitlines()[0].strip() if text.strip() else type(error).__name__
    return _("is not valid JSON ({problem})").format(problem=first.rstrip("."))


def _uid(value: Any) -> str:
    if not isinstance(value, str) or not _UID.fullmatch(value):
        raise ValueError
    return value


def _day(value: Any) -> str:
    if not isinstance(value, str) or not _DAY.fullmatch(value):
        raise ValueError
    date.fromisoformat(value)
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


_NAME = N_("must be text of 1 to 64 printable characters")
_TIME = N_("must be empty (null) or a time with its UTC offset")
# In ExportRow's order.
_FIELDS: tuple[tuple[str, Callable[[Any], Any], str], ...] = (
    ("uid", _uid, N_("must be text of 1 to 64 letters, digits, '-' or '_'")),
    ("local_day", _day, N_("must be a date written YYYY-MM-DD")),
    ("kind", _label, _NAME),
    ("outcome", _label, _NAME),
    ("due_at", _time, _TIME),
    ("shown_at", _time, _TIME),
    ("answered_at", _time, _TIME),
    ("details", _details, N_("must be an object of fields")),
)
