"""Helpers shared by the control-socket tests (not collected): a private runtime folder, a fake
handler, blocking clients run off the GUI thread, raw exchanges and reply checks."""

from __future__ import annotations

import json
import shutil
import socket
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.core.commands import Breathe, Water
from desktop.ipc.paths import prepare_private_dir
from desktop.ipc.protocol import Reply, Request


@contextmanager
def private_runtime_dir() -> Iterator[Path]:
    # Short, under /tmp: a socket path must fit in 108 bytes, and tmp_path names can be long.
    folder = Path(tempfile.mkdtemp(prefix="uc-")) / "rt"
    prepare_private_dir(folder)
    try:
        yield folder
    finally:
        shutil.rmtree(folder.parent, ignore_errors=True)


class Recorder:
    """A fake app handler: remembers requests, answers from a table, can be told to fail."""

    def __init__(self) -> None:
        self.requests: list[Request] = []

    def __call__(self, request: Request) -> Reply:
        self.requests.append(request)
        if isinstance(request.command, Breathe) and request.command.pattern == "unknown":
            return request.refused("there is no breathing pattern called 'unknown'")
        if isinstance(request.command, Water) and request.command.ml == 666:
            raise RuntimeError("the handler broke")
        return request.succeeded({"echo": request.command.name})


_pool = ThreadPoolExecutor(max_workers=4)


def in_thread(qtbot: QtBot, work: Callable[[], Any], timeout_ms: int = 10_000) -> Any:
    """Run a blocking client off the GUI thread while the event loop serves it."""
    future: Future[Any] = _pool.submit(work)
    qtbot.waitUntil(future.done, timeout=timeout_ms)
    return future.result()


def raw_exchange(path: str, payload: bytes, replies: int) -> list[bytes]:
    """Send raw bytes; read `replies` lines (fewer if the server hangs up)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(10)
        connection.connect(path)
        connection.sendall(payload)
        received = b""
        while received.count(b"\n") < replies:
            chunk = connection.recv(65536)
            if not chunk:
                break
            received += chunk
    return received.splitlines()


def reply_of(line: bytes) -> dict[str, Any]:
    message = json.loads(line)
    assert message["v"] == 1 and isinstance(message["ok"], bool)
    return message
