"""Reading a calendar file safely: a regular file only (never block on a FIFO), up to the size cap."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from desktop.core.calendar_busy import MAX_CALENDAR_BYTES, CalendarError

FileStamp = tuple[int, int, int]  # inode, mtime in ns, size: editors replace files, so the inode counts


def file_stamp(path: Path) -> FileStamp | None:
    """What identifies this version of the file, or None when it is not there."""
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_ino, info.st_mtime_ns, info.st_size)


def read_calendar_file(path: Path, limit: int = MAX_CALENDAR_BYTES) -> bytes:
    """The bytes of a calendar file. Raises CalendarError (with the path) when it is missing,
    not a regular file, unreadable or larger than `limit`."""
    try:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise CalendarError(f"{path}: the file is not there") from None
    except OSError as error:
        raise CalendarError(f"{path}: cannot open it ({error.strerror})") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise CalendarError(f"{path}: not a regular file")
    if info.st_size > limit:
        os.close(fd)
        raise CalendarError(f"{path}: too large ({info.st_size // 1024} KiB; at most {limit // 1024} KiB)")
    with os.fdopen(fd, "rb") as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as error:
            raise CalendarError(f"{path}: cannot read it ({error.strerror})") from None
    if len(data) > limit:  # it grew while we read
        raise CalendarError(f"{path}: too large (more than {limit // 1024} KiB)")
    return data
