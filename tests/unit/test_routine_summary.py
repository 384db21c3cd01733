"""A routine's length in words and its moves as a card lists them: one source, and the data agrees."""

from __future__ import annotations

import re

import pytest

from desktop.core.routine_model import Category, Exercise, Routine, Sides
from desktop.core.routine_summary import MoveSummary, about_minutes, move_summaries
from desktop.core.routines import load_library

NUMBER_WORDS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}
# "About five minutes", "A one-minute break", "for a minute", "Stand-up minute" (a micro-break's name).
SAID = re.compile(r"\b(?:about |for )?(one|a|two|three|four|five|six|ten|\d+)[- ]minutes?\b", re.IGNORECASE)


@pytest.mark.parametrize(
    ("seconds", "minutes"), [(1, 1), (65, 1), (89, 1), (90, 2), (170, 3), (280, 5), (310, 5)]
)
def test_about_minutes_is_the_nearest_whole_minute(seconds: int, minutes: int) -> None:
    assert about_minutes(seconds) == minutes


def test_every_shipped_routine_says_the_length_it_has() -> None:
    checked = 0
    for routine in load_library().routines:
        words = [match.group(1).lower() for match in SAID.finditer(routine.description)]
        for word in words:
            said = NUMBER_WORDS.get(word) or int(word)
            assert said == about_minutes(routine.total_seconds), (
                f"{routine.id} says {word} minute(s); its moves last {routine.total_seconds} s"
            )
            checked += 1
        if routine.category is Category.MICRO_BREAK:  # "about a minute" by definition
            assert about_minutes(routine.total_seconds) == 1, routine.id
    assert checked >= 6


def test_moves_are_listed_once_with_all_their_holds() -> None:
    cat = Exercise("cat", "Seated cat", "Round.", "back", hold_seconds=5)
    cow = Exercise("cow", "Seated cow", "Arch.", "back", hold_seconds=5)
    twist = Exercise("twist", "Seated twist", "Turn.", "back", hold_seconds=10, sides=Sides.BOTH)
    tucks = Exercise("tucks", "Chin tucks", "Tuck.", "neck", hold_seconds=5, repetitions=3)
    routine = Routine("r", "R", Category.MICRO_BREAK, (cat, cow, cat, cow, twist, tucks))
    assert move_summaries(routine) == (
        MoveSummary("Seated cat", 2, 5),
        MoveSummary("Seated cow", 2, 5),
        MoveSummary("Seated twist", 2, 10),
        MoveSummary("Chin tucks", 3, 5),
    )
    assert sum(move.total_seconds for move in move_summaries(routine)) == routine.total_seconds
