"""JSON parsing that remembers on which line each object, field and list item was written.

Hand-written data files (routines, posture items) deserve error messages that point at the line
to fix. The standard decoder keeps no positions, but its pure-Python scanner lets us swap in our
own object and array parsers: each one records where its values start, then wraps the result in
a dict or list subclass that carries those line numbers.
"""

from __future__ import annotations

import bisect
import functools
import json
import json.decoder
import json.scanner
import re
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

ScanOnce = Callable[[str, int], tuple[Any, int]]


class LocatedDict(dict[str, Any]):
    """A JSON object plus the line of its opening brace and of each field name."""

    line: int = 1
    key_lines: Mapping[str, int] = MappingProxyType({})
    duplicate_keys: Sequence[tuple[str, int]] = ()

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LocatedList(list[Any]):
    """A JSON array plus the line of its opening bracket and of each item."""

    line: int = 1
    item_lines: Sequence[int] = ()

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


class _Lines:
    """Line numbers of positions in one text, found by bisection: counting the newlines before
    every value would make a file of many small items quadratic (seconds for 256 KB)."""

    def __init__(self, text: str) -> None:
        self.newlines = [match.start() for match in re.finditer("\n", text)]

    def at(self, index: int) -> int:
        return bisect.bisect_left(self.newlines, index) + 1


def line_of(value: object, fallback: int = 1) -> int:
    """The line a parsed value started on, if it is an object or array."""
    return getattr(value, "line", fallback)


def _recording(scan_once: ScanOnce, starts: list[int]) -> ScanOnce:
    # Only the values of *this* object or array pass through here: nested containers get
    # their own recorder, because the scanner hands them its inner function, not this one.
    def scan(text: str, index: int) -> tuple[Any, int]:
        starts.append(index)
        return scan_once(text, index)

    return scan


def _parse_object(
    lines: _Lines,
    text_and_end: tuple[str, int],
    strict: bool,
    scan_once: ScanOnce,
    object_hook: Any,
    object_pairs_hook: Any,
    memo: Any = None,
) -> tuple[LocatedDict, int]:
    text, end = text_and_end
    starts: list[int] = []
    pairs, new_end = json.decoder.JSONObject(  # type: ignore[attr-defined]
        (text, end), strict, _recording(scan_once, starts), None, list, memo
    )
    result = LocatedDict()
    key_lines: dict[str, int] = {}
    duplicates: list[tuple[str, int]] = []
    for (key, value), value_start in zip(pairs, starts, strict=True):
        # The colon sits right before the value (give or take spaces), on the field name's line.
        key_line = lines.at(text.rfind(":", 0, value_start))
        if key in result:
            duplicates.append((key, key_line))
        else:
            key_lines[key] = key_line
        result[key] = value
    result.line, result.key_lines, result.duplicate_keys = lines.at(end - 1), key_lines, duplicates
    return result, new_end


def _parse_array(
    lines: _Lines, text_and_end: tuple[str, int], scan_once: ScanOnce
) -> tuple[LocatedList, int]:
    text, end = text_and_end
    starts: list[int] = []
    values, new_end = json.decoder.JSONArray((text, end), _recording(scan_once, starts))  # type: ignore[attr-defined]
    result = LocatedList(values)
    result.line = lines.at(end - 1)
    result.item_lines = [lines.at(start) for start in starts[: len(values)]]
    return result, new_end


def parse_located(text: str) -> Any:
    """Parse JSON text; objects become LocatedDict and arrays LocatedList.

    Raises json.JSONDecodeError (with .lineno and .colno) for malformed text.
    """
    lines = _Lines(text)
    decoder = json.JSONDecoder()
    decoder.parse_object = functools.partial(_parse_object, lines)  # type: ignore[attr-defined]
    decoder.parse_array = functools.partial(_parse_array, lines)  # type: ignore[attr-defined]
    decoder.scan_once = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    return decoder.decode(text)
