"""When each reminder falls due: the pure heart of the app.

Intervals count *work time*: monotonic seconds while the app runs, is not paused and the user is
at the machine. Absences come in as inputs (the user came back; the system woke): a long one is a
natural break and resets every kind. Time comes only from the injected Clock: tests never wait.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from desktop.core.break_rules import with_heads_ups
from desktop.core.clock import Clock
from desktop.core.events import Event, Outcome, reminder_event
from desktop.core.hold_book import HoldBook
from desktop.core.holds import NO_CONDITIONS, Conditions, Meeting
from desktop.core.kinds import PRIORITY, Kind
from desktop.core.merged_answers import credits
from desktop.core.reminder_state import PauseRequest, Prompt, Upcoming
from desktop.core.settings import Settings
from desktop.core.work_counters import WorkCounters
from desktop.core.working_hours import start_of_tomorrow

__all__ = ["MERGE_WINDOW_SECONDS", "PauseRequest", "Prompt", "ReminderPolicy", "Upcoming"]

# Reminders due this close together are shown as one prompt, so the user is interrupted once.
MERGE_WINDOW_SECONDS = 120.0


@dataclass
class _Pause:
    until: datetime | None  # None: until resumed


@dataclass
class ReminderPolicy:
    """Every timing rule of the app, on an injected clock: work-time intervals, snooze, merging,
    pause, meeting mode, holds (`holds`), how long a prompt waits for an answer. It owns the only
    live counters; the engine asks `next_wakeup()` and calls back then."""

    settings: Settings
    clock: Clock
    # How long a minute of the settings lasts: 60 s, except in end-to-end tests that speed it up.
    minute_seconds: float = 60.0
    _counters: WorkCounters = field(init=False)
    _last_mono: float = field(init=False)
    _last_wall: datetime = field(init=False)
    _pause: _Pause | None = field(init=False, default=None)
    _pending: Prompt | None = field(init=False, default=None)
    _away: bool = field(init=False, default=False)  # the user left; no work time counts until they return
    _meeting: Meeting | None = field(init=False, default=None)
    holds: HoldBook = field(init=False)  # a due reminder waiting for a better moment, and the day's holds
    _expires_at: datetime | None = field(init=False, default=None)  # the pending prompt goes away then

    def __post_init__(self) -> None:
        self._counters = WorkCounters(self._interval)
        self.holds = HoldBook(self.clock)
        self._last_mono = self.clock.monotonic()
        self._last_wall = self.clock.now()

    # ---- queries -------------------------------------------------------------------------

    @property
    def pending(self) -> Prompt | None:
        return self._pending

    @property
    def meeting(self) -> Meeting | None:
        return self._meeting

    def upcoming(self) -> Upcoming:
        now = self._advance()
        pause, off_until = self._pause, None
        week = self.settings.working_hours.week()
        if pause is None and week is not None and not week.is_working(now, self.clock.local_zone()):
            period = week.current_or_next(now, self.clock.local_zone())
            off_until = period[0] if period else None
        next_kind, next_at = next(iter(self._schedule(now)), (None, None))
        return Upcoming(
            paused=pause is not None,
            paused_until=pause.until if pause else None,
            waiting=self._pending,
            next_kind=next_kind,
            next_at=next_at,
            off_hours_until=off_until,
            meeting=self._meeting,
            hold=self.holds.current,  # `_advance` ended it when nothing is due
        )

    def schedule(self) -> list[tuple[Kind, datetime]]:
        """Every coming reminder with its time, soonest first (empty while paused)."""
        return self._schedule(self._advance())

    def _schedule(self, now: datetime) -> list[tuple[Kind, datetime]]:
        if self._pause is not None:
            return []
        return sorted(self._due_times(now).items(), key=lambda item: (item[1], PRIORITY.index(item[0])))

    def next_wakeup(self) -> datetime | None:
        """When the engine must ask `due()` again (None: nothing will happen by itself)."""
        now = self._advance()
        meeting_end = self._meeting.until if self._meeting else None
        if self._pause is not None:
            return _soonest(self._pause.until, meeting_end)
        if self._pending is not None:
            return _soonest(self._expires_at, meeting_end)  # else the answer moves things on
        if self._away:
            return meeting_end  # the user's return moves things on
        if (hold := self.holds.current) is not None:  # held only while something is due (`_advance`)
            return _soonest(hold.retry_at, meeting_end)
        wakeups = with_heads_ups(self._due_times(now), self.settings, now)  # and the heads-ups
        if meeting_end is not None:
            wakeups.append(meeting_end)
        week = self.settings.working_hours.week()
        period = week.current_or_next(now, self.clock.local_zone()) if week else None
        if period is not None:
            wakeups.append(period[1] if period[0] <= now else period[0])  # tray: "off hours" on time
        return min(wakeups) if wakeups else None

    # ---- the clock moves -----------------------------------------------------------------

    def is_due(self) -> bool:
        """Whether `due()` would open a prompt now (it changes nothing)."""
        return bool(self._due_kinds(self._advance()))

    def due(self, conditions: Conditions = NO_CONDITIONS) -> Prompt | None:
        """A prompt to show now, or None (pending until answered or expired). A due reminder may
        wait: `desktop/core/holds.py` says why and how long; then `upcoming().hold` tells."""
        now = self._advance()
        due = self._due_kinds(now)
        if not due:
            return None  # `_advance` ended any hold: a later reminder waits afresh
        quiet = self.holds.look(now, conditions, self._meeting, self.settings, self.minute_seconds)
        return None if self.holds.current is not None else self._open_prompt(now, due, quiet=quiet)

    def remind_anyway(self) -> Prompt | None:
        """The user wants the held reminder now ("remind me anyway"); None when nothing is held."""
        now = self._advance()
        due = self._due_kinds(now)
        if self.holds.current is None or not due:
            return None
        self.holds.end("anyway")
        return self._open_prompt(now, due)

    def expire(self) -> list[Event]:
        """Close the pending prompt if it has waited for an answer as long as it may: missed, or
        deferred when it only came (quietly) because it had been held back to the limit."""
        self._advance()
        prompt = self._pending
        if prompt is None or self._expires_at is None or self.clock.now() < self._expires_at:
            return []
        return self.answer(Outcome.DEFERRED if prompt.quiet else Outcome.MISSED)

    def hold_prompt(self, minutes: int) -> None:
        """The user started the pending reminder's routine or breathing session from its card: it is
        answered when that ends, so it does not expire meanwhile (only after `minutes`)."""
        if self._pending is not None:
            self._expires_at = self._advance() + timedelta(seconds=self._seconds(minutes))

    def start_now(self, kind: Kind) -> Prompt:
        """The user asked for this reminder now (e.g. "take a stretch break now")."""
        now = self._advance()
        if self._pending is not None and kind in self._pending.kinds:
            return self._pending
        if self._pending is not None:
            self._pending = None  # replaced by what the user asked for; the old one comes back later
        return self._open_prompt(now, [kind])

    # ---- answers -------------------------------------------------------------------------

    def answer(self, outcome: Outcome, details: dict[str, Any] | None = None) -> list[Event]:
        """Close the pending prompt; one event per kind it held, credited by `merged_answers.credits`."""
        prompt = self._pending
        if prompt is None:
            return []
        now = self._advance()
        self._pending = self._expires_at = None
        events = []
        credited = credits(prompt.kinds, prompt.primary, outcome, details)
        for (kind, kind_outcome, kind_details), due_at in zip(credited, prompt.due_at, strict=True):
            (self.postpone if kind_outcome is Outcome.SNOOZED else self._counters.reset)(kind)
            events.append(self._event(kind, kind_outcome, now, kind_details, due_at, prompt.shown_at))
        return events

    def postpone(self, kind: Kind) -> None:
        """`kind` comes back after its snooze length (a snooze, or a routine put off from the menu)."""
        self._counters.snooze(kind, self._seconds(self.settings.for_kind(kind).snooze_minutes))

    def record_drink(self, millilitres: int) -> Event:
        """Water logged without a prompt: it counts as the hydration break."""
        now = self._advance()
        if self._pending is None or Kind.HYDRATION not in self._pending.kinds:
            self._counters.reset(Kind.HYDRATION)
        return self._event(Kind.HYDRATION, Outcome.DONE, now, {"ml": millilitres})

    # ---- absences ------------------------------------------------------------------------

    def user_left(self, idle_seconds: float) -> None:
        """The user has not touched the computer for `idle_seconds` and counts as away from now on:
        work time stops, and reminders wait until they are back."""
        self._advance()
        if not self._away:
            self._uncount(idle_seconds)  # counted as work while it passed; it was not
            self._away = True

    def user_returned(self, away_seconds: float) -> list[Event]:
        """The user was away from the input devices for `away_seconds` and is back now."""
        now = self._advance()
        was_away, self._away = self._away, False
        if away_seconds >= self._natural_break_seconds():
            return self._natural_break(now, {"reason": "away", "away_seconds": round(away_seconds)})
        if not was_away:
            self._uncount(away_seconds)
        return []

    def system_resumed(self, slept_seconds: float) -> list[Event]:
        """The machine woke after sleeping `slept_seconds`. A monotonic clock that stops during
        suspend already left the sleep out of work time; a long sleep is also a break taken."""
        now = self._advance()
        if slept_seconds >= self._natural_break_seconds():
            return self._natural_break(now, {"reason": "sleep", "away_seconds": round(slept_seconds)})
        return []

    # ---- pause and settings --------------------------------------------------------------

    def pause(self, until: datetime | None) -> list[Event]:
        """Pause until a moment (None: until resumed). A prompt on screen is put off, not lost."""
        self._advance()
        events = self.answer(Outcome.SNOOZED, {"reason": "paused"}) if self._pending else []
        self._pause = _Pause(until)
        self.holds.end("paused")
        return events

    def pause_for(self, request: PauseRequest) -> list[Event]:
        """Pause as the user asked: for some minutes, until tomorrow, or until resumed."""
        if request.until_tomorrow:
            return self.pause(self.start_of_tomorrow())
        if request.minutes is not None:
            return self.pause(self.clock.now() + timedelta(seconds=self._seconds(request.minutes)))
        return self.pause(None)

    def start_meeting(self, minutes: int | None) -> None:
        """Meeting mode for `minutes` (None: until ended): reminders that fall due wait, not dropped."""
        now = self._advance()
        self._meeting = Meeting(now + timedelta(seconds=self._seconds(minutes)) if minutes else None)

    def end_meeting(self) -> None:
        """What fell due meanwhile comes at the next `due()`."""
        self._advance()
        self._meeting = None
        self.holds.end("meeting ended")

    def resume(self) -> None:
        self._advance()
        self._pause = None

    def start_of_tomorrow(self) -> datetime:
        """When "pause until tomorrow" ends: tomorrow's first working hour when hours are set,
        else the local midnight that begins tomorrow (a UTC instant either way; DST-safe)."""
        return start_of_tomorrow(
            self.clock.now(), self.clock.local_zone(), self.settings.working_hours.week()
        )

    def reads_the_same(self, settings: Settings) -> bool:
        """Whether `settings` differ from those in use only where the policy does not look (a
        window's options, the language), so nothing about timing changes."""
        return _timing(settings) == _timing(self.settings)

    def apply_settings(self, settings: Settings) -> None:
        self._advance()
        old, self.settings = self.settings, settings
        for kind in Kind:
            if not old.for_kind(kind).enabled and settings.for_kind(kind).enabled:
                self._counters.reset(kind)  # switched on: a full interval from now
            else:
                self._counters.retarget(kind)

    # ---- internals -----------------------------------------------------------------------

    def _advance(self) -> datetime:
        """Count the work time since the last call; end a pause whose time has come."""
        now = self.clock.now()
        mono = self.clock.monotonic()
        elapsed = max(0.0, mono - self._last_mono)
        since, self._last_mono, self._last_wall = self._last_wall, mono, now
        if self._meeting is not None and self._meeting.until is not None and now >= self._meeting.until:
            self._meeting = None
            self.holds.end("meeting ended")
        if self._pause is not None and self._pause.until is not None and now >= self._pause.until:
            elapsed = min(elapsed, (now - self._pause.until).total_seconds())
            self._pause = None
        week = self.settings.working_hours.week()
        if week is not None and now > since:
            working = week.working_seconds_between(since, now, self.clock.local_zone())
            if (now - since).total_seconds() - working >= self._natural_break_seconds():
                # Lunch or the night lay between: the day starts afresh, with no stale reminder.
                for kind in Kind:
                    if self._pending is None or kind not in self._pending.kinds:
                        self._counters.reset(kind)
            elapsed = min(elapsed, working)
        if self._pause is None and not self._away:
            self._counters.count(self._counting(), elapsed)
        if self.holds.current is not None and not self._due_kinds(now):
            self.holds.end("gone")  # nothing waits any more (a break, an answer): the next one waits afresh
        return now

    def _uncount(self, seconds: float) -> None:
        if self._pause is None:
            self._counters.uncount(self._counting(), seconds)

    def _due_kinds(self, now: datetime) -> list[Kind]:
        if self._pause is not None or self._pending is not None or self._away or not self._working(now):
            return []
        return [kind for kind in self._enabled() if self._counters.left(kind) <= 0]

    def _open_prompt(self, now: datetime, kinds: list[Kind], quiet: bool = False) -> Prompt:
        merged = set(kinds) | {
            kind for kind in self._enabled() if self._counters.left(kind) <= MERGE_WINDOW_SECONDS
        }
        ordered = tuple(kind for kind in PRIORITY if kind in merged)
        # Overdue kinds have a negative time left: their due time lies in the past.
        due_at = tuple(now + timedelta(seconds=self._counters.left(kind)) for kind in ordered)
        self._pending = Prompt(kinds=ordered, due_at=due_at, shown_at=now, quiet=quiet)
        self._expires_at = now + timedelta(seconds=self.settings.popup_timeout_seconds)
        return self._pending

    def _natural_break(self, now: datetime, details: dict[str, Any]) -> list[Event]:
        events = []
        if self._pending is not None:
            events = self.answer(Outcome.NATURAL, details)
        answered = {event.kind for event in events}
        for kind in self._enabled():
            if kind.value not in answered:
                self._counters.reset(kind)
                events.append(self._event(kind, Outcome.NATURAL, now, dict(details)))
        return events

    def _due_times(self, now: datetime) -> dict[Kind, datetime]:
        kinds = self._counting()
        week = self.settings.working_hours.week()
        if week is None:
            return {kind: now + timedelta(seconds=max(0.0, self._counters.left(kind))) for kind in kinds}
        zone = self.clock.local_zone()
        period = week.current_or_next(now, zone)
        if period is None:
            return {}
        fresh = (period[0] - now).total_seconds() >= self._natural_break_seconds()
        times = {}
        for kind in kinds:
            # Off hours long enough count as a break, so the count starts over when they end.
            left = self._interval(kind) if fresh else max(0.0, self._counters.left(kind))
            due = week.add_working_seconds(now, left, zone)
            if due is not None:
                times[kind] = due
        return times

    def _working(self, now: datetime) -> bool:
        week = self.settings.working_hours.week()
        return week is None or week.is_working(now, self.clock.local_zone())

    def _counting(self) -> list[Kind]:
        """The kinds whose count runs: enabled, and not waiting on screen."""
        waiting = self._pending.kinds if self._pending else ()
        return [kind for kind in self._enabled() if kind not in waiting]

    def _enabled(self) -> list[Kind]:
        return [kind for kind in Kind if self.settings.for_kind(kind).enabled]

    def _interval(self, kind: Kind) -> float:
        return self._seconds(self.settings.for_kind(kind).interval_minutes)

    def _natural_break_seconds(self) -> float:
        return self._seconds(self.settings.natural_break_minutes)

    def _seconds(self, minutes: float) -> float:
        return minutes * self.minute_seconds

    def _event(self, kind: Kind, outcome: Outcome, now: datetime, details: Any, *due_and_shown: Any) -> Event:
        """The log row of `kind` ending with `outcome` now (with its due and shown times, if shown)."""
        return reminder_event(kind, outcome, now, self.clock.local_zone(), details, *due_and_shown)


def _soonest(*moments: datetime | None) -> datetime | None:
    known = [moment for moment in moments if moment is not None]
    return min(known) if known else None


def _timing(settings: Settings) -> tuple[object, ...]:
    """Every setting the policy reads."""
    return (
        *(settings.for_kind(kind) for kind in Kind),
        settings.popup_timeout_seconds,
        settings.natural_break_minutes,
        settings.busy_defer_minutes,
        settings.quiet_times,
        settings.working_hours,
        settings.breaks,
    )
