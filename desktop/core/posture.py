"""The posture checklist: short items to check and fix, a few at a time, in rotation.

The items are data (resources/content/posture.json); `pick_posture_items` chooses which ones a
posture check shows. It is pure: the same items, count, counter and seed give the same subset.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.data_file import read_json_object
from desktop.core.field_reader import FieldReader
from desktop.core.i18n import _
from desktop.core.located_json import LocatedDict, LocatedList
from desktop.core.routine_model import FileProblem, few_problems

_ITEM_FIELDS = ("id", "text", "hint", "evidence")


@dataclass(frozen=True)
class PostureItem:
    """One entry of the posture checklist loaded from resources/content/posture.json: a stable id for the log,
    the short thing to check, a hint on how, and the evidence topic behind it.
    """

    id: str  # stable, so the log can say which items were ticked
    text: str  # the thing to check, a short phrase
    hint: str = ""  # one sentence on how
    evidence: str = ""  # the topic id in resources/evidence/notes.json that says why it helps


def load_posture_items(path: Path | None = None) -> tuple[tuple[PostureItem, ...], list[FileProblem]]:
    """The checklist items; a malformed item is left out (and described), the rest still load."""
    if path is None:
        from desktop.resources import resource_path

        path = resource_path("content", "posture.json")
    problems: list[FileProblem] = []
    document = read_json_object(path, problems)
    if document is None:
        return (), problems
    top = FieldReader(document, path, "", problems)
    top.check_known(("version", "items"))
    raw_items = document.get("items")
    if not isinstance(raw_items, LocatedList):
        top.problem("items", _("must be a list [ ... ] of checklist items"))
        return (), problems
    items: list[PostureItem] = []
    for index, raw in enumerate(raw_items):
        if not isinstance(raw, LocatedDict):
            problem = _("item {number} must be an object {{ ... }}").format(number=index + 1)
            top.problem("items", problem, raw_items.line_of(index))
            continue
        before = len(problems)
        fields = FieldReader(raw, path, f"items[{index}].", problems)
        fields.check_known(_ITEM_FIELDS)
        item_id = fields.identifier("id", required=True)
        text = fields.text("text", 80, required=True)
        hint = fields.text("hint", 200)
        evidence = fields.identifier("evidence") or ""
        if item_id in {item.id for item in items}:
            fields.problem("id", _("'{id}' is used by an earlier item").format(id=item_id))
        if len(problems) == before and item_id and text and hint is not None:
            items.append(PostureItem(item_id, text, hint, evidence))
    return tuple(items), few_problems(problems)


def pick_posture_items(
    items: Sequence[PostureItem], count: int, counter: int, seed: int = 0
) -> tuple[PostureItem, ...]:
    """`count` items for the `counter`-th posture check.

    The items are put in an order fixed by `seed` (say, the day's number, for a fresh order each
    day), and successive counters walk through that order a window at a time: every item comes up
    before any repeats, and two checks in a row share no item while count <= len(items) / 2.
    """
    if not items or count <= 0:
        return ()
    order = list(items)
    random.Random(seed).shuffle(order)
    count = min(count, len(order))
    start = (counter * count) % len(order)
    return tuple(order[(start + offset) % len(order)] for offset in range(count))
