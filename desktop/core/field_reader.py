"""Reading the fields of one JSON object from a data file: each field that is missing, of the wrong
type or out of range becomes a FileProblem naming the file, the field and its line (never an
exception), with a "did you mean" for a misspelt key or value.
"""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path, PurePosixPath

from desktop.core.i18n import N_, _
from desktop.core.located_json import LocatedDict
from desktop.core.routine_model import FileProblem
from desktop.core.settings import MAX_LISTED_PROBLEMS

ILLUSTRATION_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg")
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,47}")
UNITS = (N_("repetitions"), N_("seconds"))  # the units callers of `whole` name, for the catalogue


def found_text(value: object) -> str:
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def did_you_mean(word: str, choices: list[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, choices, n=1)
    return " " + _("(did you mean '{word}'?)").format(word=close[0]) if close else ""


class FieldReader:
    """Reads the fields of one JSON object, recording a problem for each that is missing or wrong."""

    def __init__(self, obj: LocatedDict, file: Path, prefix: str, problems: list[FileProblem]) -> None:
        self.obj, self.file, self.prefix, self.problems = obj, file, prefix, problems

    def problem(self, key: str, message: str, line: int | None = None) -> None:
        line = self.obj.line_of(key) if line is None else line
        self.problems.append(FileProblem(self.file, message, line=line, field=self.prefix + key))

    def check_known(self, known: tuple[str, ...]) -> None:
        for key, line in self.obj.duplicate_keys:
            self.problem(key, _("appears more than once; keep one"), line)
        unknown = [key for key in self.obj if key not in known]
        for n, key in enumerate(unknown):
            # Only the few a notice will name get a (slow) suggestion; the rest are just counted.
            hint = did_you_mean(key, known) if n < MAX_LISTED_PROBLEMS else ""
            self.problem(key, _("is not a field Unclench knows") + hint)

    def text(self, key: str, max_length: int, *, required: bool = False, default: str = "") -> str | None:
        if key not in self.obj:
            if required:
                self.problem(key, _("is required but missing"))
                return None
            return default
        value = self.obj[key]
        if not isinstance(value, str) or not value.strip():
            problem = (
                _("must be non-empty text (found {value})")
                if required
                else _("must be non-empty text (found {value}); leave the field out instead")
            )
            self.problem(key, problem.format(value=found_text(value)))
            return None
        if len(value) > max_length:
            problem = _("is {length} characters long; at most {count} fit")
            self.problem(key, problem.format(length=len(value), count=max_length))
            return None
        return value.strip()

    def whole(
        self, key: str, low: int, high: int, unit: str, *, required: bool = False, default: int = 0
    ) -> int | None:
        if key not in self.obj:
            if required:
                self.problem(key, _("is required but missing"))
                return None
            return default
        value = self.obj[key]
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            problem = _("must be a whole number of {unit} from {low} to {high} (found {value})")
            self.problem(key, problem.format(unit=_(unit), low=low, high=high, value=found_text(value)))
            return None
        return value

    def choice(
        self, key: str, options: tuple[str, ...], *, required: bool = False, default: str = ""
    ) -> str | None:
        if key not in self.obj:
            if required:
                problem = _("is required but missing; it is one of {choices}")
                self.problem(key, problem.format(choices=", ".join(options)))
                return None
            return default
        value = self.obj[key]
        if value not in options:
            hint = did_you_mean(value, options) if isinstance(value, str) else ""
            problem = _("must be one of {choices} (found {value})")
            self.problem(key, problem.format(choices=", ".join(options), value=found_text(value)) + hint)
            return None
        return str(value)

    def identifier(self, key: str, *, required: bool = False) -> str | None:
        if key not in self.obj:
            if required:
                self.problem(key, _("is required but missing"))
            return None
        value = self.obj[key]
        if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
            self.problem(
                key,
                _(
                    "must be a short id of lower-case letters, digits and dashes, "
                    "like 'chin-tuck' (found {value})"
                ).format(value=found_text(value)),
            )
            return None
        return value

    def illustration(self, key: str, illustrations_dir: Path) -> Path | None:
        if key not in self.obj:
            return None
        value = self.obj[key]
        relative = PurePosixPath(value) if isinstance(value, str) and value and "\\" not in value else None
        if (
            relative is None
            or relative.is_absolute()
            or ".." in relative.parts
            or relative.suffix.lower() not in ILLUSTRATION_SUFFIXES
        ):
            self.problem(
                key,
                _(
                    "must name an SVG, PNG or JPEG file next to this file or among Unclench's "
                    "illustrations, like 'chin-tuck.svg' (found {value})"
                ).format(value=found_text(value)),
            )
            return None
        for folder in (self.file.parent, illustrations_dir):
            candidate = folder.joinpath(*relative.parts)
            if candidate.is_file():
                return candidate
        problem = _("names '{file}', which is neither next to this file nor among Unclench's illustrations")
        self.problem(key, problem.format(file=value))
        return None
