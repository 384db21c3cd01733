"""Each reminder kind's count of work time towards its next reminder."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from desktop.core.kinds import Kind


@dataclass
class _Counter:
    worked: float = 0.0  # work seconds since this kind was last reset
    target: float = 0.0  # work seconds at which it falls due (the interval, or later after a snooze)
    snoozed: bool = False


@dataclass
class WorkCounters:
    """Owns, per kind, the work seconds counted since it was last reset and the count at which it
    falls due; `interval(kind)` gives the seconds a fresh count runs to."""

    interval: Callable[[Kind], float]
    _counters: dict[Kind, _Counter] = field(init=False)

    def __post_init__(self) -> None:
        self._counters = {kind: _Counter(target=self.interval(kind)) for kind in Kind}

    def left(self, kind: Kind) -> float:
        """Work seconds until `kind` falls due (negative: overdue by that much)."""
        counter = self._counters[kind]
        return counter.target - counter.worked

    def reset(self, kind: Kind) -> None:
        """Start a full interval from now (done, skipped, missed, a break taken)."""
        self._counters[kind] = _Counter(target=self.interval(kind))

    def snooze(self, kind: Kind, seconds: float) -> None:
        counter = self._counters[kind]
        counter.target = counter.worked + seconds
        counter.snoozed = True

    def retarget(self, kind: Kind) -> None:
        """The interval changed: count to the new one (a snooze keeps its own end)."""
        counter = self._counters[kind]
        if not counter.snoozed:
            counter.target = self.interval(kind)

    def count(self, kinds: Iterable[Kind], seconds: float) -> None:
        for kind in kinds:
            self._counters[kind].worked += seconds

    def uncount(self, kinds: Iterable[Kind], seconds: float) -> None:
        """Take back work time that was not work (it passed while the user was away)."""
        for kind in kinds:
            counter = self._counters[kind]
            counter.worked = max(0.0, counter.worked - seconds)
