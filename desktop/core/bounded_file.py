"""Reading a small file the app depends on, without ever hanging or filling memory.

Every file Unclench reads by itself (settings, routines, breathing patterns, administrator
defaults, pictures) goes through `read_bounded`. A path may be a symlink to a regular file, but
never a named pipe (opening one would block until a writer appears), a device such as /dev/zero
(endless), a socket or a folder. The file is opened non-blocking, checked with fstat on the open
descriptor (so a swap after the check cannot slip through), and read up to a cap chosen by the
caller: a file that grows while it is read still costs at most `max_bytes + 1` bytes.

Standard library only, so both core/ and storage/ can use it.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from desktop.core.i18n import _

KIB = 1024
MIB = 1024 * KIB
_CHUNK = 64 * KIB

# O_NONBLOCK: a FIFO opens at once instead of waiting for a writer. O_NOCTTY: a terminal device
# never becomes our controlling terminal. Neither exists on Windows, where getattr gives 0.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class FileRefused(OSError):
    """A file that exists but is not one to read: a special file, or larger than allowed.

    It is an OSError, so code that handles "could not be read" handles this too; `strerror`
    (and `reason`) is a short phrase that completes "The file <path> …", e.g. "is a named pipe
    (FIFO), not a regular file", in the user's language; `too_big` tells the two cases apart.
    """

    def __init__(self, path: Path, reason: str, *, too_big: bool = False) -> None:
        super().__init__(errno.EINVAL, reason, str(path))
        self.path = path
        self.reason = reason
        self.too_big = too_big

    def __str__(self) -> str:
        return f"{self.path} {self.reason}"


def describe_kind(mode: int) -> str:
    """What a non-regular file is, in words that complete "The file <path> …"."""
    if stat.S_ISDIR(mode):
        return _("is a folder, not a regular file")
    if stat.S_ISFIFO(mode):
        return _("is a named pipe (FIFO), not a regular file")
    if stat.S_ISSOCK(mode):
        return _("is a socket, not a regular file")
    if stat.S_ISCHR(mode):
        return _("is a character device, not a regular file")
    if stat.S_ISBLK(mode):
        return _("is a block device, not a regular file")
    return _("is not an ordinary file")


def check_regular(path: Path, mode: int) -> None:
    """Raise FileRefused unless `mode` (from stat, following symlinks) is a regular file's."""
    if not stat.S_ISREG(mode):
        raise FileRefused(path, describe_kind(mode))


def size_text(size: int) -> str:
    if size >= MIB:
        return f"{size / MIB:.1f} MB"
    return f"{max(1, size // KIB)} KB"


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """The whole content of the regular file at `path` (symlinks followed), at most `max_bytes`.

    Raises FileNotFoundError and the other OSErrors of opening as usual, and FileRefused when the
    file is not a regular file or holds more than `max_bytes` bytes.
    """
    # A look before opening keeps us from opening devices at all (opening some has side effects);
    # the fstat after opening is the check that counts.
    check_regular(path, os.stat(path).st_mode)
    descriptor = os.open(path, _OPEN_FLAGS)
    try:
        status = os.fstat(descriptor)
        check_regular(path, status.st_mode)
        too_big = FileRefused(
            path,
            _("is larger than {size}, too big to be read").format(size=size_text(max_bytes)),
            too_big=True,
        )
        if status.st_size > max_bytes:
            raise too_big
        chunks: list[bytes] = []
        remaining = max_bytes + 1  # one byte more tells a file that grew past the cap
        while remaining > 0:
            chunk = os.read(descriptor, min(_CHUNK, remaining))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        if remaining <= 0:
            raise too_big
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def read_bounded_text(path: Path, max_bytes: int) -> str:
    """`read_bounded` decoded as UTF-8 (a leading byte-order mark is dropped).

    Raises UnicodeDecodeError for bytes that are not UTF-8, besides read_bounded's errors.
    """
    return read_bounded(path, max_bytes).decode("utf-8-sig")
