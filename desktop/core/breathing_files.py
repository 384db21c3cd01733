"""Breathing pattern data files: reading, checking and merging the shipped and the user's own.

The format is documented in resources/breathing/README.md. Every problem names the file and the
field, one file's mistakes never stop the others from loading, and nothing here raises on bad
input. Unknown fields are reported but do not reject a pattern (a typo in "description" should not
cost the user their pattern); anything that would make the pacer wrong does.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

from desktop.core.bounded_file import KIB, FileRefused, read_bounded_text
from desktop.core.breathing import CUSTOM_PATTERN_ID, BreathingPattern, Phase, PhaseKind
from desktop.core.i18n import N_, _, ngettext
from desktop.core.settings import MAX_LISTED_PROBLEMS, shown_key

FORMAT_VERSION = 1
MAX_FILE_BYTES = 64 * KIB
MAX_NAME_LENGTH = 60
MAX_TEXT_LENGTH = 600
MAX_PHASES = 12
PHASE_SECONDS = (0.5, 30.0)
CYCLE_SECONDS = (2.0, 120.0)
KNOWN_FIELDS = frozenset({"format", "name", "order", "description", "caution", "phases", "evidence"})
KNOWN_PHASE_FIELDS = frozenset({"kind", "seconds", "size"})
DEFAULT_ORDER = 1000.0


@dataclass(frozen=True)
class PatternLoad:
    """What `load_patterns` returns: the usable breathing patterns, shipped and the user's, and one readable
    problem line for each file or field that was left out.
    """

    patterns: tuple[BreathingPattern, ...]
    problems: tuple[str, ...]  # one readable line each, naming the file and the field


def load_patterns(shipped_dir: Path, user_dir: Path | None = None) -> PatternLoad:
    """Every readable pattern, shipped ones first in their "order", then the user's.

    A user file with the same name as a shipped one (e.g. box.json) replaces it, so people can
    adjust a shipped pattern without losing it on the next update. A missing user folder is fine.
    """
    problems: list[str] = []
    found: dict[str, tuple[float, BreathingPattern]] = {}
    for folder in (shipped_dir, user_dir):
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            loaded = read_pattern_file(path, problems)
            if loaded is not None:
                found[loaded[1].id] = loaded
    ordered = sorted(found.values(), key=lambda item: (item[0], item[1].name.casefold()))
    return PatternLoad(tuple(pattern for _order, pattern in ordered), tuple(problems))


def read_pattern_file(path: Path, problems: list[str]) -> tuple[float, BreathingPattern] | None:
    """The sort order and pattern in one file, or None with the reasons appended to `problems`."""
    if path.stem == CUSTOM_PATTERN_ID:
        problem = _("the name '{name}' is kept for the pattern made in the window; rename the file")
        problems.append(f"{path}: " + problem.format(name=CUSTOM_PATTERN_ID))
        return None
    try:
        text = read_bounded_text(path, MAX_FILE_BYTES)
    except FileRefused as error:
        reason = (
            _("the file is larger than {size} KB, too big to be a pattern").format(size=MAX_FILE_BYTES // KIB)
            if error.too_big
            else _("the file {reason}").format(reason=error.reason)
        )
        problems.append(f"{path}: {reason}")
        return None
    except OSError as error:
        problem = _("the file could not be read ({problem})").format(problem=error.strerror or error)
        problems.append(f"{path}: {problem}")
        return None
    except UnicodeDecodeError:
        problems.append(f"{path}: " + _("the file is not UTF-8 text; save it as UTF-8"))
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        problem = _("not valid JSON (line {line}, column {column}: {problem})")
        problems.append(
            f"{path}: " + problem.format(line=error.lineno, column=error.colno, problem=error.msg)
        )
        return None
    except (ValueError, RecursionError):
        problems.append(f"{path}: " + _("not valid JSON (nested too deeply, or a number too long)"))
        return None
    checker = _Checker(path)
    result = checker.pattern(path.stem, data)
    # A notice names a few problems of a file and counts the rest.
    problems.extend(checker.problems[:MAX_LISTED_PROBLEMS])
    if (more := len(checker.problems) - MAX_LISTED_PROBLEMS) > 0:
        more_text = ngettext(
            "and {count} more problem like these", "and {count} more problems like these", more
        )
        problems.append(f"{path}: " + more_text.format(count=f"{more:,}"))
    return result


class _Checker:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []
        self.fatal = False

    def _bad(self, field: str, problem: str, found: object = None, show_found: bool = True) -> None:
        text = _("'{field}' {problem}").format(field=field, problem=problem)
        if show_found:
            text += " " + _("(found {value})").format(value=repr(found))
        self.problems.append(f"{self.path}: {text}")
        self.fatal = True

    def pattern(self, pattern_id: str, data: object) -> tuple[float, BreathingPattern] | None:
        if not isinstance(data, dict):
            self.problems.append(
                f"{self.path}: " + _("the file must hold one JSON object with a 'name' and 'phases'")
            )
            return None
        version = data.get("format", FORMAT_VERSION)
        if version != FORMAT_VERSION:
            self._bad(
                "format",
                _("must be {version}; this file may be for another version of Unclench").format(
                    version=FORMAT_VERSION
                ),
                version,
            )
        for unknown in sorted(str(key) for key in data if key not in KNOWN_FIELDS):
            ignored = _("'{field}' is not a field Unclench knows; it was ignored").format(
                field=shown_key(unknown)
            )
            self.problems.append(f"{self.path}: {ignored}")
        name = self._text(data, "name", MAX_NAME_LENGTH, required=True)
        description = self._text(data, "description", MAX_TEXT_LENGTH)
        caution = self._text(data, "caution", MAX_TEXT_LENGTH)
        evidence = self._text(data, "evidence", MAX_NAME_LENGTH)
        order = data.get("order", DEFAULT_ORDER)
        if not _is_number(order):
            self._bad("order", _("must be a number"), order)
        phases = self._phases(data)
        if self.fatal or phases is None:
            return None
        return float(order), BreathingPattern(pattern_id, name, phases, description, caution, evidence)

    def _text(self, data: dict[str, Any], key: str, limit: int, required: bool = False) -> str:
        if key not in data:
            if required:
                self._bad(key, _("is missing"), show_found=False)
            return ""
        value = data[key]
        if not isinstance(value, str) or not value.strip() or len(value) > limit:
            self._bad(key, _("must be text of 1 to {count} characters").format(count=limit), value)
            return ""
        return value.strip()

    def _phases(self, data: dict[str, Any]) -> tuple[Phase, ...] | None:
        if "phases" not in data:
            self._bad("phases", _("is missing"), show_found=False)
            return None
        raw = data["phases"]
        if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_PHASES:
            self._bad("phases", _("must be a list of 1 to {count} phases").format(count=MAX_PHASES), raw)
            return None
        kinds: list[PhaseKind | None] = []
        seconds: list[float] = []
        sizes: list[float | None] = []
        for index, item in enumerate(raw):
            kind, length, size = self._phase(f"phases[{index}]", item)
            kinds.append(kind)
            seconds.append(length)
            sizes.append(size)
        if self.fatal:
            return None
        known_kinds = [kind for kind in kinds if kind is not None]
        if PhaseKind.INHALE not in known_kinds or PhaseKind.EXHALE not in known_kinds:
            self._bad("phases", _("must include at least one inhale and one exhale"), show_found=False)
            return None
        total = sum(seconds)
        if not CYCLE_SECONDS[0] <= total <= CYCLE_SECONDS[1]:
            low, high = CYCLE_SECONDS
            self._bad(
                "phases",
                _("must add up to between {low} and {high} seconds (they add up to {total})").format(
                    low=f"{low:g}", high=f"{high:g}", total=f"{total:g}"
                ),
                show_found=False,
            )
            return None
        return self._sized([k for k in kinds if k is not None], seconds, sizes)

    def _phase(self, field: str, item: object) -> tuple[PhaseKind | None, float, float | None]:
        if not isinstance(item, dict):
            self._bad(field, _("must be an object with a 'kind' and 'seconds'"), item)
            return None, 0.0, None
        for unknown in sorted(str(key) for key in item if key not in KNOWN_PHASE_FIELDS):
            ignored = _("'{field}' is not a field Unclench knows; it was ignored").format(
                field=f"{field}.{shown_key(unknown)}"
            )
            self.problems.append(f"{self.path}: {ignored}")
        kind = None
        if "kind" not in item:
            self._bad(f"{field}.kind", _("is missing"), show_found=False)
        elif item["kind"] not in {k.value for k in PhaseKind}:
            kinds = ", ".join(k.value for k in PhaseKind)
            self._bad(f"{field}.kind", _("must be one of {choices}").format(choices=kinds), item["kind"])
        else:
            kind = PhaseKind(item["kind"])
        length = item.get("seconds")
        low, high = PHASE_SECONDS
        if "seconds" not in item:
            self._bad(f"{field}.seconds", _("is missing"), show_found=False)
        elif not _is_number(length) or not low <= length <= high:
            between = _("must be a number between {low} and {high}").format(low=f"{low:g}", high=f"{high:g}")
            self._bad(f"{field}.seconds", between, length)
        size = item.get("size")
        if "size" in item:
            if kind is PhaseKind.HOLD:
                self._bad(
                    f"{field}.size", _("is not allowed on a hold (a hold keeps the size before it)"), size
                )
            elif not _is_number(size) or not 0 <= size <= 1:
                self._bad(
                    f"{field}.size",
                    _("must be a number between {low} and {high}").format(low=0, high=1),
                    size,
                )
        valid_length = float(length) if _is_number(length) else 0.0
        return kind, valid_length, float(size) if _is_number(size) else None

    def _sized(
        self, kinds: list[PhaseKind], seconds: list[float], sizes: list[float | None]
    ) -> tuple[Phase, ...] | None:
        # Holds take the size before them; the cycle wraps, so the size "before" the first phase
        # is where the last one ends. Two passes settle holds at the start of the list.
        resolved: list[float] = [0.0] * len(kinds)
        for _pass in range(2):
            for index, kind in enumerate(kinds):
                given = sizes[index]
                if kind is PhaseKind.HOLD:
                    resolved[index] = resolved[index - 1]
                elif given is not None:
                    resolved[index] = given
                else:
                    resolved[index] = 1.0 if kind is PhaseKind.INHALE else 0.0
        for index, kind in enumerate(kinds):
            before, after = resolved[index - 1], resolved[index]
            wrong = {PhaseKind.INHALE: after <= before, PhaseKind.EXHALE: after >= before}.get(kind, False)
            if wrong:
                self._bad(
                    f"phases[{index}].size",
                    _size_problem(kind, sizes[index] is None, before, after),
                    show_found=False,
                )
        if self.fatal:
            return None
        return tuple(
            Phase(kind, length, size) for kind, length, size in zip(kinds, seconds, resolved, strict=True)
        )


def _is_number(value: object) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


# Why a phase's size goes the wrong way: by kind, given in the file or by default.
_SIZE_PROBLEMS = {
    (PhaseKind.INHALE, False): N_(
        "must be larger than the size before this inhale ({before}); it is {after}"
    ),
    (PhaseKind.INHALE, True): N_(
        "must be larger than the size before this inhale ({before}); it is {after} by default"
    ),
    (PhaseKind.EXHALE, False): N_(
        "must be smaller than the size before this exhale ({before}); it is {after}"
    ),
    (PhaseKind.EXHALE, True): N_(
        "must be smaller than the size before this exhale ({before}); it is {after} by default"
    ),
}


def _size_problem(kind: PhaseKind, by_default: bool, before: float, after: float) -> str:
    return _(_SIZE_PROBLEMS[kind, by_default]).format(before=f"{before:g}", after=f"{after:g}")
