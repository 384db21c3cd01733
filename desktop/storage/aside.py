"""Keeping a user's file aside instead of deleting or overwriting it.

A file the app cannot use is renamed (or copied) next to the original as
`<name>.<tag>-YYYYmmdd-HHMMSS`, with `-2`, `-3`, … added when that name is already taken,
so an earlier copy is never overwritten.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

STAMP_FORMAT = "%Y%m%d-%H%M%S"


def free_aside_path(original: Path, tag: str, moment: datetime, companions: Iterable[str] = ()) -> Path:
    """The first `<name>.<tag>-<stamp>[-n]` next to `original` that is free, together with
    every companion suffix (SQLite's "-wal", "-shm") that will travel with it."""
    suffixes = ("", *companions)
    base = f"{original.name}.{tag}-{moment.strftime(STAMP_FORMAT)}"
    for n in itertools.count(1):
        candidate = original.with_name(base if n == 1 else f"{base}-{n}")
        if not any(os.path.lexists(f"{candidate}{suffix}") for suffix in suffixes):
            return candidate
    raise AssertionError("unreachable")  # itertools.count never ends


def move_aside(original: Path, tag: str, moment: datetime, companions: Iterable[str] = ()) -> Path:
    """Rename `original` (and each existing `original<suffix>` companion) aside; return the new path.

    Raises OSError if the rename fails; the file is then still where it was.
    """
    companions = tuple(companions)
    target = free_aside_path(original, tag, moment, companions)
    os.rename(original, target)
    for suffix in companions:
        companion = Path(f"{original}{suffix}")
        if os.path.lexists(companion):
            os.rename(companion, f"{target}{suffix}")
    return target


def copy_aside(original: Path, content: bytes, tag: str, moment: datetime) -> Path:
    """Write `content` (what was read from `original`) to a free aside name, durably; return it.

    The copy is fsynced because the caller may soon replace the original.
    Raises OSError if the copy cannot be written.
    """
    while True:
        target = free_aside_path(original, tag, moment)
        try:
            # "x" refuses to overwrite: if another process took the name in between, try the next one.
            with open(target, "xb") as copy:
                copy.write(content)
                copy.flush()
                os.fsync(copy.fileno())
        except FileExistsError:
            continue
        except OSError:
            # A half-written copy would look like a real one; the original is still intact.
            target.unlink(missing_ok=True)
            raise
        return target
