"""The command-line client never hangs (issue 17): a server that takes the connection but never
answers, or never even takes it, ends in a clear error within the timeout; no Qt involved."""

from __future__ import annotations

import os
import shutil
import socket
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.commands import Status
from desktop.ipc.client import ClientError, NotRunning, send_command

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")


@pytest.fixture
def socket_path() -> Iterator[str]:
    folder = tempfile.mkdtemp(prefix="uc-")  # short: sun_path holds ~100 bytes
    yield os.path.join(folder, "unclench.sock")
    shutil.rmtree(folder, ignore_errors=True)


def test_a_server_that_never_answers_is_a_timeout_not_a_hang(socket_path: str) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as mute:
        mute.bind(socket_path)
        mute.listen(1)  # connections queue, nobody reads them
        started = time.monotonic()
        with pytest.raises(ClientError, match=r"did not answer within 0\.3 s"):
            send_command(socket_path, Status(), timeout=0.3)
        assert time.monotonic() - started < 1.5


def test_a_server_whose_queue_is_full_is_a_timeout_not_a_hang(socket_path: str) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as jammed:
        jammed.bind(socket_path)
        jammed.listen(0)
        queued = []
        try:
            for _ in range(8):  # fill the accept queue
                client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                client.setblocking(False)
                try:
                    client.connect(socket_path)
                except BlockingIOError:
                    client.close()
                    break
                queued.append(client)
            started = time.monotonic()
            with pytest.raises(ClientError, match=r"did not take the connection within 0\.3 s"):
                send_command(socket_path, Status(), timeout=0.3)
            assert time.monotonic() - started < 1.5
        finally:
            for client in queued:
                client.close()


def test_a_leftover_socket_or_plain_file_means_not_running(socket_path: str) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:
        dead.bind(socket_path)  # bound, never listened: like a crashed app's socket file
    assert isinstance(send_command(socket_path, Status()), NotRunning)
    os.unlink(socket_path)
    Path(socket_path).write_text("")
    assert isinstance(send_command(socket_path, Status()), NotRunning)


@pytest.mark.parametrize("kind", ["FIFO", "folder"])
def test_a_fifo_or_folder_in_the_sockets_place_is_named(socket_path: str, kind: str) -> None:
    os.mkfifo(socket_path) if kind == "FIFO" else os.mkdir(socket_path)
    answer = send_command(socket_path, Status(), timeout=0.3)
    assert isinstance(answer, NotRunning)  # so the command line goes on to the lock and starts the app
    assert answer.reason.endswith(f"should be Unclench's socket but is a {kind}")
