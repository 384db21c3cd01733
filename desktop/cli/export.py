"""`unclench export`: the command-line process writes the log out itself, app running or not.

The log is SQLite in WAL mode, so reading it while the app writes is safe. The data goes to
standard output or to the `-o` file (which appears only once complete); notices and problems go
to standard error, prefixed with "unclench:". Qt-free.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TextIO

from desktop.cli.parse import ExitCode
from desktop.core.commands import Export
from desktop.core.i18n import _, ngettext
from desktop.storage.errors import StorageError
from desktop.storage.export import ExportError, export_database
from desktop.storage.paths import AppPaths

# SQLite's companions of the log file: replacing any of them with an export would lose data.
_LOG_FILE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def run_export(
    command: Export,
    *,
    database: Path | None = None,
    out: TextIO | None = None,
    err: IO[str] | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> int:
    """Do `command` and return the exit code (see desktop.cli.ExitCode). `database` defaults to
    the user's log; `out` to standard output (as UTF-8 with bare line feeds, as documented)."""
    err = err or sys.stderr
    database = database or AppPaths.for_user().database
    if command.output is not None and _is_log_file(command.output, database):
        problem = _(
            "{file} is Unclench's own log; writing the export there would destroy it. Choose another file."
        )
        print("unclench: " + problem.format(file=command.output), file=err)
        return ExitCode.USAGE
    target: TextIO | Path = command.output if command.output is not None else out or _utf8_stdout()
    try:
        done = export_database(
            database, command.format, target, exported_at=now(), since_day=command.since_day
        )
        if not isinstance(target, Path):
            target.flush()  # a closed pipe shows here, not at exit as a traceback
    except (ExportError, OSError) as problem:
        if target is sys.stdout and _reader_went_away(problem):
            return _quiet_after_broken_pipe()
        print(f"unclench: {problem}", file=err)
        return ExitCode.FAILED
    except StorageError as problem:
        print(f"unclench: {problem}", file=err)
        return ExitCode.FAILED
    for notice in done.notices:
        print(f"unclench: {notice}", file=err)
    if command.output is not None:
        done_text = ngettext(
            "Exported {count} event to {file}.", "Exported {count} events to {file}.", done.count
        )
        print(done_text.format(count=done.count, file=command.output), file=out or sys.stdout)
    return ExitCode.OK


def _is_log_file(output: Path, database: Path) -> bool:
    chosen = output.resolve()
    return any(chosen == Path(f"{database.resolve()}{suffix}") for suffix in _LOG_FILE_SUFFIXES)


def _utf8_stdout() -> TextIO:
    """Standard output as the export format promises it: UTF-8, lines ending in a bare line feed
    (no \\r\\n translation on Windows), whatever the console's own encoding."""
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8", newline="\n")
    return sys.stdout


def _reader_went_away(problem: BaseException) -> bool:
    """`unclench export | head`: the reader closed the pipe; it has what it wanted."""
    return isinstance(problem, BrokenPipeError) or isinstance(problem.__cause__, BrokenPipeError)


def _quiet_after_broken_pipe() -> int:
    # Python flushes stdout again at exit and would print a traceback for the closed pipe;
    # point the descriptor at /dev/null instead, as the Python documentation advises.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
    return ExitCode.FAILED
