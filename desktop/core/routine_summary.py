"""A routine's length and moves in the words people read: one source for the card, the notification,
the player's "about N min left" and the descriptions in the routine files (a test checks those agree).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop.core.routine_model import Routine


def about_minutes(seconds: float) -> int:
    """What "about N minutes" says for `seconds`: the nearest whole minute (a half rounds up), at least 1."""
    return max(1, math.floor(seconds / 60 + 0.5))


@dataclass(frozen=True)
class MoveSummary:
    """One move of a routine as a card lists it: its name, how many times it is held (repetitions and
    sides, over every place the routine has it) and the seconds of each hold."""

    name: str
    times: int
    seconds: int

    @property
    def total_seconds(self) -> int:
        return self.times * self.seconds


def move_summaries(routine: Routine) -> tuple[MoveSummary, ...]:
    """The routine's moves in order of first appearance, a move met again (cat, cow, cat, cow) counted
    once with all its holds; the same move held for another length is listed apart."""
    times: dict[tuple[str, int], int] = {}
    for move in routine.moves:
        key = (move.name, move.hold_seconds)
        times[key] = times.get(key, 0) + move.repetitions * move.side_count
    return tuple(MoveSummary(name, count, seconds) for (name, seconds), count in times.items())
