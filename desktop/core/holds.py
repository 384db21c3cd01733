"""Why a due reminder waits, as data: the moment's conditions, meeting mode, and a hold in progress.

The policy (`desktop/core/policy.py`) decides with these; the Qt side only gathers the conditions
(idle time, a fullscreen window, do-not-disturb) when the policy asks, and words the reasons.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from desktop.core.delivery import decide


class HoldReason(StrEnum):
    """Why a reminder that fell due is not shown yet (the value is the word `status --json` uses)."""

    MEETING = "meeting"  # meeting mode, started by the user
    FULLSCREEN = "fullscreen"  # a fullscreen window is in front: a video call, a film, a game
    PRESENTATION = "presentation"  # the OS says a presentation is running
    DO_NOT_DISTURB = "do_not_disturb"  # the desktop's own do-not-disturb / focus / quiet hours
    SCREEN_LOCKED = "screen_locked"  # nobody is there to see it
    TYPING = "typing"  # the user is typing; a card mid-sentence is the top complaint


@dataclass(frozen=True)
class Conditions:
    """What the desktop says at one moment. `busy` names a reason reminders must wait (fullscreen,
    do-not-disturb) or is None; `idle_seconds` is the time since the last input (None: unknown)."""

    busy: HoldReason | None = None
    idle_seconds: float | None = None


NO_CONDITIONS = Conditions()


@dataclass(frozen=True)
class Meeting:
    """Meeting mode: reminders that fall due wait, however long, until it ends."""

    until: datetime | None  # None: until the user ends it


@dataclass(frozen=True)
class Hold:
    """A due reminder waiting for a better moment."""

    reason: HoldReason
    since: datetime  # when the reminder fell due and started waiting
    retry_at: datetime | None  # when the policy looks again (None: when the meeting ends)
    gives_up_at: datetime | None  # after this it comes anyway, quietly (None: never, e.g. a meeting)


def hold_or_show(
    previous: Hold | None,
    now: datetime,
    conditions: Conditions,
    meeting: Meeting | None,
    cap_seconds: float,
    recheck_seconds: float,
) -> tuple[Hold | None, bool]:
    """Whether a due reminder waits: (the hold, False) while it does, (None, quiet) when it may be
    shown now. It waits in meeting mode until that ends; while something fills the screen or
    do-not-disturb is on, at most `cap_seconds` from when it fell due, after which it comes
    quietly; and briefly while the user types."""
    since = previous.since if previous is not None else now
    if meeting is not None:
        return Hold(HoldReason.MEETING, since, retry_at=None, gives_up_at=None), False
    busy = conditions.busy is not None
    decision = decide(
        waited_seconds=(now - since).total_seconds(),
        busy=busy,
        idle_seconds=conditions.idle_seconds,
        busy_cap_seconds=cap_seconds,
        busy_recheck_seconds=recheck_seconds,
    )
    if decision.show:
        return None, decision.quiet
    assert decision.retry_after is not None
    hold = Hold(
        conditions.busy or HoldReason.TYPING,
        since,
        retry_at=now + timedelta(seconds=decision.retry_after),
        gives_up_at=since + timedelta(seconds=cap_seconds) if busy else None,
    )
    return hold, False
