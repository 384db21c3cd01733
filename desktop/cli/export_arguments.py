"""`unclench export`: its arguments (the format, the first day, the file)."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from desktop.cli.arguments import Invocation, checked, make
from desktop.core.commands import ArgsError, Export, parse_day
from desktop.core.data_requests import ExportFormat
from desktop.core.i18n import _


def _export_format(text: str) -> ExportFormat:
    try:
        return ExportFormat(text.strip().lower())
    except ValueError:
        raise ArgsError(_("'{text}' is not an export format: choose csv or json").format(text=text)) from None


def _output_file(text: str) -> Path | None:
    if text == "-":
        return None  # the usual spelling of standard output
    if not text.strip():
        raise ArgsError(_("-o needs a file name (or - for standard output)"))
    return Path(text)


def add_export(commands: Any, out: IO[str] | None, err: IO[str] | None) -> None:
    parser = make(
        commands,
        "export",
        summary=_("write the log as CSV or JSON"),
        description=_(
            "Write every event Unclench has logged as CSV (for a spreadsheet) or JSON (a backup\n"
            "the statistics window can import), oldest first. Works whether or not Unclench is\n"
            "running: it only reads the log."
        ),
        epilog=_("columns (CSV) and fields of each event (JSON):")
        + "\n  uid, local_day, kind, outcome, due_at, shown_at, answered_at, details\n  "
        + _("(times in UTC; details is a JSON object)")
        + "\n\n"
        + _("examples:")
        + "\n"
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
        type=checked(_export_format),
        help=_("csv: one row per event; json: one document, restorable with Import backup"),
    )
    parser.add_argument(
        "--since",
        metavar="DATE",
        type=checked(parse_day),
        help=_("only events of that day (YYYY-MM-DD, your local calendar) and later"),
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=checked(_output_file),
        help=_("write to FILE (replaced only once the export is complete) instead of standard output"),
    )
    parser.set_defaults(
        build=lambda ns: Invocation(Export(format=ns.format, since_day=ns.since, output=ns.output))
    )
