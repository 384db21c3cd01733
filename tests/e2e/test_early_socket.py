"""The real app listens on its control socket as soon as its tray icon is up (issue 18): a client
that connects the moment the socket appears, while the app is still being built, is connected at
once and gets the app's real answer, never "not running" or an error."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core.commands import Status
from desktop.core.events import Event, Kind, Outcome
from desktop.ipc.client import NotRunning, send_command
from desktop.ipc.paths import InstancePaths
from desktop.ipc.protocol import Reply
from desktop.ipc.status import StatusReport
from desktop.storage.eventlog import EventLog
from desktop.storage.paths import AppPaths
from tests.e2e.conftest import AppLauncher
from tests.e2e.x11 import Desktop, wait_for

pytestmark = pytest.mark.e2e


@contextmanager
def environment(env: dict[str, str]) -> Iterator[None]:
    saved = dict(os.environ)
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def test_a_status_asked_the_moment_the_socket_appears_gets_the_real_answer(
    x11_desktop: Desktop, app_env: dict[str, str], launch_app: AppLauncher
) -> None:
    with environment(app_env):
        paths = AppPaths.for_user()
        socket_name = InstancePaths.in_dir(paths.runtime_dir).socket_name
    today = datetime.now().astimezone().date().isoformat()
    log, _ = EventLog.open(paths.database)
    log.record(Event(Kind.HYDRATION, Outcome.DONE, today, details={"ml": 250}))
    log.close()

    app = launch_app("--quiet")
    wait_for(lambda: Path(socket_name).exists() or not app.running(), 20, "the socket", interval=0.002)
    reply = send_command(socket_name, Status(), timeout=20)

    assert isinstance(reply, Reply) and reply.ok, reply
    assert not isinstance(reply, NotRunning)
    assert isinstance(reply.result, dict)
    report = StatusReport.from_json(reply.result)
    assert report.today["water_ml"] == 250  # the built app's answer, read from its log
    assert report.next_reminders  # the engine had started before it answered
    app.stop_cleanly()
