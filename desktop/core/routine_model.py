"""What a routine is: moves (exercises) with hold times, repetitions and sides, in order.

Plain frozen data with no file handling; desktop.core.routine_format reads these from JSON and
desktop.core.routines is the public façade the rest of the app imports.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.core.i18n import _, ngettext
from desktop.core.settings import MAX_LISTED_PROBLEMS, shown_key

# The one safety line every routine carries; the routine window always shows it.
SAFETY_LINE = "Move gently, and stop any movement that increases pain."
DEFAULT_REST_INSTRUCTION = "Let go completely and breathe out slowly."

AREAS = (
    "neck",
    "shoulders",
    "upper-back",
    "lower-back",
    "chest",
    "arms",
    "wrists",
    "hands",
    "belly",
    "hips",
    "legs",
    "feet",
    "face",
    "whole-body",
)


class Sides(StrEnum):
    """Whether an exercise is done once per repetition or on the left and then the right side."""

    ONE = "one"  # done once per repetition (or symmetrically with both sides at once)
    BOTH = "both"  # done on the left, then on the right, each repetition


class Category(StrEnum):
    """The kind of a routine (micro-break, stretch or relaxation); the library sorts and selects by it."""

    MICRO_BREAK = "micro-break"
    STRETCH = "stretch"
    RELAXATION = "relaxation"


@dataclass(frozen=True)
class Exercise:
    """One move as a routine plays it: its id, name, instruction, body area, hold and rest seconds,
    repetitions, sides and optional illustration; read from JSON by routine_format.
    """

    id: str
    name: str
    instruction: str
    area: str
    hold_seconds: int
    repetitions: int = 1
    sides: Sides = Sides.ONE
    # A pause after each hold, e.g. the release phase of progressive muscle relaxation.
    rest_seconds: int = 0
    rest_instruction: str = ""
    illustration: Path | None = None
    # What the rest shows when it differs from the hold (PMR's "let go" after "tense"); None: the same.
    rest_illustration: Path | None = None

    @property
    def side_count(self) -> int:
        return 2 if self.sides is Sides.BOTH else 1

    @property
    def total_seconds(self) -> int:
        return (self.hold_seconds + self.rest_seconds) * self.repetitions * self.side_count


@dataclass(frozen=True)
class Routine:
    """A named, categorised sequence of exercises with its description, safety line, source file and evidence
    topic; `user` marks one the user imported (and may remove).
    """

    id: str
    name: str
    category: Category
    moves: tuple[Exercise, ...]  # each with the routine's own hold/repetition choices applied
    description: str = ""
    safety: str = SAFETY_LINE
    source: Path | None = None
    user: bool = False  # imported by the user, so it can be removed
    evidence: str = ""  # the topic id in resources/evidence/notes.json that says why it helps

    @property
    def total_seconds(self) -> int:
        return sum(move.total_seconds for move in self.moves)

    @property
    def extra_safety_note(self) -> str | None:
        """A routine-specific caution (a physiotherapist's, say) beyond the standard line."""
        note = self.safety.strip()
        return None if not note or note == SAFETY_LINE else note


@dataclass(frozen=True)
class FileProblem:
    """Why a data file (or part of it) could not be used, pointing at the place to fix."""

    file: Path
    message: str
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.file.name
        if self.line is not None:
            where += ", " + _("line {number}").format(number=self.line)
        if self.field:
            where += ", " + _("field '{name}'").format(name=shown_key(self.field))
        return f"{where}: {self.message}"


def few_problems(problems: list[FileProblem]) -> list[FileProblem]:
    """One file's problems as a notice lists them: the first few, then one that counts the rest
    (a file with 20,000 unknown fields must not become 20,000 lines in a message box)."""
    if len(problems) <= MAX_LISTED_PROBLEMS + 1:
        return problems
    rest = len(problems) - MAX_LISTED_PROBLEMS
    file = problems[MAX_LISTED_PROBLEMS].file
    more = ngettext("and {count} more problem like these", "and {count} more problems like these", rest)
    return [*problems[:MAX_LISTED_PROBLEMS], FileProblem(file, more.format(count=f"{rest:,}"))]
