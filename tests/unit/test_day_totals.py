"""Schema v2: uids, per-day totals kept by triggers, and the log's bulk and statistics API."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.day_activity import DAILY_COLUMNS, DayActivity, activity_from_events
from desktop.core.events import Event, Outcome
from desktop.storage.eventlog import EventLog, ExportRow, LogSpan, StorageError, canonical_time
from desktop.storage.migrations import MIGRATIONS

T0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


def fixed_now() -> datetime:
    return datetime(2024, 5, 1, 12, 0)


def event(kind: str, outcome: str, day: str = "2024-05-01", **details: object) -> Event:
    return Event(kind=kind, outcome=outcome, local_day=day, answered_at=T0, details=dict(details))


@pytest.fixture
def log(tmp_path: Path) -> Iterator[EventLog]:
    opened, _ = EventLog.open(tmp_path / "unclench.sqlite3", fixed_now)
    yield opened
    opened.close()


def sums(log: EventLog) -> list[DayActivity]:
    return [DayActivity.from_row(row) for row in log.daily_sums(DAILY_COLUMNS)]


def raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    db = sqlite3.connect(path)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def test_every_reminder_kind_is_counted_by_outcome_without_a_line_of_its_own() -> None:
    from desktop.core.events import REMINDER_OUTCOMES
    from desktop.core.kinds import Kind

    names = {column.name for column in DAILY_COLUMNS}
    assert {f"{kind}_{outcome}" for kind in Kind for outcome in REMINDER_OUTCOMES} <= names
    day = DayActivity.of("2024-05-01", breathing_break_deferred=2, stretch_done=1)
    assert day.count(Kind.BREATHING_BREAK, Outcome.DEFERRED) == 2 and day.stretch_done == 1
    with pytest.raises(AttributeError):
        _ = day.no_such_column


def test_a_v1_log_is_migrated_keeping_ids_and_getting_uids_and_totals(tmp_path: Path) -> None:
    path = tmp_path / "unclench.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    rows = [
        (7, "hydration", "done", "2024-05-01", json.dumps({"ml": 250})),
        (9, "hydration", "done", "2024-05-01", json.dumps({"ml": 500})),
        (12, "tension", "rated", "2024-05-02", json.dumps({"level": 6})),
        (13, "posture", "missed", "2024-05-02", "not json"),
    ]
    db.executemany("INSERT INTO events (id, kind, outcome, local_day, details) VALUES (?, ?, ?, ?, ?)", rows)
    db.close()

    log, notices = EventLog.open(path, fixed_now)
    try:
        assert notices == ()
        assert [s.id for s in log.events()] == [7, 9, 12, 13]
        uids = [uid for (uid,) in raw(path, "SELECT uid FROM events")]
        assert len(set(uids)) == 4 and all(re.fullmatch("[0-9a-f]{32}", uid) for uid in uids)
        assert sums(log) == [
            DayActivity.of("2024-05-01", events=2, hydration_rows=2, hydration_done=2, water_ml=750),
            DayActivity.of(
                "2024-05-02", events=2, posture_rows=1, posture_missed=1, tension_ratings=1, tension_sum=6
            ),
        ]
        assert log.record(event("posture", "done")) == 14  # ids keep counting after the rebuild
    finally:
        log.close()


def test_totals_follow_inserts_updates_deletes_and_hand_edits(log: EventLog) -> None:
    first = log.record(event("hydration", "done", ml=250))
    log.record(event("hydration", "done", ml=True))  # a bool is no quantity
    log.record(event("breathing", "completed", actual_seconds=180.5, rating_before=7, rating_after=4))
    log.record(event("breathing", "stopped", actual_seconds=30, rating_before=6, rating_after=None))
    log.record(event("tension", "rated", level=3))
    log.record(event("tension", "skipped"))
    (day,) = sums(log)
    assert (day.events, day.water_ml, day.hydration_done) == (6, 250, 2)
    assert (day.breathing_sessions, day.breathing_seconds, day.breathing_rated) == (2, 210.5, 1)
    assert (day.rating_before_sum, day.rating_after_sum) == (7, 4)
    assert (day.tension_ratings, day.tension_average) == (1, 3)

    db = sqlite3.connect(log.path, isolation_level=None)
    db.execute("UPDATE events SET details = '{\"ml\": 400}' WHERE id = ?", (first,))
    db.execute("UPDATE events SET local_day = '2024-05-02' WHERE kind = 'tension' AND outcome = 'rated'")
    db.execute("UPDATE events SET details = 'garbage' WHERE kind = 'breathing' AND outcome = 'completed'")
    db.close()
    assert sums(log) == activity_from_events(s.event for s in log.events())
    assert sums(log)[0].water_ml == 400 and sums(log)[0].breathing_rated == 0

    for stored in log.events():
        log.delete(stored.id)
    assert sums(log) == [] and raw(log.path, "SELECT count(*) FROM day_totals") == [(0,)]


KINDS = st.sampled_from(["posture", "hydration", "stretch", "breathing", "routine", "tension", "other"])
OUTCOMES = st.sampled_from(["done", "skipped", "missed", "natural", "completed", "stopped", "rated"])
VALUES = st.one_of(st.none(), st.booleans(), st.integers(-5, 3000), st.floats(0, 600), st.text(max_size=3))
DETAILS = st.dictionaries(
    st.sampled_from(["ml", "actual_seconds", "duration_seconds", "level", "rating_before", "rating_after"]),
    VALUES,
)
DAYS = st.sampled_from(["2024-05-01", "2024-05-02", "2024-05-04"])
EVENTS = st.lists(
    st.builds(lambda k, o, d, det: Event(k, o, d, details=det), KINDS, OUTCOMES, DAYS, DETAILS),
    max_size=40,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(events=EVENTS, data=st.data())
def test_sql_totals_equal_the_python_reference(
    tmp_path: Path, events: list[Event], data: st.DataObject
) -> None:
    path = tmp_path / f"{len(list(tmp_path.iterdir()))}.sqlite3"
    log, _ = EventLog.open(path, fixed_now)
    try:
        ids = [log.record(e) for e in events]
        gone = data.draw(st.sets(st.sampled_from(ids)) if ids else st.just(set()))
        for row_id in gone:
            log.delete(row_id)
        kept = [e for row_id, e in zip(ids, events, strict=True) if row_id not in gone]
        expected = activity_from_events(kept)
        actual = sums(log)
        assert [a.day for a in actual] == [e.day for e in expected]
        for a, e in zip(actual, expected, strict=True):
            assert a == pytest.approx(e)
    finally:
        log.close()


def test_daily_sums_since_a_day(log: EventLog) -> None:
    log.record_many(event("posture", "done", day) for day in ("2024-04-30", "2024-05-01", "2024-05-03"))
    assert [row[0] for row in log.daily_sums(DAILY_COLUMNS[:1], since_day="2024-05-01")] == [
        "2024-05-01",
        "2024-05-03",
    ]


def test_record_many_is_all_or_nothing(log: EventLog) -> None:
    assert log.record_many([event("posture", "done"), event("stretch", "natural")]) == 2
    naive = Event("posture", "done", "2024-05-01", due_at=datetime(2024, 5, 1))
    with pytest.raises(ValueError, match="timezone-aware"):
        log.record_many([event("posture", "missed"), naive])
    assert [s.event.outcome for s in log.events()] == ["done", "natural"]
    assert sums(log)[0].events == 2


def row(uid: str, kind: str, outcome: str, day: str = "2024-05-01", **details: object) -> ExportRow:
    return ExportRow(
        uid, day, kind, outcome, None, None, "2024-05-01T09:00:00.000000+00:00", json.dumps(details)
    )


def test_import_events_skips_uids_already_present_and_keeps_totals_exact(log: EventLog) -> None:
    log.record(event("hydration", "done", ml=100))
    items = [row("a1", "posture", "done"), row("b2", "hydration", "done", ml=300)]
    assert log.import_events(items) == 2
    assert log.import_events([*items, row("c3", "stretch", "done", "2024-05-02")]) == 1
    assert log.import_events([row("d4", "posture", "done"), row("d4", "posture", "missed")]) == 1
    assert raw(
        log.path, "SELECT uid FROM events WHERE uid != (SELECT uid FROM events WHERE id = 1) ORDER BY id"
    ) == [
        ("a1",),
        ("b2",),
        ("c3",),
        ("d4",),
    ]
    assert sums(log) == activity_from_events(s.event for s in log.events())
    assert sums(log)[0].water_ml == 400
    # the triggers are back: later single records are counted as before
    log.record(event("hydration", "done", ml=50))
    assert sums(log)[0].water_ml == 450


def test_a_failed_import_changes_nothing_and_keeps_the_triggers(log: EventLog) -> None:
    log.record(event("posture", "done"))
    before = raw(log.path, "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
    broken = [
        row("a1", "posture", "done"),
        ExportRow("a2", "2024-05-01", "posture", None, None, None, None, "{}"),
    ]
    with pytest.raises(StorageError):
        log.import_events(broken)  # type: ignore[list-item]  # outcome NULL breaks NOT NULL
    assert raw(log.path, "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name") == before
    assert len(log.events()) == 1 and sums(log)[0].events == 1


def test_canonical_time() -> None:
    assert canonical_time(None) is None
    assert canonical_time("2024-05-01T09:00:00.000000+00:00") == "2024-05-01T09:00:00.000000+00:00"
    assert canonical_time("2024-05-01T11:00+02:00") == "2024-05-01T09:00:00.000000+00:00"
    assert canonical_time("2024-05-01T09:00:00Z") == "2024-05-01T09:00:00.000000+00:00"
    for bad in ("2024-05-01T09:00:00", "tomorrow", "2024-13-01T09:00:00+00:00"):
        with pytest.raises(ValueError):
            canonical_time(bad)


def test_clear_deletes_everything_and_the_log_keeps_working(log: EventLog) -> None:
    log.record_many(event("hydration", "done", f"2024-05-{d:02}", ml=250) for d in range(1, 29))
    assert log.clear() == 28

    assert log.events() == [] and sums(log) == [] and log.span() == LogSpan(0, None, None)
    triggers = raw(log.path, "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
    assert triggers == [
        ("events_counted",),
        ("events_recounted",),
        ("events_tombstoned",),  # schema v3: a deleted entry becomes a sync tombstone
        ("events_uncounted",),
    ]
    log.record(event("hydration", "done", ml=100))
    assert sums(log)[0].water_ml == 100
    assert log.clear() == 1


def test_clear_leaves_no_trace_of_the_details_in_the_file(log: EventLog) -> None:
    log.record_many(event("tension", "rated", level=5, note="very-private-words") for _ in range(200))
    log.clear()
    files = [log.path, Path(f"{log.path}-wal")]
    assert not any(b"very-private-words" in f.read_bytes() for f in files if f.exists())


def test_span_and_latest(log: EventLog) -> None:
    assert log.span() == LogSpan(0, None, None)
    assert log.latest("tension") is None
    log.record(event("tension", "rated", "2024-05-03", level=2))
    newest = log.record(event("tension", "rated", "2024-05-03", level=4))
    log.record(event("tension", "rated", "2024-05-01", level=9))  # logged later, about an earlier day
    log.record(event("tension", "skipped", "2024-05-03"))
    log.record(event("posture", "done", "2024-05-02"))

    assert log.span() == LogSpan(5, "2024-05-01", "2024-05-03")
    latest = log.latest("tension", "rated")
    assert latest is not None and latest.id == newest and latest.event.details == {"level": 4}
    latest_any = log.latest("tension")
    assert latest_any is not None and latest_any.event.outcome == "skipped"


def test_export_rows_stream_stored_text_with_details_always_an_object(log: EventLog) -> None:
    log.record(event("hydration", "done", ml=250))
    log.record(event("posture", "done", "2024-05-02"))
    db = sqlite3.connect(log.path, isolation_level=None)
    db.execute("UPDATE events SET details = '[1, 2]' WHERE kind = 'posture'")
    db.close()

    rows = list(log.export_rows())
    assert [json.loads(row.details) for row in rows] == [{"ml": 250}, {"unreadable_details": "[1, 2]"}]
    assert rows[0].answered_at == "2024-05-01T09:00:00.000000+00:00"
    assert [row.kind for row in log.export_rows(since_day="2024-05-02")] == ["posture"]


def test_a_closed_log_raises_storage_error_for_the_new_calls(log: EventLog) -> None:
    log.close()
    for call in (log.span, log.clear, lambda: log.daily_sums(DAILY_COLUMNS), lambda: list(log.export_rows())):
        with pytest.raises(StorageError):
            call()


def test_no_time_is_lost_by_the_rebuild(tmp_path: Path) -> None:
    path = tmp_path / "unclench.sqlite3"
    log, _ = EventLog.open(path, fixed_now)
    original = Event(
        "stretch", "done", "2024-05-01", T0, T0 + timedelta(seconds=1), T0 + timedelta(minutes=2)
    )
    log.record(original)
    log.close()
    log, _ = EventLog.open(path, fixed_now)
    assert [s.event for s in log.events()] == [original]
    log.close()


def test_day_totals_reads_one_day_and_zeros_for_a_quiet_day() -> None:
    from desktop.core.day_activity import DAILY_COLUMNS, DayActivity
    from desktop.core.events import Event
    from desktop.storage.eventlog import EventLog

    log = EventLog.in_memory()
    log.record_many(
        [
            Event("hydration", "done", "2024-05-01", details={"ml": 300}),
            Event("hydration", "done", "2024-05-02", details={"ml": 200}),
            Event("posture", "done", "2024-05-02"),
        ]
    )
    today = DayActivity.from_row(log.day_totals(DAILY_COLUMNS, "2024-05-02"))
    assert (today.day, today.events, today.water_ml, today.posture_done) == ("2024-05-02", 2, 200, 1)
    assert log.water_total_ml("2024-05-02") == 200
    quiet = DayActivity.from_row(log.day_totals(DAILY_COLUMNS, "2024-05-03"))
    assert quiet == DayActivity.of("2024-05-03")
    plan = " ".join(
        str(row[-1])
        for row in log.connection.execute(
            "EXPLAIN QUERY PLAN SELECT amount FROM day_totals"
            " WHERE local_day = ? AND kind = ? AND outcome = ?",
            ("2024-05-02", "hydration", "done"),
        )
    )
    assert "PRIMARY KEY" in plan or "USING" in plan  # a key lookup, never a scan of the events
    log.close()


def test_time_held_is_summed_per_day_in_sql_and_in_python(log: EventLog) -> None:
    holds = [
        event("hold", "ended", reason="call", seconds=600, ended="shown"),
        event("hold", "ended", reason="calendar", seconds=1800, ended="shown"),
        event("hold", "ended", day="2024-05-02", reason="app", seconds=60, ended="anyway"),
    ]
    for row in holds:
        log.record(row)
    assert [(d.day, d.held_seconds) for d in sums(log)] == [("2024-05-01", 2400), ("2024-05-02", 60)]
    assert [(d.day, d.held_seconds) for d in activity_from_events(holds)] == [
        ("2024-05-01", 2400),
        ("2024-05-02", 60),
    ]


def test_a_v2_log_is_migrated_to_count_hold_seconds(tmp_path: Path) -> None:
    path = tmp_path / "unclench.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    MIGRATIONS[0](db)
    MIGRATIONS[1](db)
    db.execute("PRAGMA user_version = 2")
    db.execute(
        "INSERT INTO events (kind, outcome, local_day, details) VALUES ('hold', 'ended', '2024-05-01', ?)",
        (json.dumps({"reason": "call", "seconds": 300}),),
    )
    db.execute("UPDATE day_totals SET amount = 0")  # as v2's triggers counted it: no quantity
    db.close()
    log, notices = EventLog.open(path, fixed_now)
    try:
        assert notices == ()
        assert [(d.day, d.held_seconds) for d in sums(log)] == [("2024-05-01", 300)]
    finally:
        log.close()
