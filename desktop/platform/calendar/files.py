"""Reading a calendar file safely: a regular file only (never block on a FIFO), up to the size cap."""

from __future__ import annotations

from pathlib import Path

from desktop.core.bounded_file import FileRefused, read_bounded
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
        return read_bounded(path, limit)  # never blocks on a FIFO; a file that grows is still capped
    except FileNotFoundError:
        raise CalendarError(f"{path}: the file is not there") from None
    except FileRefused as error:
        if error.too_big:
            raise CalendarError(f"{path}: too large (at most {limit // 1024} KiB)") from None
        raise CalendarError(f"{path}: {error.reason}") from None
    except OSError as error:
        raise CalendarError(f"{path}: cannot read it ({error.strerror or error})") from None
