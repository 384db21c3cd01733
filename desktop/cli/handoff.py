"""Hand a command to the running Unclench, or become it.

    try the socket ── answered ──────────────────────────────▶ print the answer
        │ nobody listens
        ▼
    take the lock ── got it ── `unclench` (Start) ──────────▶ start_app(command, instance)
        │                   ├─ another START command ───────▶ start_in_background(), then wait for
        │                   │  (water, breathe, stretch, ...)  it to answer and send it the command
        │                   └─ any other ───────────────────▶ "not running" (exit 3)
        │ someone holds it (starting up, or quitting)
        ▼
    wait a moment, try the socket again (until STARTUP_WAIT_SECONDS)

So two `unclench` started at once end as one: the lock picks the winner, and the loser keeps
knocking until the winner listens. Qt is imported only when the socket does not answer.
`unclench water 250` with no app running starts the app detached (`start_detached`) and returns
once it has answered, instead of keeping the terminal.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol

from desktop.cli.parse import ExitCode, Invocation
from desktop.cli.report import report_no_answer, report_not_running, report_reply
from desktop.core.commands import Command, Delivery, Start
from desktop.core.i18n import _
from desktop.ipc.client import REPLY_TIMEOUT_SECONDS, ClientError, NotRunning, Transport, send_command
from desktop.ipc.paths import InstancePaths, RuntimeDirError, default_instance_paths

if TYPE_CHECKING:
    from desktop.ipc.instance import SingleInstance

STARTUP_WAIT_SECONDS = 10.0
BACKGROUND_START_SECONDS = 30.0  # a cold start on a slow machine, until the new app listens
RETRY_SECONDS = 0.05

StartApp = Callable[[Command, "SingleInstance"], int]


class Started(Protocol):
    """An app process started in the background (a subprocess.Popen)."""

    def poll(self) -> int | None: ...


StartInBackground = Callable[[], Started]


def start_detached() -> Started:
    """Start Unclench quietly in its own session, detached from this terminal (no output here)."""
    frozen = getattr(sys, "frozen", False)
    args = [sys.executable, "--quiet"] if frozen else [sys.executable, "-m", "desktop", "--quiet"]
    env = dict(os.environ)
    if not frozen:  # importable from a source checkout too, wherever the terminal is
        package_parent = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (package_parent, env.get("PYTHONPATH"))))
    popen = partial(
        subprocess.Popen,
        args,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        close_fds=True,
    )
    if sys.platform == "win32":
        return popen(creationflags=subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP)
    return popen(start_new_session=True)


def hand_off(
    invocation: Invocation,
    start_app: StartApp,
    *,
    paths: InstancePaths | None = None,
    out: IO[str] | None = None,
    err: IO[str] | None = None,
    transport: Transport = "auto",
    monotonic: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    start_in_background: StartInBackground | None = None,
) -> int:
    """Do `invocation` and return the exit code (see desktop.cli.ExitCode). With `start_in_background`,
    a START command other than `unclench` itself starts the app that way and is sent to it."""
    out = out or sys.stdout
    err = err or sys.stderr
    command = invocation.command
    if command.delivery is Delivery.LOCAL:
        raise ValueError(f"'{command.name}' runs in the command line itself, not in the app")
    try:
        paths = paths or default_instance_paths()
    except RuntimeDirError as problem:
        print(f"unclench: {problem}", file=err)
        return ExitCode.FAILED
    instance: SingleInstance | None = None
    started: Started | None = None
    deadline = monotonic() + STARTUP_WAIT_SECONDS
    while True:
        # An app started in the background listens before it is built (launch.py) and answers
        # once it is: that answer is worth the wait a start is given, not just a reply's.
        timeout = (
            REPLY_TIMEOUT_SECONDS if started is None else max(REPLY_TIMEOUT_SECONDS, deadline - monotonic())
        )
        try:
            answer = send_command(paths.socket_name, command, transport=transport, timeout=timeout)
        except ClientError as problem:
            return report_no_answer(str(problem), err)
        if not isinstance(answer, NotRunning):
            now = datetime.now().astimezone()  # the CLI's own wall clock, for "in 12 min"
            assert now.tzinfo is not None
            return report_reply(invocation, answer, out, err, now, now.tzinfo)
        if started is not None:
            why = _background_problem(started, monotonic() >= deadline)
            if why:
                return report_no_answer(why, err)
            sleep(RETRY_SECONDS)
            continue
        if command.delivery is Delivery.RUNNING and not paths.lock_file.exists():
            return report_not_running(invocation, out, err)  # the fast answer, without Qt
        if instance is None:
            from desktop.ipc.instance import SingleInstance

            instance = SingleInstance(paths)
        try:
            locked = instance.try_lock()
        except OSError as problem:  # InstanceError: the lock file cannot be used at all
            print(f"unclench: {problem}", file=err)
            return ExitCode.FAILED
        if locked:
            if command.delivery is Delivery.START and start_in_background and not isinstance(command, Start):
                instance.release()  # for the app to take
                started = start_in_background()
                deadline = monotonic() + BACKGROUND_START_SECONDS
                continue
            if command.delivery is Delivery.START:
                try:
                    return start_app(command, instance)
                finally:
                    instance.release()
            instance.release()
            return report_not_running(invocation, out, err)
        if monotonic() >= deadline:
            no_answer = _(
                "Unclench seems to be running (process {process}) but does not answer. "
                "If it is not running, delete {file} and try again."
            )
            owner = instance.owner_pid() or _("unknown")
            return report_no_answer(no_answer.format(process=owner, file=paths.lock_file), err)
        sleep(RETRY_SECONDS)


def _background_problem(started: Started, too_late: bool) -> str | None:
    """Why waiting for the app started in the background is pointless, or None to keep waiting."""
    code = started.poll()
    if code is not None:
        return (
            f"Unclench could not start in the background (it ended with exit code {code}); "
            "run `unclench` to see why."
        )
    if too_late:
        waited = f"{BACKGROUND_START_SECONDS:.0f} s"
        return f"Unclench was started in the background but did not answer within {waited}."
    return None
