"""The command line: every command's parsing, its errors and exit codes, --help, and the output."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop import __version__
from desktop.cli.parse import ExitCode, Invocation, ParserExit, parse
from desktop.cli.report import confirmation, report_not_running, report_reply
from desktop.core.commands import (
    Answer,
    ArgsError,
    Breathe,
    CardReply,
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
    parse_day,
    parse_duration,
    parse_millilitres,
)
from desktop.core.data_requests import ExportFormat
from desktop.core.events import Kind
from desktop.core.reminder_state import State
from desktop.ipc.protocol import ErrorCode, Reply
from desktop.ipc.status import NextReminder, StatusReport

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 23, 13, 53, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def run(*argv: str) -> tuple[Invocation | int, str, str]:
    """Parse like the real command line; an exit (help, version, error) comes back as its code."""
    out, err = io.StringIO(), io.StringIO()
    try:
        result: Invocation | int = parse(list(argv), out=out, err=err)
    except ParserExit as done:
        result = done.status
    return result, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ((), Invocation(Start())),
        (("start",), Invocation(Start())),
        (("--quiet",), Invocation(Start(quiet=True))),
        (("start", "--quiet"), Invocation(Start(quiet=True))),
        (("--quiet", "start"), Invocation(Start(quiet=True))),
        (("--autostart",), Invocation(Start(quiet=True, at_login=True))),
        (("start", "--autostart"), Invocation(Start(quiet=True, at_login=True))),
        (("breathe",), Invocation(Breathe())),
        (("breathe", "--pattern", "box", "--minutes", "3"), Invocation(Breathe(pattern="box", minutes=3))),
        (("breathe", "--minutes", "10"), Invocation(Breathe(minutes=10))),
        (("stretch",), Invocation(Stretch())),
        (("stretch", "back-reset"), Invocation(Stretch(routine="back-reset"))),
        (("remind", "posture"), Invocation(Remind(kind=Kind.POSTURE))),
        (("remind", "water"), Invocation(Remind(kind=Kind.HYDRATION))),
        (("remind", "stretch"), Invocation(Remind(kind=Kind.STRETCH))),
        (("pause", "30m"), Invocation(Pause(duration=timedelta(minutes=30)))),
        (("pause", "1h30m"), Invocation(Pause(duration=timedelta(minutes=90)))),
        (("pause", "until-tomorrow"), Invocation(Pause(until=PauseUntil.TOMORROW))),
        (("pause", "until-resumed"), Invocation(Pause(until=PauseUntil.RESUMED))),
        (("resume",), Invocation(Resume())),
        (("answer", "done"), Invocation(Answer(reply=CardReply.DONE))),
        (("answer", "snooze"), Invocation(Answer(reply=CardReply.SNOOZE))),
        (("answer", "skip"), Invocation(Answer(reply=CardReply.SKIP))),
        (("answer", "--focus"), Invocation(Answer(focus=True))),
        (("water",), Invocation(Water())),
        (("water", "330"), Invocation(Water(ml=330))),
        (("water", "0.5l"), Invocation(Water(ml=500))),
        (("status",), Invocation(Status())),
        (("status", "--json"), Invocation(Status(), json_output=True)),
        (("quit",), Invocation(Quit())),
        (("export", "--format", "csv"), Invocation(Export(format=ExportFormat.CSV))),
        (("export", "--format", "JSON"), Invocation(Export(format=ExportFormat.JSON))),
        (
            ("export", "--format", "json", "--since", "2025-02-28", "-o", "backup.json"),
            Invocation(Export(format=ExportFormat.JSON, since_day="2025-02-28", output=Path("backup.json"))),
        ),
        (
            ("export", "--since=2024-02-29", "--output", "/tmp/x.csv", "--format=csv"),
            Invocation(Export(format=ExportFormat.CSV, since_day="2024-02-29", output=Path("/tmp/x.csv"))),
        ),
        (("export", "--format", "csv", "-o", "-"), Invocation(Export(format=ExportFormat.CSV))),
    ],
)
def test_every_command_parses_to_its_command(argv: tuple[str, ...], expected: Invocation) -> None:
    result, out, err = run(*argv)
    assert result == expected
    assert out == err == ""


@pytest.mark.parametrize(
    ("argv", "complaint"),
    [
        (("pause",), "the following arguments are required: LENGTH"),
        (("pause", "0m"), "a pause lasts from 1 min to 24 h (got 0 min)"),
        (("pause", "25h"), "a pause lasts from 1 min to 24 h (got 25 h)"),
        (("pause", "30s"), "(got 30 s)"),
        (("pause", "soon"), "'soon' is not a duration: write it like 30m, 1h or 1h30m"),
        (("pause", "until-next-week"), "is not a duration"),
        (("breathe", "--minutes", "0"), "'minutes' must be between 1 and 10 minutes (got 0)"),
        (("breathe", "--minutes", "11"), "must be between 1 and 10"),
        (("breathe", "--minutes", "two"), "'two' is not a whole number of minutes"),
        (("breathe", "--pattern", " "), "'pattern' must not be empty"),
        (("breathe", "--pattern", "x" * 65), "at most 64 characters"),
        (("breathe", "--pattern", "a\tb"), "must not contain control"),
        (("stretch", ""), "'routine' must not be empty"),
        (("remind",), "the following arguments are required: KIND"),
        (("remind", "coffee"), "invalid choice: 'coffee'"),
        (("water", "1"), "between 50 and 2000 ml (got 1 ml); for litres add an l, like 1l"),
        (("water", "5l"), "(got 5000 ml)"),
        (("water", "a glass"), "is not an amount of water"),
        (("water", "250.5"), "not a whole number of millilitres"),
        (("answer",), "give done, snooze or skip, or --focus"),
        (("answer", "done", "--focus"), "give done, snooze or skip, or --focus"),
        (("answer", "later"), "invalid choice: 'later'"),
        (("status", "--yaml"), "unrecognized arguments: --yaml"),
        (("quit", "now"), "unrecognized arguments: now"),
        (("frobnicate",), "invalid choice: 'frobnicate'"),
        (("export",), "the following arguments are required: --format"),
        (("export", "--format", "xml"), "'xml' is not an export format: choose csv or json"),
        (("export", "--format"), "argument --format: expected one argument"),
        (
            ("export", "--format", "csv", "--since", "yesterday"),
            "'yesterday' is not a date: write it YYYY-MM-DD",
        ),
        (
            ("export", "--format", "csv", "--since", "2025-1-5"),
            "'2025-1-5' is not a date: write it YYYY-MM-DD",
        ),
        (
            ("export", "--format", "csv", "--since", "2025-02-29"),
            "'2025-02-29' is not a date in the calendar",
        ),
        (("export", "--format", "csv", "--since", "2025-13-01"), "is not a date in the calendar"),
        (("export", "--format", "csv", "-o", " "), "-o needs a file name (or - for standard output)"),
        (("export", "--format", "csv", "extra"), "unrecognized arguments: extra"),
        (("--quiet", "export", "--format", "csv"), "--quiet and --autostart only go with starting Unclench"),
        (("--quiet", "breathe"), "--quiet and --autostart only go with starting Unclench"),
        (("--autostart", "status"), "--quiet and --autostart only go with starting Unclench"),
    ],
)
def test_bad_input_is_a_usage_error_that_says_what_is_wrong(argv: tuple[str, ...], complaint: str) -> None:
    result, out, err = run(*argv)
    assert result == ExitCode.USAGE == 2
    assert complaint in err
    assert err.startswith("usage: unclench")
    assert out == ""


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("30m", 30),
        ("30", 30),
        ("1h", 60),
        ("1h30m", 90),
        ("1h30", 90),
        ("90s", 1.5),
        ("2h 5min", 125),
        ("24h", 1440),
    ],
)
def test_durations(text: str, minutes: float) -> None:
    assert parse_duration(text) == timedelta(minutes=minutes)


@pytest.mark.parametrize("text", ["", "h", "m", "1x", "-5m", "1.5h", "30m1h", "99999999h", "1h2h"])
def test_not_durations(text: str) -> None:
    with pytest.raises(ArgsError):
        parse_duration(text)


@pytest.mark.parametrize(
    ("text", "ml"), [("250", 250), ("250ml", 250), ("1l", 1000), ("0.33l", 330), ("2000", 2000)]
)
def test_amounts(text: str, ml: int) -> None:
    assert parse_millilitres(text) == ml


def test_version_prints_and_exits_ok() -> None:
    result, out, _ = run("--version")
    assert result == ExitCode.OK
    assert out == f"unclench {__version__}\n"


def test_help_lists_every_command_and_the_exit_codes() -> None:
    result, out, _ = run("--help")
    assert result == ExitCode.OK
    names = (
        "start",
        "breathe",
        "stretch",
        "remind",
        "answer",
        "pause",
        "resume",
        "water",
        "status",
        "export",
    )
    for name in names:
        assert f"\n    {name}" in out
    assert "exit codes:" in out
    for code in ExitCode:
        assert f"\n  {int(code)}  " in out


@pytest.mark.parametrize(
    ("command", "mentions"),
    [
        ("start", "--autostart"),
        ("breathe", "--minutes N"),
        ("stretch", "ROUTINE"),
        ("remind", "breathing, movement, posture, stretch or water"),
        ("pause", "until-tomorrow"),
        ("resume", "End a pause"),
        ("answer", "desktop shortcuts"),
        ("water", "50 to 2000 ml"),
        ("status", "--json"),
        ("quit", "Quit the running Unclench"),
        ("export", "--format csv|json [--since DATE] [-o FILE]"),
    ],
)
def test_each_command_has_its_own_help(command: str, mentions: str) -> None:
    result, out, _ = run(command, "--help")
    assert result == ExitCode.OK
    assert out.startswith(f"usage: unclench {command}")
    assert mentions in out


def test_help_and_version_never_import_qt() -> None:
    code = (
        "import sys\n"
        "from desktop.__main__ import main\n"
        "assert main(['--version']) == 0 and main(['--help']) == 0 and main(['pause', 'x']) == 2\n"
        "assert main(['export', '--help']) == 0 and main(['export', '--format', 'xml']) == 2\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not loaded, loaded\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_export_help_names_the_columns_the_export_writes() -> None:
    from desktop.storage.export import CSV_COLUMNS

    _, out, _ = run("export", "--help")
    assert ", ".join(CSV_COLUMNS) in " ".join(out.split())


@pytest.mark.parametrize(("text", "day"), [("2025-01-31", "2025-01-31"), (" 2024-02-29 ", "2024-02-29")])
def test_days(text: str, day: str) -> None:
    assert parse_day(text) == day


@pytest.mark.parametrize(
    "text", ["", "2025-1-31", "20250131", "2025-01-32", "2025-00-10", "٢٠٢٥-٠١-٠١", "31.01.2025"]
)
def test_not_days(text: str) -> None:
    with pytest.raises(ArgsError):
        parse_day(text)


def test_an_export_built_in_code_is_checked_too() -> None:
    with pytest.raises(ArgsError, match="not a date"):
        Export(format=ExportFormat.CSV, since_day="soon")
    with pytest.raises(ArgsError, match="'format'"):
        Export(format="xml")  # type: ignore[arg-type]


def test_exit_codes_are_distinct() -> None:
    assert sorted(int(code) for code in ExitCode) == [0, 1, 2, 3, 4, 5]


# --- what the user sees once the app has answered -------------------------------------------------


def answer(invocation: Invocation, reply: Reply) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = report_reply(invocation, reply, out, err, NOW, BERLIN)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("command", "line"),
    [
        (Start(), "Unclench is already running; its window is shown."),
        (Breathe(pattern="box"), "Breathing exercise started."),
        (Stretch(), "Stretch break started."),
        (Remind(kind=Kind.HYDRATION), "Water break shown."),
        (Pause(duration=timedelta(minutes=90)), "Reminders paused for 1 h 30 min."),
        (Pause(until=PauseUntil.TOMORROW), "Reminders paused until tomorrow."),
        (Pause(until=PauseUntil.RESUMED), "Reminders paused until you resume them."),
        (Resume(), "Reminders resumed."),
        (Water(), "Logged a glass of water."),
        (Water(ml=330), "Logged 330 ml of water."),
        (Quit(), "Unclench is quitting."),
    ],
)
def test_a_done_command_confirms_in_a_line(command: object, line: str) -> None:
    code, out, err = answer(Invocation(command), Reply.success(1))  # type: ignore[arg-type]
    assert (code, out, err) == (ExitCode.OK, line + "\n", "")


def test_a_quiet_start_prints_nothing_and_the_apps_own_message_wins() -> None:
    assert confirmation(Start(quiet=True, at_login=True)) == ""
    code, out, _ = answer(Invocation(Water(ml=250)), Reply.success(1, {"message": "750 of 2000 ml today."}))
    assert (code, out) == (ExitCode.OK, "750 of 2000 ml today.\n")


@pytest.mark.parametrize(
    ("code", "exit_code"),
    [
        (ErrorCode.REFUSED, ExitCode.REFUSED),
        (ErrorCode.INVALID_ARGS, ExitCode.REFUSED),
        (ErrorCode.UNKNOWN_COMMAND, ExitCode.REFUSED),
        (ErrorCode.UNSUPPORTED_VERSION, ExitCode.REFUSED),
        (ErrorCode.INTERNAL, ExitCode.REFUSED),
        (ErrorCode.INVALID_JSON, ExitCode.NO_ANSWER),
        (ErrorCode.TOO_LONG, ExitCode.NO_ANSWER),
        (ErrorCode.INVALID_REQUEST, ExitCode.NO_ANSWER),
    ],
)
def test_error_replies_map_to_exit_codes(code: ErrorCode, exit_code: ExitCode) -> None:
    result, out, err = answer(
        Invocation(Breathe(pattern="nope")), Reply.failure(1, code, "no pattern 'nope'")
    )
    assert result == exit_code
    assert out == ""
    assert err.startswith("unclench: ") and "no pattern 'nope'" in err


STATUS = StatusReport(
    State.PAUSED,
    paused_until=datetime(2026, 11, 23, 14, 30, tzinfo=UTC),
    next_reminders=(
        NextReminder("posture", NOW + timedelta(minutes=12)),
        NextReminder("hydration", NOW + timedelta(hours=1, minutes=5)),
    ),
    today={"posture_done": 1, "water_ml": 750, "water_goal_ml": 2000, "stretch_done": 2, "custom": 7},
    version="9.9",
)


def test_status_prints_state_next_and_today_in_local_time() -> None:
    code, out, err = answer(Invocation(Status()), Reply.success(1, STATUS.to_json()))
    assert code == ExitCode.OK and err == ""
    assert out.splitlines() == [
        "Unclench 9.9 is running: paused until 15:30.",
        "Next: posture check in 12 min (15:05); water in 1 h 5 min (15:58)",
        "Today: posture check 1 done; water 750 of 2000 ml; stretch break 2 done; custom: 7",
    ]


def test_status_json_is_parseable_with_seconds_until_each_reminder() -> None:
    code, out, _ = answer(Invocation(Status(), json_output=True), Reply.success(1, STATUS.to_json()))
    data = json.loads(out)
    assert code == ExitCode.OK
    assert data["running"] is True
    assert data["state"] == "paused"
    assert data["paused_until"] == "2026-11-23T14:30:00+00:00"
    assert [(n["kind"], n["in_seconds"]) for n in data["next"]] == [("posture", 720), ("hydration", 3900)]
    assert data["today"]["water_ml"] == 750


def test_a_status_this_version_cannot_read_is_a_protocol_problem() -> None:
    code, out, err = answer(Invocation(Status()), Reply.success(1, {"state": "dancing"}))
    assert code == ExitCode.NO_ANSWER
    assert "'state'" in err and out == ""


@pytest.mark.parametrize(
    ("invocation", "stream", "text"),
    [
        (Invocation(Status()), "out", "Unclench is not running.\n"),
        (Invocation(Status(), json_output=True), "out", '{"running": false}\n'),
        (Invocation(Pause(until=PauseUntil.TOMORROW)), "err", "'pause' needs it"),
        (Invocation(Quit()), "err", "Unclench is not running"),
    ],
)
def test_not_running(invocation: Invocation, stream: str, text: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert report_not_running(invocation, out, err) == ExitCode.NOT_RUNNING
    assert text in {"out": out, "err": err}[stream].getvalue()
