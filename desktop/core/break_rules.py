"""The long-break rules on top of the policy: heads-up timing, break screen or card, strict mode's
postpone limit, the skip budget and break credit.

Pure Python on times handed in: the policy asks `with_heads_ups` for its wake-ups, the engine asks
`heads_up` what to show at such a wake-up, and the `BreakLedger` counts what today's log says about
postpones, skips and breaks owed. Holds need nothing here: a heads-up shows only while the policy's
state is active, and the break itself comes through `due()`, which holds it like every reminder.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from desktop.core.events import Event, Outcome, reminder_event
from desktop.core.kinds import AnswerStyle, Kind, spec
from desktop.core.settings import BreakSettings, Settings

if TYPE_CHECKING:
    from desktop.core.policy import ReminderPolicy

# The kinds that may show the break screen: those whose answer style is the screen, and the stretch
# break when the user selects it.
SCREEN_KINDS: tuple[Kind, ...] = (
    *(kind for kind in Kind if spec(kind).answer is AnswerStyle.BREAK_SCREEN),
    Kind.STRETCH,
)


def uses_break_screen(kind: Kind, breaks: BreakSettings) -> bool:
    """Whether a due `kind` is shown on the break screen (else on the card)."""
    return kind in SCREEN_KINDS and bool(getattr(breaks, f"{kind.value}_screen", False))


def is_strict(kind: Kind, breaks: BreakSettings) -> bool:
    """Strict mode (opt-in per kind): no skip, postpones limited, Esc does nothing."""
    return uses_break_screen(kind, breaks) and bool(getattr(breaks, f"{kind.value}_strict", False))


@dataclass(frozen=True)
class HeadsUp:
    """A break-screen break coming in `seconds_left` seconds: the tray counts down, the edge glows."""

    kind: Kind
    due_at: datetime
    seconds_left: int


def heads_up_moment(kind: Kind, due_at: datetime, settings: Settings) -> datetime | None:
    """When the heads-up before `kind` due at `due_at` begins (None: it has none)."""
    lead = settings.breaks.heads_up_seconds
    if lead <= 0 or not uses_break_screen(kind, settings.breaks):
        return None
    return due_at - timedelta(seconds=lead)


def with_heads_ups(due: Mapping[Kind, datetime], settings: Settings, now: datetime) -> list[datetime]:
    """Every due time, plus each heads-up moment still ahead: the policy wakes for all of them."""
    moments = list(due.values())
    for kind, due_at in due.items():
        start = heads_up_moment(kind, due_at, settings)
        if start is not None and start > now:
            moments.append(start)
    return moments


def heads_up(schedule: Iterable[tuple[Kind, datetime]], settings: Settings, now: datetime) -> HeadsUp | None:
    """The break whose heads-up runs at `now`, from the policy's `schedule()` (soonest first).

    The caller asks only while the policy's state is active: paused, held or in a meeting, no
    heads-up shows, just as no reminder does."""
    for kind, due_at in schedule:
        start = heads_up_moment(kind, due_at, settings)
        if start is not None and start <= now < due_at:
            return HeadsUp(kind, due_at, max(1, round((due_at - now).total_seconds())))
    return None


def not_now(policy: ReminderPolicy, kind: Kind) -> list[Event]:
    """ "Not now" from the heads-up: the coming break alone is postponed by its snooze length without
    opening anything (one row, a snooze with reason "heads_up"); reminders due near it keep their time."""
    due_at = dict(policy.schedule()).get(kind)
    policy.postpone(kind)
    now = policy.clock.now()
    return [
        reminder_event(
            kind, Outcome.SNOOZED, now, policy.clock.local_zone(), {"reason": "heads_up"}, due_at, now
        )
    ]


class BreakLedger:
    """Owns today's counts of the long breaks from the log: postpones, skips and breaks owed.

    Fed every logged event (`record`) and, at start, today's events from the log; every query names
    the local day it asks about, so the counts begin afresh at midnight without a timer. Emits nothing.
    """

    def __init__(self, breaks: BreakSettings) -> None:
        self.breaks = breaks
        self._postpones: Counter[tuple[str, Kind]] = Counter()
        self._skips: Counter[str] = Counter()
        self._owed: Counter[str] = Counter()

    def record(self, event: Event) -> None:
        kind = event.kind
        if not isinstance(kind, Kind) or kind not in SCREEN_KINDS or "merged_into" in event.details:
            return
        day = event.local_day
        if event.outcome is Outcome.SNOOZED and event.details.get("reason") != "paused":
            self._postpones[day, kind] += 1
        elif event.outcome is Outcome.SKIPPED and not event.details.get("emergency_exit"):
            self._skips[day] += 1
        if event.outcome in (Outcome.SKIPPED, Outcome.MISSED):
            self._owed[day] += 1
        elif event.outcome is Outcome.MADE_UP:
            self._owed[day] = max(0, self._owed[day] - 1)

    def may_postpone(self, kind: Kind, day: str) -> bool:
        if not is_strict(kind, self.breaks):
            return True
        return self._postpones[day, kind] < self.breaks.strict_postpones

    def may_skip(self, kind: Kind, day: str) -> bool:
        if is_strict(kind, self.breaks):
            return False
        left = self.skips_left(day)
        return left is None or left > 0

    def skips_left(self, day: str) -> int | None:
        """What the tray says is left of the skip budget (None: no budget)."""
        if not self.breaks.skip_budget:
            return None
        return max(0, self.breaks.skips_per_day - self._skips[day])

    def owed(self, day: str) -> int:
        """Breaks skipped or missed today and not yet made up: "Make up a break" is offered."""
        return self._owed[day]

    def offer_now(self, day: str, seconds_to_next_break: float | None, calm_seconds: float) -> bool:
        """Whether to offer a make-up break at this calm moment: one is owed, the user wants the
        offer, and the next break is not so near that it would come twice."""
        if not self.breaks.offer_make_up or self.owed(day) == 0:
            return False
        return seconds_to_next_break is None or seconds_to_next_break >= calm_seconds


def outcome_of(outcome: Outcome, making_up: bool) -> Outcome:
    """A break done while making up an owed one is logged as made up."""
    return Outcome.MADE_UP if making_up and outcome is Outcome.DONE else outcome
