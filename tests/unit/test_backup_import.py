"""Restoring a backup: streamed with progress and cancel, bounded memory, and no imported value
can break a total (hypothesis). Export: progress, cancel, and no part file left behind."""

from __future__ import annotations

import json
import math
import os
import time
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.day_activity import DAILY_COLUMNS, DayActivity
from desktop.core.events import Activity, Event, Outcome
from desktop.core.stats_snapshot import build_snapshot
from desktop.storage.backup_import import ImportProgress, ImportRefused, import_backup
from desktop.storage.eventlog import EventLog
from desktop.storage.export import ExportCancelled, export_to_file, remove_stale_parts
from desktop.storage.row_limits import OUTCOMES

EXPORTED_AT = datetime(2024, 6, 1, 8, 0, tzinfo=UTC)
LATEST = date(2026, 12, 31)


def event(n: int, day: str = "2024-05-01", **details: Any) -> dict[str, Any]:
    return {
        "uid": f"u{n}",
        "local_day": day,
        "kind": "hydration",
        "outcome": "done",
        "due_at": None,
        "shown_at": None,
        "answered_at": "2024-05-01T09:00:00.000000+00:00",
        "details": details or {"ml": 250},
    }


def write_backup(path: Path, events: Iterator[dict[str, Any]] | list[dict[str, Any]]) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"format": "unclench-events", "version": 1, "events": [')
        for index, item in enumerate(events):
            out.write(("," if index else "") + "\n" + json.dumps(item))
        out.write("\n]}\n")
    return path


@pytest.fixture
def log(tmp_path: Path) -> Iterator[EventLog]:
    opened, _ = EventLog.open(tmp_path / "unclench.sqlite3")
    yield opened
    opened.close()


# ---- streaming, progress, cancel ----------------------------------------------------------------


def test_progress_is_reported_while_reading_then_while_saving(log: EventLog, tmp_path: Path) -> None:
    path = write_backup(tmp_path / "b.json", [event(n) for n in range(1000)])
    seen: list[ImportProgress] = []

    summary = import_backup(log, path, progress=seen.append, batch_rows=100, latest_day=LATEST)

    assert summary.added == 1000
    reading = [p for p in seen if p.phase == "reading"]
    saving = [p for p in seen if p.phase == "saving"]
    assert len(reading) == 10 and len(saving) == 10 and seen == reading + saving
    assert [p.done for p in reading] == sorted(p.done for p in reading)
    assert reading[-1].done == reading[-1].total == path.stat().st_size
    assert [p.done for p in saving] == list(range(100, 1001, 100)) and saving[-1].total == 1000


def test_cancel_while_reading_changes_nothing(log: EventLog, tmp_path: Path) -> None:
    path = write_backup(tmp_path / "b.json", [event(n) for n in range(1000)])
    batches: list[ImportProgress] = []

    summary = import_backup(
        log,
        path,
        progress=batches.append,
        cancelled=lambda: len(batches) >= 3,
        batch_rows=100,
        latest_day=LATEST,
    )

    assert summary.cancelled and summary.added == 0
    assert log.span().events == 0


def test_cancel_while_saving_keeps_whole_batches_and_a_second_import_completes(
    log: EventLog, tmp_path: Path
) -> None:
    path = write_backup(tmp_path / "b.json", [event(n) for n in range(1000)])
    saved: list[ImportProgress] = []

    def record(progress: ImportProgress) -> None:
        if progress.phase == "saving":
            saved.append(progress)

    first = import_backup(
        log, path, progress=record, cancelled=lambda: len(saved) >= 4, batch_rows=100, latest_day=LATEST
    )
    assert first.cancelled and first.added == 400 and log.span().events == 400

    second = import_backup(log, path, latest_day=LATEST)
    assert (second.added, second.already_present) == (600, 400)
    assert log.water_total_ml("2024-05-01") == 1000 * 250


def test_another_connection_can_write_between_batches(log: EventLog, tmp_path: Path) -> None:
    """The app's own connection is never locked out for the whole import, only for a batch."""
    path = write_backup(tmp_path / "b.json", [event(n) for n in range(600)])
    app_log, _ = EventLog.open(tmp_path / "unclench.sqlite3", busy_timeout_seconds=0.01)
    written: list[int] = []

    def write_from_the_app(progress: ImportProgress) -> None:
        if progress.phase == "saving":
            written.append(app_log.record_many([]))  # a write transaction that must get the lock
            app_log.connection.execute(
                "INSERT INTO events (kind, outcome, local_day) VALUES ('posture', 'done', ?)", ("2024-05-02",)
            )

    import_backup(log, path, progress=write_from_the_app, batch_rows=100, latest_day=LATEST)
    app_log.close()
    assert len(written) == 6 and log.span().events == 606


def test_memory_stays_bounded_for_a_large_backup(log: EventLog, tmp_path: Path) -> None:
    path = write_backup(
        tmp_path / "b.json", (event(n, details={"ml": 250, "note": "x" * 400}) for n in range(20_000))
    )
    assert path.stat().st_size > 10_000_000
    tracemalloc.start()
    try:
        summary = import_backup(log, path, batch_rows=1000, latest_day=LATEST)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert summary.added == 20_000
    assert peak < 3_000_000, f"peak {peak / 1e6:.1f} MB for a {path.stat().st_size / 1e6:.0f} MB file"


# ---- no imported value breaks a total -----------------------------------------------------------

NUMBERS = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.none(),
    st.text(max_size=5),
)
DETAIL_KEYS = [
    "ml",
    "level",
    "actual_seconds",
    "planned_seconds",
    "duration_seconds",
    "rating_before",
    "rating_after",
    "steps_total",
    "other",
]


@st.composite
def imported_events(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from([*OUTCOMES, "juggling"]))
    outcomes = sorted(OUTCOMES.get(kind, {"done"}))
    details = draw(st.dictionaries(st.sampled_from(DETAIL_KEYS), NUMBERS, max_size=4))
    return {
        **event(draw(st.integers(0, 10**6))),
        "kind": kind,
        "outcome": draw(st.sampled_from([*outcomes, "sideways"])),
        "local_day": draw(st.sampled_from(["2024-05-01", "2024-05-02", "1999-12-31", "2099-01-01"])),
        "details": details,
    }


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(events=st.lists(imported_events(), max_size=12))
def test_any_imported_value_is_refused_or_leaves_every_total_computable(
    tmp_path: Path, events: list[dict[str, Any]]
) -> None:
    folder = Path(os.path.join(tmp_path, f"h{time.monotonic_ns()}"))
    folder.mkdir()
    log = EventLog.in_memory()
    try:
        path = write_backup(folder / "b.json", events)
        try:
            summary = import_backup(log, path, latest_day=LATEST)
        except ImportRefused:  # e.g. an integer beyond 64 bits: the whole file is refused
            assert log.span().events == 0
            return
        unique = len({item["uid"] for item in events})
        assert summary.added + summary.invalid + summary.already_present == len(events)
        assert summary.added <= unique

        for day in ("2024-05-01", "2024-05-02"):
            water = log.water_total_ml(day)
            assert isinstance(water, int) and 0 <= water <= 12 * 2000
        days = [DayActivity.from_row(row) for row in log.daily_sums(DAILY_COLUMNS)]
        for day in days:
            assert all(math.isfinite(value) and value >= 0 for value in day.sums)
            average = day.tension_average
            assert average is None or 0 <= average <= 10
        build_snapshot(days, "2024-05-02")
    finally:
        log.close()


# ---- export: progress, cancel, part files -------------------------------------------------------


def test_export_reports_progress_and_a_cancel_leaves_nothing(log: EventLog, tmp_path: Path) -> None:
    log.import_events([])
    import_backup(
        log, write_backup(tmp_path / "b.json", [event(n) for n in range(12_000)]), latest_day=LATEST
    )
    seen: list[tuple[int, int]] = []
    target = tmp_path / "out" / "export.csv"
    target.parent.mkdir()

    assert (
        export_to_file(log, target, "csv", exported_at=EXPORTED_AT, progress=lambda *p: seen.append(p))
        == 12_000
    )
    assert seen == [(5000, 12_000), (10_000, 12_000)]

    target.unlink()
    with pytest.raises(ExportCancelled):
        export_to_file(log, target, "json", exported_at=EXPORTED_AT, cancelled=lambda: True)
    assert list(target.parent.iterdir()) == []


def test_stale_part_files_of_a_killed_export_are_removed_by_the_next(log: EventLog, tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    stale = tmp_path / ".export.json.k1l2l3d.part"
    stale.write_bytes(b"x" * 1000)
    old = time.time() - 3600
    os.utime(stale, (old, old))
    running = tmp_path / ".export.json.running.part"  # another export writing right now
    running.write_bytes(b"y")
    unrelated = tmp_path / ".other.json.abc.part"
    unrelated.write_bytes(b"z")
    os.utime(unrelated, (old, old))

    export_to_file(log, target, "json", exported_at=EXPORTED_AT)

    assert not stale.exists() and running.exists() and unrelated.exists()
    assert remove_stale_parts(target, now=time.time() + 3600) == 1  # the running one, once it is old


def test_an_exported_hold_comes_back_on_import(log: EventLog, tmp_path: Path) -> None:
    details = {"reason": "call", "seconds": 600, "ended": "shown", "device": "Jabra"}
    log.record(Event(Activity.HOLD, Outcome.ENDED, "2024-05-01", answered_at=EXPORTED_AT, details=details))
    exported = tmp_path / "export.json"
    assert export_to_file(log, exported, "json", exported_at=EXPORTED_AT) == 1
    opened, _ = EventLog.open(tmp_path / "other.sqlite3")
    try:
        summary = import_backup(opened, exported, latest_day=LATEST)
        assert (summary.added, summary.invalid) == (1, 0)
        back = opened.events()[0].event
        assert (back.kind, back.outcome, back.details) == (Activity.HOLD, Outcome.ENDED, details)
    finally:
        opened.close()


def test_a_worker_thread_imports_over_its_own_connection_while_the_app_keeps_its_own(
    log: EventLog, tmp_path: Path
) -> None:
    import threading

    from desktop.storage.backup_import import import_into_database

    path = write_backup(tmp_path / "b.json", [event(n) for n in range(300)])
    results: list[object] = []
    worker = threading.Thread(
        target=lambda: results.append(import_into_database(log.path, path, latest_day=LATEST))
    )
    worker.start()
    worker.join(timeout=30)

    assert not worker.is_alive()
    ((summary, notices),) = results
    assert summary.added == 300 and notices == ()  # type: ignore[attr-defined]
    assert log.span().events == 300 and log.water_total_ml("2024-05-01") == 300 * 250
    log.record_many([])  # the app's own connection still writes
