"""The control socket under pressure (issues 17.5 and 18): a flood of slow clients, the line
deadline, clients that never read, 10,000 fuzzed messages, and no QtNetwork on Linux/macOS.

The server runs in the test's event loop; blocking clients run in a worker thread and the test
waits on them, and on the dawdlers' QTimer, with qtbot (never sleep).
"""

from __future__ import annotations

import json
import os
import random
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import psutil
import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop.core.commands import Status
from desktop.ipc.client import send_command
from desktop.ipc.framing import MAX_CONNECTIONS, MAX_UNREAD_REPLY_BYTES
from desktop.ipc.paths import InstancePaths
from desktop.ipc.protocol import MAX_LINE_BYTES
from desktop.ipc.qt_server import QtControlServer
from desktop.ipc.unix_server import UnixControlServer
from tests.gui.socket_support import Recorder, in_thread, private_runtime_dir, reply_of

ROOT = Path(__file__).resolve().parents[2]
ServerType = type[UnixControlServer] | type[QtControlServer]
STATUS_LINE = b'{"v":1,"id":1,"command":"status"}\n'


@pytest.fixture
def paths() -> Iterator[InstancePaths]:
    with private_runtime_dir() as folder:
        yield InstancePaths.in_dir(folder)


@pytest.fixture(params=["unix", "qt"])
def server_type(request: pytest.FixtureRequest) -> ServerType:
    """Both backends: the stdlib one used on Linux and macOS, and Qt's used on Windows."""
    return UnixControlServer if request.param == "unix" else QtControlServer


class Dawdlers:
    """`count` clients that each send one more byte of an unfinished request every `every_ms`."""

    def __init__(self, qtbot: QtBot, path: str, count: int, every_ms: int) -> None:
        def connect_all() -> list[socket.socket]:  # blocking connects, while the event loop accepts
            sockets = []
            for _ in range(count):
                client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                client.settimeout(10)
                client.connect(path)
                client.sendall(b"{")
                client.setblocking(False)
                sockets.append(client)
            return sockets

        self.sockets: list[socket.socket] = in_thread(qtbot, connect_all)
        self.timer = QTimer()
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self._dribble)

    def _dribble(self) -> None:
        for client in self.sockets:
            with suppress(OSError):  # already hung up on
                client.send(b" ")

    def hung_up(self) -> int:
        """How many the server has closed (their next read is end-of-file)."""
        closed = 0
        for client in self.sockets:
            try:
                closed += client.recv(1) == b""
            except BlockingIOError:
                pass
            except OSError:
                closed += 1
        return closed

    def close(self) -> None:
        self.timer.stop()
        for client in self.sockets:
            client.close()


def timed_status(path: str) -> float:
    started = time.monotonic()
    reply = send_command(path, Status())
    assert not isinstance(reply, str) and reply.ok  # type: ignore[union-attr]
    return time.monotonic() - started


def test_a_fresh_status_is_answered_within_half_a_second_while_slow_clients_flood(
    qtbot: QtBot, paths: InstancePaths, server_type: ServerType
) -> None:
    server = server_type(Recorder())
    server.listen(paths.socket_name)
    flood = Dawdlers(qtbot, paths.socket_name, MAX_CONNECTIONS + 4, every_ms=2000)
    try:
        qtbot.waitUntil(lambda: server.connection_count == MAX_CONNECTIONS)
        flood.timer.start()
        latencies = [in_thread(qtbot, lambda: timed_status(paths.socket_name))]
        for _ in range(2):  # and again after each round of dribbled bytes
            with qtbot.waitSignal(flood.timer.timeout, timeout=5000):
                pass
            latencies.append(in_thread(qtbot, lambda: timed_status(paths.socket_name)))
        print(f"status round trips under the flood: {[f'{s * 1000:.1f} ms' for s in latencies]}")
        assert max(latencies) < 0.5
        assert server.connection_count <= MAX_CONNECTIONS
        assert flood.hung_up() >= 5  # the 4 extra dawdlers and the first status each pushed one out
    finally:
        flood.close()
        server.close()


def test_a_line_not_finished_in_time_ends_the_connection_however_busy_the_client(
    qtbot: QtBot, paths: InstancePaths, server_type: ServerType
) -> None:
    server = server_type(Recorder(), line_timeout_ms=300, idle_timeout_ms=60_000)
    server.listen(paths.socket_name)
    slow = Dawdlers(qtbot, paths.socket_name, 1, every_ms=50)  # never idle, never done
    started = time.monotonic()
    slow.timer.start()
    try:
        qtbot.waitUntil(lambda: slow.hung_up() == 1, timeout=5000)
        assert 0.25 <= time.monotonic() - started < 5
        qtbot.waitUntil(lambda: server.connection_count == 0)
        assert in_thread(qtbot, lambda: timed_status(paths.socket_name)) < 0.5
    finally:
        slow.close()
        server.close()


def test_a_client_that_never_reads_its_replies_is_dropped(
    qtbot: QtBot, paths: InstancePaths, server_type: ServerType
) -> None:
    server = server_type(Recorder())
    server.listen(paths.socket_name)
    requests = (MAX_UNREAD_REPLY_BYTES * 8) // 40  # replies several times the limit

    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # kept open, never read
    client.settimeout(10)

    def pour() -> None:
        client.connect(paths.socket_name)
        with suppress(BrokenPipeError, ConnectionResetError):  # dropped while we still pour
            client.sendall(STATUS_LINE * requests)

    in_thread(qtbot, pour)
    qtbot.waitUntil(lambda: server.connection_count == 0, timeout=10_000)  # while it is still open
    client.close()
    server.close()


# --- 10,000 fuzzed messages -----------------------------------------------------------------------

VALID = [
    b'{"v":1,"id":1,"command":"status"}',
    b'{"v":1,"id":"x","command":"pause","args":{"seconds":1800}}',
    b'{"v":1,"id":2,"command":"water","args":{"ml":250}}',
    b'{"v":1,"id":3,"command":"breathe","args":{"pattern":"box","minutes":2}}',
    b'{"v":1,"id":4,"command":"remind","args":{"kind":"posture"}}',
]


def fuzzed_message(rng: random.Random) -> bytes:
    """One line's worth of hostile bytes (no newline in it)."""
    kind = rng.randrange(10)
    if kind == 0:
        message = rng.randbytes(rng.randrange(1, 300))
    elif kind in (1, 2, 3):  # a valid request with bytes flipped, cut or spliced in
        message = bytearray(rng.choice(VALID))
        for _ in range(rng.randrange(1, 4)):
            if not message:
                break
            at = rng.randrange(len(message))
            action = rng.randrange(3)
            if action == 0:
                message[at] = rng.randrange(256)
            elif action == 1:
                del message[at:]
            else:
                message[at:at] = rng.choice([b'"', b"{", b"]", b"\\u", b"\x00", b"\xff", b"\r", b"-1e999"])
        message = bytes(message) or b"x"
    elif kind == 4:
        depth = rng.choice([10, 1000, 100_000 // 2])
        message = b"[" * depth + b"]" * rng.choice([0, depth])
    elif kind == 5:
        message = b'{"v":1,"id":' + b"9" * rng.randrange(1, 6000) + b',"command":"status"}'
    elif kind == 6:
        message = json.dumps(
            {
                "v": rng.choice([1, 1, 2, None, "1", True]),
                "id": rng.choice([1, -1, 2**60, "a" * 70, [], None]),
            }
            | {
                "command": rng.choice(["status", "quit!", "", "water", 7]),
                "args": rng.choice([{}, [], {"ml": "x"}]),
            }
        ).encode()
    elif kind == 7 and rng.random() < 0.05:  # rarely: longer than a request may be
        message = b"z" * rng.randrange(MAX_LINE_BYTES, MAX_LINE_BYTES * 3)
    elif kind == 8:
        message = (
            rng.choice(VALID)
            .decode()
            .replace("status", rng.choice(["st\u00e4tus", "\ud800", "status\x00"]))
            .encode("utf-8", "surrogatepass")
        )
    else:
        message = rng.choice([b" ", b"\t", b"\r", b"\x0b", b"null", b"[]", b"{}", b'"', b"NaN", b"1e400"])
    return message.replace(b"\n", b" ")


def answered(message: bytes) -> bool:
    """Whether the server owes this line a reply (blank lines get none)."""
    return bool(message.strip())


def test_ten_thousand_fuzzed_messages_are_each_answered_or_dropped_and_nothing_breaks(
    qtbot: QtBot, paths: InstancePaths
) -> None:
    recorder = Recorder()
    server = UnixControlServer(recorder)
    server.listen(paths.socket_name)
    rng = random.Random(17_5)
    batches = [[fuzzed_message(rng) for _ in range(500)] for _ in range(20)]
    assert sum(map(len, batches)) == 10_000
    process = psutil.Process()
    rss_before = process.memory_info().rss

    def exchange(batch: list[bytes]) -> list[bytes]:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(10)
            client.connect(paths.socket_name)
            client.sendall(b"".join(message + b"\n" for message in batch))
            client.shutdown(socket.SHUT_WR)  # all sent: the server answers, then closes
            received = bytearray()
            while chunk := client.recv(65536):
                received += chunk
        return bytes(received).splitlines()

    for batch in batches:
        replies = in_thread(qtbot, lambda batch=batch: exchange(batch))
        assert len(replies) == sum(map(answered, batch))
        for reply in replies:
            reply_of(reply)
    qtbot.waitUntil(lambda: server.connection_count == 0)
    growth_mib = (process.memory_info().rss - rss_before) / 2**20
    print(f"10,000 fuzzed messages: {len(recorder.requests)} reached the handler, RSS +{growth_mib:.1f} MiB")
    assert growth_mib < 32
    assert in_thread(qtbot, lambda: timed_status(paths.socket_name)) < 0.5
    server.close()


# --- no QtNetwork ---------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="Windows uses QLocalServer by design")
def test_serving_on_linux_and_macos_never_loads_qtnetwork(paths: InstancePaths) -> None:
    code = (
        "import sys, threading\n"
        "from PySide6.QtCore import QCoreApplication, QTimer\n"
        "from desktop.core.commands import Status\n"
        "from desktop.ipc.client import send_command\n"
        "from desktop.ipc.instance import SingleInstance\n"
        "from desktop.ipc.paths import InstancePaths\n"
        "from pathlib import Path\n"
        "app = QCoreApplication([])\n"
        f"instance = SingleInstance(InstancePaths.in_dir(Path({str(paths.runtime_dir)!r})))\n"
        "assert instance.try_lock()\n"
        "instance.listen(lambda request: request.succeeded('here'))\n"
        "answer = []\n"
        "def ask():\n"
        "    answer.append(send_command(instance.paths.socket_name, Status()))\n"
        "    QTimer.singleShot(0, app, app.quit)\n"
        "threading.Thread(target=ask).start()\n"
        "QTimer.singleShot(10_000, app.quit)\n"
        "app.exec()\n"
        "instance.release()\n"
        "print(answer[0].result, 'PySide6.QtNetwork' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.split() == ["here", "False"], done.stderr
