"""What a movement break suggests: a few varied things to do, taken in rotation.

The suggestions are data (resources/content/movement.json), each with the evidence topic behind
it; `suggestion_for` picks the one for the n-th break, so two breaks in a row never suggest the
same thing while there are two or more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.data_file import read_json_object
from desktop.core.located_json import LocatedDict, LocatedList
from desktop.core.routine_format import FieldReader
from desktop.core.routine_model import FileProblem, few_problems

_FIELDS = ("id", "title", "text", "evidence")


@dataclass(frozen=True)
class MovementSuggestion:
    """One thing to do in a movement break, from resources/content/movement.json: a stable id for the
    log, a short title, one or two sentences on how, and its evidence topic."""

    id: str
    title: str
    text: str
    evidence: str


def load_movement_suggestions(
    path: Path | None = None,
) -> tuple[tuple[MovementSuggestion, ...], list[FileProblem]]:
    """The suggestions; a malformed one is left out (and described), the rest still load."""
    if path is None:
        from desktop.resources import resource_path

        path = resource_path("content", "movement.json")
    problems: list[FileProblem] = []
    document = read_json_object(path, problems)
    if document is None:
        return (), problems
    top = FieldReader(document, path, "", problems)
    top.check_known(("version", "suggestions"))
    raw_items = document.get("suggestions")
    if not isinstance(raw_items, LocatedList):
        top.problem("suggestions", "must be a list [ ... ] of suggestions")
        return (), problems
    found: list[MovementSuggestion] = []
    for index, raw in enumerate(raw_items):
        if not isinstance(raw, LocatedDict):
            line = raw_items.line_of(index)
            top.problem("suggestions", f"item {index + 1} must be an object {{ ... }}", line)
            continue
        before = len(problems)
        fields = FieldReader(raw, path, f"suggestions[{index}].", problems)
        fields.check_known(_FIELDS)
        item_id = fields.identifier("id", required=True)
        title = fields.text("title", 60, required=True)
        text = fields.text("text", 240, required=True)
        evidence = fields.identifier("evidence", required=True)
        if item_id in {item.id for item in found}:
            fields.problem("id", f"'{item_id}' is used by an earlier suggestion")
        if len(problems) == before and item_id and title and text and evidence:
            found.append(MovementSuggestion(item_id, title, text, evidence))
    return tuple(found), few_problems(problems)


def suggestion_for(suggestions: Sequence[MovementSuggestion], counter: int) -> MovementSuggestion | None:
    """The suggestion for the `counter`-th break: each in turn, then from the start again."""
    return suggestions[counter % len(suggestions)] if suggestions else None
