"""The hold in progress, the day's holding time and the log rows of holds that ended.

The policy asks `look()` when a due reminder might be shown; this keeps what `hold_or_show`
decided, counts the time held for a call, a calendar event or an app rule against the day's cap,
and writes one log row (`Activity.HOLD`) per stretch of one reason, with its length. Typing holds
are too brief to log.
"""

from __future__ import annotations

from datetime import datetime

from desktop.core.clock import Clock, local_day
from desktop.core.events import Activity, Event, Outcome
from desktop.core.holds import WATCHED, Conditions, Hold, HoldLimits, HoldReason, Meeting, hold_or_show
from desktop.core.settings import Settings


class HoldBook:
    """Owns the current hold, the time held today (for the daily cap) and the finished holds'
    log rows until `take_finished()` hands them out."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self.current: Hold | None = None
        self._segment_start: datetime | None = None
        self._last_look: datetime | None = None
        self._day = ""
        self._used_seconds = 0.0
        self._finished: list[Event] = []

    def held_today(self, now: datetime) -> float:
        """Seconds held today by calls, calendar events and app rules."""
        return self._used_seconds if self._day == local_day(now, self._clock.local_zone()) else 0.0

    def look(
        self,
        now: datetime,
        conditions: Conditions,
        meeting: Meeting | None,
        settings: Settings,
        minute: float,
    ) -> bool:
        """Decide again whether the due reminder waits; True when it may come, but quietly. The
        limits are the settings' minutes, `minute` seconds each."""
        self._count(now)
        limits = HoldLimits(
            cap=settings.busy_defer_minutes * minute,
            recheck=minute,
            grace=settings.quiet_times.call_grace_minutes * minute,
        )
        day_left = settings.quiet_times.hold_cap_minutes_per_day * minute - self.held_today(now)
        hold, quiet = hold_or_show(self.current, now, conditions, meeting, limits, day_left)
        self._set(now, hold, "quiet" if quiet else "shown")
        return quiet

    def end(self, how: str) -> None:
        """Nothing waits any more (`how`: shown anyway, a break, a pause, the meeting ended)."""
        if self.current is not None:
            now = self._clock.now()
            self._count(now)
            self._set(now, None, how)

    def take_finished(self) -> list[Event]:
        """The log rows of the holds that ended since the last call."""
        finished, self._finished = self._finished, []
        return finished

    def _count(self, now: datetime) -> None:
        last, self._last_look = self._last_look, now
        if self.current is None or self.current.reason not in WATCHED or last is None:
            return
        day = local_day(now, self._clock.local_zone())
        if day != self._day:
            self._day, self._used_seconds = day, 0.0
        self._used_seconds += max(0.0, (now - last).total_seconds())

    def _set(self, now: datetime, hold: Hold | None, how: str) -> None:
        previous = self.current
        changed = previous is None or hold is None or hold.reason is not previous.reason
        if previous is not None and changed:
            self._log(previous, now, how if hold is None else "changed")
        if hold is not None and changed:
            self._segment_start = now
        if hold is None:
            self._last_look = None
        self.current = hold

    def _log(self, hold: Hold, now: datetime, how: str) -> None:
        if hold.reason is HoldReason.TYPING or self._segment_start is None:
            return
        seconds = max(0.0, (now - self._segment_start).total_seconds())
        details = {"reason": hold.reason.value, "seconds": round(seconds), "ended": how}
        if hold.detail:
            details["detail"] = hold.detail
        if hold.device:
            details["device"] = hold.device
        zone = self._clock.local_zone()
        self._finished.append(
            Event(
                Activity.HOLD,
                Outcome.ENDED,
                local_day(now, zone),
                due_at=self._segment_start,
                answered_at=now,
                details=details,
            )
        )
