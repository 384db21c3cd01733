"""The app's side of the control socket on Linux and macOS: a stdlib AF_UNIX socket, no QtNetwork.

Non-blocking sockets watched by QSocketNotifiers on the GUI thread: nothing here ever waits, so a
slow, silent or hostile client cannot freeze the app. The socket lives in the private (0700)
runtime folder and is itself 0600. Limits (framing.py): at most `max_connections` clients, and at
the limit a new client pushes out the oldest idle one (a fresh `status` is always answered, however
many clients dawdle); a started line must be complete within `line_timeout_ms`; a connection
silent for `idle_timeout_ms` goes; a client that leaves MAX_UNREAD_REPLY_BYTES of replies unread
is dropped.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from desktop.ipc.deadlines import follow_line, single_shot, timed_out
from desktop.ipc.framing import (
    IDLE_TIMEOUT_MS,
    LINE_TIMEOUT_MS,
    MAX_CONNECTIONS,
    MAX_UNREAD_REPLY_BYTES,
    READ_CHUNK_BYTES,
    Clients,
    Handler,
    LineReader,
    ServerError,
)
from desktop.ipc.paths import RuntimeDirError, clear_entry

log = logging.getLogger(__name__)

ACCEPT_RETRY_MS = 100  # after accept() failed for want of file descriptors
# Connections the kernel queues before we accept them; beyond it a client's connect() fails with
# EAGAIN (and the client knocks again), so a burst of clients is taken in, then trimmed.
LISTEN_BACKLOG = 128


class UnixControlServer(QObject):
    """Owns the listening socket file and every client connection; emits no signals (the handler
    is called on the GUI thread, one request at a time, and its Reply is written back).

    Made without a handler it listens but takes no one in: clients connect and send (the kernel
    queues both, up to LISTEN_BACKLOG connections) and are answered once `answer_with` gives it
    the handler, so a client that comes while the app is still being built gets its real answer."""

    def __init__(
        self,
        handler: Handler | None,
        parent: QObject | None = None,
        *,
        max_connections: int = MAX_CONNECTIONS,
        idle_timeout_ms: int = IDLE_TIMEOUT_MS,
        line_timeout_ms: int = LINE_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self._handler = handler
        self._timeouts = (idle_timeout_ms, line_timeout_ms)
        self._socket: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._path: str | None = None
        self._inode: tuple[int, int] | None = None
        self._connections: Clients[_Connection] = Clients(max_connections)

    def listen(self, name: str) -> None:
        """Listen on the socket path `name`. Call it only while holding the instance lock: whatever
        is found at that path is then a crashed instance's leftover (or junk) and is replaced."""
        if self._socket is not None:
            raise ServerError("already listening")
        try:
            clear_entry(Path(name))
        except RuntimeDirError as problem:
            raise ServerError(str(problem)) from None
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.setblocking(False)
            listener.bind(name)
            os.chmod(name, 0o600)  # the 0700 folder keeps everyone else out until then
            listener.listen(LISTEN_BACKLOG)
            info = os.lstat(name)
        except OSError as problem:
            listener.close()
            raise ServerError(f"cannot listen on {name}: {problem.strerror or problem}") from None
        self._socket, self._path, self._inode = listener, name, (info.st_dev, info.st_ino)
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.setEnabled(self._handler is not None)
        self._notifier.activated.connect(self._accept)

    def answer_with(self, handler: Handler) -> None:
        """Answer with `handler` from now on, starting with the clients already waiting."""
        self._handler = handler
        self._resume_accepting()

    @property
    def is_listening(self) -> bool:
        return self._socket is not None

    @property
    def connection_count(self) -> int:
        return len(self._connections)

    def close(self) -> None:
        """Stop listening (the socket file goes) and close every connection, replies flushed."""
        listener, self._socket = self._socket, None
        if listener is not None:
            self._remove_socket_file()
            with suppress(RuntimeError):  # the C++ side may have gone with the application
                if self._notifier is not None:
                    self._notifier.setEnabled(False)
            listener.close()
        for connection in self._connections:
            connection.shut()

    def _remove_socket_file(self) -> None:
        if self._path is None:
            return
        with suppress(OSError):
            info = os.lstat(self._path)
            if (info.st_dev, info.st_ino) == self._inode:  # still ours, not a successor's
                os.unlink(self._path)

    def _accept(self) -> None:
        while self._socket is not None and self._handler is not None:
            try:
                client, _ = self._socket.accept()
            except BlockingIOError:
                return
            except OSError as problem:  # out of file descriptors: try again a little later
                log.warning("control socket: cannot accept a client (%s)", problem)
                if self._notifier is not None:
                    self._notifier.setEnabled(False)
                    QTimer.singleShot(ACCEPT_RETRY_MS, self, self._resume_accepting)
                return
            client.setblocking(False)
            if not self._connections.make_room():
                log.warning("control socket: every connection is busy; a client was refused")
                client.close()
                continue
            idle_ms, line_ms = self._timeouts
            self._connections.add(
                _Connection(client, self._handler, idle_ms, line_ms, self._connections.forget)
            )

    def _resume_accepting(self) -> None:
        if self._socket is not None and self._notifier is not None and self._handler is not None:
            self._notifier.setEnabled(True)


class _Connection(QObject):
    """One client: bytes in, one reply per non-blank line out, within the deadlines."""

    def __init__(
        self,
        client: socket.socket,
        handler: Handler,
        idle_timeout_ms: int,
        line_timeout_ms: int,
        on_closed: Callable[[_Connection], None],
    ) -> None:
        super().__init__()
        self._socket = client
        self._reader = LineReader(handler)
        self._outbox = bytearray()
        self._on_closed: Callable[[_Connection], None] | None = on_closed
        self.busy = False  # inside the handler, which may spin a nested event loop
        self._closing = False
        fd = client.fileno()
        self._readable = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
        self._readable.activated.connect(self._read)
        self._writable = QSocketNotifier(fd, QSocketNotifier.Type.Write, self)
        self._writable.setEnabled(False)
        self._writable.activated.connect(self._flush)
        self._idle = single_shot(self, idle_timeout_ms, self._on_timeout)
        self._line = single_shot(self, line_timeout_ms, self._on_timeout)
        self._idle.start()
        self._line.start()  # the first line is due from the moment of connecting

    def shut(self) -> None:
        """Stop reading; close once the replies already written are flushed (or idle time passed)."""
        if self._closing:
            return
        self._closing = True
        self._line.stop()
        self._readable.setEnabled(False)
        if self._outbox:
            self._idle.start()  # the last chance to take the replies
        else:
            self._close()

    def abort(self) -> None:
        """Close now, dropping unsent replies."""
        self._closing = True
        self._outbox.clear()
        self._close()

    def _read(self) -> None:
        if self.busy or self._closing:
            return
        try:
            data = self._socket.recv(READ_CHUNK_BYTES)
        except BlockingIOError:
            return
        except OSError:
            self.abort()
            return
        if not data:  # the client finished sending: answer what came, then close
            self.shut()
            return
        self._idle.start()
        self.busy = True
        self._readable.setEnabled(False)  # no re-entry from a handler's nested event loop
        try:
            for reply in self._reader.feed(data):
                if self._closing:
                    break
                self._send(reply)
        finally:
            self.busy = False
        if self._closing:
            return
        if self._reader.flooded:
            log.warning("control socket: a client sent an endless line; dropped")
            self.abort()
            return
        self._readable.setEnabled(True)
        follow_line(self._line, self._reader)

    def _send(self, data: bytes) -> None:
        self._outbox += data
        self._flush()
        if len(self._outbox) > MAX_UNREAD_REPLY_BYTES:
            log.warning("control socket: a client stopped reading its replies; dropped")
            self.abort()

    def _flush(self) -> None:
        while self._outbox:
            try:
                sent = self._socket.send(self._outbox)
            except BlockingIOError:
                break
            except OSError:  # the client went away
                self.abort()
                return
            del self._outbox[:sent]
        self._writable.setEnabled(bool(self._outbox))
        if self._closing and not self._outbox:
            self._close()

    def _on_timeout(self) -> None:
        if timed_out(self.busy, self._idle):
            self.abort() if self._closing else self.shut()

    def _close(self) -> None:
        if self._on_closed is None:
            return
        on_closed, self._on_closed = self._on_closed, None
        with suppress(RuntimeError):  # the C++ side may have gone with the application
            self._idle.stop()
            self._line.stop()
            self._readable.setEnabled(False)
            self._writable.setEnabled(False)
        self._socket.close()
        on_closed(self)
        with suppress(RuntimeError):
            self.deleteLater()
