"""Words from the data files in the user's language: where content meets the translator.

Routine, exercise, posture-checklist, breathing-pattern and evidence-note texts live in resources/ as data, so
lupdate cannot find them in code: scripts/extract_content_strings.py lists them under the
"Content" context of the .ts files. Everything the app shows from those files passes through
here on its way from desktop.core (which stays free of Qt) to the widgets. A text with no
translation, such as a routine the user wrote, comes back as it was.

Only what people read changes; ids, file paths and numbers stay, so the log and the settings
never hold translated words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from desktop.core.breathing import BreathingPattern
from desktop.core.evidence import EvidenceNotes
from desktop.core.posture import PostureItem
from desktop.core.routine_model import DEFAULT_REST_INSTRUCTION, Exercise, Routine
from desktop.core.routines import RoutineLibrary

CONTEXT = "Content"


def content_text(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else text


def translated_exercise(exercise: Exercise) -> Exercise:
    # The player falls back to an English constant for a rest without its own words; giving the
    # rest its words here keeps that constant (in Qt-free core) out of sight.
    rest = exercise.rest_instruction or (DEFAULT_REST_INSTRUCTION if exercise.rest_seconds else "")
    return replace(
        exercise,
        name=content_text(exercise.name),
        instruction=content_text(exercise.instruction),
        rest_instruction=content_text(rest),
    )


def translated_routine(routine: Routine) -> Routine:
    # The standard safety line stays as it is: the routine window shows its own translation of
    # it, and a translated copy here would look like an extra, routine-specific note.
    safety = routine.safety if routine.extra_safety_note is None else content_text(routine.safety)
    return replace(
        routine,
        name=content_text(routine.name),
        description=content_text(routine.description),
        safety=safety,
        moves=tuple(translated_exercise(move) for move in routine.moves),
    )


def translated_library(library: RoutineLibrary) -> RoutineLibrary:
    return replace(
        library,
        exercises={key: translated_exercise(exercise) for key, exercise in library.exercises.items()},
        routines=tuple(translated_routine(routine) for routine in library.routines),
    )


def translated_posture_items(items: Iterable[PostureItem]) -> tuple[PostureItem, ...]:
    return tuple(replace(item, text=content_text(item.text), hint=content_text(item.hint)) for item in items)


def translated_patterns(patterns: Iterable[BreathingPattern]) -> tuple[BreathingPattern, ...]:
    return tuple(
        replace(
            pattern,
            name=content_text(pattern.name),
            description=content_text(pattern.description),
            caution=content_text(pattern.caution),
        )
        for pattern in patterns
    )


def translated_notes(notes: EvidenceNotes) -> EvidenceNotes:
    """Topic titles and summaries in the user's language; the sources stay as they were published."""
    topics = tuple(
        replace(topic, title=content_text(topic.title), summary=content_text(topic.summary))
        for topic in notes.topics
    )
    return replace(notes, topics=topics)
