"""Notices what the OS may not tell us: the machine slept, or the clock or time zone changed.

A coarse timer calls `beat()` (once a minute is plenty). Between two beats, the *awake* clock
(CLOCK_MONOTONIC on Linux: stops while suspended) and the *total* clock (CLOCK_BOOTTIME on Linux:
keeps counting while suspended) tell slept time from a wall-clock change:

    slept = Δtotal - Δawake            clock moved = Δwall - Δtotal

Without a total clock, any wall-clock jump forward beyond `sleep_threshold` is taken as sleep (it
cannot be told apart, and for reminders "time passed that the user did not work" is the right call);
a jump backward is a clock change.

OS announcements (logind PrepareForSleep, WM_POWERBROADCAST, NSWorkspace) arrive through
`sleep_announced()` / `wake_announced()`. Whichever notices a sleep first reports it; the other
stays quiet, so one sleep is reported exactly once.

Pure: all time comes from the injected Clock and the optional `total` callable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.core.clock import Clock


@dataclass(frozen=True)
class Slept:
    """A Heartbeat finding: the machine was asleep for `seconds`."""

    seconds: float


@dataclass(frozen=True)
class ClockChanged:
    """The wall clock, the time zone or its UTC offset changed: calendar times must be recomputed."""

    reason: str


Finding = Slept | ClockChanged


@dataclass(frozen=True)
class _Reading:
    wall: datetime
    awake: float
    total: float | None
    zone: str
    offset: timedelta | None


class Heartbeat:
    """Owns the previous clock reading and whether the OS announced a sleep; each `beat()` compares the awake,
    total and wall clocks with it and reports Slept or ClockChanged findings, each sleep once whether the
    beat or the OS noticed it first.
    """

    def __init__(
        self,
        clock: Clock,
        total: Callable[[], float] | None = None,
        sleep_threshold: float = 30.0,
        clock_tolerance: float = 5.0,
    ) -> None:
        self._clock = clock
        self._total = total
        self._sleep_threshold = sleep_threshold
        self._clock_tolerance = clock_tolerance
        self._baseline = self._read()
        self._announced: _Reading | None = None
        self._reported_since_announce = False

    def beat(self) -> list[Finding]:
        """Compare with the previous beat; report each finding once."""
        now = self._read()
        findings = self._compare(self._baseline, now)
        if self._announced is not None and any(isinstance(f, Slept) for f in findings):
            self._reported_since_announce = True
        self._baseline = now
        return findings

    def sleep_announced(self) -> None:
        """The OS said it is about to suspend."""
        self._announced = self._read()
        self._reported_since_announce = False

    def wake_announced(self) -> list[Finding]:
        """The OS said it resumed: the slept time (unless a beat already reported it), plus any clock or
        zone change that happened meanwhile (the laptop may have flown somewhere)."""
        now = self._read()
        announced, self._announced = self._announced, None
        already = self._reported_since_announce
        self._reported_since_announce = False
        findings = self._compare(self._baseline, now)
        self._baseline = now
        if already:
            return [f for f in findings if not isinstance(f, Slept)]
        if announced is None:
            # A wake without its announcement (we started mid-way, or the signal was lost):
            # what the clocks say since the last beat is all we know.
            return findings
        changes = [f for f in findings if not isinstance(f, Slept)]
        return [Slept(self._slept_between(announced, now)), *changes]

    def _compare(self, before: _Reading, now: _Reading) -> list[Finding]:
        findings: list[Finding] = []
        awake = now.awake - before.awake
        wall = (now.wall - before.wall).total_seconds()
        if now.total is not None and before.total is not None:
            total = now.total - before.total
            slept = total - awake
            moved = wall - total
        else:
            gap = wall - awake
            slept = gap if gap > self._sleep_threshold else 0.0
            moved = gap if gap < -self._clock_tolerance else 0.0
        if slept > self._sleep_threshold:
            findings.append(Slept(slept))
        if abs(moved) > self._clock_tolerance:
            findings.append(ClockChanged(f"the wall clock moved by {moved:+.0f} s"))
        if now.zone != before.zone:
            findings.append(ClockChanged(f"the time zone changed from {before.zone} to {now.zone}"))
        elif now.offset != before.offset:
            findings.append(ClockChanged("the UTC offset changed (daylight saving time)"))
        return findings

    def _slept_between(self, before: _Reading, now: _Reading) -> float:
        awake = now.awake - before.awake
        if now.total is not None and before.total is not None:
            return max(0.0, (now.total - before.total) - awake)
        return max(0.0, (now.wall - before.wall).total_seconds() - awake)

    def _read(self) -> _Reading:
        wall = self._clock.now()
        zone = self._clock.local_zone()
        return _Reading(
            wall=wall,
            awake=self._clock.monotonic(),
            total=self._total() if self._total else None,
            zone=str(getattr(zone, "key", None) or zone),
            offset=wall.astimezone(zone).utcoffset(),
        )
