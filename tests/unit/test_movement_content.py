"""The movement break's suggestions: shipped, varied, rotating, and a bad entry is described."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from desktop.core.evidence import load_notes
from desktop.core.movement_content import load_movement_suggestions, suggestion_for


def test_the_shipped_suggestions_are_varied_and_name_their_evidence() -> None:
    suggestions, problems = load_movement_suggestions()
    assert problems == []
    ids = {s.id for s in suggestions}
    assert {"short-walk", "refill-water", "loosen-shoulders", "gentle-movement"} <= ids
    assert {s.evidence for s in suggestions} <= set(load_notes().topic_ids())


def test_rotation_takes_each_in_turn_and_never_repeats_back_to_back() -> None:
    suggestions, _ = load_movement_suggestions()
    shown = [suggestion_for(suggestions, n) for n in range(2 * len(suggestions))]
    assert {s.id for s in shown if s} == {s.id for s in suggestions}
    assert all(a != b for a, b in pairwise(shown))
    assert suggestion_for((), 3) is None


def test_a_malformed_suggestion_is_left_out_and_described(tmp_path: Path) -> None:
    path = tmp_path / "movement.json"
    path.write_text(
        '{"version": 1, "suggestions": ['
        '{"id": "ok", "title": "Walk", "text": "Walk a little.", "evidence": "movement"},'
        '{"id": "bad", "title": "No words"}]}',
        encoding="utf-8",
    )
    suggestions, problems = load_movement_suggestions(path)
    assert [s.id for s in suggestions] == ["ok"]
    assert problems and "text" in str(problems[0])
