"""The single-instance lock file: who holds it is the app.

Linux and macOS: an flock() on a regular file in the private runtime folder (FlockLock). The
kernel drops the lock the moment its holder dies, so "is the owner alive?" is never guessed from a
PID: a lock file left by kill -9, an empty or garbled one, one naming another host's process or a
recycled PID is simply taken. The file is opened O_NOFOLLOW|O_NONBLOCK and checked to be a regular
file, so a FIFO can never hang us (QLockFile reads the file and blocks forever on a FIFO); a
folder, FIFO, link or other thing in the lock's place is cleared (paths.clear_entry) with a log
line. QLockFile takes the same flock, so an older Unclench holding a QLockFile is respected.

Windows: QLockFile (QtLock), where a FIFO cannot exist and the owner's PID is checked by Qt.
"""

from __future__ import annotations

import errno
import logging
import os
import socket
import stat
import sys
from contextlib import suppress
from pathlib import Path
from typing import Protocol

from desktop import APP_ID
from desktop.ipc.paths import RuntimeDirError, clear_entry

log = logging.getLogger(__name__)

MAX_LOCK_INFO_BYTES = 4096  # a lock file is a few short lines; read no more than this
_ATTEMPTS = 3  # tries when another process swaps the file between our open and our lock


class InstanceError(OSError):
    """The lock could not be used at all (no permission, broken folder); the text says why."""


class InstanceLock(Protocol):
    """What SingleInstance needs of a lock; never waits."""

    def try_lock(self) -> bool:
        """Take the lock now; False if a live process holds it; raises InstanceError."""
        ...

    @property
    def is_locked(self) -> bool: ...

    def owner_pid(self) -> int | None:
        """The PID the holder wrote in the file, if it can be read."""
        ...

    def unlock(self) -> None: ...


def instance_lock(path: Path) -> InstanceLock:
    """The lock for this platform at `path`."""
    if sys.platform == "win32":
        return QtLock(path)
    return FlockLock(path)


class FlockLock:
    """Owns the lock file's descriptor while locked (POSIX); emits no signals."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def is_locked(self) -> bool:
        return self._fd is not None

    def try_lock(self) -> bool:
        if self._fd is not None:
            return True
        for _ in range(_ATTEMPTS):
            fd = self._open()
            if fd is None:
                continue  # something odd was in the way and is gone now
            if not self._flock(fd):
                os.close(fd)
                return False
            if self._still_at_path(fd):
                self._fd = fd
                self._write_info(fd)
                return True
            os.close(fd)  # the holder let go and removed the file just before we locked it
        raise InstanceError(f"cannot use the lock file {self.path}: it keeps changing under us")

    def owner_pid(self) -> int | None:
        try:
            fd = os.open(self.path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
        except OSError:
            return None
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return None
            first = os.read(fd, MAX_LOCK_INFO_BYTES).split(b"\n", 1)[0]
        except OSError:
            return None
        finally:
            os.close(fd)
        return int(first) if first.isdigit() and 0 < int(first) < 2**31 else None

    def unlock(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        # Remove the file while still holding it, so nobody can lock a file about to vanish.
        with suppress(OSError):
            if self._still_at_path(fd):
                os.unlink(self.path)
        os.close(fd)

    def _open(self) -> int | None:
        try:
            info = os.lstat(self.path)
        except FileNotFoundError:
            pass
        except OSError as problem:
            raise InstanceError(f"cannot use the lock file {self.path}: {problem.strerror}") from None
        else:
            if not stat.S_ISREG(info.st_mode):
                self._clear()
        flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
        try:
            fd = os.open(self.path, flags, 0o600)
        except OSError as problem:
            if problem.errno in (errno.ELOOP, errno.ENXIO):  # a link or a FIFO/socket slipped in since lstat
                self._clear()
                return None
            raise InstanceError(f"cannot use the lock file {self.path}: {problem.strerror}") from None
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a FIFO opened O_RDWR: never block on it
            os.close(fd)
            self._clear()
            return None
        return fd

    def _clear(self) -> None:
        try:
            clear_entry(self.path)
        except RuntimeDirError as problem:
            raise InstanceError(f"cannot use the lock file: {problem}") from None

    def _flock(self, fd: int) -> bool:
        import fcntl  # POSIX only

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as problem:
            os.close(fd)
            raise InstanceError(f"cannot lock {self.path}: {problem.strerror}") from None
        return True

    def _still_at_path(self, fd: int) -> bool:
        try:
            here = os.lstat(self.path)
        except OSError:
            return False
        mine = os.fstat(fd)
        return (here.st_dev, here.st_ino) == (mine.st_dev, mine.st_ino)

    def _write_info(self, fd: int) -> None:
        # QLockFile's layout (pid, app, host), so tools and older versions can read who holds it.
        info = f"{os.getpid()}\n{APP_ID}\n{socket.gethostname()}\n".encode()
        with suppress(OSError):
            os.fchmod(fd, 0o600)  # a file found here may have been made with looser rights
            os.ftruncate(fd, 0)
            os.pwrite(fd, info, 0)


class QtLock:
    """Owns a QLockFile (Windows); emits no signals."""

    def __init__(self, path: Path) -> None:
        from PySide6.QtCore import QLockFile

        self.path = path
        self._lock = QLockFile(str(path))
        # The app holds the lock for days: Qt's default (30 s) would let a second start treat a
        # live app's lock as stale by age. With 0, only a dead owner PID makes a lock stale.
        self._lock.setStaleLockTime(0)

    @property
    def is_locked(self) -> bool:
        return self._lock.isLocked()

    def try_lock(self) -> bool:
        from PySide6.QtCore import QLockFile

        if self._lock.isLocked():
            return True
        if self._lock.tryLock(0):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return False
        raise InstanceError(f"cannot use the lock file {self.path} ({self._lock.error().name})")

    def owner_pid(self) -> int | None:
        info = self._lock.getLockInfo()
        if isinstance(info, tuple) and info and isinstance(info[0], int) and info[0] > 0:
            return info[0]
        return None

    def unlock(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
