"""The app's side of the control socket on Windows: Qt's local socket (a per-user named pipe).

QtNetwork is imported only here, and this module only on Windows (Linux and macOS use
unix_server.py). Same guarantees: everything runs on the GUI thread through signals, nothing ever
waits (no waitFor*); the limits and the eviction of the oldest idle client at the connection limit
are those of framing.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

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

log = logging.getLogger(__name__)


class QtControlServer(QObject):
    """Owns the QLocalServer and every client connection; emits no signals (the handler is called
    on the GUI thread, one request at a time, and its Reply is written back).

    Made without a handler it listens but takes no one in: connections wait in the server until
    `answer_with` gives it the handler, and are then answered (as unix_server.py)."""

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
        self._server = QLocalServer(self)
        # Owner-only rights on the socket file or, on Windows, the pipe's ACL.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._connections: Clients[_Connection] = Clients(max_connections)

    def listen(self, name: str) -> None:
        """Listen on `name` (a pipe name, or a full path). Call it only while holding the instance
        lock: a socket left there can then only be a crashed instance's, and goes."""
        QLocalServer.removeServer(name)
        if not self._server.listen(name):
            raise ServerError(f"cannot listen on {name}: {self._server.errorString()}")

    def answer_with(self, handler: Handler) -> None:
        """Answer with `handler` from now on, starting with the clients already waiting."""
        self._handler = handler
        self._accept()

    @property
    def is_listening(self) -> bool:
        return self._server.isListening()

    @property
    def connection_count(self) -> int:
        return len(self._connections)

    def close(self) -> None:
        """Stop listening (Qt removes the socket file) and close every connection, replies flushed."""
        self._server.close()
        for connection in self._connections:
            connection.shut()

    def _accept(self) -> None:
        while self._handler is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if not self._connections.make_room():
                log.warning("control socket: every connection is busy; a client was refused")
                socket.abort()
                socket.deleteLater()
                continue
            idle_ms, line_ms = self._timeouts
            self._connections.add(
                _Connection(socket, self._handler, idle_ms, line_ms, self._connections.forget)
            )


class _Connection(QObject):
    """One client: bytes in, one reply per non-blank line out, within the deadlines."""

    def __init__(
        self,
        socket: QLocalSocket,
        handler: Handler,
        idle_timeout_ms: int,
        line_timeout_ms: int,
        on_closed: Callable[[_Connection], None],
    ) -> None:
        super().__init__()
        self._socket = socket
        self._reader = LineReader(handler)
        self._on_closed: Callable[[_Connection], None] | None = on_closed
        self.busy = False  # inside the handler, which may spin a nested event loop
        self._closing = False
        socket.setParent(self)
        # Qt stops reading from the OS when this much is unread, so memory stays bounded.
        socket.setReadBufferSize(READ_CHUNK_BYTES)
        self._idle = single_shot(self, idle_timeout_ms, self._on_timeout)
        self._line = single_shot(self, line_timeout_ms, self._on_timeout)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self._on_disconnected)
        self._idle.start()
        self._line.start()  # the first line is due from the moment of connecting
        if socket.bytesAvailable():
            self._read()

    def shut(self) -> None:
        """Flush what we wrote, then close."""
        if self._closing:
            return
        self._closing = True
        self._idle.stop()
        self._line.stop()
        self._socket.flush()
        self._socket.disconnectFromServer()  # waits for pending writes, asynchronously
        if self._socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            self._on_disconnected()

    def abort(self) -> None:
        """Close now, dropping unsent replies."""
        self._closing = True
        self._socket.abort()
        self._on_disconnected()

    def _read(self) -> None:
        if self.busy or self._closing:
            return  # the loop below picks the new bytes up after the handler returns
        self.busy = True
        try:
            while not self._closing and self._socket.bytesAvailable():
                self._idle.start()
                for reply in self._reader.feed(bytes(self._socket.read(READ_CHUNK_BYTES).data())):
                    if self._closing:
                        break
                    self._write(reply)
                if self._reader.flooded:
                    log.warning("control socket: a client sent an endless line; dropped")
                    self.abort()
        finally:
            self.busy = False
        if self._closing:
            return
        follow_line(self._line, self._reader)

    def _write(self, data: bytes) -> None:
        self._socket.write(data)
        self._socket.flush()
        if self._socket.bytesToWrite() > MAX_UNREAD_REPLY_BYTES:
            log.warning("control socket: a client stopped reading its replies; dropped")
            self.abort()

    def _on_timeout(self) -> None:
        if timed_out(self.busy, self._idle):
            self.shut()

    def _on_disconnected(self) -> None:
        self._closing = True
        self._idle.stop()
        self._line.stop()
        if self._on_closed is not None:
            on_closed, self._on_closed = self._on_closed, None
            on_closed(self)
            self.deleteLater()  # deletes the socket too (its parent)
