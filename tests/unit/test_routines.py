"""Routine and exercise files: what ships loads, every kind of mistake is named with file, field
and line, a bad file never stops the others, imports and removals, and micro-break rotation."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.data_file import MAX_FILE_BYTES
from desktop.core.routine_format import read_routine_file
from desktop.core.routines import (
    SAFETY_LINE,
    Category,
    FileProblem,
    Routine,
    RoutineLibrary,
    Sides,
    load_exercises,
    load_library,
    load_routines,
    micro_break_rotation,
)
from desktop.core.user_routines import import_routine, list_user_routines, remove_user_routine
from desktop.resources import resource_root

RESOURCES = resource_root()
STRETCH_MOVES = {
    "chin-tuck",
    "neck-side-stretch",
    "shoulder-rolls",
    "shoulder-blade-squeeze",
    "seated-cat",
    "seated-cow",
    "seated-twist",
    "chest-opener",
    "standing-back-extension",
    "hip-flexor-stretch",
    "standing-side-bend",
    "wrist-stretch",
    "short-walk",
}


@pytest.fixture(scope="module")
def library() -> RoutineLibrary:
    return load_library(RESOURCES)


# --- what ships -----------------------------------------------------------------------------


def test_every_shipped_file_loads_without_a_problem(library: RoutineLibrary) -> None:
    assert [str(problem) for problem in library.problems] == []
    assert len(library.exercises) == len(list((RESOURCES / "exercises").glob("*.json")))
    assert len(library.routines) == len(list((RESOURCES / "routines").glob("*.json")))


def test_the_desk_moves_cover_the_body_and_each_has_its_own_picture(library: RoutineLibrary) -> None:
    assert set(library.exercises) >= STRETCH_MOVES
    areas = {library.exercises[move].area for move in STRETCH_MOVES}
    assert {"neck", "shoulders", "upper-back", "lower-back", "hips", "wrists"} <= areas
    pictures = [exercise.illustration for exercise in library.exercises.values()]
    assert all(picture is not None and picture.is_file() for picture in pictures)
    assert len(set(pictures)) == len(pictures)
    assert any(exercise.sides is Sides.BOTH for exercise in library.exercises.values())


@pytest.mark.parametrize("svg", sorted((RESOURCES / "illustrations").glob("*.svg")), ids=lambda p: p.stem)
def test_illustrations_share_one_recolourable_style(svg: Path) -> None:
    root = ET.parse(svg).getroot()
    assert root.get("viewBox") == "0 0 200 200"
    text = svg.read_text(encoding="utf-8")
    assert 'stroke="currentColor" stroke-width="7"' in text  # the figure: themed colour, one width
    colours = set(re.findall(r'(?:stroke|fill)="([^"]+)"', text))
    assert colours <= {"currentColor", "#94a3b8", "#2a9d8f", "none"}
    # Transparent background: nothing is filled except the faint teal "tense here" halos.
    for element in root.iter():
        fill = element.get("fill")
        assert fill in (None, "none") or (fill == "#2a9d8f" and float(element.get("fill-opacity", 1)) < 0.5)


def test_routines_have_the_promised_shapes(library: RoutineLibrary) -> None:
    micro = library.in_category(Category.MICRO_BREAK)
    assert len(micro) >= 3
    assert all(50 <= routine.total_seconds <= 75 for routine in micro)
    assert len({tuple(move.id for move in routine.moves) for routine in micro}) == len(micro)

    back = library.get("back-reset")
    assert back is not None and 180 <= back.total_seconds <= 300

    pmr = library.get("muscle-relaxation")
    assert pmr is not None and pmr.category is Category.RELAXATION
    assert 240 <= pmr.total_seconds <= 360
    groups = [move for move in pmr.moves if move.id.startswith("pmr-")]
    assert len(groups) >= 8
    assert all(move.hold_seconds == 5 and move.rest_seconds == 10 for move in groups)


def test_every_routine_carries_the_safety_line(library: RoutineLibrary) -> None:
    for routine in library.routines:
        assert routine.safety == SAFETY_LINE
        document = json.loads(routine.source.read_text(encoding="utf-8")) if routine.source else {}
        assert "stop any movement that increases pain" in document["safety"]


# --- mistakes and their messages --------------------------------------------------------------


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def problems_for(tmp_path: Path, library: RoutineLibrary, text: str | bytes) -> list[FileProblem]:
    path = write(tmp_path, "mine.json", text)
    routine, problems = read_routine_file(
        path, library.exercises, library.illustrations_dir, taken_ids=library.built_in_ids
    )
    assert routine is None and problems, "a malformed file must not load"
    assert all(problem.file == path for problem in problems)
    return problems


def only(problems: list[FileProblem]) -> FileProblem:
    assert len(problems) == 1, [str(problem) for problem in problems]
    return problems[0]


GOOD = """{
  "name": "My routine",
  "steps": [
    "chin-tuck",
    { "exercise": "seated-twist", "hold_seconds": 20 }
  ]
}
"""


def test_a_good_minimal_file_loads_with_defaults_and_overrides(
    tmp_path: Path, library: RoutineLibrary
) -> None:
    routine, problems = read_routine_file(
        write(tmp_path, "ok.json", GOOD), library.exercises, library.illustrations_dir
    )
    assert problems == [] and routine is not None
    assert (routine.id, routine.category, routine.safety) == ("my-routine", Category.STRETCH, SAFETY_LINE)
    assert routine.moves[0] == library.exercises["chin-tuck"]
    assert routine.moves[1].hold_seconds == 20 and routine.moves[1].sides is Sides.BOTH


def test_broken_json_names_the_line(tmp_path: Path, library: RoutineLibrary) -> None:
    problem = only(problems_for(tmp_path, library, '{\n  "name": "x",\n  "steps": ["chin-tuck",]\n}\n'))
    assert problem.line == 3 and "not valid JSON" in problem.message
    assert str(problem).startswith("mine.json, line 3: is not valid JSON")


def test_text_that_is_not_utf8_names_the_line(tmp_path: Path, library: RoutineLibrary) -> None:
    problem = only(problems_for(tmp_path, library, b'{\n  "name": "Caf\xe9",\n  "steps": []\n}'))
    assert problem.line == 2 and "UTF-8" in problem.message


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "is empty"), ("  \n", "is empty"), ('["chin-tuck"]', "must hold one JSON object")],
)
def test_empty_or_wrongly_shaped_files(
    tmp_path: Path, library: RoutineLibrary, text: str, message: str
) -> None:
    assert message in only(problems_for(tmp_path, library, text)).message


def test_a_file_too_large_is_refused_before_parsing(tmp_path: Path, library: RoutineLibrary) -> None:
    problem = only(problems_for(tmp_path, library, "{" + " " * MAX_FILE_BYTES + "}"))
    assert "at most 256 KB" in problem.message


def test_a_missing_required_field_points_at_its_object(tmp_path: Path, library: RoutineLibrary) -> None:
    problem = only(problems_for(tmp_path, library, '\n{\n  "steps": ["chin-tuck"]\n}'))
    assert (problem.field, problem.line) == ("name", 2)
    assert problem.message == "is required but missing"


def test_a_wrong_value_names_the_field_path_and_its_line(tmp_path: Path, library: RoutineLibrary) -> None:
    text = GOOD.replace('"hold_seconds": 20', '"hold_seconds": "ten"')
    problem = only(problems_for(tmp_path, library, text))
    assert (problem.field, problem.line) == ("steps[1].hold_seconds", 5)
    assert 'from 1 to 600 (found "ten")' in problem.message
    assert str(problem) == (
        "mine.json, line 5, field 'steps[1].hold_seconds': "
        'must be a whole number of seconds from 1 to 600 (found "ten")'
    )


@pytest.mark.parametrize(
    ("replacement", "field", "expected"),
    [
        ('"hold_seconds": 0', "steps[1].hold_seconds", "from 1 to 600 (found 0)"),
        ('"hold_seconds": 20.5', "steps[1].hold_seconds", "whole number"),
        ('"hold_seconds": true', "steps[1].hold_seconds", "whole number"),
        ('"repetitions": 51', "steps[1].repetitions", "from 1 to 50"),
        ('"sides": "left"', "steps[1].sides", "must be one of one, both"),
        ('"hold_second": 20', "steps[1].hold_second", "did you mean 'hold_seconds'?"),
        ('"instruction": ""', "steps[1].instruction", "non-empty text"),
    ],
)
def test_each_kind_of_bad_step_value(
    tmp_path: Path, library: RoutineLibrary, replacement: str, field: str, expected: str
) -> None:
    problem = only(problems_for(tmp_path, library, GOOD.replace('"hold_seconds": 20', replacement)))
    assert (problem.field, problem.line) == (field, 5)
    assert expected in problem.message


def test_an_unknown_exercise_suggests_the_close_one(tmp_path: Path, library: RoutineLibrary) -> None:
    problem = only(problems_for(tmp_path, library, GOOD.replace('"chin-tuck"', '"chin-tuk"')))
    assert (problem.field, problem.line) == ("steps[0].exercise", 4)
    assert "'chin-tuk'" in problem.message and "did you mean 'chin-tuck'?" in problem.message


def test_a_step_of_the_wrong_type(tmp_path: Path, library: RoutineLibrary) -> None:
    problem = only(problems_for(tmp_path, library, GOOD.replace('"chin-tuck"', "42")))
    assert (problem.field, problem.line) == ("steps[0]", 4)


def test_an_unknown_top_level_field_and_a_duplicate(tmp_path: Path, library: RoutineLibrary) -> None:
    text = '{\n  "name": "x",\n  "name": "y",\n  "catgory": "stretch",\n  "steps": ["chin-tuck"]\n}'
    problems = problems_for(tmp_path, library, text)
    assert {(p.field, p.line) for p in problems} == {("name", 3), ("catgory", 4)}
    assert any("did you mean 'category'?" in p.message for p in problems)


@pytest.mark.parametrize(
    ("fragment", "field", "expected"),
    [
        ('"steps": []', "steps", "is empty"),
        ('"steps": "chin-tuck"', "steps", "must be a list"),
        ('"category": "nap"', "category", "micro-break, stretch, relaxation"),
        ('"version": 2', "version", "must be 1"),
        ('"id": "Back Reset!"', "id", "lower-case letters"),
        ('"id": "back-reset"', "id", "already used"),
    ],
)
def test_bad_routine_fields(
    tmp_path: Path, library: RoutineLibrary, fragment: str, field: str, expected: str
) -> None:
    text = '{\n  "name": "x",\n  "steps": ["chin-tuck"],\n  ' + fragment + "\n}"
    if fragment.startswith('"steps"'):
        text = '{\n  "name": "x",\n  ' + fragment + "\n}"
    problem = only(problems_for(tmp_path, library, text))
    assert problem.field == field and expected in problem.message
    assert problem.line == (3 if fragment.startswith('"steps"') else 4)


def test_a_routine_longer_than_an_hour(tmp_path: Path, library: RoutineLibrary) -> None:
    step = '{ "exercise": "short-walk", "hold_seconds": 600, "repetitions": 7 }'
    problem = only(problems_for(tmp_path, library, '{\n  "name": "x",\n  "steps": [' + step + "]\n}"))
    assert problem.field == "steps" and "at most 60" in problem.message


def inline_routine(illustration: str, **extra: object) -> str:
    exercise = {
        "id": "knee-hug",
        "name": "Knee hug",
        "area": "lower-back",
        "instruction": "Hug one knee gently.",
        "hold_seconds": 20,
        "sides": "both",
        "illustration": illustration,
        **extra,
    }
    return json.dumps(
        {"id": "physio", "name": "Physio plan", "exercises": [exercise], "steps": ["knee-hug"]}, indent=2
    )


@pytest.mark.parametrize(
    ("illustration", "expected"),
    [
        ("../secret.svg", "must name an SVG, PNG or JPEG"),
        ("/etc/passwd.png", "must name an SVG, PNG or JPEG"),
        ("picture.gif", "must name an SVG, PNG or JPEG"),
        ("nowhere.png", "neither next to this file nor among Unclench's illustrations"),
    ],
)
def test_bad_pictures_in_an_own_exercise(
    tmp_path: Path, library: RoutineLibrary, illustration: str, expected: str
) -> None:
    problem = only(problems_for(tmp_path, library, inline_routine(illustration)))
    assert problem.field == "exercises[0].illustration" and expected in problem.message
    assert problem.line == 12


def test_an_own_exercise_missing_fields(tmp_path: Path, library: RoutineLibrary) -> None:
    text = json.dumps({"name": "x", "exercises": [{"id": "a", "name": "A"}], "steps": ["a"]}, indent=2)
    problems = problems_for(tmp_path, library, text)
    fields = {problem.field for problem in problems}
    assert {"exercises[0].instruction", "exercises[0].area", "exercises[0].hold_seconds"} <= fields


def test_an_own_exercise_may_use_a_built_in_picture(tmp_path: Path, library: RoutineLibrary) -> None:
    path = write(tmp_path, "mine.json", inline_routine("chin-tuck.svg"))
    routine, problems = read_routine_file(path, library.exercises, library.illustrations_dir)
    assert problems == [] and routine is not None
    assert routine.moves[0].illustration == library.illustrations_dir / "chin-tuck.svg"


# --- one bad file never stops the others ------------------------------------------------------


def test_one_bad_routine_file_does_not_stop_the_others(tmp_path: Path, library: RoutineLibrary) -> None:
    good = write(tmp_path, "a-good.json", GOOD)
    bad = write(tmp_path, "b-bad.json", "{ nope")
    other = write(tmp_path, "c-good.json", GOOD.replace("My routine", "Another"))
    routines, problems = load_routines([good, bad, other], library.exercises, library.illustrations_dir)
    assert [routine.id for routine in routines] == ["my-routine", "another"]
    assert [problem.file for problem in problems] == [bad]


def test_two_files_with_one_id_keep_the_first(tmp_path: Path, library: RoutineLibrary) -> None:
    first, second = write(tmp_path, "a.json", GOOD), write(tmp_path, "b.json", GOOD)
    routines, problems = load_routines([first, second], library.exercises, library.illustrations_dir)
    assert [routine.source for routine in routines] == [first]
    assert only(problems).file == second and only(problems).field == "id"


def test_one_bad_exercise_file_does_not_stop_the_others(tmp_path: Path, library: RoutineLibrary) -> None:
    source = library.exercises["chin-tuck"]
    assert source.illustration is not None
    good = {"id": "good", "name": "Good", "area": "neck", "instruction": "Do it.", "hold_seconds": 5}
    write(tmp_path, "good.json", json.dumps(good))
    write(tmp_path, "bad.json", json.dumps({**good, "id": "bad", "area": "elbow"}, indent=1))
    exercises, problems = load_exercises(tmp_path, library.illustrations_dir)
    assert list(exercises) == ["good"]
    problem = only(problems)
    assert (problem.file.name, problem.field, problem.line) == ("bad.json", "area", 4)


def test_a_whole_resources_tree_with_broken_parts_still_loads_the_rest(tmp_path: Path) -> None:
    for folder in ("exercises", "routines", "illustrations"):
        (tmp_path / folder).mkdir()
    move = {"id": "tuck", "name": "Tuck", "area": "neck", "instruction": "Tuck.", "hold_seconds": 5}
    write(tmp_path / "exercises", "tuck.json", json.dumps(move))
    write(tmp_path / "exercises", "broken.json", "{")
    write(tmp_path / "routines", "ok.json", json.dumps({"name": "Ok", "steps": ["tuck"]}))
    write(tmp_path / "routines", "uses-broken.json", json.dumps({"name": "Nope", "steps": ["broken"]}))
    library = load_library(tmp_path)
    assert [routine.id for routine in library.routines] == ["ok"]
    assert {problem.file.name for problem in library.problems} == {"broken.json", "uses-broken.json"}


def test_a_rest_picture_of_its_own_is_read_and_travels_with_an_import(
    tmp_path: Path, library: RoutineLibrary
) -> None:
    folder = physio_folder(tmp_path)
    (folder / "pictures" / "knee-loose.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    text = inline_routine(
        "pictures/knee-hug.png", rest_seconds=5, rest_illustration="pictures/knee-loose.png"
    )
    write(folder, "plan.json", text)
    user_dir = tmp_path / "config" / "routines"
    outcome = import_routine(folder / "plan.json", user_dir, library)
    assert outcome.ok and outcome.routine is not None
    move = outcome.routine.moves[0]
    assert move.rest_illustration == user_dir / "physio" / "pictures" / "knee-loose.png"
    assert move.rest_illustration.is_file() and move.illustration != move.rest_illustration


def test_a_missing_rest_picture_is_named(tmp_path: Path, library: RoutineLibrary) -> None:
    text = inline_routine("chin-tuck.svg", rest_illustration="nowhere.svg")
    problem = only(problems_for(tmp_path, library, text))
    assert problem.field == "exercises[0].rest_illustration" and "nowhere.svg" in problem.message


# --- importing and removing --------------------------------------------------------------------


def physio_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "from-physio"
    (folder / "pictures").mkdir(parents=True)
    (folder / "pictures" / "knee-hug.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    write(folder, "plan.json", inline_routine("pictures/knee-hug.png"))
    return folder


def test_import_copies_the_routine_and_its_pictures_and_lists_it(
    tmp_path: Path, library: RoutineLibrary
) -> None:
    user_dir = tmp_path / "config" / "routines"
    outcome = import_routine(physio_folder(tmp_path) / "plan.json", user_dir, library)
    assert outcome.ok and outcome.problems == ()
    routine = outcome.routine
    assert routine is not None and routine.user and routine.id == "physio"
    assert routine.source == user_dir / "physio" / "routine.json"
    assert routine.moves[0].illustration == user_dir / "physio" / "pictures" / "knee-hug.png"
    assert routine.moves[0].illustration.read_bytes().startswith(b"\x89PNG")

    listed, problems = list_user_routines(user_dir, library)
    assert [r.id for r in listed] == ["physio"] and problems == []
    everything = load_library(RESOURCES, user_dir)
    assert everything.routines[-1].id == "physio" and everything.get("physio") is not None
    assert not any(name.startswith(".") for name in (p.name for p in user_dir.iterdir()))


def test_a_bad_import_writes_nothing(tmp_path: Path, library: RoutineLibrary) -> None:
    user_dir = tmp_path / "routines"
    source = write(tmp_path, "plan.json", GOOD.replace('"chin-tuck"', '"chin-tuk"'))
    outcome = import_routine(source, user_dir, library)
    assert not outcome.ok
    assert only(list(outcome.problems)).field == "steps[0].exercise"
    assert not user_dir.exists()


def test_importing_the_same_id_twice_needs_replace(tmp_path: Path, library: RoutineLibrary) -> None:
    user_dir = tmp_path / "routines"
    source = write(tmp_path, "plan.json", GOOD)
    assert import_routine(source, user_dir, library).ok
    again = import_routine(source, user_dir, library)
    assert not again.ok and "already imported" in only(list(again.problems)).message

    write(tmp_path, "plan.json", GOOD.replace('"hold_seconds": 20', '"hold_seconds": 30'))
    replaced = import_routine(source, user_dir, library, replace=True)
    assert replaced.routine is not None and replaced.routine.moves[1].hold_seconds == 30
    assert sorted(p.name for p in user_dir.iterdir()) == ["my-routine"]


def test_a_built_in_id_cannot_be_imported(tmp_path: Path, library: RoutineLibrary) -> None:
    source = write(
        tmp_path, "plan.json", '{\n  "id": "back-reset",\n  "name": "x",\n  "steps": ["chin-tuck"]\n}'
    )
    outcome = import_routine(source, tmp_path / "routines", library)
    problem = only(list(outcome.problems))
    assert (problem.field, problem.line) == ("id", 2)


def test_remove_deletes_an_imported_routine_only(tmp_path: Path, library: RoutineLibrary) -> None:
    user_dir = tmp_path / "routines"
    outcome = import_routine(physio_folder(tmp_path) / "plan.json", user_dir, library)
    assert outcome.routine is not None
    built_in = library.get("back-reset")
    assert built_in is not None
    assert remove_user_routine(user_dir, built_in) is not None
    assert (RESOURCES / "routines" / "back-reset.json").is_file()

    assert remove_user_routine(user_dir, outcome.routine) is None
    assert list_user_routines(user_dir, library) == ([], [])
    assert load_library(RESOURCES, user_dir).get("physio") is None


def test_a_broken_file_in_the_user_folder_is_reported_not_fatal(
    tmp_path: Path, library: RoutineLibrary
) -> None:
    user_dir = tmp_path / "routines"
    assert import_routine(write(tmp_path, "plan.json", GOOD), user_dir, library).ok
    (user_dir / "hand-edited").mkdir()
    write(user_dir / "hand-edited", "routine.json", '{"name": "Oops", "steps": [}')
    everything = load_library(RESOURCES, user_dir)
    assert everything.get("my-routine") is not None
    assert [problem.file for problem in everything.problems] == [user_dir / "hand-edited" / "routine.json"]


# --- micro-break rotation ----------------------------------------------------------------------


def test_rotation_offers_every_variant_in_turn_never_the_same_twice(library: RoutineLibrary) -> None:
    variants = {routine.id for routine in library.in_category(Category.MICRO_BREAK)}
    seen: list[str] = []
    last: str | None = None
    for _ in range(2 * len(variants)):
        chosen = micro_break_rotation(library.routines, last)
        assert chosen is not None and chosen.category is Category.MICRO_BREAK
        assert chosen.id != last
        seen.append(chosen.id)
        last = chosen.id
    assert set(seen[: len(variants)]) == variants
    assert seen[: len(variants)] == seen[len(variants) :]


def test_rotation_starts_over_when_the_last_one_is_unknown_or_missing(library: RoutineLibrary) -> None:
    first = micro_break_rotation(library.routines, None)
    assert first is not None
    assert micro_break_rotation(library.routines, "deleted-long-ago") == first
    stretches: list[Routine] = list(library.in_category(Category.STRETCH))
    assert micro_break_rotation(stretches, None) is None


FUZZ_KEYS = ["name", "steps", "exercise", "id", "hold_seconds", "x"]


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.one_of(
        st.text(max_size=300),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
            lambda inner: (
                st.lists(inner, max_size=4)
                | st.dictionaries(
                    st.sampled_from(["name", "steps", "exercise", "id", "hold_seconds", "x"]), inner
                )
            ),
            max_leaves=12,
        ).map(json.dumps),
    )
)
def test_no_input_makes_the_reader_raise(tmp_path: Path, library: RoutineLibrary, text: str) -> None:
    path = write(tmp_path, "fuzz.json", text)
    routine, problems = read_routine_file(path, library.exercises, library.illustrations_dir)
    assert (routine is None) == bool(problems)
    assert all(problem.file == path and str(problem) for problem in problems)


def test_absurd_nesting_is_a_problem_not_a_crash(tmp_path: Path, library: RoutineLibrary) -> None:
    problem = only(problems_for(tmp_path, library, "[" * 50_000 + "]" * 50_000))
    assert "JSON" in problem.message
