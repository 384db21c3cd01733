"""Routine, exercise and breathing pattern files never hang loading or import."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from desktop.core.breathing_files import load_patterns
from desktop.core.routine_format import MAX_PICTURE_BYTES, read_routine_file
from desktop.core.routines import RoutineLibrary, load_library
from desktop.core.user_routines import import_routine
from desktop.resources import resource_root

HANG_LIMIT_S = 1.0  # a hang test, not a benchmark
posix_only = pytest.mark.skipif(os.name != "posix", reason="special files of POSIX systems")


@pytest.fixture(scope="module")
def library() -> RoutineLibrary:
    return load_library(resource_root())


def routine_problems(path: Path, library: RoutineLibrary) -> list[str]:
    started = time.monotonic()
    routine, problems = read_routine_file(path, library.exercises, library.illustrations_dir)
    assert time.monotonic() - started < HANG_LIMIT_S
    assert routine is None
    return [problem.message for problem in problems]


@posix_only
def test_a_routine_file_that_is_a_fifo_is_refused(tmp_path: Path, library: RoutineLibrary) -> None:
    path = tmp_path / "plan.json"
    os.mkfifo(path)
    assert routine_problems(path, library) == ["is a named pipe (FIFO), not a regular file"]


@posix_only
def test_a_routine_file_linked_to_dev_zero_is_refused(tmp_path: Path, library: RoutineLibrary) -> None:
    path = tmp_path / "plan.json"
    path.symlink_to("/dev/zero")
    assert routine_problems(path, library) == ["is a character device, not a regular file"]


def test_a_huge_routine_file_is_refused_from_its_size(tmp_path: Path, library: RoutineLibrary) -> None:
    path = tmp_path / "plan.json"
    with path.open("wb") as out:
        out.truncate(2**32)
    assert routine_problems(path, library) == ["is too big: a data file here is at most 256 KB"]


@posix_only
def test_breathing_patterns_that_are_special_files_are_skipped(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo.json")
    (tmp_path / "zero.json").symlink_to("/dev/zero")
    (tmp_path / "folder.json").mkdir()
    good = {"name": "Even", "phases": [{"kind": "inhale", "seconds": 4}, {"kind": "exhale", "seconds": 4}]}
    (tmp_path / "even.json").write_text(json.dumps(good), encoding="utf-8")

    started = time.monotonic()
    loaded = load_patterns(tmp_path)

    assert time.monotonic() - started < HANG_LIMIT_S
    assert [pattern.name for pattern in loaded.patterns] == ["Even"]
    assert sorted(loaded.problems) == [
        f"{tmp_path / 'fifo.json'}: the file is a named pipe (FIFO), not a regular file",
        f"{tmp_path / 'folder.json'}: the file is a folder, not a regular file",
        f"{tmp_path / 'zero.json'}: the file is a character device, not a regular file",
    ]


def test_a_deeply_nested_pattern_is_refused(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * 20_000 + "]" * 20_000, encoding="utf-8")
    loaded = load_patterns(tmp_path)
    assert loaded.patterns == () and "not valid JSON" in loaded.problems[0]


def test_an_import_with_a_huge_picture_is_refused_and_writes_nothing(
    tmp_path: Path, library: RoutineLibrary
) -> None:
    source = tmp_path / "from-physio"
    source.mkdir()
    with (source / "knee.png").open("wb") as out:
        out.truncate(MAX_PICTURE_BYTES + 1)
    move = {
        "id": "knee-hug",
        "name": "Knee hug",
        "area": "lower-back",
        "instruction": "Hug one knee gently.",
        "hold_seconds": 20,
        "illustration": "knee.png",
    }
    plan = {"id": "physio", "name": "Physio", "exercises": [move], "steps": ["knee-hug"]}
    (source / "plan.json").write_text(json.dumps(plan), encoding="utf-8")
    user_dir = tmp_path / "routines"

    outcome = import_routine(source / "plan.json", user_dir, library)

    assert not outcome.ok
    message = outcome.problems[0].message
    assert "knee.png is larger than 4.0 MB" in message and "nothing was imported" in message
    assert list(user_dir.iterdir()) == []


def test_a_routine_file_of_many_small_items_parses_quickly(tmp_path: Path, library: RoutineLibrary) -> None:
    """Line numbers must not be counted afresh for every value (that took 5 s for 256 KB)."""
    path = tmp_path / "plan.json"
    items = ",\n".join(["1"] * 80_000)
    path.write_text('{"name": "Many", "steps": [' + items + "]}", encoding="utf-8")
    assert path.stat().st_size < 256 * 1024
    problems = routine_problems(path, library)  # asserts it took under a second
    assert problems


def test_a_routine_with_thousands_of_unknown_fields_names_a_few(
    tmp_path: Path, library: RoutineLibrary
) -> None:
    path = tmp_path / "plan.json"
    fields = ",".join(f'"{"x" * 30}{n}": 0' for n in range(5000))
    path.write_text('{"name": "Many", "steps": ["chin-tuck"], ' + fields + "}", encoding="utf-8")
    problems = routine_problems(path, library)
    assert len(problems) == 6
    assert problems[-1] == "and 4,995 more problems like these"


def test_a_pattern_with_thousands_of_unknown_fields_names_a_few(tmp_path: Path) -> None:
    good = {"name": "Even", "phases": [{"kind": "inhale", "seconds": 4}, {"kind": "exhale", "seconds": 4}]}
    data = good | {"k" * 200 + str(n): 0 for n in range(200)}
    (tmp_path / "many.json").write_text(json.dumps(data), encoding="utf-8")
    loaded = load_patterns(tmp_path)
    assert [pattern.name for pattern in loaded.patterns] == ["Even"]  # unknown fields do not reject it
    assert len(loaded.problems) == 6
    assert loaded.problems[-1].endswith("and 195 more problems like these")
    assert all(len(problem) < 300 for problem in loaded.problems)


def test_thousands_of_near_miss_fields_are_not_each_given_a_suggestion(
    tmp_path: Path, library: RoutineLibrary
) -> None:
    path = tmp_path / "plan.json"
    fields = ",".join(f'"stepz{n:x}": 0' for n in range(17_000))  # each close to "steps"
    path.write_text('{"name": "M", "steps": ["chin-tuck"], ' + fields + "}", encoding="utf-8")
    problems = routine_problems(path, library)  # under a second
    assert problems[0] == "is not a field Unclench knows (did you mean 'steps'?)"
    assert problems[-1] == "and 16,995 more problems like these"
