"""Writes that fail are never reported as saved: kept in memory, retried, told once (injected faults).

The same behaviour on a real full filesystem is in test_storage_faults.py."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest

from desktop.core.events import Event
from desktop.storage.eventlog import EventLog, StorageError
from desktop.storage.pending_writes import PendingWrites
from tests.fakes import FailingConnection, fault_error


def drink(ml: int = 250) -> Event:
    return Event(kind="hydration", outcome="done", local_day="2026-11-23", details={"ml": ml})


@pytest.fixture
def connection(tmp_path: Path) -> Iterator[FailingConnection]:
    log, _ = EventLog.open(tmp_path / "unclench.sqlite3")
    failing = FailingConnection(log.connection)
    yield failing
    log.close()


@pytest.fixture
def log(connection: FailingConnection, tmp_path: Path) -> EventLog:
    return EventLog(cast(sqlite3.Connection, connection), tmp_path / "unclench.sqlite3")


@pytest.mark.parametrize(("kind", "words"), [("full", "disk is full"), ("readonly", "readonly")])
def test_a_failed_record_raises_and_stores_nothing(
    log: EventLog, connection: FailingConnection, kind: str, words: str
) -> None:
    connection.fail_with = fault_error(kind)
    with pytest.raises(StorageError, match=words):
        log.record(drink())
    connection.fail_with = None
    assert log.events() == [] and log.water_total_ml("2026-11-23") == 0


def test_saved_means_committed(log: EventLog, tmp_path: Path) -> None:
    pending = PendingWrites(log)
    outcome = pending.record(drink())
    assert outcome.saved and outcome.row_id is not None and outcome.notice is None
    other = sqlite3.connect(tmp_path / "unclench.sqlite3")  # another connection sees the row
    assert other.execute("SELECT count(*) FROM events").fetchone() == (1,)
    other.close()


def test_failures_wait_in_memory_with_one_notice_then_are_saved_in_order(
    log: EventLog, connection: FailingConnection
) -> None:
    pending = PendingWrites(log)
    connection.fail_with = fault_error("full")

    outcomes = [pending.record(drink(ml)) for ml in (100, 200, 300, 400, 500)]

    assert [o.saved for o in outcomes] == [False] * 5
    assert [o.row_id for o in outcomes] == [None] * 5
    assert [o.waiting for o in outcomes] == [1, 2, 3, 4, 5]
    notices = [o.notice for o in outcomes if o.notice]
    assert len(notices) == 1 and "disk is full" in notices[0] and "kept in memory" in notices[0]
    assert pending.status() == "5 entries waiting to be saved"
    assert log.events() == []
    assert connection.failed == 5  # one try per write: waiting entries are not hammered

    assert pending.retry().saved == 0  # still full: nothing new to tell
    connection.fail_with = None
    done = pending.retry()

    assert (done.saved, done.waiting) == (5, 0)
    assert done.notice is not None and "5 entries that waited are saved now" in done.notice
    assert [s.event.details["ml"] for s in log.events()] == [100, 200, 300, 400, 500]
    assert log.water_total_ml("2026-11-23") == 1500
    assert pending.status() is None


def test_the_next_write_saves_what_waited_first(log: EventLog, connection: FailingConnection) -> None:
    pending = PendingWrites(log)
    connection.fail_with = fault_error("readonly")
    pending.record(drink(100))
    connection.fail_with = None

    outcome = pending.record(drink(200))

    assert outcome.saved and outcome.waiting == 0
    assert outcome.notice is not None and "1 entry that waited" in outcome.notice
    assert [s.event.details["ml"] for s in log.events()] == [100, 200]


def test_the_queue_is_bounded_and_says_so_once(log: EventLog, connection: FailingConnection) -> None:
    pending = PendingWrites(log, limit=3)
    connection.fail_with = fault_error("full")
    outcomes = [pending.record(drink()) for _ in range(6)]
    assert [o.waiting for o in outcomes] == [1, 2, 3, 3, 3, 3]
    notices = [o.notice for o in outcomes if o.notice]
    assert len(notices) == 2 and "no more can be kept" in notices[1]


def test_an_entry_undone_while_waiting_is_never_saved(log: EventLog, connection: FailingConnection) -> None:
    pending = PendingWrites(log)
    connection.fail_with = fault_error("full")
    first, second = drink(100), drink(200)
    pending.record(first)
    pending.record(second)
    assert pending.withdraw(first) and not pending.withdraw(first)
    connection.fail_with = None
    assert pending.retry().saved == 1
    assert [s.event.details["ml"] for s in log.events()] == [200]
