"""Tension check-ins: how tense the neck, shoulders and back feel right now, from 0 to 10.

A check-in is one tap. It can be started from the tray at any time, and is offered after a
finished stretch break, routine or breathing session — not every time: the `tension.offer_after`
setting says never, sometimes (the first time, then every third time) or always. Skipping is one
tap too; a skip is logged (outcome "skipped", no level) so the statistics know a check-in was
offered, but it never counts as a rating.

Log row: Event(kind="tension", outcome="rated", details={"level": 0..10, "region": one of REGIONS
or None, "after": "stretch" | "breathing" | "routine" | None}).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.core.clock import Clock, local_day
from desktop.core.events import Activity, Event, Outcome
from desktop.core.kinds import Kind

KIND = Activity.TENSION
LEVELS = range(11)
REGIONS = ("neck", "shoulders", "upper back", "lower back", "jaw")
AFTER = ("stretch", "breathing", "routine")
SOMETIMES_EVERY = 3


TensionOutcome = Outcome  # a check-in is RATED or SKIPPED


class OfferFrequency(StrEnum):
    """How often a tension check-in is offered after a finished stretch break, routine or breathing session:
    never, sometimes (the first time, then every third time) or always; the `tension.offer_after` setting.
    """

    NEVER = "never"
    SOMETIMES = "sometimes"
    ALWAYS = "always"


@dataclass(frozen=True)
class TensionRating:
    """One answer. `after` names what the check-in followed; None when the user started it."""

    level: int
    region: str | None = None
    after: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.level, bool) or not isinstance(self.level, int) or self.level not in LEVELS:
            raise ValueError(f"a tension level is a whole number from 0 to 10, not {self.level!r}")
        if self.region is not None and self.region not in REGIONS:
            raise ValueError(f"unknown body region {self.region!r}")
        _check_after(self.after)


@dataclass(frozen=True)
class TensionSkipped:
    """The check-in was offered and waved away."""

    after: str | None = None

    def __post_init__(self) -> None:
        _check_after(self.after)


def _check_after(after: str | None) -> None:
    if after is not None and after not in AFTER:
        raise ValueError(f"a check-in follows one of {', '.join(AFTER)}, not {after!r}")


def rating_event(rating: TensionRating, clock: Clock) -> Event:
    now = clock.now()
    return Event(
        kind=KIND,
        outcome=TensionOutcome.RATED,
        local_day=local_day(now, clock.local_zone()),
        answered_at=now,
        details={"level": rating.level, "region": rating.region, "after": rating.after},
    )


def skipped_event(skipped: TensionSkipped, clock: Clock) -> Event:
    now = clock.now()
    return Event(
        kind=KIND,
        outcome=TensionOutcome.SKIPPED,
        local_day=local_day(now, clock.local_zone()),
        answered_at=now,
        details={"after": skipped.after},
    )


def should_offer(frequency: str, finished: int) -> bool:
    """Offer a check-in after the `finished`-th (counting from 1) finished activity?

    "sometimes" asks the first time, so a new user meets the check-in at once, then every
    third time, so it stays a glance and never becomes a chore. An unknown frequency (a newer
    settings file) offers nothing rather than nag.
    """
    if finished < 1:
        return False
    if frequency == OfferFrequency.ALWAYS:
        return True
    if frequency == OfferFrequency.SOMETIMES:
        return (finished - 1) % SOMETIMES_EVERY == 0
    return False


class CheckinOffers:
    """Counts finished activities since start-up and answers "offer a check-in now?".

    The app keeps one: `after_finished("stretch")` when a stretch break is done, a routine or a
    breathing session completed. Skipped, missed or natural breaks are not finished activities.
    """

    def __init__(self, frequency: str) -> None:
        self.frequency = frequency
        self._finished = 0

    def after_finished(self, activity: str) -> bool:
        _check_after(activity)
        self._finished += 1
        return should_offer(self.frequency, self._finished)


def finished_activity(event: Event) -> str | None:
    """ "stretch", "routine" or "breathing" when the event ends one (a tension check-in may follow)."""
    if event.kind is Kind.STRETCH and event.outcome is Outcome.DONE:
        return None if "routine" in event.details else "stretch"  # the routine row already said it
    if event.kind in (Activity.ROUTINE, Activity.BREATHING) and event.outcome is Outcome.COMPLETED:
        return str(event.kind)
    return None
