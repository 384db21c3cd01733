"""The evidence notes loader: a good file loads, and every broken rule is refused with its reason."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.core.evidence import (
    MAX_FILE_BYTES,
    STRENGTHS,
    EvidenceFileError,
    load_notes,
    parse_notes,
)

GOOD: dict[str, Any] = {
    "version": 1,
    "topics": [
        {
            "id": "water",
            "title": "Water",
            "summary": "Drink when thirsty. Water does not prevent cramps.",
            "strength": "moderate",
            "sources": ["efsa2010", "miller2022"],
        },
        {
            "id": "posture",
            "title": "Posture",
            "summary": "No one posture prevents pain. Move often.",
            "strength": "weak",
            "sources": ["swain2020"],
        },
    ],
    "sources": [
        {
            "key": "efsa2010",
            "authors": "EFSA NDA Panel",
            "year": 2010,
            "title": "Water",
            "venue": "EFSA Journal",
        },
        {
            "key": "miller2022",
            "authors": "Miller KC et al.",
            "year": 2022,
            "title": "Cramps",
            "venue": "J Athl Train",
        },
        {
            "key": "swain2020",
            "authors": "Swain CTV et al.",
            "year": 2020,
            "title": "Postures",
            "venue": "J Biomech",
        },
    ],
}


def write(tmp_path: Path, document: object) -> Path:
    path = tmp_path / "notes.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def problems_of(document: object) -> tuple[str, ...]:
    with pytest.raises(EvidenceFileError) as caught:
        parse_notes(document)
    return caught.value.problems


def test_a_good_file_loads_topics_in_order_with_their_sources(tmp_path: Path) -> None:
    notes = load_notes(write(tmp_path, GOOD))
    assert [topic.id for topic in notes.topics] == ["water", "posture"]
    water = notes.topic("water")
    assert water is not None and water.strength == "moderate"
    assert [source.year for source in notes.sources_of(water)] == [2010, 2022]
    assert notes.topic_ids() == {"water", "posture"}
    assert notes.topic("sleep") is None


def test_a_topic_citing_a_missing_source_is_refused() -> None:
    document = copy.deepcopy(GOOD)
    document["topics"][1]["sources"] = ["swain2020", "nobody2099"]
    assert problems_of(document) == ("topic 'posture' cites source 'nobody2099', which is not in 'sources'",)


def test_a_strength_outside_the_list_is_refused() -> None:
    document = copy.deepcopy(GOOD)
    document["topics"][0]["strength"] = "very strong"
    (problem,) = problems_of(document)
    assert "'strength' must be one of strong, moderate, weak, mixed" in problem
    assert STRENGTHS == ("strong", "moderate", "weak", "mixed")


@pytest.mark.parametrize(
    ("where", "field"), [("topics", "summary"), ("topics", "title"), ("sources", "authors")]
)
def test_empty_text_is_refused(where: str, field: str) -> None:
    document = copy.deepcopy(GOOD)
    document[where][0][field] = "   "
    (problem,) = problems_of(document)
    assert f"'{field}' must be a text that is not empty" in problem


def test_every_problem_is_listed_at_once() -> None:
    document = copy.deepcopy(GOOD)
    document["topics"].append(dict(document["topics"][0], sources=[]))  # duplicate id, no sources
    document["sources"].append(dict(document["sources"][0], key="unused2000", year="2000"))
    problems = problems_of(document)
    assert any("id 'water' is used by an earlier topic" in problem for problem in problems)
    assert any("'sources' must be a non-empty list" in problem for problem in problems)
    assert any("'year' must be a year" in problem for problem in problems)
    assert any("source 'unused2000' is not cited by any topic" in problem for problem in problems)


def test_unknown_fields_and_wrong_shapes_are_refused() -> None:
    assert problems_of([]) == ("must be a JSON object { ... }",)
    document = copy.deepcopy(GOOD)
    document["topics"][0]["claim"] = "cures everything"
    assert problems_of(document) == ("topics[0]: 'claim' is not a field Unclench knows",)
    assert "'topics' must be a non-empty list" in problems_of({"topics": [], "sources": []})
    assert problems_of(dict(GOOD, version=2)) == ("'version' must be 1, the format this Unclench reads",)


def test_a_file_too_big_or_not_json_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(EvidenceFileError, match="larger than"):
        load_notes(path)
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(EvidenceFileError, match="not valid JSON"):
        load_notes(path)
    with pytest.raises(EvidenceFileError, match="cannot be read"):
        load_notes(tmp_path / "missing.json")


def test_the_shipped_notes_load_and_cover_everything_unclench_asks_of_you() -> None:
    notes = load_notes()
    assert {
        "micro-breaks",
        "movement",
        "stretching",
        "slow-breathing",
        "muscle-relaxation",
        "posture",
        "water",
        "walking",
        "heat-cold",
        "sleep",
    } <= notes.topic_ids()
    for topic in notes.topics:
        sentences = [part for part in topic.summary.replace("e.g.", "eg").split(". ") if part]
        assert 2 <= len(sentences) <= 3, (topic.id, topic.summary)
        assert notes.sources_of(topic), topic.id
