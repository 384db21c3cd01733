"""The routine library: built-in exercises and routines plus the ones the user imported.

Loading never raises on bad data: each file that cannot be used is left out and described by a
FileProblem (file, field, line), and every other file still loads.

Layout: resources/exercises/*.json (one move each), resources/routines/*.json,
resources/illustrations/*.svg; imported routines live in <config dir>/routines/<id>/routine.json
next to any pictures they brought (see desktop.core.user_routines).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.routine_format import read_exercise_file, read_routine_file
from desktop.core.routine_model import (
    AREAS,
    DEFAULT_REST_INSTRUCTION,
    SAFETY_LINE,
    Category,
    Exercise,
    FileProblem,
    Routine,
    Sides,
)

__all__ = [
    "AREAS",
    "DEFAULT_REST_INSTRUCTION",
    "SAFETY_LINE",
    "USER_ROUTINE_FILE",
    "Category",
    "Exercise",
    "FileProblem",
    "Routine",
    "RoutineLibrary",
    "Sides",
    "load_exercises",
    "load_library",
    "load_routines",
    "micro_break_rotation",
    "user_routine_files",
]

USER_ROUTINE_FILE = "routine.json"
_CATEGORY_ORDER = {category: rank for rank, category in enumerate(Category)}


@dataclass(frozen=True)
class RoutineLibrary:
    """The loaded routine library: exercises by id, the routines (built-in first, then the user's), the
    FileProblems of files left out and the illustrations folder; built by `load_library`.
    """

    exercises: Mapping[str, Exercise] = field(default_factory=dict)
    routines: tuple[Routine, ...] = ()  # built-in ones first, then the user's
    problems: tuple[FileProblem, ...] = ()
    illustrations_dir: Path = Path()

    def get(self, routine_id: str) -> Routine | None:
        return next((routine for routine in self.routines if routine.id == routine_id), None)

    def in_category(self, category: Category) -> tuple[Routine, ...]:
        return tuple(routine for routine in self.routines if routine.category is category)

    @property
    def built_in_ids(self) -> frozenset[str]:
        return frozenset(routine.id for routine in self.routines if not routine.user)


def load_exercises(directory: Path, illustrations_dir: Path) -> tuple[dict[str, Exercise], list[FileProblem]]:
    exercises: dict[str, Exercise] = {}
    problems: list[FileProblem] = []
    for path in sorted(directory.glob("*.json")):
        exercise, file_problems = read_exercise_file(path, illustrations_dir, taken_ids=exercises)
        problems += file_problems
        if exercise is not None:
            exercises[exercise.id] = exercise
    return exercises, problems


def load_routines(
    paths: Iterable[Path],
    exercises: Mapping[str, Exercise],
    illustrations_dir: Path,
    *,
    user: bool = False,
    taken_ids: Iterable[str] = (),
) -> tuple[list[Routine], list[FileProblem]]:
    routines: list[Routine] = []
    problems: list[FileProblem] = []
    taken = set(taken_ids)
    for path in paths:
        routine, file_problems = read_routine_file(
            path, exercises, illustrations_dir, user=user, taken_ids=taken
        )
        problems += file_problems
        if routine is not None:
            taken.add(routine.id)
            routines.append(routine)
    return routines, problems


def user_routine_files(user_dir: Path | None) -> list[Path]:
    if user_dir is None or not user_dir.is_dir():
        return []
    # Hidden folders are imports being staged or replaced routines being cleared away.
    return sorted(
        path for path in user_dir.glob(f"*/{USER_ROUTINE_FILE}") if not path.parent.name.startswith(".")
    )


def load_library(resources: Path | None = None, user_dir: Path | None = None) -> RoutineLibrary:
    """Everything the routine list shows. `resources` defaults to the app's resources folder."""
    if resources is None:
        from desktop.resources import resource_root

        resources = resource_root()
    illustrations = resources / "illustrations"
    exercises, problems = load_exercises(resources / "exercises", illustrations)
    built_in, routine_problems = load_routines(
        sorted((resources / "routines").glob("*.json")), exercises, illustrations
    )
    built_in.sort(
        key=lambda routine: (_CATEGORY_ORDER[routine.category], routine.total_seconds, routine.name)
    )
    mine, user_problems = load_routines(
        user_routine_files(user_dir), exercises, illustrations, user=True, taken_ids=(r.id for r in built_in)
    )
    mine.sort(key=lambda routine: routine.name.casefold())
    return RoutineLibrary(
        exercises=exercises,
        routines=tuple(built_in + mine),
        problems=tuple(problems + routine_problems + user_problems),
        illustrations_dir=illustrations,
    )


def micro_break_rotation(routines: Iterable[Routine], last_used: str | None) -> Routine | None:
    """The micro-break to offer next: the variant after `last_used`, in id order, wrapping round.

    Pure, so the caller keeps `last_used` (e.g. from the last logged routine event) and every
    variant comes up in turn; with two or more variants the same one never comes twice in a row.
    """
    variants = sorted((r for r in routines if r.category is Category.MICRO_BREAK), key=lambda r: r.id)
    if not variants:
        return None
    ids = [routine.id for routine in variants]
    if last_used not in ids:
        return variants[0]
    return variants[(ids.index(last_used) + 1) % len(variants)]
