"""One Unclench per user: a lock file decides who runs, a local socket lets the others talk to it.

The lock (a QLockFile in the private runtime folder) is the real guard: whoever holds it is the
app; everyone else is a client. A lock left by a crash (kill -9) is recognised because its owner
PID is gone, and taken over. The socket is only listened on while holding the lock, so any socket
file found then is a crashed instance's and is replaced.

    instance = SingleInstance(paths)
    if instance.try_lock():
        ...create the QApplication...
        instance.listen(handler)  # handler(Request) -> Reply, called on the GUI thread
        ...run...
        instance.release()
"""

from __future__ import annotations

import os
from contextlib import suppress

from PySide6.QtCore import QLockFile, QObject

from desktop.core.bounded_file import FileRefused, check_regular
from desktop.ipc.paths import InstancePaths, default_instance_paths
from desktop.ipc.server import ControlServer, Handler, ServerError


class InstanceError(OSError):
    """The lock could not be used at all (no permission, broken folder); the text says why."""


class SingleInstance:
    def __init__(self, paths: InstancePaths | None = None) -> None:
        self.paths = paths or default_instance_paths()
        self._lock = QLockFile(str(self.paths.lock_file))
        # The app holds the lock for days: Qt's default (30 s) would let a second start treat a
        # live app's lock as stale by age. With 0, only a dead owner PID makes a lock stale.
        self._lock.setStaleLockTime(0)
        self._server: ControlServer | None = None

    def try_lock(self) -> bool:
        """Take the lock without waiting. False: another live instance holds it."""
        if self._lock.isLocked():
            return True
        self._refuse_special_lock_file()
        if self._lock.tryLock(0):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return False
        raise InstanceError(f"cannot use the lock file {self.paths.lock_file} ({self._lock.error().name})")

    @property
    def is_locked(self) -> bool:
        return self._lock.isLocked()

    def owner_pid(self) -> int | None:
        """The PID written in the lock file by whoever holds it, if it can be read."""
        try:
            self._refuse_special_lock_file()
        except InstanceError:
            return None
        info = self._lock.getLockInfo()
        if isinstance(info, tuple) and info and isinstance(info[0], int) and info[0] > 0:
            return info[0]
        return None

    def _refuse_special_lock_file(self) -> None:
        """Qt reads an existing lock file with a blocking open: a named pipe there would hang the start."""
        try:
            check_regular(self.paths.lock_file, os.stat(self.paths.lock_file).st_mode)
        except FileNotFoundError:
            return
        except FileRefused as error:
            raise InstanceError(f"cannot use the lock file {error}; remove it") from error

    def listen(self, handler: Handler, parent: QObject | None = None) -> ControlServer:
        """Start answering control requests. Needs the lock and a running Q(Core)Application."""
        if not self._lock.isLocked():
            raise InstanceError("listen() needs the instance lock; call try_lock() first")
        if self._server is not None:
            raise InstanceError("already listening")
        server = ControlServer(handler, parent)
        try:
            server.listen(self.paths.socket_name)
        except ServerError as problem:
            raise InstanceError(str(problem)) from None
        self._server = server
        return server

    @property
    def server(self) -> ControlServer | None:
        return self._server

    def release(self) -> None:
        """Stop listening (the socket file goes) and let go of the lock. Safe to call twice."""
        server, self._server = self._server, None
        if server is not None:
            with suppress(RuntimeError):  # its C++ side may have gone with the application object
                server.close()
        if self._lock.isLocked():
            self._lock.unlock()
