"""Reading exercise and routine files (the format is documented in resources/routines/README.md).

Every problem becomes a FileProblem naming the file, the field and its line; nothing here raises
on bad input. A file with any problem yields no object, so a half-understood routine never plays.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from dataclasses import replace
from pathlib import Path

from desktop.core.bounded_file import MIB
from desktop.core.data_file import read_json_object
from desktop.core.field_reader import FieldReader, did_you_mean, found_text
from desktop.core.i18n import _
from desktop.core.located_json import LocatedDict, LocatedList
from desktop.core.routine_model import (
    AREAS,
    SAFETY_LINE,
    Category,
    Exercise,
    FileProblem,
    Routine,
    Sides,
    few_problems,
)

FORMAT_VERSION = 1
MAX_PICTURE_BYTES = 4 * MIB  # an illustration: a few hundred KB at most in practice
MAX_STEPS = 100
MAX_ROUTINE_SECONDS = 60 * 60

_EXERCISE_FIELDS = (
    "id",
    "name",
    "instruction",
    "area",
    "hold_seconds",
    "repetitions",
    "sides",
    "rest_seconds",
    "rest_instruction",
    "illustration",
    "rest_illustration",
    "evidence",
)
_STEP_FIELDS = (
    "exercise",
    "hold_seconds",
    "repetitions",
    "sides",
    "rest_seconds",
    "instruction",
    "rest_instruction",
)
_ROUTINE_FIELDS = (
    "version",
    "id",
    "name",
    "category",
    "description",
    "safety",
    "exercises",
    "steps",
    "evidence",
)


def slug(text: str) -> str:
    """A routine id made from its name, for files that do not give one."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:48].strip("-")


def exercise_from(
    obj: LocatedDict,
    file: Path,
    prefix: str,
    problems: list[FileProblem],
    illustrations_dir: Path,
    taken_ids: Container[str] = (),
) -> Exercise | None:
    before = len(problems)
    fields = FieldReader(obj, file, prefix, problems)
    fields.check_known(_EXERCISE_FIELDS)
    exercise_id = fields.identifier("id", required=True)
    if exercise_id in taken_ids:
        problem = _("'{id}' is already used by another exercise; pick another id")
        fields.problem("id", problem.format(id=exercise_id))
    name = fields.text("name", 80, required=True)
    instruction = fields.text("instruction", 600, required=True)
    area = fields.choice("area", AREAS, required=True)
    hold = fields.whole("hold_seconds", 1, 600, "seconds", required=True)
    repetitions = fields.whole("repetitions", 1, 50, "repetitions", default=1)
    sides = fields.choice("sides", tuple(Sides), default=Sides.ONE)
    rest = fields.whole("rest_seconds", 0, 600, "seconds", default=0)
    rest_instruction = fields.text("rest_instruction", 600)
    illustration = fields.illustration("illustration", illustrations_dir)
    rest_illustration = fields.illustration("rest_illustration", illustrations_dir)
    fields.identifier("evidence")  # a topic id in resources/evidence/notes.json (checked by a test)
    if (
        len(problems) > before
        or exercise_id is None
        or name is None
        or instruction is None
        or area is None
        or hold is None
        or repetitions is None
        or sides is None
        or rest is None
        or rest_instruction is None
    ):
        return None
    return Exercise(
        exercise_id,
        name,
        instruction,
        area,
        hold,
        repetitions,
        Sides(sides),
        rest,
        rest_instruction,
        illustration,
        rest_illustration,
    )


def read_exercise_file(
    path: Path, illustrations_dir: Path, taken_ids: Container[str] = ()
) -> tuple[Exercise | None, list[FileProblem]]:
    problems: list[FileProblem] = []
    document = read_json_object(path, problems)
    if document is None:
        return None, problems
    return exercise_from(document, path, "", problems, illustrations_dir, taken_ids), few_problems(problems)


def _step_from(
    raw: object,
    line: int,
    prefix: str,
    file: Path,
    problems: list[FileProblem],
    known: Mapping[str, Exercise],
    broken: Container[str] = (),
) -> Exercise | None:
    if isinstance(raw, str):
        raw_obj = LocatedDict(exercise=raw)
        raw_obj.line, raw_obj.key_lines, raw_obj.duplicate_keys = line, {"exercise": line}, []
    elif isinstance(raw, LocatedDict):
        raw_obj = raw
    else:
        problems.append(
            FileProblem(
                file,
                _('must be an exercise id or an object { "exercise": ... }'),
                line=line,
                field=prefix[:-1],
            )
        )
        return None
    before = len(problems)
    fields = FieldReader(raw_obj, file, prefix, problems)
    fields.check_known(_STEP_FIELDS)
    exercise_id = fields.identifier("exercise", required=True)
    base = known.get(exercise_id) if exercise_id else None
    if exercise_id and base is None and exercise_id not in broken:  # a broken one was reported already
        fields.problem(
            "exercise",
            _(
                "names an exercise Unclench does not know: '{id}'{hint}; "
                'define it under "exercises" in this file'
            ).format(id=exercise_id, hint=did_you_mean(exercise_id, list(known))),
        )
    if base is None or len(problems) > before:
        return None
    hold = fields.whole("hold_seconds", 1, 600, "seconds", default=base.hold_seconds)
    repetitions = fields.whole("repetitions", 1, 50, "repetitions", default=base.repetitions)
    sides = fields.choice("sides", tuple(Sides), default=base.sides)
    rest = fields.whole("rest_seconds", 0, 600, "seconds", default=base.rest_seconds)
    instruction = fields.text("instruction", 600, default=base.instruction)
    rest_instruction = fields.text("rest_instruction", 600, default=base.rest_instruction)
    if (
        len(problems) > before
        or hold is None
        or repetitions is None
        or sides is None
        or rest is None
        or instruction is None
        or rest_instruction is None
    ):
        return None
    return replace(
        base,
        hold_seconds=hold,
        repetitions=repetitions,
        sides=Sides(sides),
        rest_seconds=rest,
        instruction=instruction,
        rest_instruction=rest_instruction,
    )


def _list_field(fields: FieldReader, key: str, *, required: bool) -> LocatedList | None:
    value = fields.obj.get(key)
    if value is None and not required and key not in fields.obj:
        return LocatedList()
    if key not in fields.obj:
        fields.problem(key, _("is required but missing"))
    elif not isinstance(value, LocatedList):
        fields.problem(key, _("must be a list [ ... ] (found {value})").format(value=found_text(value)))
    elif required and not value:
        fields.problem(key, _("is empty; list at least one"))
    else:
        return value
    return None


def routine_from(
    document: LocatedDict,
    file: Path,
    library: Mapping[str, Exercise],
    illustrations_dir: Path,
    problems: list[FileProblem],
    *,
    user: bool = False,
    taken_ids: Container[str] = (),
) -> Routine | None:
    before = len(problems)
    fields = FieldReader(document, file, "", problems)
    fields.check_known(_ROUTINE_FIELDS)
    if document.get("version", FORMAT_VERSION) != FORMAT_VERSION:
        problem = _("must be {version}, the format version this Unclench reads")
        fields.problem("version", problem.format(version=FORMAT_VERSION))
    name = fields.text("name", 80, required=True)
    routine_id = fields.identifier("id") if "id" in document else (slug(name) if name else None)
    if name and not routine_id and "id" not in document:
        fields.problem("name", _('gives no usable id; add an "id" field like "my-stretches"'))
    if routine_id in taken_ids:
        problem = _("'{id}' is already used by another routine; give this one its own \"id\"")
        fields.problem("id", problem.format(id=routine_id))
    category = fields.choice("category", tuple(Category), default=Category.STRETCH)
    description = fields.text("description", 600)
    safety = fields.text("safety", 600, default=SAFETY_LINE)
    evidence = fields.identifier("evidence") or ""

    known = dict(library)
    inline_ids: set[str] = set()
    broken_ids: set[str] = set()
    inline = _list_field(fields, "exercises", required=False) or LocatedList()
    for index, raw in enumerate(inline):
        where = f"exercises[{index}]"
        if not isinstance(raw, LocatedDict):
            problem = _("item {number} must be an exercise object {{ ... }}").format(number=index + 1)
            fields.problem("exercises", problem, inline.line_of(index))
            continue
        exercise = exercise_from(raw, file, where + ".", problems, illustrations_dir, inline_ids)
        if exercise is None:
            broken_ids.add(str(raw.get("id")))
        else:
            inline_ids.add(exercise.id)
            known[exercise.id] = exercise  # a routine's own version of a move wins over the built-in one

    moves: list[Exercise] = []
    steps = _list_field(fields, "steps", required=True)
    if steps is not None and len(steps) > MAX_STEPS:
        problem = _("has {count} items; a routine holds at most {most}")
        fields.problem("steps", problem.format(count=len(steps), most=MAX_STEPS))
    elif steps is not None:
        for index, raw in enumerate(steps):
            move = _step_from(
                raw, steps.line_of(index), f"steps[{index}].", file, problems, known, broken_ids
            )
            if move:
                moves.append(move)
    if (
        len(problems) > before
        or routine_id is None
        or name is None
        or category is None
        or description is None
        or safety is None
    ):
        return None
    routine = Routine(
        id=routine_id,
        name=name,
        category=Category(category),
        moves=tuple(moves),
        description=description,
        safety=safety,
        source=file,
        user=user,
        evidence=evidence,
    )
    if routine.total_seconds > MAX_ROUTINE_SECONDS:
        problem = _("add up to {minutes} minutes; a routine lasts at most 60")
        fields.problem("steps", problem.format(minutes=routine.total_seconds // 60))
        return None
    return routine


def read_routine_file(
    path: Path,
    library: Mapping[str, Exercise],
    illustrations_dir: Path,
    *,
    user: bool = False,
    taken_ids: Container[str] = (),
) -> tuple[Routine | None, list[FileProblem]]:
    problems: list[FileProblem] = []
    document = read_json_object(path, problems)
    if document is None:
        return None, problems
    routine = routine_from(
        document, path, library, illustrations_dir, problems, user=user, taken_ids=taken_ids
    )
    return routine, few_problems(problems)


def illustration_files(routine: Routine) -> list[Path]:
    """The pictures a routine shows, each once, in order of appearance."""
    seen: dict[Path, None] = {}
    for move in routine.moves:
        for picture in (move.illustration, move.rest_illustration):
            if picture is not None:
                seen.setdefault(picture, None)
    return list(seen)
