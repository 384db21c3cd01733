"""Test doubles shared by the whole suite (one module, so every test fakes the world the same way)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo


class FakeClock:
    """A Clock that only moves when told to. Wall time and monotonic time move together unless a
    test says otherwise (sleep: the monotonic clock stands still while wall time jumps)."""

    def __init__(self, start: datetime | None = None, zone: str = "Europe/Berlin") -> None:
        self._now = start or datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
        self._mono = 1000.0
        self._slept = 0.0
        self.zone: tzinfo = ZoneInfo(zone)

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def local_zone(self) -> tzinfo:
        return self.zone

    def advance(self, seconds: float = 0, minutes: float = 0) -> None:
        step = seconds + minutes * 60
        self._now += timedelta(seconds=step)
        self._mono += step

    def sleep_machine(self, seconds: float) -> None:
        """Suspend: the wall clock jumps, CLOCK_MONOTONIC does not (CLOCK_BOOTTIME does)."""
        self._now += timedelta(seconds=seconds)
        self._slept += seconds

    def boottime(self) -> float:
        """CLOCK_BOOTTIME: like monotonic, but it keeps counting while the machine sleeps."""
        return self._mono + self._slept

    def set_wall_clock(self, seconds: float) -> None:
        """Someone (NTP, the user) moved the wall clock; no time passed."""
        self._now += timedelta(seconds=seconds)
