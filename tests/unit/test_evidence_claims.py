"""Every health claim in the shipped content is tied to a note with sources, and none claims too much.

The rule (resources/evidence/README.md): every shipped routine, exercise, breathing pattern and
posture checklist item carries `"evidence": "<topic id>"`, and that topic exists in
resources/evidence/notes.json. A new entry without a key, or a key with no note, fails here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core.breathing_files import load_patterns
from desktop.core.evidence import load_notes
from desktop.core.posture import load_posture_items
from desktop.core.routines import load_library
from desktop.resources import resource_path

REPO = Path(__file__).resolve().parents[2]

# Claims the evidence does not support, in any content text or in the README.
OVERCLAIMS = [
    r"\b(prevents?|cures?|heals?|treats?)\b",
    r"\bdehydrat",
    r"\bspasms?\b",
    r"\bstand down\b",
    r"\boxygen\b",
    r"\bquickest\b",
]


def entries() -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, entry) for every shipped content entry that must carry an evidence key."""
    for folder in ("routines", "exercises", "breathing"):
        for path in sorted(resource_path(folder).glob("*.json")):
            yield f"{folder}/{path.name}", json.loads(path.read_text(encoding="utf-8"))
    posture = json.loads(resource_path("content", "posture.json").read_text(encoding="utf-8"))
    for item in posture["items"]:
        yield f"content/posture.json item {item['id']}", item
    movement = json.loads(resource_path("content", "movement.json").read_text(encoding="utf-8"))
    for item in movement["suggestions"]:
        yield f"content/movement.json suggestion {item['id']}", item


def texts(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, inner in value.items():
            if key not in {"id", "evidence", "illustration", "exercise", "area", "sides", "category", "kind"}:
                yield from texts(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from texts(inner)


ENTRIES = list(entries())


def test_there_is_content_to_check() -> None:
    kinds = {where.split("/")[0] for where, _ in ENTRIES}
    assert kinds == {"routines", "exercises", "breathing", "content"}
    assert len(ENTRIES) > 40


@pytest.mark.parametrize(("where", "entry"), ENTRIES, ids=[where for where, _ in ENTRIES])
def test_every_entry_names_a_topic_that_exists(where: str, entry: dict[str, Any]) -> None:
    topics = load_notes().topic_ids()
    assert "evidence" in entry, f"{where} makes health suggestions but names no evidence topic"
    assert entry["evidence"] in topics, f"{where}: '{entry['evidence']}' is not a topic in notes.json"


@pytest.mark.parametrize(("where", "entry"), ENTRIES, ids=[where for where, _ in ENTRIES])
def test_no_entry_claims_more_than_the_evidence(where: str, entry: dict[str, Any]) -> None:
    for text in texts(entry):
        for claim in OVERCLAIMS:
            assert not re.search(claim, text, re.IGNORECASE), f"{where}: {text!r} matches {claim!r}"


def test_the_loaders_keep_the_key_for_links_to_the_why_page() -> None:
    topics = load_notes().topic_ids()
    library = load_library()
    assert library.routines and all(routine.evidence in topics for routine in library.routines)
    patterns = load_patterns(resource_path("breathing")).patterns
    assert patterns and all(pattern.evidence in topics for pattern in patterns)
    items, problems = load_posture_items()
    assert not problems
    assert items and all(item.evidence in topics for item in items)


def test_the_readme_makes_no_claim_the_notes_contradict() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for paragraph in readme.split("\n\n"):
        flat = " ".join(paragraph.split())
        if re.search(r"water|drink|hydrat", flat, re.IGNORECASE) and re.search(
            r"cramp|spasm", flat, re.IGNORECASE
        ):
            assert re.search(r"\b(not|no)\b", flat), f"README ties water to cramps: {flat!r}"
        assert not re.search(r"\bquickest\b|\bstand down\b|\boxygen\b", flat), flat
