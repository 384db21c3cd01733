"""CalendarSource: real file watching and worker threads, a fake clock, a local web server."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.platform.calendar import CalendarConfig, CalendarSource
from desktop.platform.calendar.fetch import FETCH_INTERVAL_SECONDS
from tests.fakes import CalendarServer, FakeClock

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # a Monday


def ics(summary: str, start: str = "20261123T090000Z", end: str = "20261123T100000Z") -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:one@test\r\n"
        f"SUMMARY:{summary}\r\nDTSTART:{start}\r\nDTEND:{end}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def source(clock: FakeClock) -> Iterator[CalendarSource]:
    source = CalendarSource(clock)
    yield source
    source.close()


@pytest.fixture
def server() -> Iterator[CalendarServer]:
    server = CalendarServer({"/work.ics": (200, ics("Web meeting"), {"Content-Type": "text/calendar"})})
    yield server
    server.stop()


def summary_at(source: CalendarSource, moment: datetime) -> str | None:
    period = source.busy_at(moment)
    return None if period is None else period.summary


def test_a_file_rewritten_while_running_updates_busy_at(
    qtbot: QtBot, source: CalendarSource, tmp_path: Path
) -> None:
    path = tmp_path / "work.ics"
    path.write_bytes(ics("Planning"))
    with qtbot.waitSignal(source.changed, timeout=5000):
        source.configure(CalendarConfig(files=(path,)))
    assert summary_at(source, NOW) == "Planning"
    assert summary_at(source, NOW + timedelta(hours=1)) is None
    assert source.next_change(NOW) == datetime(2026, 11, 23, 10, tzinfo=UTC)

    # An editor that replaces the file (write a new one, rename it over the old one).
    replacement = tmp_path / ".work.ics.tmp"
    replacement.write_bytes(ics("Review", "20261123T093000Z", "20261123T110000Z"))
    with qtbot.waitSignal(source.changed, timeout=5000):
        os.replace(replacement, path)
    assert summary_at(source, NOW + timedelta(hours=1)) == "Review"

    # And one that writes in place, in two steps: read once, after the writes settled.
    with qtbot.waitSignal(source.changed, timeout=5000), path.open("wb") as handle:
        data = ics("Retro", "20261123T120000Z", "20261123T130000Z")
        handle.write(data[:40])
        handle.flush()
        handle.write(data[40:])
    assert summary_at(source, NOW) is None
    assert summary_at(source, NOW + timedelta(hours=3)) == "Retro"
    assert source.problems() == ()


def test_a_malformed_file_gives_a_clear_problem_and_no_hold(
    qtbot: QtBot, source: CalendarSource, tmp_path: Path
) -> None:
    path = tmp_path / "broken.ics"
    path.write_bytes(b"this is not a calendar\n")
    with qtbot.waitSignal(source.problem, timeout=5000) as blocker:
        source.configure(CalendarConfig(files=(path,)))
    assert blocker.args is not None
    assert str(path) in blocker.args[0] and "not a readable iCalendar file" in blocker.args[0]
    assert source.busy_at(NOW) is None
    # Fixing the file clears the problem.
    with qtbot.waitSignal(source.changed, timeout=5000):
        path.write_bytes(ics("Fixed"))
    assert summary_at(source, NOW) == "Fixed"
    assert source.problems() == ()


def test_a_fifo_in_place_of_the_file_is_refused_without_blocking(
    qtbot: QtBot, source: CalendarSource, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.ics"
    os.mkfifo(fifo)
    with qtbot.waitSignal(source.problem, timeout=5000) as blocker:
        source.configure(CalendarConfig(files=(fifo,)))
    assert blocker.args is not None and "not a regular file" in blocker.args[0]


def test_two_files_hold_together_and_removing_one_drops_its_events(
    qtbot: QtBot, source: CalendarSource, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    first.write_bytes(ics("From A"))
    second.write_bytes(ics("From B", "20261123T110000Z", "20261123T120000Z"))
    with qtbot.waitSignals([source.changed, source.changed], timeout=5000):
        source.configure(CalendarConfig(files=(first, second)))
    qtbot.waitUntil(lambda: len(source.periods()) == 2, timeout=5000)
    with qtbot.waitSignal(source.changed, timeout=5000):
        source.configure(CalendarConfig(files=(second,)))
    assert [p.summary for p in source.periods()] == ["From B"]


def test_the_web_address_is_fetched_when_enabled_and_at_most_every_15_minutes(
    qtbot: QtBot, source: CalendarSource, clock: FakeClock, server: CalendarServer
) -> None:
    config = CalendarConfig(url=server.url("/work.ics"), fetch_enabled=True)
    with qtbot.waitSignal(source.changed, timeout=5000):
        source.configure(config)
    assert summary_at(source, NOW) == "Web meeting"
    assert server.requests == ["/work.ics"]

    source.configure(config)  # asked again within 15 minutes: no request
    clock.advance(seconds=FETCH_INTERVAL_SECONDS - 1)
    source.configure(config)
    assert server.requests == ["/work.ics"]

    server.pages["/work.ics"] = (503, b"busy", {})
    clock.advance(seconds=1)
    with qtbot.waitSignal(source.problem, timeout=5000) as blocker:
        source.configure(config)
    assert blocker.args is not None and "503" in blocker.args[0]
    assert server.requests == ["/work.ics", "/work.ics"]
    assert summary_at(source, NOW) == "Web meeting"  # a failed fetch keeps the last good copy


def test_turning_the_address_off_and_on_again_uses_the_last_copy_without_a_request(
    qtbot: QtBot, source: CalendarSource, server: CalendarServer
) -> None:
    on = CalendarConfig(url=server.url("/work.ics"), fetch_enabled=True)
    with qtbot.waitSignal(source.changed, timeout=5000):
        source.configure(on)
    with qtbot.waitSignal(source.changed, timeout=1000):
        source.configure(CalendarConfig(url=on.url, fetch_enabled=False))
    assert source.busy_at(NOW) is None  # off: its events no longer hold
    with qtbot.waitSignal(source.changed, timeout=5000):
        source.configure(on)
    assert summary_at(source, NOW) == "Web meeting"
    assert server.requests == ["/work.ics"]


def test_a_calendar_removed_while_it_is_read_stays_removed(
    qtbot: QtBot, source: CalendarSource, tmp_path: Path
) -> None:
    removed, kept = tmp_path / "removed.ics", tmp_path / "kept.ics"
    removed.write_bytes(ics("Removed"))
    kept.write_bytes(ics("Kept"))
    source.configure(CalendarConfig(files=(removed,)))  # its read starts on a worker thread...
    source.configure(CalendarConfig())  # ...and the calendar is gone before it can be applied
    with qtbot.waitSignal(source.changed, timeout=5000):
        source.configure(CalendarConfig(files=(kept,)))
    qtbot.waitUntil(lambda: not source.reading, timeout=5000)  # the late read was picked up, and dropped
    assert [p.summary for p in source.periods()] == ["Kept"]


def test_a_disabled_web_address_makes_no_connection(
    qtbot: QtBot, source: CalendarSource, server: CalendarServer, tmp_path: Path
) -> None:
    path = tmp_path / "local.ics"
    path.write_bytes(ics("Local"))
    with qtbot.waitSignal(source.changed, timeout=5000):
        source.configure(CalendarConfig(files=(path,), url=server.url("/work.ics"), fetch_enabled=False))
    assert summary_at(source, NOW) == "Local"
    assert server.requests == []


def test_an_address_that_is_not_https_is_refused_before_any_request(qtbot: QtBot, clock: FakeClock) -> None:
    fetched: list[str] = []

    def fetch(url: str) -> bytes:
        fetched.append(url)
        return b""

    source = CalendarSource(clock, fetch=fetch)
    try:
        with qtbot.waitSignal(source.problem, timeout=1000) as blocker:
            source.configure(CalendarConfig(url="http://example.org/cal.ics", fetch_enabled=True))
        assert blocker.args is not None and "only https://" in blocker.args[0]
        assert fetched == []
    finally:
        source.close()


def test_the_window_is_read_again_when_the_expanded_days_run_out(
    qtbot: QtBot, source: CalendarSource, clock: FakeClock, tmp_path: Path
) -> None:
    path = tmp_path / "daily.ics"
    path.write_bytes(
        ics("Daily", "20261123T090000Z", "20261123T100000Z").replace(
            b"END:VEVENT", b"RRULE:FREQ=DAILY\r\nEND:VEVENT"
        )
    )
    with qtbot.waitSignal(source.changed, timeout=5000):
        source.configure(CalendarConfig(files=(path,)))
    later = NOW + timedelta(days=5)
    clock.advance(seconds=(later - NOW).total_seconds())
    with qtbot.waitSignal(source.changed, timeout=5000):
        assert source.busy_at(later) is None  # answered from the cache at once; a re-read starts
    assert summary_at(source, later) == "Daily"


def test_the_calendar_libraries_load_on_the_first_read_not_on_import() -> None:
    program = (
        "import sys, desktop.platform.calendar\n"
        "print(sorted(m for m in ('icalendar', 'recurring_ical_events') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
