"""What the policy tells the rest of the app: a prompt to show, and the state of things.

`Upcoming.state` is the one precedence of the reasons reminders are quiet: a reminder waiting on
screen, then a pause, meeting mode, a due reminder held back, the off hours, and otherwise
active. The tray, the status window and `unclench status` all word this state; none decides it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desktop.core.holds import Hold, Meeting
from desktop.core.kinds import Kind


@dataclass(frozen=True)
class Prompt:
    """Reminders shown together; `kinds[0]` is the one the prompt is about. `quiet`: shown after
    being held back to the limit, in a form that does not cover the screen."""

    kinds: tuple[Kind, ...]
    due_at: tuple[datetime, ...]  # one per kind, same order
    shown_at: datetime
    quiet: bool = False

    @property
    def primary(self) -> Kind:
        return self.kinds[0]


@dataclass(frozen=True)
class PauseRequest:
    """None for `minutes` with `until_tomorrow` False means "until resumed"."""

    minutes: int | None = None
    until_tomorrow: bool = False


class State(StrEnum):
    """Why reminders come or not, in order of precedence (the value is `status --json`'s word)."""

    REMINDER_WAITING = "reminder_waiting"  # a reminder is on screen, unanswered
    PAUSED = "paused"
    MEETING = "meeting"  # meeting mode: reminders wait until it ends
    HELD = "held"  # a due reminder waits for a better moment (a call, fullscreen, typing, ...)
    OFF_HOURS = "off_hours"  # outside the working hours the user set
    ACTIVE = "active"
    ALL_OFF = "all_off"  # every reminder kind is switched off


@dataclass(frozen=True)
class Upcoming:
    """The state of things: the next reminder, or why there is none."""

    paused: bool
    paused_until: datetime | None  # None while paused means "until resumed"
    waiting: Prompt | None
    next_kind: Kind | None
    next_at: datetime | None
    off_hours_until: datetime | None = None  # outside working hours: when they start again
    meeting: Meeting | None = None
    hold: Hold | None = None

    @property
    def state(self) -> State:
        if self.waiting is not None:
            return State.REMINDER_WAITING
        if self.paused:
            return State.PAUSED
        if self.meeting is not None:
            return State.MEETING
        if self.hold is not None:
            return State.HELD
        if self.off_hours_until is not None:
            return State.OFF_HOURS
        if self.next_kind is None:
            return State.ALL_OFF
        return State.ACTIVE

    @property
    def until(self) -> datetime | None:
        """When the state ends by itself: a pause's or meeting's end, the hours' start, or when a
        held reminder comes anyway. None: it does not end by itself (or is not timed)."""
        state = self.state
        if state is State.PAUSED:
            return self.paused_until
        if state is State.MEETING and self.meeting is not None:
            return self.meeting.until
        if state is State.HELD and self.hold is not None:
            return self.hold.ends_at or self.hold.gives_up_at  # a calendar event's end, or the cap
        if state is State.OFF_HOURS:
            return self.off_hours_until
        return None
