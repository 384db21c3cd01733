"""The app's side of the control socket: reads JSON lines, answers each through a handler.

Everything runs on the GUI thread through signals; nothing here ever waits (no waitFor*), so a
slow, silent or hostile client cannot freeze the app. Each connection buffers at most one line
(MAX_LINE_BYTES): a longer line is answered with an error and skipped up to its newline. A
connection may stay idle only so long, and is dropped if it stops reading our replies.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.ipc.protocol import (
    MAX_LINE_BYTES,
    ErrorCode,
    Reply,
    Request,
    decode_request,
    encode_reply,
)

log = logging.getLogger(__name__)

Handler = Callable[[Request], Reply]

MAX_CONNECTIONS = 16
IDLE_TIMEOUT_MS = 10_000
MAX_UNREAD_REPLY_BYTES = 256 * 1024
MAX_SKIPPED_BYTES = 1024 * 1024  # an oversized line longer than this is not a confused client


class ServerError(OSError):
    """The socket could not be listened on; the text says why."""


class ControlServer(QObject):
    def __init__(
        self,
        handler: Handler,
        parent: QObject | None = None,
        *,
        max_connections: int = MAX_CONNECTIONS,
        idle_timeout_ms: int = IDLE_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self._handler = handler
        self._max_connections = max_connections
        self._idle_timeout_ms = idle_timeout_ms
        self._server = QLocalServer(self)
        # Owner-only rights on the socket file (0700) or, on Windows, the pipe's ACL.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._connections: set[_Connection] = set()

    def listen(self, name: str) -> None:
        """Listen on `name` (a full path, or a pipe name on Windows). Call it only while holding the
        instance lock: a socket file left there can then only be a crashed instance's, and goes."""
        QLocalServer.removeServer(name)
        if not self._server.listen(name):
            raise ServerError(f"cannot listen on {name}: {self._server.errorString()}")

    @property
    def is_listening(self) -> bool:
        return self._server.isListening()

    @property
    def connection_count(self) -> int:
        return len(self._connections)

    def close(self) -> None:
        """Stop listening (Qt removes the socket file) and close every connection, replies flushed."""
        self._server.close()
        for connection in list(self._connections):
            connection.shut()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if len(self._connections) >= self._max_connections:
                log.warning("control socket: too many connections; one refused")
                socket.abort()
                socket.deleteLater()
                continue
            self._connections.add(_Connection(socket, self._handler, self._idle_timeout_ms, self._forget))

    def _forget(self, connection: _Connection) -> None:
        self._connections.discard(connection)


class _Connection(QObject):
    """One client: bytes in, one reply per non-blank line out."""

    def __init__(
        self,
        socket: QLocalSocket,
        handler: Handler,
        idle_timeout_ms: int,
        on_closed: Callable[[_Connection], None],
    ) -> None:
        super().__init__()
        self._socket = socket
        self._handler = handler
        self._on_closed: Callable[[_Connection], None] | None = on_closed
        self._buffer = bytearray()
        self._skipped = 0  # bytes of an oversized line dropped so far
        self._busy = False  # inside the handler, which may spin a nested event loop
        self._closing = False
        socket.setParent(self)
        # Qt stops reading from the OS when this much is unread, so memory stays bounded.
        socket.setReadBufferSize(MAX_LINE_BYTES + 1)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_timeout_ms)
        self._idle.timeout.connect(self._on_idle)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self._on_disconnected)
        self._idle.start()
        if socket.bytesAvailable():
            self._read()

    def shut(self) -> None:
        """Flush what we wrote, then close."""
        if self._closing:
            return
        self._closing = True
        self._idle.stop()
        self._socket.flush()
        self._socket.disconnectFromServer()  # waits for pending writes, asynchronously
        if self._socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            self._on_disconnected()

    def _read(self) -> None:
        if self._busy or self._closing:
            return  # the loop below picks the new bytes up after the handler returns
        self._busy = True
        try:
            self._idle.start()
            while not self._closing:
                self._buffer += self._socket.readAll().data()
                newline = self._buffer.find(b"\n")
                if newline < 0:
                    break
                line = bytes(self._buffer[:newline])
                del self._buffer[: newline + 1]
                if self._skipped:  # the tail of an oversized line, already answered
                    self._skipped = 0
                elif line.strip():  # blank lines are harmless padding: no reply
                    self._answer(line)
            self._skip_oversized()
        finally:
            self._busy = False

    def _skip_oversized(self) -> None:
        """Answer a line that outgrew the limit once, then drop its bytes up to the next newline."""
        if self._closing or len(self._buffer) <= MAX_LINE_BYTES:
            return
        if not self._skipped:
            self._write(
                Reply.failure(None, ErrorCode.TOO_LONG, f"a request is at most {MAX_LINE_BYTES} bytes")
            )
        self._skipped += len(self._buffer)
        self._buffer.clear()
        if self._skipped > MAX_SKIPPED_BYTES:
            log.warning("control socket: a client sent %d bytes without a newline; dropped", self._skipped)
            self.shut()

    def _answer(self, line: bytes) -> None:
        decoded = decode_request(line)
        if isinstance(decoded, Reply):
            reply = decoded
        else:
            try:
                reply = self._handler(decoded)
                if not isinstance(reply, Reply):
                    raise TypeError(f"the handler returned {type(reply).__name__}, not a Reply")
            except Exception:
                log.exception("control socket: handling %r failed", decoded.command)
                reply = Reply.failure(decoded.id, ErrorCode.INTERNAL, "Unclench failed while doing that")
        if not self._closing:
            self._write(reply)

    def _write(self, reply: Reply) -> None:
        try:
            data = encode_reply(reply)
        except (TypeError, ValueError):
            log.exception("control socket: a reply could not be encoded")
            data = encode_reply(
                Reply.failure(reply.id, ErrorCode.INTERNAL, "Unclench could not encode its answer")
            )
        self._socket.write(data)
        self._socket.flush()
        if self._socket.bytesToWrite() > MAX_UNREAD_REPLY_BYTES:
            log.warning("control socket: a client stopped reading its replies; dropped")
            self._closing = True
            self._socket.abort()

    def _on_idle(self) -> None:
        if self._busy:
            self._idle.start()
            return
        self.shut()

    def _on_disconnected(self) -> None:
        self._closing = True
        self._idle.stop()
        if self._on_closed is not None:
            on_closed, self._on_closed = self._on_closed, None
            on_closed(self)
            self.deleteLater()  # deletes the socket too (its parent)
