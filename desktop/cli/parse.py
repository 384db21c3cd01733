"""The `unclench` command line: arguments in, one validated Command out.

Qt-free on purpose (`--help` and `--version` must answer at once), and it never exits the
process itself: help, version and usage errors come back as a `ParserExit` with the exit code,
so `desktop.__main__.main()` can return it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import IO

from desktop import __version__
from desktop.cli.arguments import EXIT_CODES_HELP, ExitCode, Invocation, Parser, ParserExit, make
from desktop.cli.subcommands import SUBCOMMANDS, add_start_options, start_invocation
from desktop.core.commands import ArgsError
from desktop.core.i18n import _

__all__ = ["ExitCode", "Invocation", "ParserExit", "build_parser", "parse"]


def parse(
    argv: Sequence[str] | None = None, *, out: IO[str] | None = None, err: IO[str] | None = None
) -> Invocation:
    """The Invocation for `argv` (sys.argv[1:] when None); raises ParserExit for help/version/errors."""
    parser = build_parser(out=out, err=err)
    namespace = parser.parse_args(argv)
    build: Callable[[argparse.Namespace], Invocation] = getattr(namespace, "build", start_invocation)
    if namespace.command not in (None, "start") and (namespace.quiet or namespace.autostart):
        parser.error(_("--quiet and --autostart only go with starting Unclench (no command, or 'start')"))
    try:
        return build(namespace)
    except ArgsError as problem:  # a combination the per-field checks could not see
        parser.error(str(problem))


def build_parser(*, out: IO[str] | None = None, err: IO[str] | None = None) -> argparse.ArgumentParser:
    parser = make(
        None,
        "unclench",
        description=_(
            "Unclench: posture, water and stretch reminders and breathing exercises, in the tray.\n"
            "Run without a command to start it (or to show its window if it is already running)."
        ),
        epilog=_("Run 'unclench COMMAND --help' for the details of each command.")
        + "\n\n"
        + _(EXIT_CODES_HELP),
        out=out,
        err=err,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"unclench {__version__}",
        help=_("show program's version number and exit"),
    )
    add_start_options(parser, False)
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", title=_("commands"), parser_class=Parser
    )
    for add in SUBCOMMANDS:
        add(commands, out, err)
    return parser
