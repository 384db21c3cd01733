"""What `unclench <command>` prints once it knows the outcome, and the exit code that goes with it.

Qt-free. Answers go to `out`; problems go to `err`, prefixed with "unclench:". The words come
from the gettext catalogue (desktop/core/i18n.py).
"""

from __future__ import annotations

import json
from datetime import datetime, tzinfo
from typing import IO, Any

from desktop.cli.parse import ExitCode, Invocation
from desktop.core.commands import (
    Breathe,
    Command,
    Pause,
    PauseUntil,
    Quit,
    Remind,
    Resume,
    Start,
    Status,
    Stretch,
    Water,
)
from desktop.core.commands import describe_duration as _duration
from desktop.core.i18n import _, pgettext
from desktop.core.kinds import spec
from desktop.ipc.protocol import ErrorCode, Reply
from desktop.ipc.status import StatusReport, status_json, status_text

# Codes meaning "the app read the request and said no"; anything else is a broken exchange.
_REFUSALS = {
    ErrorCode.REFUSED,
    ErrorCode.INVALID_ARGS,
    ErrorCode.UNKNOWN_COMMAND,
    ErrorCode.UNSUPPORTED_VERSION,
    ErrorCode.INTERNAL,
}


def report_reply(
    invocation: Invocation, reply: Reply, out: IO[str], err: IO[str], now: datetime, zone: tzinfo
) -> int:
    if not reply.ok:
        assert reply.error is not None
        if reply.error.code == ErrorCode.NOT_SAVED:
            print(f"unclench: {reply.error.message}", file=err)
            return ExitCode.FAILED
        if reply.error.code in _REFUSALS:
            print(f"unclench: {reply.error.message or _('Unclench refused that.')}", file=err)
            return ExitCode.REFUSED
        problem = _("Unclench could not read the request: {problem}").format(problem=reply.error.message)
        print(f"unclench: {problem}", file=err)
        return ExitCode.NO_ANSWER
    if isinstance(invocation.command, Status):
        return _report_status(invocation, reply.result, out, err, now, zone)
    message = reply.result.get("message") if isinstance(reply.result, dict) else None
    text = message if isinstance(message, str) else confirmation(invocation.command)
    if text:
        print(text, file=out)
    return ExitCode.OK


def report_not_running(invocation: Invocation, out: IO[str], err: IO[str]) -> int:
    if isinstance(invocation.command, Status):
        print(
            json.dumps({"running": False}) if invocation.json_output else _("Unclench is not running."),
            file=out,
        )
    else:
        problem = _("Unclench is not running, and '{command}' needs it. Start it with: unclench")
        print("unclench: " + problem.format(command=invocation.command.name), file=err)
    return ExitCode.NOT_RUNNING


def report_no_answer(problem: str, err: IO[str]) -> int:
    print(f"unclench: {problem}", file=err)
    return ExitCode.NO_ANSWER


def confirmation(command: Command) -> str:
    """The line printed when the app did what was asked and sent no message of its own."""
    match command:
        case Start(quiet=True):
            return ""
        case Start():
            return _("Unclench is already running; its window is shown.")
        case Breathe():
            return _("Breathing exercise started.")
        case Stretch():
            return _("Stretch break started.")
        case Remind(kind=kind):
            return _("{reminder} shown.").format(reminder=pgettext("Kinds", spec(kind).title))
        case Pause(until=PauseUntil.TOMORROW):
            return _("Reminders paused until tomorrow.")
        case Pause(until=PauseUntil.RESUMED):
            return _("Reminders paused until you resume them.")
        case Pause(duration=duration) if duration is not None:
            return _("Reminders paused for {duration}.").format(duration=_duration(duration))
        case Resume():
            return _("Reminders resumed.")
        case Water(ml=None):
            return _("Logged a glass of water.")
        case Water(ml=ml):
            return _("Logged {ml} ml of water.").format(ml=ml)
        case Quit():
            return _("Unclench is quitting.")
    return _("Done.")


def _report_status(
    invocation: Invocation, result: Any, out: IO[str], err: IO[str], now: datetime, zone: tzinfo
) -> int:
    try:
        report = StatusReport.from_json(result)
    except ValueError as problem:
        text = _("Unclench sent a status this version cannot read: {problem}").format(problem=problem)
        return report_no_answer(text, err)
    if invocation.json_output:
        print(json.dumps(status_json(report, now)), file=out)
    else:
        print(status_text(report, now, zone), file=out)
    return ExitCode.OK
