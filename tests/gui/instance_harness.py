"""A stand-in `unclench` process for the single-instance tests (run as a script, not collected).

    python instance_harness.py RUNTIME_DIR LOG_FILE [--wait-go] [--build-ms N] -- CLI ARGS...

It goes through the real command line and hand-off; when it wins the lock it becomes a tiny
"app" (QCoreApplication + SingleInstance.listen) that writes one JSON line per event to LOG_FILE:
{"pid", "event": "started"|"request", "command", "args"}. A `quit` request ends it; so does a
safety timer. With --wait-go it first waits for a line on stdin, so a test can release several
processes at the same moment. With --build-ms N it listens at once but answers only N ms later,
as the real app does while it is being built (launch.py).
"""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.cli.handoff import hand_off  # noqa: E402
from desktop.cli.parse import parse  # noqa: E402
from desktop.core.commands import Command, Quit, Status  # noqa: E402
from desktop.core.reminder_state import State  # noqa: E402
from desktop.ipc.paths import InstancePaths  # noqa: E402
from desktop.ipc.protocol import Reply, Request  # noqa: E402
from desktop.ipc.status import NextReminder, StatusReport  # noqa: E402

SAFETY_TIMEOUT_MS = 30_000


def main() -> int:
    runtime_dir, log_file, *rest = sys.argv[1:]
    options = rest[: rest.index("--")]
    wait_go = "--wait-go" in options
    build_ms = int(options[options.index("--build-ms") + 1]) if "--build-ms" in options else 0
    cli_args = rest[rest.index("--") + 1 :]
    if wait_go:
        sys.stdin.readline()
    log = Path(log_file)

    def record(event: str, command: Command) -> None:
        line = {"pid": os.getpid(), "event": event, "command": command.name, "args": command.to_args()}
        with log.open("a") as stream:
            stream.write(json.dumps(line) + "\n")

    def start_app(command: Command, instance) -> int:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QCoreApplication, QTimer

        app = QCoreApplication([])

        def handler(request: Request) -> Reply:
            record("request", request.command)
            if isinstance(request.command, Quit):
                QTimer.singleShot(0, app.quit)
            if isinstance(request.command, Status):
                now = datetime.now(UTC)
                report = StatusReport(
                    State.ACTIVE,
                    next_reminders=(NextReminder("posture", now + timedelta(minutes=12)),),
                    today={"posture_done": 3, "water_ml": 750},
                )
                return request.succeeded(report.to_json())
            return request.succeeded()

        if build_ms:
            instance.listen()
            QTimer.singleShot(build_ms, lambda: instance.answer_with(handler))
        else:
            instance.listen(handler)
        record("started", command)
        print("listening", flush=True)
        QTimer.singleShot(SAFETY_TIMEOUT_MS, app.quit)
        app.exec()
        instance.release()
        return 0

    invocation = parse(cli_args)
    return hand_off(invocation, start_app, paths=InstancePaths.in_dir(Path(runtime_dir)))


if __name__ == "__main__":
    sys.exit(main())
