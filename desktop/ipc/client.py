"""The command-line side of the control socket: send one request, wait for its reply.

Blocking is fine here: this runs in the short-lived `unclench <command>` process, never in the app.
On Linux and macOS it uses the standard library's Unix sockets, so `unclench status` in a status
bar costs no Qt import; on Windows (named pipes) it uses QLocalSocket. It never hangs: connecting,
sending and reading all share one deadline (REPLY_TIMEOUT_SECONDS), and a FIFO or a folder where
the socket should be is named in NotRunning's reason (the app, once started, clears it).
"""

from __future__ import annotations

import os
import socket
import stat
import time
from dataclasses import dataclass
from typing import Literal

from desktop.core.commands import Command
from desktop.ipc.paths import IS_WINDOWS, file_kind
from desktop.ipc.protocol import MAX_LINE_BYTES, Reply, Request, decode_reply, encode_request

REPLY_TIMEOUT_SECONDS = 5.0
CONNECT_RETRY_SECONDS = 0.01  # while the app's queue of new connections is full
Transport = Literal["auto", "unix", "qt"]


@dataclass(frozen=True)
class NotRunning:
    """Nothing listens on the socket (no file, a stale one left by a crash, or junk in its place)."""

    reason: str


class ClientError(Exception):
    """Something listens but the exchange failed (no permission, timeout, a broken reply)."""


def send_command(
    socket_name: str,
    command: Command,
    *,
    timeout: float = REPLY_TIMEOUT_SECONDS,
    transport: Transport = "auto",
) -> Reply | NotRunning:
    """Send `command` and return the app's reply, or NotRunning; raises ClientError."""
    request = Request(id=os.getpid(), command=command)
    if transport == "qt" or (transport == "auto" and IS_WINDOWS):
        line = _exchange_qt(socket_name, encode_request(request), timeout)
    else:
        line = _exchange_unix(socket_name, encode_request(request), timeout)
    if isinstance(line, NotRunning):
        return line
    try:
        return decode_reply(line, request.id)
    except ValueError as problem:
        raise ClientError(f"Unclench sent a reply this version cannot read: {problem}") from None


def _exchange_unix(path: str, payload: bytes, timeout: float) -> bytes | NotRunning:
    deadline = time.monotonic() + timeout
    junk = _check_socket_path(path)
    if junk is not None:
        return junk
    connection = _connect_unix(path, deadline, timeout)
    if isinstance(connection, NotRunning):
        return connection
    with connection:
        try:
            connection.sendall(payload)
            return _read_line(connection, deadline)
        except TimeoutError:
            raise ClientError(f"Unclench did not answer within {timeout:g} s") from None
        except OSError as problem:
            raise ClientError(f"the connection failed: {problem.strerror or problem}") from None


def _connect_unix(path: str, deadline: float, timeout: float) -> socket.socket | NotRunning:
    while True:
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        connection.settimeout(max(0.001, deadline - time.monotonic()))
        try:
            connection.connect(path)
            return connection
        except BlockingIOError:
            # The app's queue of new connections is full (a flood of clients): knock again.
            connection.close()
            if time.monotonic() + CONNECT_RETRY_SECONDS >= deadline:
                raise ClientError(f"Unclench did not take the connection within {timeout:g} s") from None
            time.sleep(CONNECT_RETRY_SECONDS)
        except (FileNotFoundError, ConnectionRefusedError) as problem:
            connection.close()
            return NotRunning(problem.strerror or str(problem))
        except PermissionError:
            connection.close()
            raise ClientError(f"no permission to connect to {path}") from None
        except OSError as problem:
            connection.close()
            raise ClientError(f"cannot connect to {path}: {problem.strerror or problem}") from None


def _check_socket_path(path: str) -> NotRunning | None:
    """A FIFO or a folder where the socket goes: nothing can listen there, so the app is not running
    (and the app, once started, clears it when it listens); connecting to it would only fail."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None  # nothing there (NotRunning) or unreadable: connect() says which
    if stat.S_ISFIFO(mode) or stat.S_ISDIR(mode):
        return NotRunning(f"{path} should be Unclench's socket but is a {file_kind(mode)}")
    return None


def _read_line(connection: socket.socket, deadline: float) -> bytes:
    received = bytearray()
    while b"\n" not in received:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        connection.settimeout(remaining)
        chunk = connection.recv(65536)
        if not chunk:
            raise ClientError("Unclench closed the connection without answering")
        received += chunk
        if len(received) > MAX_LINE_BYTES + 1 and b"\n" not in received:
            raise ClientError("Unclench's reply is too long")
    return bytes(received[: received.index(b"\n")])


def _exchange_qt(name: str, payload: bytes, timeout: float) -> bytes | NotRunning:
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + timeout

    def remaining_ms() -> int:
        return max(1, int((deadline - time.monotonic()) * 1000))

    connection = QLocalSocket()
    connection.connectToServer(name)
    if not connection.waitForConnected(remaining_ms()):
        error = connection.error()
        if error in (
            QLocalSocket.LocalSocketError.ServerNotFoundError,
            QLocalSocket.LocalSocketError.ConnectionRefusedError,
        ):
            return NotRunning(connection.errorString())
        if error == QLocalSocket.LocalSocketError.SocketAccessError:
            raise ClientError(f"no permission to connect to {name}")
        raise ClientError(f"cannot connect to {name}: {connection.errorString()}")
    try:
        connection.write(payload)
        connection.waitForBytesWritten(remaining_ms())
        received = bytearray()
        while True:
            received += bytes(connection.readAll().data())
            if b"\n" in received:
                break
            if len(received) > MAX_LINE_BYTES + 1:
                raise ClientError("Unclench's reply is too long")
            if time.monotonic() >= deadline:
                raise ClientError(f"Unclench did not answer within {timeout:g} s")
            ready = connection.waitForReadyRead(remaining_ms())
            connected = connection.state() == QLocalSocket.LocalSocketState.ConnectedState
            if not ready and not connection.bytesAvailable() and not connected:
                raise ClientError("Unclench closed the connection without answering")
        return bytes(received[: received.index(b"\n")])
    finally:
        connection.abort()
