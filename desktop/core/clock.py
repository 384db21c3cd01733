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


# tzlocal keeps the zone it found: look again this often, so a zone changed while running is followed.
ZONE_RECHECK_SECONDS = 60.0


class SystemClock:
    """The real Clock: `datetime.now(UTC)`, `time.monotonic()` and the local zone from tzlocal, looked
    up again at most once every ZONE_RECHECK_SECONDS (the laptop may have flown to another zone).
    """

    def __init__(self) -> None:
        self._zone: tzinfo | None = None
        self._zone_read_at = 0.0

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    def local_zone(self) -> tzinfo:
        import tzlocal

        now = time.monotonic()
        if self._zone is None or now - self._zone_read_at >= ZONE_RECHECK_SECONDS:
            self._zone = tzlocal.reload_localzone()
            self._zone_read_at = now
        return self._zone


def local_day(moment: datetime, zone: tzinfo) -> str:
    """The ISO date of `moment` in `zone`: the day a user would say it happened on."""
    return moment.astimezone(zone).date().isoformat()
