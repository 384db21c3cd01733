"""The event log: records, queries, migrations, damaged files kept aside, and kill -9 safety."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.core.events import Event, Kind, Outcome
from desktop.storage.database_file import integrity_problem
from desktop.storage.eventlog import EventLog, LogDamaged, StorageError, StoredEvent
from desktop.storage.migrations import SCHEMA_VERSION

REPO_ROOT = Path(__file__).resolve().parents[2]
MOMENT = datetime(2024, 5, 1, 12, 30, 45)
KEPT_NAME = "unclench.sqlite3.corrupt-20240501-123045"
T0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


def fixed_now() -> datetime:
    return MOMENT


def event(
    kind: str = Kind.POSTURE, outcome: str = Outcome.DONE, day: str = "2024-05-01", **details: object
) -> Event:
    return Event(
        kind=kind,
        outcome=outcome,
        local_day=day,
        due_at=T0,
        shown_at=T0 + timedelta(seconds=1, microseconds=250),
        answered_at=T0 + timedelta(seconds=20),
        details=dict(details),
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "unclench.sqlite3"


@pytest.fixture
def log(db_path: Path) -> Iterator[EventLog]:
    opened, notices = EventLog.open(db_path, fixed_now)
    assert notices == ()
    yield opened
    opened.close()


def raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    db = sqlite3.connect(path)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def run(path: Path, *statements: str) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            db.execute(statement)
    finally:
        db.close()


# --- recording and reading -------------------------------------------------------------


def test_record_returns_ids_and_events_reads_them_back(log: EventLog) -> None:
    first = event(Kind.POSTURE)
    second = event(Kind.HYDRATION, ml=250)
    third = event("breathing", Outcome.DONE, pattern="4-7-8", rounds=[1, 2])

    ids = [log.record(e) for e in (first, second, third)]

    assert ids == sorted(ids) and len(set(ids)) == 3
    assert log.events() == [StoredEvent(i, e) for i, e in zip(ids, (first, second, third), strict=True)]


def test_times_are_stored_as_utc_iso_text_and_come_back_as_the_same_instant(log: EventLog) -> None:
    paris_summer = timezone(timedelta(hours=2))
    local = Event(
        kind=Kind.STRETCH,
        outcome=Outcome.SNOOZED,
        local_day="2024-05-01",
        due_at=datetime(2024, 5, 1, 14, 0, tzinfo=paris_summer),
    )
    row_id = log.record(local)

    assert raw(log.path, f"SELECT due_at, shown_at FROM events WHERE id = {row_id}") == [
        ("2024-05-01T12:00:00.000000+00:00", None)
    ]
    (stored,) = log.events()
    assert stored.event.due_at == local.due_at
    assert stored.event.due_at is not None and stored.event.due_at.utcoffset() == timedelta(0)


def test_naive_times_are_refused(log: EventLog) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        log.record(
            Event(
                kind=Kind.POSTURE, outcome=Outcome.DONE, local_day="2024-05-01", due_at=datetime(2024, 5, 1)
            )
        )
    assert log.events() == []


def test_events_filter_by_day_and_kind(log: EventLog) -> None:
    old = log.record(event(Kind.POSTURE, day="2024-04-30"))
    posture = log.record(event(Kind.POSTURE, day="2024-05-01"))
    water = log.record(event(Kind.HYDRATION, day="2024-05-01", ml=250))
    stretch = log.record(event(Kind.STRETCH, day="2024-05-02"))

    def ids(stored: list[StoredEvent]) -> list[int]:
        return [s.id for s in stored]

    assert ids(log.events()) == [old, posture, water, stretch]
    assert ids(log.events(since_day="2024-05-01")) == [posture, water, stretch]
    assert ids(log.events(kinds=[Kind.POSTURE])) == [old, posture]
    assert ids(log.events(since_day="2024-05-01", kinds={"hydration", "stretch"})) == [water, stretch]
    assert ids(log.events(kinds="stretch")) == [stretch]  # one kind as a plain string, not its letters
    assert ids(log.events(kinds=Kind.STRETCH)) == [stretch]
    assert log.events(kinds=[]) == []


def test_delete_undoes_one_record(log: EventLog) -> None:
    keep = log.record(event(Kind.POSTURE))
    undo = log.record(event(Kind.HYDRATION, ml=250))

    assert log.delete(undo) is True
    assert log.delete(undo) is False
    assert [s.id for s in log.events()] == [keep]


def test_water_total_counts_done_hydration_of_that_day_only(log: EventLog) -> None:
    log.record(event(Kind.HYDRATION, ml=250))
    log.record(event(Kind.HYDRATION, ml=500))
    log.record(event(Kind.HYDRATION, ml=125.0))
    log.record(event(Kind.HYDRATION))  # no ml at all
    log.record(event(Kind.HYDRATION, ml="a glass"))  # not a number
    log.record(event(Kind.HYDRATION, ml=True))  # a bool is not a quantity
    log.record(event(Kind.HYDRATION, Outcome.SKIPPED, ml=250))
    log.record(event(Kind.HYDRATION, day="2024-05-02", ml=250))
    log.record(event(Kind.POSTURE, ml=999))

    assert log.water_total_ml("2024-05-01") == 875
    assert log.water_total_ml("2024-05-02") == 250
    assert log.water_total_ml("2024-05-03") == 0


def test_rows_edited_by_hand_are_read_tolerantly(log: EventLog) -> None:
    row_id = log.record(event(Kind.HYDRATION, ml=250))
    run(log.path, f"UPDATE events SET details = 'not json', due_at = 'someday' WHERE id = {row_id}")

    (stored,) = log.events()
    assert stored.event.due_at is None
    assert stored.event.details == {"unreadable_details": "not json"}
    assert log.water_total_ml("2024-05-01") == 0


# --- schema and migrations ---------------------------------------------------------------


def test_new_database_gets_the_schema_in_wal_mode(db_path: Path) -> None:
    log, notices = EventLog.open(db_path, fixed_now)
    log.close()

    assert notices == ()
    assert raw(db_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert raw(db_path, "PRAGMA journal_mode") == [("wal",)]
    columns = [row[1] for row in raw(db_path, "PRAGMA table_info(events)")]
    assert columns == [
        "id",
        "kind",
        "outcome",
        "due_at",
        "shown_at",
        "answered_at",
        "local_day",
        "details",
        "uid",
        "device",  # schema v3: syncing (desktop/storage/sync/schema.py)
        "device_seq",
    ]
    indexes = {row[1] for row in raw(db_path, "PRAGMA index_list(events)")}
    assert indexes == {
        "events_by_day",
        "events_by_kind_and_day",
        "events_by_uid",
        "events_by_device",
        "events_unpublished",
    }


def test_an_empty_file_is_migrated(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()

    log, notices = EventLog.open(db_path, fixed_now)
    row_id = log.record(event())
    log.close()

    assert notices == ()
    assert raw(db_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert raw(db_path, "SELECT id FROM events") == [(row_id,)]


def test_reopening_is_idempotent_and_keeps_rows(db_path: Path) -> None:
    log, _ = EventLog.open(db_path, fixed_now)
    kept = log.record(event(Kind.HYDRATION, ml=300))
    log.close()

    for _ in range(3):
        log, notices = EventLog.open(db_path, fixed_now)
        assert notices == ()
        assert [s.id for s in log.events()] == [kept]
        assert log.water_total_ml("2024-05-01") == 300
        log.close()
    assert raw(db_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["unclench.sqlite3"]


# --- damaged or foreign databases are kept aside -----------------------------------------------


def test_a_garbage_file_is_moved_aside_with_its_companions(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    garbage = b"this is not a database\n" * 500
    db_path.write_bytes(garbage)
    Path(f"{db_path}-wal").write_bytes(b"wal bytes")
    Path(f"{db_path}-shm").write_bytes(b"shm bytes")

    log, notices = EventLog.open(db_path, fixed_now)

    kept = db_path.parent / KEPT_NAME
    assert kept.read_bytes() == garbage
    assert Path(f"{kept}-wal").read_bytes() == b"wal bytes"
    assert Path(
        f"{kept}-shm"
    ).exists()  # the WAL index: SQLite rebuilds its content, so only its place matters
    (notice,) = notices
    assert str(kept) in notice and str(db_path) in notice
    # the new log works
    row_id = log.record(event())
    assert [s.id for s in log.events()] == [row_id]
    log.close()


def test_a_damaged_page_is_found_later_and_the_readable_rows_are_recovered(db_path: Path) -> None:
    log, _ = EventLog.open(db_path, fixed_now)
    for n in range(300):
        log.record(event(n=n, padding="x" * 200))
    log.close()
    content = bytearray(db_path.read_bytes())
    page_size = 4096
    leaf = content.index(b"x" * 200, len(content) // 2) // page_size  # a leaf page holding events
    content[page_size * leaf : page_size * (leaf + 1)] = b"\x07" * page_size  # scribble over it
    db_path.write_bytes(bytes(content))

    log, notices = EventLog.open(db_path, fixed_now)  # no full check at start-up
    assert notices == ()
    problem = integrity_problem(db_path)  # what the app runs later, off the GUI thread
    assert problem is not None and "damaged" in problem
    with pytest.raises(LogDamaged):
        log.events()

    notice = log.repair()

    assert (db_path.parent / KEPT_NAME).read_bytes() == bytes(content)
    assert KEPT_NAME in notice
    kept_rows = [s.event.details["n"] for s in log.events()]
    assert 250 <= len(kept_rows) < 300  # only the rows on the damaged page are lost
    assert f"with the {len(kept_rows)} events that could be read" in notice
    assert integrity_problem(db_path) is None
    log.record(event())
    log.close()


def test_a_newer_schema_is_kept_aside_not_downgraded(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    run(db_path, "CREATE TABLE events (id INTEGER PRIMARY KEY, future TEXT)", "PRAGMA user_version = 99")

    log, notices = EventLog.open(db_path, fixed_now)
    log.close()

    kept = db_path.parent / KEPT_NAME
    assert raw(kept, "PRAGMA user_version") == [(99,)]
    assert "newer version" in notices[0] and str(kept) in notices[0]
    assert raw(db_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]


@pytest.mark.parametrize("version", [0, 1])
def test_someone_elses_database_is_kept_aside_untouched(db_path: Path, version: int) -> None:
    db_path.parent.mkdir(parents=True)
    # same table name, other columns; with and without a user_version that claims our schema
    run(db_path, "CREATE TABLE events (when_it_was TEXT)", f"PRAGMA user_version = {version}")
    original = db_path.read_bytes()

    log, notices = EventLog.open(db_path, fixed_now)
    log.close()

    assert (db_path.parent / KEPT_NAME).read_bytes() == original  # not even switched to WAL
    assert len(notices) == 1 and KEPT_NAME in notices[0]
    assert raw(db_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]


def test_a_damaged_database_keeps_its_wal_with_the_committed_rows(db_path: Path) -> None:
    """The WAL of a damaged file may hold the newest rows; it must travel aside, not be checkpointed away."""
    log, _ = EventLog.open(db_path, fixed_now)
    log.record(event())
    log.close()
    # Rows committed to the WAL but never checkpointed, as after a crash.
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    for n in range(50):
        db.execute("INSERT INTO events (kind, outcome, local_day) VALUES ('posture', 'done', ?)", (f"n{n}",))
    wal = Path(f"{db_path}-wal").read_bytes()
    damaged = bytearray(db_path.read_bytes())
    damaged[:16] = b"\x07" * 16  # the main file's "SQLite format 3" header
    db_path.write_bytes(bytes(damaged))
    kept = db_path.parent / KEPT_NAME
    try:
        log, notices = EventLog.open(db_path, fixed_now)
        log.close()
        assert Path(f"{kept}-wal").read_bytes() == wal
    finally:
        db.close()  # only now, as a crashed writer would never have closed it
    assert len(notices) == 1 and KEPT_NAME in notices[0]


def test_an_empty_file_beside_a_full_wal_is_kept_aside(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    Path(f"{db_path}-wal").write_bytes(b"frames that may be the only copy of the data")

    log, notices = EventLog.open(db_path, fixed_now)
    log.close()

    kept = db_path.parent / KEPT_NAME
    assert Path(f"{kept}-wal").read_bytes() == b"frames that may be the only copy of the data"
    assert "-wal" in notices[0]


def test_an_earlier_kept_copy_is_never_overwritten(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    (db_path.parent / KEPT_NAME).write_bytes(b"earlier")
    db_path.write_bytes(b"garbage" * 100)

    log, notices = EventLog.open(db_path, fixed_now)
    log.close()

    assert (db_path.parent / KEPT_NAME).read_bytes() == b"earlier"
    assert (db_path.parent / f"{KEPT_NAME}-2").read_bytes() == b"garbage" * 100
    assert f"{KEPT_NAME}-2" in notices[0]


# --- failures while running ------------------------------------------------------------------


def test_a_locked_database_raises_storage_error_and_is_not_moved(db_path: Path) -> None:
    log, _ = EventLog.open(db_path, fixed_now, busy_timeout_seconds=0.05)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError, match="locked") as raised:
            log.record(event())
        assert str(db_path) in str(raised.value)
        with pytest.raises(StorageError, match="locked"):
            EventLog.open(db_path, fixed_now, busy_timeout_seconds=0.05)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert log.events() == []  # nothing half-written; still usable once the lock is gone
    assert log.record(event()) > 0
    log.close()
    assert not (db_path.parent / KEPT_NAME).exists()


def test_a_full_disk_raises_storage_error(log: EventLog) -> None:
    # max_page_count makes SQLite report SQLITE_FULL exactly as a full disk would.
    pages = log._db.execute("PRAGMA page_count").fetchone()[0]
    log._db.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(StorageError, match="full"):
        log.record(event(padding="x" * 100_000))


def test_a_closed_log_raises_storage_error(log: EventLog) -> None:
    log.close()
    with pytest.raises(StorageError):
        log.events()


def test_an_unwritable_location_raises_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(StorageError, match="folder"):
        EventLog.open(blocker / "unclench.sqlite3", fixed_now)
    assert blocker.read_text() == "a file where the folder should be"


# --- kill -9 ---------------------------------------------------------------------------------

WRITER = """
import sys
from pathlib import Path
from desktop.core.events import Event
from desktop.storage.eventlog import EventLog

log, _ = EventLog.open(Path(sys.argv[1]))
n = 0
while True:
    n += 1
    row_id = log.record(Event(kind="posture", outcome="done", local_day="2024-05-01", details={"n": n}))
    print(row_id, flush=True)  # printed only after the commit returned
"""


@pytest.mark.parametrize("rounds", [3])
def test_committed_rows_survive_kill_9(db_path: Path, rounds: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    printed: list[int] = []
    for _ in range(rounds):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert child.stdout is not None
        try:
            for _ in range(150):
                line = child.stdout.readline()
                assert line, f"writer stopped early: {child.stderr.read() if child.stderr else ''}"
                printed.append(int(line))
        finally:
            # Killed while it is still writing: the next commit is in flight.
            child.send_signal(signal.SIGKILL)
            child.wait()
            child.stdout.close()
            if child.stderr:
                child.stderr.close()
        assert child.returncode == -signal.SIGKILL

    assert raw(db_path, "PRAGMA integrity_check") == [("ok",)]
    log, notices = EventLog.open(db_path, fixed_now)
    stored = {s.id for s in log.events()}
    log.close()
    assert notices == ()
    assert set(printed) <= stored
    assert len(printed) == 150 * rounds
