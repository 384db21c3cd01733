"""The pieces every `unclench` subcommand is built from: exit codes, the parser that never exits
the process, argument converters that word problems the argparse way."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import IO, Any, NoReturn

from desktop.core.commands import ArgsError, Command, check_name, check_range
from desktop.core.i18n import N_, _
from desktop.core.settings import Range

# argparse words its own parts ("usage:", "options", "argument X: ...") through gettext and looks
# its `_` up at each call: pointed at ours, they follow the same language as the rest. The ones a
# user of `unclench` can meet, for the catalogue (in Python 3.11's wording):
ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
)
setattr(argparse, "_", _)  # noqa: B010 - argparse's own module global, not an attribute of ours


class ExitCode(IntEnum):
    """The process exit status of every `unclench` subcommand; the CLI returns one and the shell sees its
    number.
    """

    OK = 0
    FAILED = 1  # the app could not start, or an unexpected local error
    USAGE = 2  # the command line itself is wrong (argparse's own code)
    NOT_RUNNING = 3  # the command needs the running app and there is none
    REFUSED = 4  # the app answered no (unknown pattern, a newer command it does not know, ...)
    NO_ANSWER = 5  # the app could not be reached or answered nonsense (timeout, protocol error)


EXIT_CODES_HELP = N_("""\
exit codes:
  0  done
  1  Unclench could not start, or something unexpected went wrong (for export: the log
     could not be read or the file could not be written)
  2  the command line is wrong (see --help)
  3  Unclench is not running (pause, resume, status and quit need it)
  4  Unclench refused the request (for example an unknown pattern name)
  5  Unclench did not answer, or answered something this version cannot read
""")  # translated where it is used


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


class Parser(argparse.ArgumentParser):
    """An argparse parser that raises ParserExit instead of ending the process and writes help and errors to
    its injectable `_out`/`_err` streams, so a subcommand's usage problems come back as ExitCode.USAGE.
    """

    # Streams are injectable so tests can read what a user would see (None: sys.stdout/stderr).
    _out: IO[str] | None = None
    _err: IO[str] | None = None

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            self._print_message(message, self._err)
        raise ParserExit(status)

    def error(self, message: str) -> NoReturn:
        self.print_usage(self._err or sys.stderr)  # argparse would pick stdout for None
        self.exit(
            ExitCode.USAGE, _("{program}: error: {problem}").format(program=self.prog, problem=message) + "\n"
        )

    def _print_message(self, message: str, file: Any = None) -> None:
        # argparse picks sys.stdout (help, version) or sys.stderr (errors); honour our streams instead.
        if file is None or file is sys.stderr:
            file = self._err or sys.stderr
        elif file is sys.stdout:
            file = self._out or sys.stdout
        super()._print_message(message, file)


def make(
    commands: Any,
    name: str,
    *,
    description: str,
    epilog: str = "",
    summary: str | None = None,
    out: IO[str] | None,
    err: IO[str] | None,
) -> Parser:
    """The top-level parser (commands=None) or one subcommand's, both printing to out/err."""
    kwargs: dict[str, Any] = {
        "description": description,
        "epilog": epilog,
        "formatter_class": argparse.RawDescriptionHelpFormatter,
    }
    parser: Parser = (
        Parser(prog=name, **kwargs) if commands is None else commands.add_parser(name, help=summary, **kwargs)
    )
    parser._out, parser._err = out, err
    return parser


def checked(convert: Callable[[str], Any]) -> Callable[[str], Any]:
    """An argparse `type=` that turns our ArgsError into argparse's own message."""

    def convert_or_complain(text: str) -> Any:
        try:
            return convert(text)
        except ArgsError as problem:
            raise argparse.ArgumentTypeError(str(problem)) from None

    convert_or_complain.__name__ = convert.__name__
    return convert_or_complain


def whole_number(limits: Range, field: str, unit: str) -> Callable[[str], int]:
    def whole_number_of(text: str) -> int:
        if not text.strip().isdigit():
            raise ArgsError(_("'{text}' is not a whole number of {unit}").format(text=text, unit=_(unit)))
        return check_range(int(text), limits, field)

    return checked(whole_number_of)


def name_of(field: str) -> Callable[[str], str]:
    return checked(lambda text: check_name(text, field))
