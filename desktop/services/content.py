"""What the reminder cards offer: a rotating posture checklist and the next micro-break routine.

Loaded on first use (start-up stays light) from the data files in resources/ and the user's
imported routines, and translated on the way in (desktop/services/content_translation.py), so everything
that reads routines and checklist items from here shows them in the user's language. Problems in
those files are collected for the user, never raised.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.posture import PostureItem, load_posture_items, pick_posture_items
from desktop.core.routine_model import FileProblem, Routine
from desktop.core.routines import RoutineLibrary, load_library, micro_break_rotation
from desktop.services.content_translation import translated_library, translated_posture_items

if TYPE_CHECKING:
    from desktop.core.movement_content import MovementSuggestion

CHECKLIST_LENGTH = 3


@dataclass
class Content:
    """Owns the content the cards show, loaded on first use: the routine library (shipped and imported),
    the posture checklist, the micro-break rotation, the break screen's movement suggestions, and
    the problems found in their files."""

    user_routines_dir: Path
    _library: RoutineLibrary | None = None
    _posture: tuple[PostureItem, ...] | None = None
    _movement: tuple[MovementSuggestion, ...] | None = None
    _problems: list[FileProblem] = field(default_factory=list)
    _last_micro_break: str | None = None

    @property
    def library(self) -> RoutineLibrary:
        if self._library is None:
            self.reload_routines()
        assert self._library is not None
        return self._library

    def reload_routines(self) -> None:
        library = load_library(user_dir=self.user_routines_dir)
        self._problems += library.problems
        self._library = translated_library(library)

    def take_problems(self) -> list[FileProblem]:
        """Problems found in data files since the last call, to tell the user once."""
        problems, self._problems = self._problems, []
        return problems

    def posture_checklist(self, counter: int, today: date) -> tuple[PostureItem, ...]:
        if self._posture is None:
            items, problems = load_posture_items()
            self._posture = translated_posture_items(items)
            self._problems += problems
        return pick_posture_items(self._posture, CHECKLIST_LENGTH, counter, seed=today.toordinal())

    def movement_suggestions(self) -> tuple[MovementSuggestion, ...]:
        """The break screen's movement suggestions (resources/content/movement.json), read once."""
        if self._movement is None:
            from desktop.core.movement_content import load_movement_suggestions

            self._movement, problems = load_movement_suggestions()
            self._problems += problems
        return self._movement

    def next_micro_break(self) -> Routine | None:
        """A different micro-break each time, so the same moves do not come every time."""
        routine = micro_break_rotation(self.library.routines, self._last_micro_break)
        if routine is not None:
            self._last_micro_break = routine.id
        return routine
