"""`unclench` / `python -m desktop`: parse the command line, then hand the command to the running
Unclench or start it. Qt is imported only when needed, so `--help` and `--version` are instant."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.cli import ExitCode, ParserExit, parse

if TYPE_CHECKING:
    from desktop.commands import Command
    from desktop.ipc.instance import SingleInstance


def main(argv: Sequence[str] | None = None) -> int:
    try:
        invocation = parse(argv)
    except ParserExit as done:  # --help, --version or a usage error, already printed
        return done.status
    from desktop.ipc.handoff import hand_off

    try:
        return hand_off(invocation, start_app=_start_app)
    except KeyboardInterrupt:
        return 128 + 2  # the shell's convention for SIGINT


def _start_app(command: Command, instance: SingleInstance) -> int:
    """This process won the lock: become the app, with `command` as what the user asked for."""
    from desktop.app import run

    return run(command, instance)


__all__ = ["ExitCode", "main"]

if __name__ == "__main__":
    sys.exit(main())
