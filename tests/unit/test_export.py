"""Export to CSV/JSON and restore from JSON: lossless, idempotent, all-or-nothing."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.core.data_requests import ExportFormat
from desktop.core.events import Event
from desktop.storage.eventlog import EventLog, StorageError
from desktop.storage.export import (
    CSV_COLUMNS,
    DatabaseExport,
    ExportError,
    ImportRefused,
    ImportSummary,
    check_day,
    export_database,
    export_events,
    export_to_file,
    import_backup,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2024, 5, 1, 7, 30, 15, 123456, tzinfo=UTC)
EXPORTED_AT = datetime(2024, 6, 1, 8, 0, tzinfo=UTC)


def fixed_now() -> datetime:
    return datetime(2024, 6, 1, 8, 0)


def open_log(path: Path) -> EventLog:
    log, _ = EventLog.open(path, fixed_now)
    return log


@pytest.fixture
def log(tmp_path: Path) -> Iterator[EventLog]:
    opened = open_log(tmp_path / "original.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[EventLog]:
    opened = open_log(tmp_path / "restored.sqlite3")
    yield opened
    opened.close()


SAMPLE = [
    Event("posture", "done", "2024-05-01", T0, T0 + timedelta(seconds=2), T0 + timedelta(seconds=9)),
    Event("hydration", "done", "2024-05-01", answered_at=T0 + timedelta(seconds=10), details={"ml": 250}),
    Event("stretch", "natural", "2024-05-02", details={"away_seconds": 612.5}),
    Event(
        "breathing",
        "completed",
        "2024-05-02",
        shown_at=T0.astimezone(timezone(timedelta(hours=-5))),
        answered_at=T0 + timedelta(minutes=3),
        details={
            "pattern": "4-7-8",
            "planned_seconds": 180.0,
            "actual_seconds": 171.3,
            "rating_before": 7,
            "rating_after": None,
        },
    ),
    Event(
        "routine",
        "stopped",
        "2024-05-03",
        details={"routine": "neck", "steps_completed": 2, "steps_total": 6, "duration_seconds": 95},
    ),
    Event(
        "tension",
        "rated",
        "2024-05-03",
        answered_at=T0,
        details={"level": 6, "region": "upper back", "after": "stretch"},
    ),
    Event("tension", "rated", "2024-05-04", details={"note": 'Zürich — ça va, "quoted", comma, line\nbreak'}),
    Event("posture", "done", "2024-05-04", details={"nested": {"list": [1, 2.5, None, True], "empty": {}}}),
]


def export_text(log: EventLog, fmt: str, since_day: str | None = None) -> str:
    out = io.StringIO()
    export_events(log, out, fmt, exported_at=EXPORTED_AT, since_day=since_day)
    return out.getvalue()


def uids(log: EventLog) -> list[str]:
    db = sqlite3.connect(log.path)
    try:
        return [uid for (uid,) in db.execute("SELECT uid FROM events ORDER BY id")]
    finally:
        db.close()


# ---- round trip ---------------------------------------------------------------------------------


def test_json_round_trip_is_lossless(log: EventLog, fresh: EventLog, tmp_path: Path) -> None:
    log.record_many(SAMPLE)
    backup = tmp_path / "backup.json"
    assert export_to_file(log, backup, "json", exported_at=EXPORTED_AT) == len(SAMPLE)

    summary = import_backup(fresh, backup)

    assert summary == ImportSummary(path=backup, added=len(SAMPLE), already_present=0)
    assert [s.event for s in fresh.events()] == [s.event for s in log.events()] == SAMPLE
    assert uids(fresh) == uids(log)
    # and exporting the restored log gives the very same file
    assert export_text(fresh, "json") == backup.read_text(encoding="utf-8")


def test_importing_twice_or_into_the_source_adds_nothing(
    log: EventLog, fresh: EventLog, tmp_path: Path
) -> None:
    log.record_many(SAMPLE)
    backup = tmp_path / "backup.json"
    export_to_file(log, backup, "json", exported_at=EXPORTED_AT)

    import_backup(fresh, backup)
    again = import_backup(fresh, backup)
    into_source = import_backup(log, backup)

    assert (again.added, again.already_present) == (0, len(SAMPLE))
    assert (into_source.added, into_source.already_present) == (0, len(SAMPLE))
    assert len(fresh.events()) == len(log.events()) == len(SAMPLE)


def test_a_backup_merges_with_newer_events(log: EventLog, fresh: EventLog, tmp_path: Path) -> None:
    log.record_many(SAMPLE[:3])
    backup = tmp_path / "backup.json"
    export_to_file(log, backup, "json", exported_at=EXPORTED_AT)
    fresh.record(SAMPLE[5])

    assert import_backup(fresh, backup).added == 3
    assert [s.event for s in fresh.events()] == [SAMPLE[5], *SAMPLE[:3]]


def test_export_is_oldest_first_after_an_import_of_older_events(
    log: EventLog, fresh: EventLog, tmp_path: Path
) -> None:
    log.record_many(SAMPLE[:3])
    backup = tmp_path / "backup.json"
    export_to_file(log, backup, "json", exported_at=EXPORTED_AT)
    later = Event("posture", "skipped", "2024-05-01", answered_at=T0 + timedelta(seconds=5))
    newest = Event("hydration", "done", "2024-05-09", answered_at=T0 + timedelta(days=8), details={"ml": 300})
    fresh.record_many([newest, later])
    import_backup(fresh, backup)

    exported = json.loads(export_text(fresh, "json"))["events"]
    days_and_outcomes = [(row["local_day"], row["kind"], row["outcome"]) for row in exported]
    assert days_and_outcomes == [
        ("2024-05-01", "posture", "skipped"),  # answered at T0 + 5 s
        ("2024-05-01", "posture", "done"),  # answered at T0 + 9 s
        ("2024-05-01", "hydration", "done"),  # answered at T0 + 10 s
        ("2024-05-02", "stretch", "natural"),
        ("2024-05-09", "hydration", "done"),
    ]


def test_json_export_is_one_valid_document_with_a_header(log: EventLog) -> None:
    log.record_many(SAMPLE)
    text = export_text(log, "json", since_day="2024-05-03")

    document = json.loads(text)
    assert {k: v for k, v in document.items() if k != "events"} == {
        "format": "unclench-events",
        "version": 1,
        "exported_at": "2024-06-01T08:00:00.000000+00:00",
        "since": "2024-05-03",
    }
    assert [e["local_day"] for e in document["events"]] == [
        "2024-05-03",
        "2024-05-03",
        "2024-05-04",
        "2024-05-04",
    ]
    assert list(document["events"][0]) == [
        "uid",
        "local_day",
        "kind",
        "outcome",
        "due_at",
        "shown_at",
        "answered_at",
        "details",
    ]
    assert len(text.splitlines()) == 4 + 2  # one event per line between the header and the end


def test_an_empty_log_exports_valid_files(log: EventLog) -> None:
    assert json.loads(export_text(log, "json"))["events"] == []
    assert export_text(log, "csv") == ",".join(CSV_COLUMNS) + "\n"


# ---- CSV ----------------------------------------------------------------------------------------


def test_csv_has_the_documented_columns_and_every_value(log: EventLog) -> None:
    log.record_many(SAMPLE)
    rows = list(csv.DictReader(io.StringIO(export_text(log, "csv"))))

    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(SAMPLE)
    assert rows[0]["due_at"] == "2024-05-01T07:30:15.123456+00:00" and rows[1]["due_at"] == ""
    assert rows[3]["shown_at"] == "2024-05-01T07:30:15.123456+00:00"  # stored and exported in UTC
    assert [json.loads(row["details"]) for row in rows] == [e.details for e in SAMPLE]
    assert [row["uid"] for row in rows] == uids(log)


def test_csv_since_a_day(log: EventLog) -> None:
    log.record_many(SAMPLE)
    rows = list(csv.DictReader(io.StringIO(export_text(log, "csv", since_day="2024-05-04"))))
    assert [row["local_day"] for row in rows] == ["2024-05-04", "2024-05-04"]


def test_the_documented_column_list_matches_the_export() -> None:
    doc = (REPO_ROOT / "docs" / "export-format.md").read_text(encoding="utf-8")
    doc = doc.split("## Columns")[1].split("###")[0]
    documented = re.findall(r"^\| `(\w+)` \|", doc, flags=re.MULTILINE)
    assert tuple(documented) == CSV_COLUMNS


@pytest.mark.parametrize("bad", ["2024-5-1", "yesterday", "2024-02-30", "20240501"])
def test_a_bad_since_day_is_refused_before_writing(log: EventLog, bad: str) -> None:
    out = io.StringIO()
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        export_events(log, out, "csv", exported_at=EXPORTED_AT, since_day=bad)
    assert out.getvalue() == ""
    assert check_day("2024-02-29") == "2024-02-29"


def test_an_unknown_format_is_refused(log: EventLog) -> None:
    with pytest.raises(ValueError):
        export_events(log, io.StringIO(), "xml", exported_at=EXPORTED_AT)


def test_times_edited_by_hand_are_exported_as_the_app_reads_them(
    log: EventLog, fresh: EventLog, tmp_path: Path
) -> None:
    log.record_many(SAMPLE[:2])
    db = sqlite3.connect(log.path, isolation_level=None)
    db.execute(
        "UPDATE events SET due_at = '2024-05-01 09:00+02:00', shown_at = 'someday' WHERE kind = 'posture'"
    )
    db.close()
    backup = tmp_path / "backup.json"
    export_to_file(log, backup, "json", exported_at=EXPORTED_AT)

    first = json.loads(backup.read_text(encoding="utf-8"))["events"][0]
    assert (first["due_at"], first["shown_at"]) == ("2024-05-01T07:00:00.000000+00:00", None)
    import_backup(fresh, backup)
    assert [s.event for s in fresh.events()] == [s.event for s in log.events()]


# ---- writing files ------------------------------------------------------------------------------


def test_export_to_file_replaces_only_when_complete(log: EventLog, tmp_path: Path) -> None:
    log.record_many(SAMPLE)
    target = tmp_path / "out.csv"
    target.write_text("an earlier export")
    log.close()  # reading now fails half-way through the export

    with pytest.raises(StorageError):
        export_to_file(log, target, "csv", exported_at=EXPORTED_AT)

    assert target.read_text() == "an earlier export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out")) == []


def test_export_into_a_missing_folder_says_which_file(log: EventLog, tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "out.json"
    with pytest.raises(ExportError, match=re.escape(str(target))):
        export_to_file(log, target, "json", exported_at=EXPORTED_AT)


# ---- malformed imports --------------------------------------------------------------------------

GOOD_EVENT = {
    "uid": "0123abcd",
    "local_day": "2024-05-01",
    "kind": "posture",
    "outcome": "done",
    "due_at": None,
    "shown_at": "2024-05-01T09:00:00.000000+00:00",
    "answered_at": None,
    "details": {},
}


def document(*events: object, **header: object) -> str:
    return json.dumps({"format": "unclench-events", "version": 1, **header, "events": list(events)})


def with_field(**changes: object) -> dict[str, object]:
    return {**GOOD_EVENT, **changes}


def without(field: str) -> dict[str, object]:
    return {k: v for k, v in GOOD_EVENT.items() if k != field}


MALFORMED: list[tuple[str, str | bytes, str]] = [
    ("not json", "{ this is not json", "not valid JSON (lexical error"),
    ("truncated", document(GOOD_EVENT)[:-20], "not valid JSON"),
    ("csv export", ",".join(CSV_COLUMNS) + "\n1,2024-05-01,posture\n", "CSV export"),
    ("not utf-8", b'{"format": "unclench-events", "x": "\xff\xfe"}', "not UTF-8"),
    ("a list", "[]", "not an Unclench export"),
    (
        "other format",
        json.dumps({"format": "stretchly", "version": 1, "events": []}),
        "not an Unclench export",
    ),
    ("newer version", document(version=2), "newer Unclench (format version 2"),
    ("no version", json.dumps({"format": "unclench-events", "events": []}), "no valid format version"),
    ("events missing", json.dumps({"format": "unclench-events", "version": 1}), 'no list of "events"'),
    ("events not a list", json.dumps({"format": "unclench-events", "version": 1, "events": {}}), "no list"),
    ("nan", document(with_field(details={"ml": 1})).replace("1}", "NaN}"), "not valid JSON"),
    ("overflow", document(with_field(details={"seconds": 1})).replace(": 1}", ": 1e999}"), "overflow"),
    ("invalid late", document(*[with_field(uid=f"u{n}") for n in range(50)])[:-30] + "}", "after event 4"),
]


@pytest.mark.parametrize(("content", "reason"), [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED])
def test_malformed_imports_are_refused_and_change_nothing(
    log: EventLog, tmp_path: Path, content: str | bytes, reason: str
) -> None:
    log.record_many(SAMPLE[:2])
    before = [(s.id, s.event) for s in log.events()], uids(log)
    path = tmp_path / "backup.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")

    with pytest.raises(ImportRefused) as refused:
        import_backup(log, path, batch_rows=3)  # staged in several batches: still nothing stored

    message = str(refused.value)
    assert str(path) in message and reason in message and message.endswith("Nothing was imported.")
    assert ([(s.id, s.event) for s in log.events()], uids(log)) == before


HYDRATION = with_field(kind="hydration", details={"ml": 250})
BREATHING = with_field(
    kind="breathing", outcome="completed", details={"actual_seconds": 60, "rating_before": 4}
)
INVALID_EVENTS: list[tuple[str, object, str]] = [
    ("event not object", "posture", "is not an object"),
    ("uid missing", without("uid"), "lacks the field uid"),
    ("uid empty", with_field(uid=""), "has uid"),
    ("uid with spaces", with_field(uid="a b"), "has uid"),
    ("kind not text", with_field(kind=3), "has kind"),
    ("outcome control", with_field(outcome="done\n"), "has outcome"),
    ("day invalid", with_field(local_day="2024-13-01"), "has local_day that must be a date"),
    ("day missing", without("local_day"), "lacks the field local_day"),
    ("naive time", with_field(due_at="2024-05-01T09:00:00"), "has due_at"),
    ("time not text", with_field(answered_at=1714550400), "has answered_at"),
    ("details list", with_field(details=[1]), "has details that must be an object"),
    ("details missing", without("details"), "lacks the field details"),
    ("unknown kind", with_field(kind="juggling"), "kind 'juggling'"),
    ("unknown outcome", with_field(outcome="maybe"), "outcome 'maybe'"),
    ("a day before Unclench", with_field(local_day="1970-01-01"), "outside 2000-01-01"),
    ("a day in the future", with_field(local_day="2031-01-01"), "outside 2000-01-01"),
    ("huge drink", {**HYDRATION, "details": {"ml": 1e308}}, "details.ml that must be a whole number"),
    ("negative drink", {**HYDRATION, "details": {"ml": -250}}, "details.ml that must be between 50 and 2000"),
    ("a drink as text", {**HYDRATION, "details": {"ml": "250"}}, "details.ml"),
    ("rating of 11", {**BREATHING, "details": {"rating_after": 11}}, "details.rating_after"),
    ("negative seconds", {**BREATHING, "details": {"actual_seconds": -5}}, "details.actual_seconds"),
    ("tension level", with_field(kind="tension", outcome="rated", details={"level": 12}), "details.level"),
]


@pytest.mark.parametrize(
    ("bad", "reason"), [m[1:] for m in INVALID_EVENTS], ids=[m[0] for m in INVALID_EVENTS]
)
def test_invalid_events_are_counted_and_named_never_stored(
    log: EventLog, tmp_path: Path, bad: object, reason: str
) -> None:
    path = tmp_path / "backup.json"
    text = document(GOOD_EVENT, bad, {**HYDRATION, "uid": "drink"})
    path.write_text(text, encoding="utf-8")

    summary = import_backup(log, path, latest_day=date(2026, 12, 31))

    assert (summary.added, summary.already_present, summary.invalid) == (2, 0, 1)
    (problem,) = summary.problems
    assert problem.startswith("events[1] ") and reason in problem
    assert sorted(uids(log)) == ["0123abcd", "drink"]
    assert log.water_total_ml("2024-05-01") == 250


def test_a_missing_file_is_refused(log: EventLog, tmp_path: Path) -> None:
    with pytest.raises(ImportRefused, match="could not be read"):
        import_backup(log, tmp_path / "nowhere.json")


def test_a_failure_while_writing_leaves_nothing_behind(log: EventLog, tmp_path: Path) -> None:
    path = tmp_path / "backup.json"
    path.write_text(document(*[with_field(uid=f"u{n}", details={"pad": "x" * 2000}) for n in range(200)]))
    pages = log._db.execute("PRAGMA page_count").fetchone()[0]
    log._db.execute(f"PRAGMA max_page_count = {pages + 20}")  # the disk fills up half-way

    with pytest.raises(StorageError, match="full"):
        import_backup(log, path)

    assert log.events() == [] and log.span().events == 0


def test_a_hand_written_backup_with_a_bom_and_offsets_is_accepted(log: EventLog, tmp_path: Path) -> None:
    path = tmp_path / "handmade.json"
    event = with_field(due_at="2024-05-01T11:00:00+02:00", details={"ml": 200}, kind="hydration")
    path.write_bytes(b"\xef\xbb\xbf" + document(event, extra_field="ignored").encode())

    assert import_backup(log, path).added == 1
    (stored,) = log.events()
    assert stored.event.due_at == datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
    assert log.water_total_ml("2024-05-01") == 200


# ---- the command line's export ------------------------------------------------------------------


def test_export_database_to_a_stream_and_to_a_file(tmp_path: Path) -> None:
    database = tmp_path / "data" / "unclench.sqlite3"
    log = open_log(database)
    log.record_many(SAMPLE)
    log.close()
    out = io.StringIO()

    assert export_database(
        database, "csv", out, exported_at=EXPORTED_AT, since_day="2024-05-03"
    ) == DatabaseExport(4, ())
    assert (
        export_database(database, ExportFormat.JSON, tmp_path / "all.json", exported_at=EXPORTED_AT).count
        == 8
    )

    assert len(out.getvalue().splitlines()) == 1 + 4
    assert len(json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["events"]) == 8


def test_export_database_of_a_missing_log_creates_nothing(tmp_path: Path) -> None:
    database = tmp_path / "nothing here" / "unclench.sqlite3"
    out = io.StringIO()
    assert export_database(database, "json", out, exported_at=EXPORTED_AT) == DatabaseExport(0, ())
    assert json.loads(out.getvalue())["events"] == []
    assert not database.parent.exists()


def test_export_database_refuses_a_bad_day_before_opening_anything(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        export_database(
            tmp_path / "x.sqlite3", "csv", io.StringIO(), exported_at=EXPORTED_AT, since_day="May"
        )


class ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_export_database_passes_on_what_opening_the_log_had_to_say(tmp_path: Path) -> None:
    database = tmp_path / "unclench.sqlite3"
    database.write_bytes(b"not a database at all" * 100)
    result = export_database(database, "csv", io.StringIO(), exported_at=EXPORTED_AT)
    assert result.count == 0
    (notice,) = result.notices
    assert "moved to" in notice and str(database) in notice


def test_export_database_to_a_closed_pipe_says_so(tmp_path: Path) -> None:
    database = tmp_path / "unclench.sqlite3"
    log = open_log(database)
    log.record(SAMPLE[0])
    log.close()
    with pytest.raises(ExportError, match="Broken pipe"):
        export_database(database, "csv", ClosedPipe(), exported_at=EXPORTED_AT)
