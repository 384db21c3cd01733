"""Whether a reminder that fell due may be shown right now, or should wait a little.

Two reasons to wait: something fills the screen or do-not-disturb is on (a call, a talk, a
game), and the user is typing (a card that pops up mid-sentence is the top complaint about
break apps). Waiting is capped, so a reminder is deferred, never dropped: after the typing cap it
simply shows; after the busy cap it shows in a quiet form.
"""

from __future__ import annotations

from dataclasses import dataclass

TYPING_PAUSE_SECONDS = 3.0  # this long without input is a pause in typing
TYPING_WAIT_CAP_SECONDS = 30.0  # a fast typist still gets the reminder within half a minute
BUSY_RECHECK_SECONDS = 60.0  # fullscreen and do-not-disturb have no cheap "it ended" event everywhere


@dataclass(frozen=True)
class Decision:
    """What `decide` says about a reminder that fell due: show it now (possibly quietly, without a card), or
    wait and ask again after `retry_after` seconds.
    """

    show: bool
    quiet: bool = False  # shown, but without a card over what the user is doing
    retry_after: float | None = None  # seconds; set when not shown


def decide(
    waited_seconds: float,
    busy: bool,
    idle_seconds: float | None,
    busy_cap_seconds: float,
    busy_recheck_seconds: float = BUSY_RECHECK_SECONDS,
) -> Decision:
    """`waited_seconds` since the reminder fell due; `idle_seconds` since the last input (None: unknown)."""
    if busy:
        if waited_seconds >= busy_cap_seconds:
            return Decision(show=True, quiet=True)
        return Decision(show=False, retry_after=min(busy_recheck_seconds, busy_cap_seconds - waited_seconds))
    typing = idle_seconds is not None and idle_seconds < TYPING_PAUSE_SECONDS
    if typing and waited_seconds < TYPING_WAIT_CAP_SECONDS:
        wait = min(TYPING_PAUSE_SECONDS - (idle_seconds or 0.0), TYPING_WAIT_CAP_SECONDS - waited_seconds)
        return Decision(show=False, retry_after=max(0.5, wait))  # no busy loop on rounding
    return Decision(show=True)
