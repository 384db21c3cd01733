"""Decides when the user left the computer and when they came back, from idle readings.

The OS tells us "seconds since the last input" (idle time). That reading is retrospective: the moment
of the last input is `now - idle`, so the tracker never needs to poll fast to know *when* someone left
or returned, only to notice it soon enough. That gives the sampling plan in `next_sample_delay`:

- active: sample again when the idle time could first reach `away_after` (`away_after - idle`), so a
  user who keeps typing costs one wake-up per `away_after` seconds (e.g. one a minute);
- away: sample every `away_poll` seconds (default 5 s) to notice the return promptly; the return
  moment itself is still exact to the reading;
- locked: no sampling at all; the unlock event arrives from the OS (and with no idle source at
  all, the caller runs no timer).

With away_after=60 s this is ~1 wake-up/min while working and 12/min while away, far inside the
budget of 60 wake-ups and 10 ms CPU per minute (one reading costs microseconds on X11).

Pure: time comes from an injected monotonic callable (seconds that stop while the machine sleeps);
sleep is reported separately through `slept()` and added to the away time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

# An input this close after the moment we think the user left is the same input, read twice
# (readings are whole milliseconds and the two clocks are read a moment apart).
_SAME_INPUT_TOLERANCE = 1.0


class AwayReason(StrEnum):
    """Why the user counts as away: idle input, a locked screen or a sleeping machine; carried by Left."""

    IDLE = "idle"
    LOCKED = "locked"
    ASLEEP = "asleep"


@dataclass(frozen=True)
class Left:
    """The user left at monotonic time `since` (their last input), for `reason`."""

    since: float
    reason: AwayReason


@dataclass(frozen=True)
class Returned:
    """The user came back: away from `left_at` to `back_at` (monotonic), `away_seconds` in total,
    which includes time the machine slept in between (the monotonic clock skips that)."""

    left_at: float
    back_at: float
    away_seconds: float
    reason: AwayReason


AwayChange = Left | Returned


class AwayTracker:
    """Owns the away state (the current Left, the lock flag, sleep time to add) and the sampling plan: fed
    idle readings, lock/unlock and sleep, it reports when the user left and came back, and
    `next_sample_delay` says when to read the idle time again.
    """

    def __init__(
        self,
        monotonic: Callable[[], float],
        away_after: float,
        away_poll: float = 5.0,
        min_poll: float = 1.0,
    ) -> None:
        if away_after <= 0 or away_poll <= 0 or min_poll <= 0:
            raise ValueError("away_after, away_poll and min_poll must be positive")
        self._monotonic = monotonic
        self.away_after = away_after
        self._away_poll = away_poll
        self._min_poll = min_poll
        self._locked = False
        self._left: Left | None = None
        self._slept = 0.0
        self._last_idle: float | None = None

    @property
    def away(self) -> Left | None:
        """The current absence, or None while the user is here."""
        return self._left

    @property
    def locked(self) -> bool:
        return self._locked

    def set_away_after(self, seconds: float) -> None:
        """The settings changed; an absence already under way keeps going."""
        if seconds <= 0:
            raise ValueError("away_after must be positive")
        self.away_after = seconds

    def observe_idle(self, idle_seconds: float | None) -> AwayChange | None:
        """Feed one idle reading (None: no source, or the reading failed)."""
        self._last_idle = idle_seconds
        if idle_seconds is None or self._locked:
            # While locked, typing the password resets the idle time: the unlock says more.
            return None
        now = self._monotonic()
        last_input = now - max(0.0, idle_seconds)
        if self._left is None:
            if idle_seconds >= self.away_after:
                self._left = Left(since=last_input, reason=AwayReason.IDLE)
                return self._left
            return None
        if last_input > self._left.since + min(_SAME_INPUT_TOLERANCE, self.away_after / 4):
            return self._come_back(last_input)
        return None

    def screen_locked(self, idle_seconds: float | None = None) -> Left | None:
        """The screen was locked; the user left at their last input (now, if unknown)."""
        self._locked = True
        if self._left is not None:
            return None
        idle = max(0.0, idle_seconds or 0.0)
        self._left = Left(since=self._monotonic() - idle, reason=AwayReason.LOCKED)
        return self._left

    def screen_unlocked(self) -> Returned | None:
        """Unlocking takes a password: the user is back now."""
        was_locked, self._locked = self._locked, False
        if self._left is None or not was_locked:
            return None
        return self._come_back(self._monotonic())

    def slept(self, seconds: float) -> Left | None:
        """The machine slept `seconds` (monotonic time skipped it): that is time away.

        Returns Left if the user was here before the sleep (they left when it began)."""
        self._slept += max(0.0, seconds)
        if self._left is not None:
            return None
        self._left = Left(since=self._monotonic(), reason=AwayReason.ASLEEP)
        return self._left

    def next_sample_delay(self) -> float | None:
        """Seconds until the next idle reading is worth taking, or None when none is needed."""
        if self._locked:
            return None
        if self._last_idle is None:
            # No reading yet, or the last one failed: look again later, cheaply.
            # (A caller with no idle source at all runs no timer.)
            return float(self.away_after)
        if self._left is not None:
            return self._away_poll
        return max(self._min_poll, min(self.away_after, self.away_after - self._last_idle))

    def _come_back(self, back_at: float) -> Returned:
        assert self._left is not None
        left = self._left
        returned = Returned(
            left_at=left.since,
            back_at=back_at,
            away_seconds=max(0.0, back_at - left.since) + self._slept,
            reason=left.reason,
        )
        self._left = None
        self._slept = 0.0
        return returned
