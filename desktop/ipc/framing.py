"""One client's byte stream on the control socket, cut into request lines and answered.

Qt-free and transport-free: both servers (stdlib Unix sockets, Qt's local sockets on Windows) feed
the bytes they read into a LineReader and write back what it yields. The limits every connection
lives under are here, once.

The reader holds at most one line (MAX_LINE_BYTES) plus one read. A longer line is answered with
TOO_LONG once and skipped up to its newline; a client that sends more than MAX_SKIPPED_BYTES
without any newline is not a confused client, and `flooded` tells the server to drop it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Generic, Protocol, TypeVar

from desktop.ipc.protocol import MAX_LINE_BYTES, ErrorCode, Reply, Request, decode_request, encode_reply

log = logging.getLogger(__name__)

Handler = Callable[[Request], Reply]

MAX_CONNECTIONS = 16  # at the limit a new client pushes out the oldest idle one
IDLE_TIMEOUT_MS = 10_000  # a connection that sends nothing for this long goes
LINE_TIMEOUT_MS = 5_000  # a started line must be complete within this
MAX_UNREAD_REPLY_BYTES = 256 * 1024  # replies a client leaves unread before it is dropped
MAX_SKIPPED_BYTES = 1024 * 1024  # an oversized line longer than this is not a confused client
READ_CHUNK_BYTES = 64 * 1024  # read at most this per wake-up, so one client cannot starve others


class ServerError(OSError):
    """The socket could not be listened on; the text says why."""


class LineReader:
    """Owns one connection's input buffer; turns bytes into answered requests (reply lines)."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self._buffer = bytearray()
        self._skipped = 0  # bytes of an oversized line dropped so far
        self.flooded = False  # the client sent an endless line: drop it

    @property
    def has_partial_line(self) -> bool:
        """Bytes of a line are waiting for its newline (the line deadline runs)."""
        return bool(self._buffer) or self._skipped > 0

    @property
    def buffered_bytes(self) -> int:
        return len(self._buffer)

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Take `data`; yield one reply line per complete non-blank request line, in order.

        Lazy: the caller may stop iterating (the connection closed while a handler ran) and the
        remaining lines are then never handled. Never raises for any input."""
        self._buffer += data
        while not self.flooded:
            newline = self._buffer.find(b"\n")
            if newline < 0:
                break
            line = bytes(self._buffer[:newline])
            del self._buffer[: newline + 1]
            if self._skipped:  # the tail of an oversized line, already answered
                self._skipped = 0
            elif line.strip():  # blank lines are harmless padding: no reply
                yield answer(line, self._handler)
        if len(self._buffer) > MAX_LINE_BYTES and not self.flooded:
            if not self._skipped:
                yield encode_reply(
                    Reply.failure(None, ErrorCode.TOO_LONG, f"a request is at most {MAX_LINE_BYTES} bytes")
                )
            self._skipped += len(self._buffer)
            self._buffer.clear()
            if self._skipped > MAX_SKIPPED_BYTES:
                log.warning("control socket: a client sent %d bytes without a newline", self._skipped)
                self.flooded = True


def answer(line: bytes, handler: Handler) -> bytes:
    """The reply line for one request line; a failing handler becomes an INTERNAL error reply."""
    decoded = decode_request(line)
    if isinstance(decoded, Reply):
        reply = decoded
    else:
        try:
            reply = handler(decoded)
            if not isinstance(reply, Reply):
                raise TypeError(f"the handler returned {type(reply).__name__}, not a Reply")
        except Exception:
            log.exception("control socket: handling %r failed", decoded.command)
            reply = Reply.failure(decoded.id, ErrorCode.INTERNAL, "Unclench failed while doing that")
    try:
        return encode_reply(reply)
    except (TypeError, ValueError):
        log.exception("control socket: a reply could not be encoded")
        failed = Reply.failure(reply.id, ErrorCode.INTERNAL, "Unclench could not encode its answer")
        return encode_reply(failed)


class _Client(Protocol):
    @property
    def busy(self) -> bool: ...

    def abort(self) -> None: ...


C = TypeVar("C", bound=_Client)


class Clients(Generic[C]):
    """The connected clients of a server, oldest first, at most `limit` of them: at the limit a new
    client pushes out the oldest idle one (a flood of dawdlers never locks out a fresh `status`)."""

    def __init__(self, limit: int = MAX_CONNECTIONS) -> None:
        self._limit = limit
        self._all: dict[C, None] = {}  # a dict keeps the order of arrival

    def __len__(self) -> int:
        return len(self._all)

    def __iter__(self) -> Iterator[C]:
        return iter(list(self._all))  # a copy: closing a client forgets it meanwhile

    def make_room(self) -> bool:
        """True when one more client may come (the oldest idle one was dropped if needed)."""
        if len(self._all) < self._limit:
            return True
        for client in self._all:
            if not client.busy:
                log.info("control socket: too many clients; the oldest idle one was dropped")
                client.abort()
                return True
        return False

    def add(self, client: C) -> None:
        self._all[client] = None

    def forget(self, client: C) -> None:
        self._all.pop(client, None)
