"""The posture checklist items and the pure rotation that picks a few for each check."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.posture import PostureItem, load_posture_items, pick_posture_items

EXPECTED = {
    "feet-flat",
    "back-supported",
    "shoulders-loose",
    "jaw-unclenched",
    "screen-height",
    "elbows-90",
    "breath-out",
}


def test_the_shipped_checklist_loads_and_covers_the_ergonomic_basics() -> None:
    items, problems = load_posture_items()
    assert problems == []
    assert {item.id for item in items} >= EXPECTED
    assert all(item.text and len(item.text) <= 80 and item.hint for item in items)


def test_a_bad_item_is_left_out_and_named_while_the_rest_load(tmp_path: Path) -> None:
    path = tmp_path / "posture.json"
    path.write_text(
        '{\n  "items": [\n    {"id": "a", "text": "Feet flat"},\n    {"id": "b", "txt": "typo"},\n'
        '    {"id": "a", "text": "again"},\n    7\n  ]\n}',
        encoding="utf-8",
    )
    items, problems = load_posture_items(path)
    assert [item.id for item in items] == ["a"]
    assert {(p.field, p.line) for p in problems} == {
        ("items[1].txt", 4),
        ("items[1].text", 4),
        ("items[2].id", 5),
        ("items", 6),
    }


def test_an_unreadable_checklist_gives_no_items_and_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "posture.json"
    path.write_text("{ oops", encoding="utf-8")
    items, problems = load_posture_items(path)
    assert items == () and problems[0].line == 1 and "not valid JSON" in problems[0].message


ITEMS = tuple(PostureItem(f"item-{n}", f"Item {n}") for n in range(10))


def test_the_same_inputs_give_the_same_subset() -> None:
    assert pick_posture_items(ITEMS, 3, 5, seed=11) == pick_posture_items(ITEMS, 3, 5, seed=11)
    assert pick_posture_items(ITEMS, 3, 0, seed=1) != pick_posture_items(ITEMS, 3, 0, seed=2)


def test_every_item_comes_up_before_any_repeats() -> None:
    shown = [item for counter in range(4) for item in pick_posture_items(ITEMS, 3, counter, seed=3)]
    assert len(set(shown[:10])) == 10


@given(
    count=st.integers(min_value=1, max_value=5),
    counter=st.integers(min_value=0, max_value=10_000),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_two_checks_in_a_row_never_share_an_item(count: int, counter: int, seed: int) -> None:
    first = pick_posture_items(ITEMS, count, counter, seed)
    second = pick_posture_items(ITEMS, count, counter + 1, seed)
    assert len(first) == len(second) == count
    assert not set(first) & set(second)


def test_edge_cases() -> None:
    assert pick_posture_items((), 3, 0) == ()
    assert pick_posture_items(ITEMS, 0, 0) == ()
    assert sorted(pick_posture_items(ITEMS, 20, 4), key=lambda item: item.id) == sorted(
        ITEMS, key=lambda i: i.id
    )


def test_the_shipped_file_is_plain_json() -> None:
    from desktop.resources import resource_path

    document = json.loads(resource_path("content", "posture.json").read_text(encoding="utf-8"))
    assert document["version"] == 1
