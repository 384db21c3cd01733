"""`unclench` / `python -m desktop`: parse the command line, then hand the command to the running
Unclench or start it (or, for `export`, `doctor` and `sync`, do it right here). Qt is imported only when
needed, so `--help`, `--version`, `export`, `doctor` and `sync` never load it."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.cli.parse import ExitCode, Invocation, ParserExit, parse
from desktop.core.commands import Command, Delivery, Doctor, Export
from desktop.core.sync_command import Sync

if TYPE_CHECKING:
    from desktop.ipc.instance import SingleInstance


def main(argv: Sequence[str] | None = None) -> int:
    _install_messages()
    try:
        invocation = parse(argv)
    except ParserExit as done:  # --help, --version or a usage error, already printed
        return done.status
    try:
        if invocation.command.delivery is Delivery.LOCAL:
            return _run_here(invocation)
        from desktop.cli.handoff import hand_off, start_detached

        return hand_off(invocation, start_app=_start_app, start_in_background=start_detached)
    except KeyboardInterrupt:
        return 128 + 2  # the shell's convention for SIGINT
    except BrokenPipeError:  # `unclench status | head -1`: the reader had enough
        _silence_stdout()
        return 0


def _install_messages() -> None:
    """The command line's words in the user's language: the `language` setting, else the
    environment's (desktop/core/i18n.py). Reading the setting never raises."""
    from desktop.core.i18n import install
    from desktop.storage.paths import AppPaths
    from desktop.storage.settings_file import peek_settings
    from desktop.storage.system_defaults import system_defaults_files

    install(peek_settings(AppPaths.for_user().settings_file, system_defaults_files()).language)


def _silence_stdout() -> None:
    """Python flushes stdout once more at exit; with the pipe gone that would print a traceback."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _run_here(invocation: Invocation) -> int:
    """A LOCAL command: done by this process, whether or not the app runs."""
    command = invocation.command
    if isinstance(command, Doctor):
        from desktop.cli.doctor import run_doctor

        return run_doctor(invocation.json_output)
    if isinstance(command, Sync):
        from desktop.cli.sync import run_sync

        return run_sync(invocation)
    from desktop.cli.export import run_export

    assert isinstance(command, Export), f"no local runner for '{command.name}'"
    return run_export(command)


def _start_app(command: Command, instance: SingleInstance) -> int:
    """This process won the lock: become the app, with `command` as what the user asked for."""
    from desktop.cli.launch import run

    return run(command, instance)


__all__ = ["ExitCode", "main"]

if __name__ == "__main__":
    sys.exit(main())
