"""`unclench export`, run for real: `python -m desktop export ...` in a subprocess, against a log
made with EventLog under a temporary XDG_DATA_HOME."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop import APP_ID
from desktop.cli.export import run_export
from desktop.cli.parse import ExitCode
from desktop.core.commands import Export
from desktop.core.data_requests import ExportFormat
from desktop.core.events import Event
from desktop.storage.errors import StorageError
from desktop.storage.eventlog import EventLog
from desktop.storage.export import CSV_COLUMNS, import_backup

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2025, 1, 2, 8, 15, 30, 250000, tzinfo=UTC)
EVENTS = [
    Event("posture", "done", "2025-01-02", T0, T0 + timedelta(seconds=3), T0 + timedelta(seconds=9)),
    Event("hydration", "done", "2025-01-04", answered_at=T0 + timedelta(days=2), details={"ml": 250}),
    Event(
        "tension",
        "rated",
        "2025-01-05",
        answered_at=T0 + timedelta(days=3),
        details={"level": 6, "region": "neck", "after": None, "note": "Schultern, ça va"},
    ),
]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A user with nothing of their own yet: every XDG folder under tmp_path."""
    return tmp_path


@pytest.fixture
def database(home: Path) -> Path:
    return home / "data" / APP_ID / "unclench.sqlite3"


@pytest.fixture
def logged(database: Path) -> Iterator[Path]:
    log, _ = EventLog.open(database)
    log.record_many(EVENTS)
    log.close()
    yield database


def unclench(home: Path, *argv: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *argv],
        cwd=cwd or home,
        env=user_env(home),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def user_env(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        PYTHONPATH=str(ROOT),
        PYTHONIOENCODING="ascii",  # the export must be UTF-8 whatever the console's encoding
    )
    return env


def csv_rows(text: str) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    return list(reader)


def test_csv_on_standard_output_holds_every_event(logged: Path, home: Path) -> None:
    done = unclench(home, "export", "--format", "csv")
    assert (done.returncode, done.stderr) == (0, "")
    assert "\r" not in done.stdout
    rows = csv_rows(done.stdout)
    assert [(r["local_day"], r["kind"], r["outcome"]) for r in rows] == [
        ("2025-01-02", "posture", "done"),
        ("2025-01-04", "hydration", "done"),
        ("2025-01-05", "tension", "rated"),
    ]
    posture, hydration, tension = rows
    assert posture["due_at"] == "2025-01-02T08:15:30.250000+00:00"
    assert posture["answered_at"] == "2025-01-02T08:15:39.250000+00:00"
    assert hydration["due_at"] == hydration["shown_at"] == ""
    assert json.loads(hydration["details"]) == {"ml": 250}
    assert json.loads(tension["details"])["note"] == "Schultern, ça va"
    assert len({r["uid"] for r in rows}) == 3


def test_json_on_standard_output_is_a_backup_the_app_can_restore(logged: Path, home: Path) -> None:
    done = unclench(home, "export", "--format", "json")
    assert (done.returncode, done.stderr) == (0, "")
    data = json.loads(done.stdout)
    assert (data["format"], data["version"], data["since"]) == ("unclench-events", 1, None)
    exported_at = datetime.fromisoformat(data["exported_at"])
    assert abs(datetime.now(UTC) - exported_at) < timedelta(minutes=5)
    assert [e["kind"] for e in data["events"]] == ["posture", "hydration", "tension"]
    assert data["events"][2]["details"] == EVENTS[2].details
    backup = home / "backup.json"
    backup.write_text(done.stdout, encoding="utf-8")
    restored = EventLog.in_memory()
    try:
        assert import_backup(restored, backup).added == 3
        assert [stored.event for stored in restored.events()] == EVENTS
    finally:
        restored.close()


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_since_keeps_that_day_and_later(logged: Path, home: Path, fmt: str) -> None:
    done = unclench(home, "export", "--format", fmt, "--since", "2025-01-04")
    assert done.returncode == 0
    if fmt == "csv":
        days = [r["local_day"] for r in csv_rows(done.stdout)]
    else:
        data = json.loads(done.stdout)
        assert data["since"] == "2025-01-04"
        days = [e["local_day"] for e in data["events"]]
    assert days == ["2025-01-04", "2025-01-05"]
    later = unclench(home, "export", "--format", "csv", "--since", "2030-01-01")
    assert (later.returncode, csv_rows(later.stdout)) == (0, [])


def test_output_file_gets_the_export_and_the_terminal_a_line(logged: Path, home: Path) -> None:
    target = home / "exports" / "all.csv"
    target.parent.mkdir()
    target.write_text("an older export\n", encoding="utf-8")
    done = unclench(home, "export", "--format", "csv", "-o", str(target))
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"Exported 3 events to {target}.\n"
    assert target.read_bytes() == unclench(home, "export", "--format", "csv").stdout.encode("utf-8")
    assert sorted(p.name for p in target.parent.iterdir()) == ["all.csv"]  # no temporary left


def test_a_relative_output_file_is_written_where_the_user_is(logged: Path, home: Path) -> None:
    here = home / "work"
    here.mkdir()
    done = unclench(
        home, "export", "--format", "json", "--since", "2025-01-05", "--output", "b.json", cwd=here
    )
    assert (done.returncode, done.stdout) == (0, "Exported 1 event to b.json.\n")
    assert len(json.loads((here / "b.json").read_text(encoding="utf-8"))["events"]) == 1


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_without_a_log_the_export_is_empty_and_nothing_is_created(
    database: Path, home: Path, fmt: str
) -> None:
    done = unclench(home, "export", "--format", fmt)
    assert (done.returncode, done.stderr) == (0, "")
    if fmt == "csv":
        assert done.stdout == ",".join(CSV_COLUMNS) + "\n"
    else:
        assert json.loads(done.stdout)["events"] == []
    to_file = unclench(home, "export", "--format", fmt, "-o", str(home / f"empty.{fmt}"))
    assert (to_file.returncode, to_file.stdout) == (0, f"Exported 0 events to {home / f'empty.{fmt}'}.\n")
    assert not database.parent.exists()


def test_a_folder_that_does_not_exist_is_an_error_naming_the_file(logged: Path, home: Path) -> None:
    target = home / "missing" / "all.csv"
    done = unclench(home, "export", "--format", "csv", "-o", str(target))
    assert done.returncode == ExitCode.FAILED == 1
    assert done.stderr == f"unclench: Unclench could not write {target}: No such file or directory.\n"
    assert done.stdout == "" and not target.parent.exists()


def test_the_log_itself_is_never_overwritten(logged: Path, home: Path) -> None:
    before = logged.read_bytes()
    for target in (logged, Path(f"{logged}-wal"), logged.parent / ".." / APP_ID / logged.name):
        done = unclench(home, "export", "--format", "json", "-o", str(target))
        assert done.returncode == ExitCode.USAGE
        assert "is Unclench's own log" in done.stderr and done.stdout == ""
    assert logged.read_bytes() == before


def test_a_damaged_log_is_kept_aside_and_said_so_on_stderr(database: Path, home: Path) -> None:
    database.parent.mkdir(parents=True)
    database.write_bytes(b"this is not SQLite at all" * 100)
    done = unclench(home, "export", "--format", "csv")
    assert done.returncode == 0
    assert csv_rows(done.stdout) == []
    assert done.stderr.startswith(f"unclench: Unclench's log {database} ")
    assert "nothing was deleted" in done.stderr
    kept = [p for p in database.parent.iterdir() if p.name.startswith(f"{database.name}.corrupt")]
    assert [p.read_bytes() for p in kept] == [b"this is not SQLite at all" * 100]
    assert str(kept[0]) in done.stderr


def test_export_reads_the_log_while_the_app_has_it_open(logged: Path, home: Path) -> None:
    app_log, _ = EventLog.open(logged)  # as the running app holds it (WAL mode)
    try:
        app_log.record(Event("stretch", "natural", "2025-01-06"))
        done = unclench(home, "export", "--format", "csv", "--since", "2025-01-06")
    finally:
        app_log.close()
    assert done.returncode == 0
    assert [(r["kind"], r["outcome"]) for r in csv_rows(done.stdout)] == [("stretch", "natural")]


@pytest.mark.parametrize(
    ("argv", "complaint"),
    [
        (("--format", "xml"), "'xml' is not an export format: choose csv or json"),
        (("--format", "csv", "--since", "2025-02-30"), "'2025-02-30' is not a date in the calendar"),
        (("--format", "csv", "--since", "last week"), "is not a date: write it YYYY-MM-DD"),
        ((), "the following arguments are required: --format"),
    ],
)
def test_bad_arguments_exit_2_before_touching_anything(
    home: Path, argv: tuple[str, ...], complaint: str
) -> None:
    done = unclench(home, "export", *argv)
    assert done.returncode == ExitCode.USAGE == 2
    assert complaint in done.stderr and done.stdout == ""
    assert not (home / "data").exists()


def test_a_reader_that_stops_early_gets_no_traceback(database: Path, home: Path) -> None:
    log, _ = EventLog.open(database)
    log.record_many(EVENTS[0] for _ in range(20_000))  # far more than a pipe buffers
    log.close()
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "export", "--format", "csv"],
        cwd=home,
        env=user_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().decode().startswith("uid,local_day,")
    process.stdout.close()  # like `unclench export | head -1`
    error = process.stderr.read().decode()
    assert process.wait(timeout=60) == ExitCode.FAILED
    assert error == ""


def test_export_never_imports_qt(logged: Path, home: Path) -> None:
    code = (
        "import sys\n"
        "from desktop.__main__ import main\n"
        f"assert main(['export', '--format', 'json', '-o', {str(home / 'x.json')!r}]) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not loaded, loaded\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=home, env=user_env(home), capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert (home / "x.json").exists()


# --- in-process: failures a subprocess cannot easily provoke -----------------------------------------


def test_a_log_that_cannot_be_read_exits_1_with_the_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def locked(*_: object, **__: object) -> None:
        raise StorageError("Unclench could not open its log /x/unclench.sqlite3: database is locked.")

    monkeypatch.setattr("desktop.cli.export.export_database", locked)
    out, err = io.StringIO(), io.StringIO()
    command = Export(format=ExportFormat.CSV)
    assert run_export(command, database=tmp_path / "db", out=out, err=err) == ExitCode.FAILED
    assert (
        err.getvalue()
        == "unclench: Unclench could not open its log /x/unclench.sqlite3: database is locked.\n"
    )
    assert out.getvalue() == ""


def test_in_process_export_uses_the_given_clock_and_streams(logged: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    moment = datetime(2025, 2, 1, 12, tzinfo=UTC)
    command = Export(format=ExportFormat.JSON, since_day="2025-01-05")
    assert run_export(command, database=logged, out=out, err=err, now=lambda: moment) == ExitCode.OK
    data = json.loads(out.getvalue())
    assert data["exported_at"] == "2025-02-01T12:00:00.000000+00:00"
    assert [e["kind"] for e in data["events"]] == ["tension"]
    assert err.getvalue() == ""
