"""The control socket listens before the app is built and answers once it is (issue 18).

launch.py listens right after the tray icon is up and gives the server its handler when the app
is built: a client that comes in between is connected at once (no "not running", no retrying,
no Qt import in `unclench status`) and gets its real answer, not an error, once the app is there.
"""

from __future__ import annotations

import io
import os
import select
import socket
import subprocess
import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.cli import handoff
from desktop.cli.parse import ExitCode, Invocation
from desktop.core.commands import Command, Quit, Status, Water
from desktop.ipc.client import send_command
from desktop.ipc.instance import SingleInstance
from desktop.ipc.paths import InstancePaths
from desktop.ipc.protocol import Reply, Request, encode_request
from desktop.ipc.qt_server import QtControlServer
from desktop.ipc.unix_server import UnixControlServer
from tests.gui.socket_support import Recorder, in_thread, private_runtime_dir, reply_of

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


HARNESS = Path(__file__).with_name("instance_harness.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def runtime_dir() -> Iterator[Path]:
    with private_runtime_dir() as folder:
        yield folder


@pytest.fixture
def paths(runtime_dir: Path) -> InstancePaths:
    return InstancePaths.in_dir(runtime_dir)


@pytest.fixture(params=["unix", "qt"])
def server_type(request: pytest.FixtureRequest) -> type[UnixControlServer] | type[QtControlServer]:
    """Both backends: the stdlib one used on Linux and macOS, and Qt's used on Windows."""
    return UnixControlServer if request.param == "unix" else QtControlServer


def early_client(path: str, request_id: int) -> socket.socket:
    """A client that connected and sent `status` (the kernel took both) and now waits."""
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    connection.settimeout(10)
    connection.connect(path)
    connection.sendall(encode_request(Request(id=request_id, command=Status())))
    return connection


def readable(connection: socket.socket) -> bool:
    return bool(select.select([connection], [], [], 0)[0])


def test_clients_that_come_before_the_handler_are_answered_by_it(
    qtbot: QtBot, paths: InstancePaths, server_type: type[UnixControlServer] | type[QtControlServer]
) -> None:
    server = server_type(None)
    server.listen(paths.socket_name)
    assert Path(paths.socket_name).exists()
    waiting = [early_client(paths.socket_name, request_id) for request_id in (1, 2)]
    for _ in range(3):
        QCoreApplication.processEvents()
    # Listening, but nobody is taken in yet: no error, no hang-up, no answer from anything else.
    assert server.connection_count == 0
    assert not any(readable(connection) for connection in waiting)

    recorder = Recorder()
    server.answer_with(recorder)
    for request_id, connection in enumerate(waiting, start=1):
        qtbot.waitUntil(partial(readable, connection), timeout=5000)
        reply = reply_of(connection.recv(1000))
        assert (reply["id"], reply["ok"], reply["result"]) == (request_id, True, {"echo": "status"})
        connection.close()
    assert [request.command for request in recorder.requests] == [Status(), Status()]
    # And the clients after them, as always.
    later = in_thread(qtbot, lambda: send_command(paths.socket_name, Water(ml=250)))
    assert later == Reply.success(os.getpid(), {"echo": "water"})
    server.close()


def test_the_instance_listens_first_and_answers_once_given_the_handler(
    qtbot: QtBot, paths: InstancePaths
) -> None:
    instance = SingleInstance(paths)
    assert instance.try_lock()
    try:
        instance.listen()  # as launch.py does as soon as the tray icon is up
        waiting = early_client(paths.socket_name, 7)
        QCoreApplication.processEvents()
        assert not readable(waiting)
        recorder = Recorder()
        instance.answer_with(recorder)  # as launch.py does once the app is built
        qtbot.waitUntil(lambda: readable(waiting), timeout=5000)
        assert reply_of(waiting.recv(1000))["result"] == {"echo": "status"}
        waiting.close()
        assert len(recorder.requests) == 1
    finally:
        instance.release()
    assert not Path(paths.socket_name).exists()


def test_answering_without_listening_first_listens_then(qtbot: QtBot, paths: InstancePaths) -> None:
    # launch.py's early listen may fail (it is tried again when the app is built, and reported).
    instance = SingleInstance(paths)
    assert instance.try_lock()
    try:
        instance.answer_with(Recorder())
        assert instance.server is not None and instance.server.is_listening
        reply = in_thread(qtbot, lambda: send_command(paths.socket_name, Status()))
        assert reply == Reply.success(os.getpid(), {"echo": "status"})
    finally:
        instance.release()


def test_a_command_that_starts_the_app_waits_for_it_to_be_built(
    paths: InstancePaths, runtime_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `unclench water 250` with no app running starts one in the background, connects as soon as it
    # listens and waits there while it is built: as long as a start may take, not just a reply.
    monkeypatch.setattr(handoff, "REPLY_TIMEOUT_SECONDS", 0.2)
    started: list[subprocess.Popen[str]] = []

    def in_background() -> subprocess.Popen[str]:
        harness = [sys.executable, str(HARNESS), str(runtime_dir), str(tmp_path / "events.jsonl")]
        app = subprocess.Popen([*harness, "--build-ms", "1000", "--", "--quiet"], cwd=ROOT, text=True)
        started.append(app)
        return app

    def never(command: Command, instance: SingleInstance) -> int:
        raise AssertionError("the app is started in the background")

    out = io.StringIO()
    try:
        code = handoff.hand_off(
            Invocation(Water(ml=250)), never, paths=paths, out=out, start_in_background=in_background
        )
        assert code == ExitCode.OK
        assert out.getvalue() == "Logged 250 ml of water.\n"
    finally:
        for app in started:
            send_command(paths.socket_name, Quit())
            app.wait(30)
