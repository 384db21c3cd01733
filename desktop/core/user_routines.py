"""Routines the user brings in (say, one a physiotherapist wrote): import, list, remove.

An import is validated first; only a routine that loads cleanly is copied, into
<user_dir>/<id>/routine.json with the pictures it names from next to the original file. The copy
is assembled in a hidden staging folder and renamed into place, so a failure half-way leaves
nothing behind and a replaced routine is never lost before its successor is complete.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.core.bounded_file import FileRefused, read_bounded
from desktop.core.data_file import MAX_FILE_BYTES
from desktop.core.i18n import _
from desktop.core.routine_format import MAX_PICTURE_BYTES, illustration_files, read_routine_file
from desktop.core.routine_model import FileProblem, Routine
from desktop.core.routines import USER_ROUTINE_FILE, RoutineLibrary, load_routines, user_routine_files


@dataclass(frozen=True)
class ImportOutcome:
    """The result of importing a user routine: the routine as stored in the user folder (None if nothing was
    imported) and the problems found.
    """

    routine: Routine | None  # as stored in the user folder, None if nothing was imported
    problems: tuple[FileProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return self.routine is not None


def list_user_routines(user_dir: Path, library: RoutineLibrary) -> tuple[list[Routine], list[FileProblem]]:
    return load_routines(
        user_routine_files(user_dir),
        library.exercises,
        library.illustrations_dir,
        user=True,
        taken_ids=library.built_in_ids,
    )


def import_routine(
    source: Path, user_dir: Path, library: RoutineLibrary, *, replace: bool = False
) -> ImportOutcome:
    routine, problems = read_routine_file(
        source, library.exercises, library.illustrations_dir, user=True, taken_ids=library.built_in_ids
    )
    if routine is None:
        return ImportOutcome(None, tuple(problems))
    target = user_dir / routine.id
    if target.exists() and not replace:
        message = _("a routine with the id '{id}' is already imported; remove it first or replace it").format(
            id=routine.id
        )
        return ImportOutcome(None, (FileProblem(source, message, field="id"),))
    try:
        _install(source, routine, user_dir, target)
    except FileRefused as error:
        message = _("could not be imported: {problem}; nothing was imported").format(problem=error)
        return ImportOutcome(None, (FileProblem(source, message),))
    except OSError as error:
        message = _("could not be copied into {folder} ({problem}); nothing was imported").format(
            folder=user_dir, problem=error.strerror or error
        )
        return ImportOutcome(None, (FileProblem(source, message),))
    stored, problems = read_routine_file(
        target / USER_ROUTINE_FILE,
        library.exercises,
        library.illustrations_dir,
        user=True,
        taken_ids=library.built_in_ids,
    )
    return ImportOutcome(stored, tuple(problems))


def _install(source: Path, routine: Routine, user_dir: Path, target: Path) -> None:
    user_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".import-{routine.id}-", dir=user_dir))
    try:
        _copy_bounded(source, staging / USER_ROUTINE_FILE, MAX_FILE_BYTES)
        for picture in illustration_files(routine):
            # Pictures found next to the file travel with it; Unclench's own set stays where it is.
            if picture.is_relative_to(source.parent):
                copy = staging / picture.relative_to(source.parent)
                copy.parent.mkdir(parents=True, exist_ok=True)
                _copy_bounded(picture, copy, MAX_PICTURE_BYTES)
        if target.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".retired-{routine.id}-", dir=user_dir))
            target.rename(retired / "old")
            staging.rename(target)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            staging.rename(target)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _copy_bounded(source: Path, target: Path, max_bytes: int) -> None:
    """Copy a regular file of at most `max_bytes` (a symlink to /dev/zero would never end with shutil)."""
    target.write_bytes(read_bounded(source, max_bytes))


def remove_user_routine(user_dir: Path, routine: Routine) -> FileProblem | None:
    """Delete an imported routine's folder; a problem if it is not one, or deleting fails."""
    folder = routine.source.parent if routine.source else None
    if not routine.user or folder is None or folder.parent.resolve() != user_dir.resolve():
        return FileProblem(routine.source or user_dir, "is not an imported routine, so it cannot be removed")
    try:
        shutil.rmtree(folder)
    except OSError as error:
        problem = _("could not be removed ({problem})").format(problem=error.strerror or error)
        return FileProblem(folder / USER_ROUTINE_FILE, problem)
    return None
