"""The log gives SQLite's page cache back when memory is released (issue 18): after a large log was
read, an idle app holds no more than with an empty one, and the log answers as before."""

from __future__ import annotations

import ctypes
import ctypes.util
import sqlite3
from pathlib import Path

import pytest

from desktop.core.events import Event, Kind, Outcome
from desktop.platform.memory import also_release, release_unused_memory
from desktop.storage.eventlog import EventLog
from scripts.bench_cycle import write_history

EVENTS = 30_000  # about 2.5 MiB of pages, more than SQLite's default cache of 2 MiB


def sqlite_memory_used() -> int:
    """The bytes SQLite holds now, from the library Python's sqlite3 uses (shared, so the same)."""
    name = ctypes.util.find_library("sqlite3")
    if name is None:
        pytest.skip("no shared libsqlite3 to ask")
    library = ctypes.CDLL(name)
    library.sqlite3_memory_used.restype = ctypes.c_int64
    return int(library.sqlite3_memory_used())


@pytest.fixture
def big_log(tmp_path: Path) -> EventLog:
    database = tmp_path / "log.sqlite"
    write_history(database, EVENTS)
    log, _ = EventLog.open(database)
    return log


def test_the_page_cache_goes_back_and_the_log_answers_the_same(big_log: EventLog) -> None:
    first = big_log.events()
    filled = sqlite_memory_used()

    big_log.release_memory()

    assert filled - sqlite_memory_used() > 1024 * 1024  # the cache it filled reading them
    assert big_log.events() == first  # and it reads again, the same
    big_log.close()


def test_releasing_unused_memory_releases_a_registered_log(big_log: EventLog) -> None:
    big_log.events()
    forget = also_release(big_log.release_memory)
    try:
        filled = sqlite_memory_used()
        release_unused_memory()
        assert filled - sqlite_memory_used() > 1024 * 1024
    finally:
        forget()
        big_log.close()


def test_a_forgotten_releaser_is_not_called() -> None:
    calls: list[int] = []
    forget = also_release(lambda: calls.append(1))
    release_unused_memory()
    forget()
    forget()  # twice is harmless
    release_unused_memory()
    assert calls == [1]


def test_a_closed_or_in_memory_log_is_left_alone(tmp_path: Path) -> None:
    in_memory = EventLog.in_memory()
    in_memory.record(Event(Kind.HYDRATION, Outcome.DONE, "2026-12-06", details={"ml": 300}))
    in_memory.release_memory()  # its pages are its data: nothing to give back
    assert in_memory.water_total_ml("2026-12-06") == 300
    log, _ = EventLog.open(tmp_path / "log.sqlite")
    log.close()
    log.release_memory()  # no error on a closed connection
    with pytest.raises(sqlite3.ProgrammingError):
        log.connection.execute("SELECT 1")
