"""Copying the readable events out of a damaged log that was kept aside.

The kept files are never opened for writing: they are copied (database and -wal; the -shm is
SQLite's rebuildable index) into a private temporary folder, SQLite opens the copy and replays
whatever of the WAL it can, and the events table is read in ranges of row ids. A range SQLite
cannot read is split down to single rows, so one damaged page costs only the rows on it; after
too many failed reads the rest is given up (the kept files stay for a specialist).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

_CHUNK = 2048
_MAX_FAILED_READS = 4096
_SMALLEST_RANGE = 8
_OUR_COLUMNS = ("kind", "outcome", "due_at", "shown_at", "answered_at", "local_day", "details", "uid")


def recover_events(kept: Path, into: sqlite3.Connection) -> int:
    """Copy every readable event of the kept database `kept` into `into` (our schema, autocommit,
    triggers keep day_totals); return how many rows were copied. Never raises for damage: what
    cannot be read is left out. Raises OSError only if the temporary copy cannot be made."""
    with tempfile.TemporaryDirectory(prefix=".unclench-recovery-", dir=kept.parent) as folder:
        copy = Path(folder) / "copy.sqlite3"
        shutil.copyfile(kept, copy)
        wal = Path(f"{kept}-wal")
        if wal.exists():
            shutil.copyfile(wal, f"{copy}-wal")
        try:
            source = sqlite3.connect(copy, isolation_level=None)
        except sqlite3.Error:
            return 0
        try:
            columns = _readable_columns(source)
            if columns is None:
                return 0
            return _copy_rows(source, into, columns)
        finally:
            source.close()


def _readable_columns(source: sqlite3.Connection) -> tuple[str, ...] | None:
    try:
        present = {row[1] for row in source.execute("PRAGMA table_info(events)")}
    except sqlite3.Error:
        return None
    if not {"kind", "outcome", "local_day"} <= present:
        return None
    return tuple(name for name in _OUR_COLUMNS if name in present)


def _copy_rows(source: sqlite3.Connection, into: sqlite3.Connection, columns: tuple[str, ...]) -> int:
    insert = f"INSERT INTO events ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})" + (
        " ON CONFLICT (uid) DO NOTHING" if "uid" in columns else ""
    )
    required = (columns.index("kind"), columns.index("outcome"), columns.index("local_day"))
    copied = 0
    into.execute("BEGIN IMMEDIATE")
    try:
        for rows in _readable_rows(source, columns):
            usable = [row for row in rows if all(isinstance(row[i], str) for i in required)]
            copied += max(into.executemany(insert, usable).rowcount, 0)
        into.execute("COMMIT")
    except BaseException:
        into.execute("ROLLBACK")
        raise
    return copied


def _readable_rows(
    source: sqlite3.Connection, columns: tuple[str, ...]
) -> Iterator[list[tuple[object, ...]]]:
    """The rows SQLite can read, in batches: page through by row id; a batch that fails is read
    again in halves down to a few rows, then skipped."""
    names = ", ".join(columns)
    following = f"SELECT id, {names} FROM events WHERE id > ? ORDER BY id LIMIT {_CHUNK}"
    ranged = f"SELECT id, {names} FROM events WHERE id >= ? AND id < ? ORDER BY id"
    failures = 0
    after = 0  # our row ids start at 1
    while failures < _MAX_FAILED_READS:
        try:
            rows = source.execute(following, (after,)).fetchall()
        except sqlite3.Error:
            failures += 1
            stack = [(after + 1, after + 1 + _CHUNK)]
            while stack and failures < _MAX_FAILED_READS:
                low, high = stack.pop()
                try:
                    yield [row[1:] for row in source.execute(ranged, (low, high)).fetchall()]
                except sqlite3.Error:
                    failures += 1
                    if high - low > _SMALLEST_RANGE:
                        middle = (low + high) // 2
                        stack += [(middle, high), (low, middle)]
            after += _CHUNK
            continue
        if not rows:
            return
        yield [row[1:] for row in rows]
        after = rows[-1][0]
