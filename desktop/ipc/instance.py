"""One Unclench per user: a lock file decides who runs, a local socket lets the others talk to it.

The lock (lock.py: an flock on Linux and macOS, a QLockFile on Windows, in the private runtime
folder) is the real guard: whoever holds it is the app; everyone else is a client. A lock left by
a crash (kill -9), or anything broken in its place, is taken over without asking. The socket is
only listened on while holding the lock, so any socket file found then is a crashed instance's
and is replaced.

    instance = SingleInstance(paths)
    if instance.try_lock():
        ...create the QApplication...
        instance.listen(handler)  # handler(Request) -> Reply, called on the GUI thread
        ...run...
        instance.release()

A slow start listens first and answers later: `listen()` with no handler lets clients connect and
send at once, and `answer_with(handler)` answers them (and all later ones) once the app is built.
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QObject

from desktop.ipc.lock import InstanceError, instance_lock
from desktop.ipc.paths import InstancePaths, default_instance_paths
from desktop.ipc.server import ControlServer, Handler, ServerError

__all__ = ["InstanceError", "SingleInstance"]


class SingleInstance:
    """Owns the instance lock and, once listening, the control server; emits no signals."""

    def __init__(self, paths: InstancePaths | None = None) -> None:
        self.paths = paths or default_instance_paths()
        self._lock = instance_lock(self.paths.lock_file)
        self._server: ControlServer | None = None

    def try_lock(self) -> bool:
        """Take the lock without waiting. False: another live instance holds it. Raises
        InstanceError if the lock file cannot be used at all."""
        return self._lock.try_lock()

    @property
    def is_locked(self) -> bool:
        return self._lock.is_locked

    def owner_pid(self) -> int | None:
        """The PID written in the lock file by whoever holds it, if it can be read."""
        return self._lock.owner_pid()

    def listen(self, handler: Handler | None = None, parent: QObject | None = None) -> ControlServer:
        """Start listening for control requests, and answering them with `handler`; without one,
        clients wait (connected, their requests sent) until `answer_with`. Needs the lock and a
        Q(Core)Application."""
        if not self._lock.is_locked:
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

    def answer_with(self, handler: Handler) -> None:
        """Answer the clients waiting since `listen()` and every later one with `handler`; listens
        now if not yet listening. Raises InstanceError when it cannot listen."""
        if self._server is None:
            self.listen(handler)
        else:
            self._server.answer_with(handler)

    @property
    def server(self) -> ControlServer | None:
        return self._server

    def release(self) -> None:
        """Stop listening (the socket file goes) and let go of the lock. Safe to call twice."""
        server, self._server = self._server, None
        if server is not None:
            with suppress(RuntimeError):  # its C++ side may have gone with the application object
                server.close()
        self._lock.unlock()
