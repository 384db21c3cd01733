"""Hand a command to the running Unclench, or become it.

    try the socket ── answered ──────────────────────────────▶ print the answer
        │ nobody listens
        ▼
    take the lock ── got it ── a START command ─────────────▶ start_app(command, instance)
        │                   └─ any other ───────────────────▶ "not running" (exit 3)
        │ someone holds it (starting up, or quitting)
        ▼
    wait a moment, try the socket again (until STARTUP_WAIT_SECONDS)

So two `unclench` started at once end as one: the lock picks the winner, and the loser keeps
knocking until the winner listens. Qt is imported only when the socket does not answer.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import datetime
from typing import IO, TYPE_CHECKING

from desktop.cli.parse import ExitCode, Invocation
from desktop.cli.report import report_no_answer, report_not_running, report_reply
from desktop.core.commands import Command, Delivery
from desktop.core.i18n import _
from desktop.ipc.client import ClientError, NotRunning, Transport, send_command
from desktop.ipc.paths import InstancePaths, RuntimeDirError, default_instance_paths

if TYPE_CHECKING:
    from desktop.ipc.instance import SingleInstance

STARTUP_WAIT_SECONDS = 10.0
RETRY_SECONDS = 0.05

StartApp = Callable[[Command, "SingleInstance"], int]


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
) -> int:
    """Do `invocation` and return the exit code (see desktop.cli.ExitCode)."""
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
    deadline = monotonic() + STARTUP_WAIT_SECONDS
    while True:
        try:
            answer = send_command(paths.socket_name, command, transport=transport)
        except ClientError as problem:
            return report_no_answer(str(problem), err)
        if not isinstance(answer, NotRunning):
            now = datetime.now().astimezone()  # the CLI's own wall clock, for "in 12 min"
            assert now.tzinfo is not None
            return report_reply(invocation, answer, out, err, now, now.tzinfo)
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
