"""The `unclench` command line: arguments in, one validated Command out.

Qt-free on purpose (`--help` and `--version` must answer at once), and it never exits the
process itself: help, version and usage errors come back as a `ParserExit` with the exit code,
so `desktop.__main__.main()` can return it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import IO, Any, NoReturn

from desktop import __version__
from desktop.core.data_requests import ExportFormat
from desktop.core.events import Kind
from desktop.ipc.commands import (
    BREATHE_MINUTES,
    WATER_ML,
    ArgsError,
    Breathe,
    Command,
    Export,
    Pause,
    PauseUntil,
    Quit,
    Remind,
    Resume,
    Start,
    Status,
    Stretch,
    Water,
    check_name,
    check_range,
    parse_day,
    parse_duration,
    parse_millilitres,
)


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1  # the app could not start, or an unexpected local error
    USAGE = 2  # the command line itself is wrong (argparse's own code)
    NOT_RUNNING = 3  # the command needs the running app and there is none
    REFUSED = 4  # the app answered no (unknown pattern, a newer command it does not know, ...)
    NO_ANSWER = 5  # the app could not be reached or answered nonsense (timeout, protocol error)


EXIT_CODES_HELP = """\
exit codes:
  0  done
  1  Unclench could not start, or something unexpected went wrong (for export: the log
     could not be read or the file could not be written)
  2  the command line is wrong (see --help)
  3  Unclench is not running (pause, resume, status and quit need it)
  4  Unclench refused the request (for example an unknown pattern name)
  5  Unclench did not answer, or answered something this version cannot read
"""

REMIND_KINDS = {
    "posture": Kind.POSTURE,
    "water": Kind.HYDRATION,
    "stretch": Kind.STRETCH,
    "breathing": Kind.BREATHING_BREAK,
}
PAUSE_ENDS = {"until-tomorrow": PauseUntil.TOMORROW, "until-resumed": PauseUntil.RESUMED}


@dataclass(frozen=True)
class Invocation:
    """What the user typed: the command for the app, plus how to show its answer here."""

    command: Command
    json_output: bool = False  # `status --json`


class ParserExit(Exception):
    """Parsing ended without a command (help, version or a usage error); `status` is the exit code."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _Parser(argparse.ArgumentParser):
    # Streams are injectable so tests can read what a user would see (None: sys.stdout/stderr).
    _out: IO[str] | None = None
    _err: IO[str] | None = None

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            self._print_message(message, self._err)
        raise ParserExit(status)

    def error(self, message: str) -> NoReturn:
        self.print_usage(self._err or sys.stderr)  # argparse would pick stdout for None
        self.exit(ExitCode.USAGE, f"{self.prog}: error: {message}\n")

    def _print_message(self, message: str, file: Any = None) -> None:
        # argparse picks sys.stdout (help, version) or sys.stderr (errors); honour our streams instead.
        if file is None or file is sys.stderr:
            file = self._err or sys.stderr
        elif file is sys.stdout:
            file = self._out or sys.stdout
        super()._print_message(message, file)


def parse(
    argv: Sequence[str] | None = None, *, out: IO[str] | None = None, err: IO[str] | None = None
) -> Invocation:
    """The Invocation for `argv` (sys.argv[1:] when None); raises ParserExit for help/version/errors."""
    parser = build_parser(out=out, err=err)
    namespace = parser.parse_args(argv)
    build: Callable[[argparse.Namespace], Invocation] = getattr(namespace, "build", _start)
    if namespace.command not in (None, "start") and (namespace.quiet or namespace.autostart):
        parser.error("--quiet and --autostart only go with starting Unclench (no command, or 'start')")
    try:
        return build(namespace)
    except ArgsError as problem:  # a combination the per-field checks could not see
        parser.error(str(problem))


def build_parser(*, out: IO[str] | None = None, err: IO[str] | None = None) -> argparse.ArgumentParser:
    parser = _make(
        None,
        "unclench",
        description="Unclench: posture, water and stretch reminders and breathing exercises, in the tray.\n"
        "Run without a command to start it (or to show its window if it is already running).",
        epilog="Run 'unclench COMMAND --help' for the details of each command.\n\n" + EXIT_CODES_HELP,
        out=out,
        err=err,
    )
    parser.add_argument("--version", action="version", version=f"unclench {__version__}")
    _add_start_options(parser, False)
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", title="commands", parser_class=_Parser
    )
    for add in _SUBCOMMANDS:
        add(commands, out, err)
    return parser


def _make(
    commands: Any,
    name: str,
    *,
    description: str,
    epilog: str = "",
    summary: str | None = None,
    out: IO[str] | None,
    err: IO[str] | None,
) -> _Parser:
    """The top-level parser (commands=None) or one subcommand's, both printing to out/err."""
    kwargs: dict[str, Any] = {
        "description": description,
        "epilog": epilog,
        "formatter_class": argparse.RawDescriptionHelpFormatter,
    }
    parser: _Parser = (
        _Parser(prog=name, **kwargs)
        if commands is None
        else commands.add_parser(name, help=summary, **kwargs)
    )
    parser._out, parser._err = out, err
    return parser


def _add_start_options(parser: argparse.ArgumentParser, default: Any) -> None:
    # On the subcommand the default is SUPPRESS, or it would overwrite `unclench --quiet start`.
    parser.add_argument(
        "--quiet", action="store_true", default=default, help="start in the tray without showing a window"
    )
    parser.add_argument(
        "--autostart",
        action="store_true",
        default=default,
        help="used by the start-at-login entry: start quietly and wait for the desktop's tray",
    )


def _start(namespace: argparse.Namespace) -> Invocation:
    at_login = bool(namespace.autostart)
    return Invocation(Start(quiet=at_login or bool(namespace.quiet), at_login=at_login))


def _checked(convert: Callable[[str], Any]) -> Callable[[str], Any]:
    """An argparse `type=` that turns our ArgsError into argparse's own message."""

    def convert_or_complain(text: str) -> Any:
        try:
            return convert(text)
        except ArgsError as problem:
            raise argparse.ArgumentTypeError(str(problem)) from None

    convert_or_complain.__name__ = convert.__name__
    return convert_or_complain


def _whole_number(limits: tuple[int, int], field: str, unit: str) -> Callable[[str], int]:
    def whole_number(text: str) -> int:
        if not text.strip().isdigit():
            raise ArgsError(f"'{text}' is not a whole number of {unit}")
        return check_range(int(text), limits, field, unit)

    return _checked(whole_number)


def _name(field: str) -> Callable[[str], str]:
    return _checked(lambda text: check_name(text, field))


def _pause_length(text: str) -> Any:
    end = PAUSE_ENDS.get(text.strip().lower())
    return end if end is not None else parse_duration(text)


def _add_start(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = _make(
        commands,
        "start",
        summary="start Unclench (the same as no command)",
        description="Start Unclench in the tray. If it is already running, show its window instead.",
        out=out,
        err=err,
    )
    _add_start_options(parser, argparse.SUPPRESS)
    parser.set_defaults(build=_start)


def _add_breathe(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    low, high = BREATHE_MINUTES
    parser = _make(
        commands,
        "breathe",
        summary="open the breathing exercise now",
        description="Open the breathing window and start a session (Unclench starts if it is not running).",
        epilog="examples:\n  unclench breathe\n  unclench breathe --pattern box --minutes 3",
        out=out,
        err=err,
    )
    parser.add_argument(
        "--pattern", metavar="NAME", type=_name("pattern"), help="a breathing pattern by name"
    )
    parser.add_argument(
        "--minutes",
        metavar="N",
        type=_whole_number(BREATHE_MINUTES, "minutes", "minutes"),
        help=f"session length, {low} to {high} minutes",
    )
    parser.set_defaults(build=lambda ns: Invocation(Breathe(pattern=ns.pattern, minutes=ns.minutes)))


def _add_stretch(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = _make(
        commands,
        "stretch",
        summary="start a stretch break now",
        description="Start a stretch routine now (Unclench starts if it is not running).",
        epilog="examples:\n  unclench stretch\n  unclench stretch back-reset",
        out=out,
        err=err,
    )
    parser.add_argument(
        "routine", nargs="?", metavar="ROUTINE", type=_name("routine"), help="a routine by name"
    )
    parser.set_defaults(build=lambda ns: Invocation(Stretch(routine=ns.routine)))


def _add_remind(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = _make(
        commands,
        "remind",
        summary="show a reminder now",
        description="Show that reminder now, as if it were due (Unclench starts if it is not running).",
        out=out,
        err=err,
    )
    parser.add_argument(
        "kind", metavar="KIND", choices=sorted(REMIND_KINDS), help="posture, water or stretch"
    )
    parser.set_defaults(build=lambda ns: Invocation(Remind(kind=REMIND_KINDS[ns.kind])))


def _add_pause(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = _make(
        commands,
        "pause",
        summary="pause reminders",
        description="Pause all reminders for a while, until tomorrow, or until you resume them.\n"
        "A duration is hours and minutes like 30m, 1h or 1h30m (a bare number means minutes),\n"
        "from 1 minute to 24 hours.",
        epilog="examples:\n  unclench pause 30m\n  unclench pause 1h30m\n  unclench pause until-tomorrow",
        out=out,
        err=err,
    )
    parser.add_argument(
        "length",
        metavar="LENGTH",
        type=_checked(_pause_length),
        help="a DURATION like 30m or 1h30m, or until-tomorrow, or until-resumed",
    )

    def build(ns: argparse.Namespace) -> Invocation:
        if isinstance(ns.length, PauseUntil):
            return Invocation(Pause(until=ns.length))
        return Invocation(Pause(duration=ns.length))

    parser.set_defaults(build=build)


def _add_resume(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = _make(
        commands, "resume", summary="resume reminders", description="End a pause.", out=out, err=err
    )
    parser.set_defaults(build=lambda ns: Invocation(Resume()))


def _add_water(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    low, high = WATER_ML
    parser = _make(
        commands,
        "water",
        summary="log a drink of water",
        description=f"Log water you drank: {low} to {high} ml; without an amount, your usual glass.",
        epilog="examples:\n  unclench water\n  unclench water 330\n  unclench water 0.5l",
        out=out,
        err=err,
    )
    parser.add_argument(
        "ml", nargs="?", metavar="ML", type=_checked(parse_millilitres), help="how much, e.g. 250"
    )
    parser.set_defaults(build=lambda ns: Invocation(Water(ml=ns.ml)))


def _add_status(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = _make(
        commands,
        "status",
        summary="say what Unclench is doing",
        description="Say whether Unclench is running, what comes next and when, and today's totals.",
        epilog='With --json, not running prints {"running": false} (and exits with 3).',
        out=out,
        err=err,
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts and status bars")
    parser.set_defaults(build=lambda ns: Invocation(Status(), json_output=ns.json))


def _add_quit(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = _make(
        commands, "quit", summary="quit Unclench", description="Quit the running Unclench.", out=out, err=err
    )
    parser.set_defaults(build=lambda ns: Invocation(Quit()))


def _export_format(text: str) -> ExportFormat:
    try:
        return ExportFormat(text.strip().lower())
    except ValueError:
        raise ArgsError(f"'{text}' is not an export format: choose csv or json") from None


def _output_file(text: str) -> Path | None:
    if text == "-":
        return None  # the usual spelling of standard output
    if not text.strip():
        raise ArgsError("-o needs a file name (or - for standard output)")
    return Path(text)


def _add_export(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = _make(
        commands,
        "export",
        summary="write the log as CSV or JSON",
        description="Write every event Unclench has logged as CSV (for a spreadsheet) or JSON (a backup\n"
        "the statistics window can import), oldest first. Works whether or not Unclench is\n"
        "running: it only reads the log.",
        epilog="columns (CSV) and fields of each event (JSON):\n"
        "  uid, local_day, kind, outcome, due_at, shown_at, answered_at, details\n"
        "  (times in UTC; details is a JSON object)\n\n"
        "examples:\n"
        "  unclench export --format csv > unclench.csv\n"
        "  unclench export --format json -o backup.json\n"
        "  unclench export --format csv --since 2025-01-01 -o this-year.csv",
        out=out,
        err=err,
    )
    parser.add_argument(
        "--format",
        required=True,
        metavar="csv|json",
        type=_checked(_export_format),
        help="csv: one row per event; json: one document, restorable with Import backup",
    )
    parser.add_argument(
        "--since",
        metavar="DATE",
        type=_checked(parse_day),
        help="only events of that day (YYYY-MM-DD, your local calendar) and later",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=_checked(_output_file),
        help="write to FILE (replaced only once the export is complete) instead of standard output",
    )
    parser.set_defaults(
        build=lambda ns: Invocation(Export(format=ns.format, since_day=ns.since, output=ns.output))
    )


# One entry per subcommand, in the order `--help` lists them. A LOCAL command (see
# desktop.commands.Delivery) is run by desktop.__main__ without the app.
_SUBCOMMANDS = (
    _add_start,
    _add_breathe,
    _add_stretch,
    _add_remind,
    _add_pause,
    _add_resume,
    _add_water,
    _add_status,
    _add_export,
    _add_quit,
)
