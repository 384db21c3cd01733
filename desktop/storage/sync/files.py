"""Files in the sync folder, read and written defensively.

Reading: only regular files (opened with O_NONBLOCK and O_NOFOLLOW, then checked with fstat, so a
FIFO, a device or a symlink planted in the folder never blocks or redirects a read), only complete
lines (a line still being written is left for later), each line at most MAX_LINE_BYTES (longer ones
are skipped and counted), at most `budget` bytes per call.
Writing: the manifest is written beside its final name, fsynced and renamed into place; journal
lines are appended and fsynced per batch.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

MAX_LINE_BYTES = 64 * 1024  # an event line is a few hundred bytes
MAX_MANIFEST_BYTES = 64 * 1024
CHUNK_BYTES = 1 << 20
FINGERPRINT_BYTES = 4096
MANIFEST_NAME = "manifest.json"
# The journal names a JournalWriter writes. Every name that starts with "events-" and ends with
# ".jsonl" is read: that includes the copies sync engines make (Syncthing's .sync-conflict-...,
# Dropbox's "(conflicted copy ...)", OneDrive's "-HOSTNAME" suffix).
OWN_JOURNAL = re.compile(r"events-(\d{4})-(\d{2})-(\d{4})\.jsonl")
_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


class NotRegular(OSError):
    """The name is something other than a regular file (FIFO, device, directory, symlink)."""


def is_journal_name(name: str) -> bool:
    return name.startswith("events-") and name.endswith(".jsonl")


def open_regular(path: Path) -> int:
    """A read-only descriptor for `path` if it is a regular file; NotRegular or OSError otherwise."""
    fd = os.open(path, _FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegular(f"{path} is not a regular file")
    except BaseException:
        os.close(fd)
        raise
    return fd


@dataclass(frozen=True)
class Lines:
    """The complete lines read from a journal file, where reading stopped, and lines skipped as too long."""

    lines: list[bytes]
    end: int  # the offset just after the last complete line read
    oversized: int  # lines skipped for being longer than MAX_LINE_BYTES


def read_lines(fd: int, offset: int, budget: int) -> Lines:
    """Complete lines from `offset`, reading at most about `budget` bytes."""
    lines: list[bytes] = []
    position, oversized, skipping = offset, 0, False
    while position - offset < budget:
        # Never much past the budget, and always more than one line's worth (progress).
        size = min(CHUNK_BYTES, max(budget - (position - offset), MAX_LINE_BYTES + 1))
        data = os.pread(fd, size, position)
        cut = data.rfind(b"\n")
        if cut < 0:
            if len(data) < size:
                break  # the end of the file, or a line still being written: come back later
            position += len(data)  # more than MAX_LINE_BYTES without a newline: a line far too long
            if not skipping:
                oversized += 1
            skipping = True
            continue
        for line in data[: cut + 1].split(b"\n")[:-1]:
            if skipping:
                skipping = False  # the rest of the overlong line
            elif len(line) > MAX_LINE_BYTES:
                oversized += 1
            elif line.strip():
                lines.append(line)
        position += cut + 1
    return Lines(lines, position, oversized)


def fingerprint(fd: int, offset: int) -> tuple[str, str]:
    """Digests of the first and the last FINGERPRINT_BYTES before `offset`: if the file still
    shows the same ones, the bytes read so far are (almost certainly) unchanged."""
    head = os.pread(fd, min(offset, FINGERPRINT_BYTES), 0)
    start = max(0, offset - FINGERPRINT_BYTES)
    tail = os.pread(fd, offset - start, start)
    return _digest(head), _digest(tail)


def read_small(path: Path, limit: int = MAX_MANIFEST_BYTES) -> bytes:
    """The whole of a small regular file; ValueError if it is larger than `limit`."""
    fd = open_regular(path)
    try:
        if os.fstat(fd).st_size > limit:
            raise ValueError(f"{path.name} is larger than {limit} bytes")
        return os.pread(fd, limit + 1, 0)[:limit]
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes) -> None:
    """`path` holds `data` or what it held before, never a part: temp file, fsync, rename."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with open(handle, "wb") as out:
            if hasattr(os, "fchmod"):  # not on Windows before Python 3.13
                os.fchmod(out.fileno(), 0o644)  # as an appended journal file (mkstemp makes 0600)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        remove_quietly(temporary)
        raise
    sync_directory(path.parent)


def append_synced(path: Path, data: bytes) -> None:
    """Append `data` to `path` (created if missing) and fsync before returning."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_directory(folder: Path) -> None:
    """fsync a folder so a new or renamed name in it survives a crash (not possible on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    with contextlib.suppress(OSError):
        os.fsync(fd)
    os.close(fd)


def remove_quietly(path: str | Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()
