"""Why a due reminder waits, as data: the moment's conditions, meeting mode, and a hold in progress.

The policy (`desktop/core/policy.py`) decides with these; the Qt side only gathers the conditions
(idle time, a fullscreen window, do-not-disturb, a live microphone or camera, a calendar event, an
app rule) when the policy asks, and words the reasons.

Precedence, highest first (the first that applies names the hold):
meeting mode > a call > a calendar event > an app rule > fullscreen / do-not-disturb > typing.
- meeting: waits until the meeting ends, however long;
- a call: waits while it lasts and `grace` after it ended; a calendar event: until its end; an app
  rule: while it holds. These three share a daily cap (`day_left_seconds`): once a day's holding
  is used up, a due reminder comes at once, quietly;
- fullscreen / do-not-disturb: at most `cap` from when the reminder fell due, then quietly;
- typing: briefly (see `desktop/core/delivery.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from desktop.core.delivery import decide


class HoldReason(StrEnum):
    """Why a reminder that fell due is not shown yet (the value is the word `status --json` uses)."""

    MEETING = "meeting"  # meeting mode, started by the user
    CALL = "call"  # a microphone or camera is live (and for `grace` after)
    CALENDAR = "calendar"  # a busy event in the user's calendar
    APP = "app"  # an app rule: an app the user named is in front or running
    FULLSCREEN = "fullscreen"  # a fullscreen window is in front: a video call, a film, a game
    PRESENTATION = "presentation"  # the OS says a presentation is running
    DO_NOT_DISTURB = "do_not_disturb"  # the desktop's own do-not-disturb / focus / quiet hours
    SCREEN_LOCKED = "screen_locked"  # nobody is there to see it
    TYPING = "typing"  # the user is typing; a card mid-sentence is the top complaint


# The holds that count against the daily cap (the user did not ask for them, a detector did).
WATCHED = frozenset({HoldReason.CALL, HoldReason.CALENDAR, HoldReason.APP})


@dataclass(frozen=True)
class CallInUse:
    """A live microphone or camera: which device, and which app holds it ("" when unknown)."""

    device: str
    app: str = ""


@dataclass(frozen=True)
class CalendarEvent:
    """A busy calendar event going on now."""

    summary: str
    ends_at: datetime


@dataclass(frozen=True)
class Conditions:
    """What the desktop says at one moment. `busy` names a reason reminders must wait (fullscreen,
    do-not-disturb) or is None; `idle_seconds` is the time since the last input (None: unknown);
    `call`, `calendar` and `app` are a live call, a busy event and the app of a rule that holds."""

    busy: HoldReason | None = None
    idle_seconds: float | None = None
    call: CallInUse | None = None
    calendar: CalendarEvent | None = None
    app: str | None = None


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
    detail: str = ""  # the app (call, app rule) or the event's summary (calendar)
    device: str = ""  # a call's device: "microphone" or "camera"
    ends_at: datetime | None = None  # a calendar event's end
    call_ended_at: datetime | None = None  # a call seen gone at this moment: the grace runs


@dataclass(frozen=True)
class HoldLimits:
    """How long holds last, in seconds: `cap` for fullscreen/do-not-disturb per reminder, `recheck`
    between looks, `grace` after a call ends."""

    cap: float
    recheck: float
    grace: float


def hold_or_show(
    previous: Hold | None,
    now: datetime,
    conditions: Conditions,
    meeting: Meeting | None,
    limits: HoldLimits,
    day_left_seconds: float = float("inf"),
) -> tuple[Hold | None, bool]:
    """Whether a due reminder waits: (the hold, False) while it does, (None, quiet) when it may be
    shown now. See the module docstring for the precedence and the limits of each reason."""
    since = previous.since if previous is not None else now
    if meeting is not None:
        return Hold(HoldReason.MEETING, since, retry_at=None, gives_up_at=None), False
    watched = _watched(previous, since, now, conditions, limits)
    if watched is not None:
        if day_left_seconds <= 0:
            return None, True  # the day's holding is used up: it comes, gently
        budget_end = now + timedelta(seconds=day_left_seconds)
        retry_at = watched.retry_at if watched.retry_at is not None else budget_end
        return replace(watched, retry_at=min(retry_at, budget_end)), False
    busy = conditions.busy is not None
    decision = decide(
        waited_seconds=(now - since).total_seconds(),
        busy=busy,
        idle_seconds=conditions.idle_seconds,
        busy_cap_seconds=limits.cap,
        busy_recheck_seconds=limits.recheck,
    )
    if decision.show:
        return None, decision.quiet
    assert decision.retry_after is not None
    hold = Hold(
        conditions.busy or HoldReason.TYPING,
        since,
        retry_at=now + timedelta(seconds=decision.retry_after),
        gives_up_at=since + timedelta(seconds=limits.cap) if busy else None,
    )
    return hold, False


def _watched(
    previous: Hold | None, since: datetime, now: datetime, conditions: Conditions, limits: HoldLimits
) -> Hold | None:
    """The call, calendar or app-rule hold that applies now, in that order, or None."""
    recheck = now + timedelta(seconds=limits.recheck)
    if conditions.call is not None:
        call = conditions.call
        return Hold(HoldReason.CALL, since, recheck, None, detail=call.app, device=call.device)
    if previous is not None and previous.reason is HoldReason.CALL:
        ended = previous.call_ended_at or now
        grace_end = ended + timedelta(seconds=limits.grace)
        if now < grace_end:
            return Hold(
                HoldReason.CALL,
                since,
                grace_end,
                None,
                detail=previous.detail,
                device=previous.device,
                call_ended_at=ended,
            )
    if conditions.calendar is not None and conditions.calendar.ends_at > now:
        event = conditions.calendar
        return Hold(
            HoldReason.CALENDAR, since, event.ends_at, None, detail=event.summary, ends_at=event.ends_at
        )
    if conditions.app is not None:
        return Hold(HoldReason.APP, since, recheck, None, detail=conditions.app)
    return None
