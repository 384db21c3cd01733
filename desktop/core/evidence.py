"""The health notes behind what Unclench asks of you: topics, how strong their evidence is, and sources.

The notes are data (resources/evidence/notes.json, its format in resources/evidence/README.md).
`load_notes` reads and checks them: every source a topic cites exists, every strength is one of
STRENGTHS, no text is empty, ids and keys are unique and every source is cited. A file that breaks
any rule is refused as a whole, with every problem listed, because a half-loaded set of health
claims could drop the caveat that keeps one honest. Content files (routines, exercises, breathing
patterns, the posture checklist) point at a topic with an `"evidence": "<topic id>"` field.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, cast, get_args

Strength = Literal["strong", "moderate", "weak", "mixed"]
STRENGTHS: tuple[Strength, ...] = get_args(Strength)

FORMAT_VERSION = 1
MAX_FILE_BYTES = 256 * 1024
MAX_TITLE_LENGTH = 80
MAX_SUMMARY_LENGTH = 700
MAX_SOURCE_FIELD_LENGTH = 300
_TOPIC_FIELDS = ("id", "title", "summary", "strength", "sources")
_SOURCE_FIELDS = ("key", "authors", "year", "title", "venue")


@dataclass(frozen=True)
class Source:
    """One publication or guideline, cited by key from the topics."""

    key: str
    authors: str
    year: int
    title: str
    venue: str  # journal with volume and pages, or the organisation


@dataclass(frozen=True)
class Topic:
    """One thing Unclench asks of the user, what is known about it and where that comes from."""

    id: str
    title: str
    summary: str  # two or three sentences in the project's own words
    strength: Strength
    sources: tuple[str, ...]  # source keys, in the order they are listed


@dataclass(frozen=True)
class EvidenceNotes:
    """All topics in file order plus the sources they cite, by key."""

    topics: tuple[Topic, ...]
    sources: Mapping[str, Source] = field(default_factory=lambda: MappingProxyType({}))

    def topic(self, topic_id: str) -> Topic | None:
        return next((topic for topic in self.topics if topic.id == topic_id), None)

    def topic_ids(self) -> frozenset[str]:
        return frozenset(topic.id for topic in self.topics)

    def sources_of(self, topic: Topic) -> tuple[Source, ...]:
        return tuple(self.sources[key] for key in topic.sources if key in self.sources)


class EvidenceFileError(ValueError):
    """The notes file could not be used; `problems` says every reason, one line each."""

    def __init__(self, path: Path | str, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(f"{path}: " + "; ".join(problems))


def default_notes_path() -> Path:
    from desktop.resources import resource_path

    return resource_path("evidence", "notes.json")


def load_notes(path: Path | None = None) -> EvidenceNotes:
    """Read and check the notes file (the shipped one by default). Raises EvidenceFileError."""
    path = path or default_notes_path()
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise EvidenceFileError(path, [f"the file is larger than {MAX_FILE_BYTES // 1024} KB"])
        with path.open("rb") as stream:  # read at most the limit, even if the file grew meanwhile
            raw = stream.read(MAX_FILE_BYTES + 1)
        document = json.loads(raw.decode("utf-8"))
    except OSError as error:
        raise EvidenceFileError(path, [f"cannot be read ({error.strerror or error})"]) from error
    except UnicodeDecodeError as error:
        raise EvidenceFileError(path, ["is not UTF-8 text"]) from error
    except json.JSONDecodeError as error:
        raise EvidenceFileError(path, [f"is not valid JSON: {error.msg} at line {error.lineno}"]) from error
    return parse_notes(document, path)


def parse_notes(document: object, where: Path | str = "notes") -> EvidenceNotes:
    """Check a parsed notes document and build the notes. Raises EvidenceFileError."""
    problems: list[str] = []
    if not isinstance(document, dict):
        raise EvidenceFileError(where, ["must be a JSON object { ... }"])
    for unknown in sorted(set(document) - {"version", "topics", "sources"}):
        problems.append(f"'{unknown}' is not a field of the notes file")
    if document.get("version", FORMAT_VERSION) != FORMAT_VERSION:
        problems.append(f"'version' must be {FORMAT_VERSION}, the format this Unclench reads")
    sources = _sources(document.get("sources"), problems)
    topics = _topics(document.get("topics"), problems)
    cited: set[str] = set()
    for topic in topics:
        for key in topic.sources:
            cited.add(key)
            if key not in sources:
                problems.append(f"topic '{topic.id}' cites source '{key}', which is not in 'sources'")
    for key in sorted(set(sources) - cited):
        problems.append(f"source '{key}' is not cited by any topic")
    if problems:
        raise EvidenceFileError(where, problems)
    return EvidenceNotes(tuple(topics), MappingProxyType(sources))


def _entries(value: object, name: str, problems: list[str]) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not value:
        problems.append(f"'{name}' must be a non-empty list")
        return []
    entries = []
    for index, entry in enumerate(value):
        if isinstance(entry, dict):
            entries.append(entry)
        else:
            problems.append(f"{name}[{index}] must be an object {{ ... }}")
    return entries


def _text(entry: dict[str, Any], key: str, where: str, limit: int, problems: list[str]) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{where}: '{key}' must be a text that is not empty")
        return ""
    if len(value) > limit:
        problems.append(f"{where}: '{key}' is longer than {limit} characters")
    return value.strip()


def _unknown(entry: dict[str, Any], known: tuple[str, ...], where: str, problems: list[str]) -> None:
    for unknown in sorted(set(entry) - set(known)):
        problems.append(f"{where}: '{unknown}' is not a field Unclench knows")


def _sources(value: object, problems: list[str]) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    for index, entry in enumerate(_entries(value, "sources", problems)):
        where = f"sources[{index}]"
        _unknown(entry, _SOURCE_FIELDS, where, problems)
        key = _text(entry, "key", where, MAX_TITLE_LENGTH, problems)
        year = entry.get("year")
        if not isinstance(year, int) or isinstance(year, bool) or not 1800 <= year <= 2100:
            problems.append(f"{where}: 'year' must be a year such as 2022")
            year = 0
        fields = [
            _text(entry, name, where, MAX_SOURCE_FIELD_LENGTH, problems)
            for name in ("authors", "title", "venue")
        ]
        if key in sources:
            problems.append(f"{where}: key '{key}' is used by an earlier source")
        elif key:
            sources[key] = Source(key, fields[0], year, fields[1], fields[2])
    return sources


def _topics(value: object, problems: list[str]) -> list[Topic]:
    topics: list[Topic] = []
    for index, entry in enumerate(_entries(value, "topics", problems)):
        where = f"topics[{index}]"
        _unknown(entry, _TOPIC_FIELDS, where, problems)
        topic_id = _text(entry, "id", where, MAX_TITLE_LENGTH, problems)
        title = _text(entry, "title", where, MAX_TITLE_LENGTH, problems)
        summary = _text(entry, "summary", where, MAX_SUMMARY_LENGTH, problems)
        strength = entry.get("strength")
        if strength not in STRENGTHS:
            problems.append(f"{where}: 'strength' must be one of {', '.join(STRENGTHS)}, not {strength!r}")
        keys = entry.get("sources")
        if not isinstance(keys, list) or not keys or not all(isinstance(key, str) and key for key in keys):
            problems.append(f"{where}: 'sources' must be a non-empty list of source keys")
            keys = []
        if topic_id in {topic.id for topic in topics}:
            problems.append(f"{where}: id '{topic_id}' is used by an earlier topic")
        topics.append(Topic(topic_id, title, summary, cast(Strength, strength), tuple(keys)))
    return topics
