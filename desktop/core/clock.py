"""The one source of time for the core: injected, so tests can use a fake clock and never wait."""

from __future__ import annotations

import time
from datetime import UTC, datetime, tzinfo
from typing import Protocol


class Clock(Protocol):
    """The core's source of time. An implementation must give the aware UTC wall-clock time, a monotonic
    awake-time reading and the user's current time zone; tests pass a fake one.
    """

    def now(self) -> datetime:
        """The current wall-clock time, timezone-aware, in UTC."""

    def monotonic(self) -> float:
        """Seconds that only move forward while the machine is awake (CLOCK_MONOTONIC on Linux)."""

    def local_zone(self) -> tzinfo:
        """The user's time zone, DST-aware (a ZoneInfo), for local days and calendar times."""


class SystemClock:
    """The real Clock: `datetime.now(UTC)`, `time.monotonic()` and the local zone from tzlocal, asked afresh
    on each call.
    """

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    def local_zone(self) -> tzinfo:
        # Asked each time: the laptop may have flown to another time zone since start-up.
        import tzlocal

        return tzlocal.get_localzone()


def local_day(moment: datetime, zone: tzinfo) -> str:
    """The ISO date of `moment` in `zone`: the day a user would say it happened on."""
    return moment.astimezone(zone).date().isoformat()
