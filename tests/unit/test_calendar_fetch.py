"""Fetching a calendar address and reading calendar files: what is allowed, the caps, the messages."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.calendar_busy import CalendarError
from desktop.platform.calendar.fetch import checked_calendar_url, fetch_calendar, is_loopback_host
from desktop.platform.calendar.files import file_stamp, read_calendar_file
from tests.fakes import CalendarServer

ICS = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n"


@pytest.fixture
def server() -> Iterator[CalendarServer]:
    server = CalendarServer({"/cal.ics": (200, ICS, {"Content-Type": "text/calendar"})})
    yield server
    server.stop()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/cal.ics", "https://example.org/cal.ics"),
        ("  webcal://example.org/cal.ics ", "https://example.org/cal.ics"),
        ("http://127.0.0.1:8080/cal.ics", "http://127.0.0.1:8080/cal.ics"),
        ("http://localhost/cal.ics", "http://localhost/cal.ics"),
        ("http://[::1]/cal.ics", "http://[::1]/cal.ics"),
    ],
)
def test_https_and_loopback_http_addresses_are_accepted(url: str, expected: str) -> None:
    assert checked_calendar_url(url) == expected


@pytest.mark.parametrize(
    "url", ["http://example.org/cal.ics", "ftp://example.org/cal.ics", "file:///etc/passwd", "cal.ics", ""]
)
def test_other_addresses_are_refused_with_a_message(url: str) -> None:
    with pytest.raises(CalendarError, match="https"):
        checked_calendar_url(url)


def test_loopback_hosts() -> None:
    assert is_loopback_host("127.0.0.2") and is_loopback_host("LOCALHOST") and is_loopback_host("::1")
    assert not is_loopback_host("10.0.0.1") and not is_loopback_host("localhost.example.org")
    assert not is_loopback_host(None)


def test_fetch_reads_the_calendar_from_the_local_server(server: CalendarServer) -> None:
    assert fetch_calendar(server.url("/cal.ics")) == ICS
    assert server.requests == ["/cal.ics"]


def test_fetch_says_what_the_server_answered(server: CalendarServer) -> None:
    with pytest.raises(CalendarError, match="404"):
        fetch_calendar(server.url("/missing.ics"))


def test_fetch_refuses_more_than_the_cap(server: CalendarServer) -> None:
    with pytest.raises(CalendarError, match="too large"):
        fetch_calendar(server.url("/cal.ics"), limit=len(ICS) - 1)


def test_fetch_refuses_a_redirect_to_plain_http_elsewhere(server: CalendarServer) -> None:
    server.pages["/moved"] = (302, b"", {"Location": "http://example.invalid/cal.ics"})
    with pytest.raises(CalendarError, match="not https"):
        fetch_calendar(server.url("/moved"))
    assert server.requests == ["/moved"]
    # A redirect that stays on this machine is followed.
    server.pages["/here"] = (302, b"", {"Location": server.url("/cal.ics")})
    assert fetch_calendar(server.url("/here")) == ICS


def test_fetch_of_a_closed_port_is_a_calendar_error() -> None:
    closed = CalendarServer()
    url = closed.url("/cal.ics")
    closed.stop()
    with pytest.raises(CalendarError, match="cannot fetch"):
        fetch_calendar(url, timeout=2)


def test_reading_a_file_within_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "work.ics"
    path.write_bytes(ICS)
    assert read_calendar_file(path) == ICS
    stamp = file_stamp(path)
    assert stamp is not None and stamp[2] == len(ICS)
    with pytest.raises(CalendarError, match="too large"):
        read_calendar_file(path, limit=10)


def test_a_missing_file_a_folder_and_a_fifo_are_refused_without_blocking(tmp_path: Path) -> None:
    with pytest.raises(CalendarError, match="not there"):
        read_calendar_file(tmp_path / "gone.ics")
    assert file_stamp(tmp_path / "gone.ics") is None
    with pytest.raises(CalendarError, match="not a regular file"):
        read_calendar_file(tmp_path)
    fifo = tmp_path / "pipe.ics"
    os.mkfifo(fifo)
    with pytest.raises(CalendarError, match="not a regular file"):
        read_calendar_file(fifo)  # with no writer, a blocking open would wait forever
