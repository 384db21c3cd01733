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


class FakeMethodCaller:
    """A session bus that answers from a table: {(service, method): reply tuple or an Exception}.

    Records every call as (service, path, interface, method, signature, args)."""

    def __init__(self, replies: dict[tuple[str, str], object] | None = None) -> None:
        self.replies = dict(replies or {})
        self.calls: list[tuple[object, ...]] = []
        self.closed = False

    def call(
        self,
        service: str,
        path: str,
        interface: str,
        method: str,
        signature: str = "",
        args: tuple[object, ...] = (),
    ) -> tuple[object, ...]:
        from desktop.platform.dbus_calls import DBusCallError

        self.calls.append((service, path, interface, method, signature, args))
        reply = self.replies.get((service, method))
        if reply is None:
            raise DBusCallError(f"org.freedesktop.DBus.Error.ServiceUnknown: {service}")
        if isinstance(reply, Exception):
            raise reply
        assert isinstance(reply, tuple)
        return reply

    def close(self) -> None:
        self.closed = True
