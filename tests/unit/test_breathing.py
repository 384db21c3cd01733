"""The breathing core: the timeline at any instant, pattern files, custom ranges, the log row."""

from __future__ import annotations

import json
import math
import reprlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.breathing import (
    CUSTOM_PATTERN_ID,
    BreathingPattern,
    BreathingSessionResult,
    CustomValues,
    LengthUnit,
    Phase,
    PhaseKind,
    SecondsRange,
    SessionClock,
    SessionLength,
    SessionPlan,
    custom_pattern,
    custom_problems,
    moment_at,
    parse_custom,
    plan_session,
    seconds_until_pacer_moves,
    session_event,
)
from desktop.core.breathing_files import load_patterns
from desktop.core.settings import BreathingSettings, Settings, settings_from_dict, settings_to_dict
from desktop.resources import resource_path

INHALE, HOLD, EXHALE = PhaseKind.INHALE, PhaseKind.HOLD, PhaseKind.EXHALE

BOX = BreathingPattern(
    "box", "Box", (Phase(INHALE, 4, 1.0), Phase(HOLD, 4, 1.0), Phase(EXHALE, 4, 0.0), Phase(HOLD, 4, 0.0))
)
SIGH = BreathingPattern(
    "sigh", "Sigh", (Phase(INHALE, 2.5, 0.75), Phase(INHALE, 1, 1.0), Phase(EXHALE, 6.5, 0.0))
)
LONGER = BreathingPattern("longer-exhale", "Longer exhale", (Phase(INHALE, 4, 1.0), Phase(EXHALE, 6, 0.0)))


# --- timeline -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("t", "index", "cycle", "left", "size", "count"),
    [
        (0.0, 0, 0, 4.0, 0.0, 4),  # the very start: empty, inhale begins
        (2.0, 0, 0, 2.0, 0.5, 2),  # halfway through the inhale (sine ease is symmetric)
        (3.999, 0, 0, 0.001, None, 1),
        (4.0, 1, 0, 4.0, 1.0, 4),  # a boundary belongs to the phase that starts there
        (6.0, 1, 0, 2.0, 1.0, 2),  # a hold keeps the size
        (8.0, 2, 0, 4.0, 1.0, 4),
        (10.0, 2, 0, 2.0, 0.5, 2),
        (12.0, 3, 0, 4.0, 0.0, 4),
        (15.5, 3, 0, 0.5, 0.0, 1),
        (16.0, 0, 1, 4.0, 0.0, 4),  # the second cycle
        (47.99, 3, 2, 0.01, 0.0, 1),  # last instant of the last cycle
    ],
)
def test_box_timeline(t: float, index: int, cycle: int, left: float, size: float | None, count: int) -> None:
    moment = moment_at(SessionPlan(BOX, 3), t)
    assert moment.phase_index == index
    assert moment.phase is BOX.phases[index]
    assert moment.cycle == cycle
    assert moment.phase_seconds_left == pytest.approx(left)
    if size is not None:
        assert moment.pacer_size == pytest.approx(size)
    assert moment.count == count
    assert moment.progress == pytest.approx(t / 48)
    assert moment.seconds_left == pytest.approx(48 - t)
    assert not moment.finished


@pytest.mark.parametrize("t", [48.0, 48.5, 1e6])
def test_at_and_after_the_end_the_session_is_finished(t: float) -> None:
    moment = moment_at(SessionPlan(BOX, 3), t)
    assert moment.finished
    assert moment.progress == 1.0
    assert moment.seconds_left == 0.0
    assert moment.pacer_size == 0.0
    assert (moment.cycle, moment.phase_index) == (2, 3)


def test_before_the_start_counts_as_the_start() -> None:
    assert moment_at(SessionPlan(BOX, 1), -3) == moment_at(SessionPlan(BOX, 1), 0)


def test_easing_is_slow_at_the_ends_and_fast_in_the_middle() -> None:
    plan = SessionPlan(LONGER, 1)
    sizes = [moment_at(plan, t).pacer_size for t in (0.0, 0.4, 1.8, 2.2, 3.6, 4.0 - 1e-9)]
    assert sizes[1] - sizes[0] < sizes[3] - sizes[2]  # starts gently
    assert sizes[5] - sizes[4] < sizes[3] - sizes[2]  # arrives gently
    assert sizes[5] == pytest.approx(1.0)
    assert moment_at(plan, 7.0).pacer_size == pytest.approx(0.5)  # exhale midpoint


def test_the_sigh_has_two_inhales_that_keep_rising() -> None:
    plan = SessionPlan(SIGH, 2)
    first_end, second_start = moment_at(plan, 2.4999), moment_at(plan, 2.5)
    assert (first_end.phase_index, second_start.phase_index) == (0, 1)
    assert first_end.pacer_size == pytest.approx(0.75, abs=1e-3)
    assert second_start.pacer_size == pytest.approx(0.75)  # continuous across the boundary
    assert moment_at(plan, 3.4999).pacer_size == pytest.approx(1.0, abs=1e-3)
    assert moment_at(plan, 10.0).cycle == 1
    assert moment_at(plan, 10.0).pacer_size == pytest.approx(0.0)


@given(st.floats(min_value=0, max_value=60, allow_nan=False))
def test_the_pacer_is_continuous_and_in_range(t: float) -> None:
    plan = SessionPlan(SIGH, 6)
    here, a_moment_later = moment_at(plan, t), moment_at(plan, t + 1e-6)
    assert 0.0 <= here.pacer_size <= 1.0
    assert abs(a_moment_later.pacer_size - here.pacer_size) < 1e-3
    assert 0.0 <= here.progress <= 1.0


def test_minutes_become_whole_cycles() -> None:
    assert plan_session(LONGER, SessionLength(LengthUnit.MINUTES, 3)).cycles == 18
    resonance = BreathingPattern("r", "R", (Phase(INHALE, 5.5, 1), Phase(EXHALE, 5.5, 0)))
    plan = plan_session(resonance, SessionLength(LengthUnit.MINUTES, 1))
    assert (plan.cycles, plan.total_seconds) == (5, 55.0)
    assert plan_session(BOX, SessionLength(LengthUnit.CYCLES, 7)).total_seconds == 112
    slow = BreathingPattern("s", "S", (Phase(INHALE, 30, 1), Phase(EXHALE, 90, 0)))
    assert plan_session(slow, SessionLength(LengthUnit.MINUTES, 1)).cycles == 1


def test_the_session_clock_leaves_pauses_out() -> None:
    clock = SessionClock(started=100.0)
    assert clock.elapsed(103.0) == 3.0
    clock.pause(103.0)
    assert clock.paused
    assert clock.elapsed(150.0) == 3.0
    clock.resume(160.0)
    assert clock.elapsed(161.0) == 4.0
    clock.resume(170.0)  # resuming twice changes nothing
    assert clock.elapsed(171.0) == 14.0


# --- custom patterns ----------------------------------------------------------------------------


def test_custom_values_in_range_make_a_pattern_without_empty_holds() -> None:
    pattern = custom_pattern(CustomValues(4, 0, 6, 2))
    assert pattern.id == CUSTOM_PATTERN_ID
    assert [(p.kind, p.seconds, p.size) for p in pattern.phases] == [
        (INHALE, 4, 1.0),
        (EXHALE, 6, 0.0),
        (HOLD, 2, 0.0),
    ]


@pytest.mark.parametrize(
    ("values", "wrong"),
    [
        (CustomValues(1.5, 0, 6, 0), {"inhale": SecondsRange(2, 10)}),
        (CustomValues(10.5, 0, 6, 0), {"inhale": SecondsRange(2, 10)}),
        (CustomValues(4, 11, 6, 0), {"hold_in": SecondsRange(0, 10)}),
        (CustomValues(4, -1, 1, 0), {"hold_in": SecondsRange(0, 10), "exhale": SecondsRange(2, 15)}),
        (CustomValues(4, 0, 6, float("nan")), {"hold_out": SecondsRange(0, 10)}),
        (CustomValues(2, 10, 15, 10), {}),  # the edges are allowed
    ],
)
def test_custom_ranges(values: CustomValues, wrong: dict[str, SecondsRange]) -> None:
    assert custom_problems(values) == wrong


def test_out_of_range_custom_values_are_refused_with_the_reason() -> None:
    with pytest.raises(ValueError, match="inhale must be between 2 and 10 seconds"):
        custom_pattern(CustomValues(1, 0, 6, 0))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4-7-8-0", CustomValues(4, 7, 8, 0)),
        ("5.5-0-5.5-0", CustomValues(5.5, 0, 5.5, 0)),
        ("4-7-8", None),
        ("4-x-8-0", None),
        ("40-0-6-0", None),
        ("", None),
    ],
)
def test_parse_custom(text: str, expected: CustomValues | None) -> None:
    assert parse_custom(text) == expected
    if expected:
        assert parse_custom(expected.as_text()) == expected


# --- pattern files ------------------------------------------------------------------------------


def test_the_shipped_patterns_load_without_problems_in_order() -> None:
    loaded = load_patterns(resource_path("breathing"))
    assert loaded.problems == ()
    assert [p.id for p in loaded.patterns] == [
        "longer-exhale",
        "resonance",
        "box",
        "physiological-sigh",
        "4-7-8",
    ]
    by_id = {p.id: p for p in loaded.patterns}
    assert by_id["resonance"].spec == "5.5-5.5"
    assert by_id["box"].spec == "4-4-4-4"
    assert by_id["longer-exhale"].spec == "4-6"
    assert [p.kind for p in by_id["physiological-sigh"].phases] == [INHALE, INHALE, EXHALE]
    assert "light-headed" in by_id["4-7-8"].caution
    assert "optional" in by_id["4-7-8"].caution
    assert BreathingSettings().pattern in by_id


def _write(folder: Path, name: str, content: object) -> Path:
    path = folder / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


GOOD: dict[str, Any] = {
    "name": "Mine",
    "phases": [{"kind": "inhale", "seconds": 3}, {"kind": "exhale", "seconds": 5}],
}


def _problems_for(tmp_path: Path, content: object) -> tuple[str, ...]:
    path = _write(tmp_path, "p.json", content)
    loaded = load_patterns(tmp_path)
    assert loaded.patterns == ()
    return tuple(problem.replace(str(path), "FILE") for problem in loaded.problems)


@pytest.mark.parametrize(
    ("content", "problems"),
    [
        (
            '{"name": "x",',
            ("FILE: not valid JSON (line 1, column 14: Expecting property name enclosed in double quotes)",),
        ),
        ("[1, 2]", ("FILE: the file must hold one JSON object with a 'name' and 'phases'",)),
        ({"phases": GOOD["phases"]}, ("FILE: 'name' is missing",)),
        ({**GOOD, "name": ""}, ("FILE: 'name' must be text of 1 to 60 characters (found '')",)),
        ({"name": "x"}, ("FILE: 'phases' is missing",)),
        ({"name": "x", "phases": []}, ("FILE: 'phases' must be a list of 1 to 12 phases (found [])",)),
        (
            {"name": "x", "phases": [{"kind": "inhle", "seconds": 4}, {"kind": "exhale", "seconds": "six"}]},
            (
                "FILE: 'phases[0].kind' must be one of inhale, hold, exhale (found 'inhle')",
                "FILE: 'phases[1].seconds' must be a number between 0.5 and 30 (found 'six')",
            ),
        ),
        (
            {"name": "x", "phases": [{"kind": "inhale"}, {"kind": "exhale", "seconds": 0.2}]},
            (
                "FILE: 'phases[0].seconds' is missing",
                "FILE: 'phases[1].seconds' must be a number between 0.5 and 30 (found 0.2)",
            ),
        ),
        (
            {"name": "x", "phases": [{"kind": "inhale", "seconds": True}, {"kind": "exhale", "seconds": 4}]},
            ("FILE: 'phases[0].seconds' must be a number between 0.5 and 30 (found True)",),
        ),
        (
            {"name": "x", "phases": [{"kind": "inhale", "seconds": 4}, {"kind": "hold", "seconds": 4}]},
            ("FILE: 'phases' must include at least one inhale and one exhale",),
        ),
        (
            {
                "name": "x",
                "phases": [{"kind": "inhale", "seconds": 30}, {"kind": "exhale", "seconds": 30}] * 3,
            },
            ("FILE: 'phases' must add up to between 2 and 120 seconds (they add up to 180)",),
        ),
        (
            {
                "name": "x",
                "phases": [
                    {"kind": "inhale", "seconds": 2, "size": 1},
                    {"kind": "inhale", "seconds": 1},
                    {"kind": "exhale", "seconds": 4},
                ],
            },
            (
                "FILE: 'phases[1].size' must be larger than the size before this inhale (1); "
                "it is 1 by default",
            ),
        ),
        (
            {
                "name": "x",
                "phases": [
                    {"kind": "inhale", "seconds": 2},
                    {"kind": "hold", "seconds": 1, "size": 0.5},
                    {"kind": "exhale", "seconds": 4},
                ],
            },
            (
                "FILE: 'phases[1].size' is not allowed on a hold "
                "(a hold keeps the size before it) (found 0.5)",
            ),
        ),
        (
            {
                "name": "x",
                "phases": [{"kind": "inhale", "seconds": 2, "size": 1.5}, {"kind": "exhale", "seconds": 4}],
            },
            ("FILE: 'phases[0].size' must be a number between 0 and 1 (found 1.5)",),
        ),
        (
            {**GOOD, "format": 2},
            ("FILE: 'format' must be 1; this file may be for another version of Unclench (found 2)",),
        ),
        (
            {
                "name": "x",
                "phases": [
                    {"kind": "inhale", "seconds": 2, "size": 0.5},
                    {"kind": "exhale", "seconds": 4, "size": 0.6},
                ],
            },
            (
                "FILE: 'phases[0].size' must be larger than the size before this inhale (0.6); it is 0.5",
                "FILE: 'phases[1].size' must be smaller than the size before this exhale (0.5); it is 0.6",
            ),
        ),
    ],
)
def test_malformed_files_are_rejected_with_the_file_and_field(
    tmp_path: Path, content: object, problems: tuple[str, ...]
) -> None:
    assert _problems_for(tmp_path, content) == problems


def test_a_file_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"name": "Atemz\xfcge"}')
    loaded = load_patterns(tmp_path)
    assert loaded.patterns == ()
    assert loaded.problems == (f"{path}: the file is not UTF-8 text; save it as UTF-8",)


def test_unknown_fields_are_reported_but_the_pattern_still_loads(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "mine.json",
        {**GOOD, "colour": "blue", "phases": [{**GOOD["phases"][0], "secs": 1}, GOOD["phases"][1]]},
    )
    loaded = load_patterns(tmp_path)
    assert [p.name for p in loaded.patterns] == ["Mine"]
    assert loaded.problems == (
        f"{path}: 'colour' is not a field Unclench knows; it was ignored",
        f"{path}: 'phases[0].secs' is not a field Unclench knows; it was ignored",
    )


def test_one_bad_file_does_not_stop_the_others_and_user_files_override(tmp_path: Path) -> None:
    user = tmp_path / "breathing"
    user.mkdir()
    _write(user, "aaa-broken.json", "{ not json")
    _write(user, "box.json", {**GOOD, "name": "My box", "order": 5})
    _write(user, "custom.json", GOOD)
    _write(user, "zzz-mine.json", GOOD)
    (user / "notes.txt").write_text("not a pattern", encoding="utf-8")
    loaded = load_patterns(resource_path("breathing"), user)
    names = [p.name for p in loaded.patterns]
    assert names[0] == "My box"  # replaced the shipped box, sorted by its own order
    assert "Box breathing" not in names
    assert names[-1] == "Mine"
    assert len(names) == 6
    assert len(loaded.problems) == 2
    assert loaded.problems[0].startswith(f"{user / 'aaa-broken.json'}: not valid JSON (line 1, column 3:")
    assert loaded.problems[1] == (
        f"{user / 'custom.json'}: the name 'custom' is kept for the pattern made in the window; "
        "rename the file"
    )


def test_a_missing_user_folder_is_fine(tmp_path: Path) -> None:
    loaded = load_patterns(resource_path("breathing"), tmp_path / "nowhere")
    assert loaded.problems == ()
    assert len(loaded.patterns) == 5


# --- the log row and settings -------------------------------------------------------------------


def test_session_event_names_the_pattern_durations_and_ratings() -> None:
    start = datetime(2026, 3, 28, 22, 58, tzinfo=UTC)
    end = datetime(2026, 3, 28, 23, 1, 30, tzinfo=UTC)
    result = BreathingSessionResult("box", "Box", 192.0, 171.25, False, start, end, 7, 4)
    event = session_event(result, ZoneInfo("Europe/Berlin"))
    assert (event.kind, event.outcome, event.local_day) == ("breathing", "stopped", "2026-03-29")
    assert (event.shown_at, event.answered_at) == (start, end)
    assert event.details == {
        "pattern": "box",
        "planned_seconds": 192.0,
        "actual_seconds": 171.2,
        "rating_before": 7,
        "rating_after": 4,
    }
    completed = session_event(
        BreathingSessionResult("box", "Box", 192, 192, True, start, end), ZoneInfo("UTC")
    )
    assert (completed.outcome, completed.local_day) == ("completed", "2026-03-28")
    assert completed.details["rating_before"] is None


def test_breathing_settings_round_trip_and_fall_back() -> None:
    chosen = BreathingSettings(
        pattern="box", custom_pattern="5-2-7-0", length_unit="cycles", cycles=12, spoken_cues=True
    )
    settings = Settings(breathing=chosen)
    assert settings_from_dict(settings_to_dict(settings)) == (settings, [])
    back, problems = settings_from_dict(
        {"breathing": {"pattern": "x" * 81, "length_unit": "hours", "custom_pattern": "a\nb"}}
    )
    assert back.breathing == BreathingSettings()
    assert problems == [
        f"'breathing.pattern' must be at most 80 characters (found {reprlib.repr('x' * 81)}); "
        "it is back to 'longer-exhale'",
        "'breathing.custom_pattern' must not hold control characters (found 'a\\nb'); "
        "it is back to '4-0-6-0'",
        "'breathing.length_unit' must be one of minutes, cycles (found 'hours'); it is back to 'minutes'",
    ]
    assert parse_custom(BreathingSettings().custom_pattern) == CustomValues(4, 0, 6, 0)


def test_seconds_until_the_pacer_visibly_moves() -> None:
    plan = SessionPlan(LONGER, 2)
    pixel = 1 / 240  # one device pixel when the radius travels 240 pixels
    at_start = seconds_until_pacer_moves(plan, moment_at(plan, 0.0), pixel)
    mid_breath = seconds_until_pacer_moves(plan, moment_at(plan, 2.0), pixel)
    assert 0.15 < at_start < 0.18  # the breath starts slowly: no frame is needed for a while
    assert mid_breath == pytest.approx(4 / (240 * math.pi / 2), rel=0.01)  # fastest at the middle
    later = moment_at(plan, at_start)
    assert later.pacer_size == pytest.approx(pixel)  # exactly one pixel's worth later
    assert seconds_until_pacer_moves(plan, moment_at(plan, 3.999), pixel) == pytest.approx(0.001)
    hold = SessionPlan(BOX, 1)
    assert seconds_until_pacer_moves(hold, moment_at(hold, 5.0), pixel) == pytest.approx(
        3.0
    )  # a hold never moves
