"""Reading one hand-written JSON data file (a routine, an exercise, posture items) for its object.

The file is read with the bounded reader (no special files, at most MAX_FILE_BYTES) and parsed
keeping line numbers; every problem becomes a FileProblem and nothing here raises on bad input.
"""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.bounded_file import KIB, FileRefused, read_bounded
from desktop.core.i18n import _
from desktop.core.located_json import LocatedDict, line_of, parse_located
from desktop.core.routine_model import FileProblem

MAX_FILE_BYTES = 256 * KIB


def read_json_object(path: Path, problems: list[FileProblem]) -> LocatedDict | None:
    """The file's top-level JSON object, or None after recording why it cannot be read."""
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except FileRefused as error:
        problems.append(FileProblem(path, _refusal(error)))
        return None
    except OSError as error:
        problems.append(
            FileProblem(path, _("could not be read ({problem})").format(problem=error.strerror or error))
        )
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        problems.append(FileProblem(path, _("is not UTF-8 text; save it as UTF-8"), line=line))
        return None
    if not text.strip():
        problems.append(FileProblem(path, _("is empty")))
        return None
    try:
        document = parse_located(text)
    except json.JSONDecodeError as error:
        problems.append(
            FileProblem(
                path,
                _("is not valid JSON: {problem} (column {column})").format(
                    problem=error.msg, column=error.colno
                ),
                line=error.lineno,
            )
        )
        return None
    except (ValueError, RecursionError) as error:
        problems.append(FileProblem(path, _("is not valid JSON ({problem})").format(problem=error)))
        return None
    if not isinstance(document, LocatedDict):
        problems.append(
            FileProblem(path, _("must hold one JSON object, written { ... }"), line=line_of(document))
        )
        return None
    return document


def _refusal(error: FileRefused) -> str:
    if error.too_big:
        return _("is too big: a data file here is at most {size} KB").format(size=MAX_FILE_BYTES // KIB)
    return error.reason
