"""Reads the other computers' journals incrementally.

For every journal file the local log remembers how far it was read (sync_files), with the file's
size and modification time (unchanged: not even opened) and fingerprints of the bytes read so far.
A file that shrank, or whose read part no longer matches its fingerprints (replaced, restored from
a backup), is read again from the start: merging is idempotent, so re-reading costs time only.
Conflict copies made by sync engines are journal files like any other. This computer's own folder
is read too: its own lines merge as no-ops, but a sync engine may have put someone else's version
of one of its files there (a conflict resolved in the other computer's favour, a restored backup),
and that version's lines must not be lost. Such a change (or an own file gone) is reported as
`own_changed`: the writer then publishes this computer's whole journal again, since the folder may
no longer hold all of it.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.i18n import _, ngettext
from desktop.storage.sync.entries import DEVICE_ID, Entry, decode
from desktop.storage.sync.files import fingerprint, is_journal_name, open_regular, read_lines
from desktop.storage.sync.manifest import Manifest, read_manifest

# Bytes per read (and so per merge transaction): ~17,000 events, about half a second of merging,
# so the app's own writes never wait long for the lock.
DEFAULT_BUDGET_BYTES = 4 << 20


@dataclass(frozen=True)
class FileProgress:
    """How far one journal file was read, and the fingerprints that tell a shrunk or replaced file."""

    name: str  # "<device>/<file name>"
    offset: int
    size: int  # -1 while part of the file is still unread
    mtime_ns: int
    head: str
    tail: str


@dataclass
class Reading:
    """What one pass over the folder found; the caller merges it and saves the progress together."""

    entries: list[tuple[str, Entry]] = field(default_factory=list)
    progress: list[FileProgress] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)  # files read before that are no longer there
    manifests: list[Manifest] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    reread: int = 0  # files read again from the start
    complete: bool = True  # False: the budget ran out, read again for the rest
    own_changed: bool = False  # a file in this computer's own folder was changed or removed by someone


class JournalReader:
    """Reads `root` (the unclench-sync folder); owns nothing but its byte budget."""

    def __init__(
        self, db: sqlite3.Connection, root: Path, me: str, budget: int = DEFAULT_BUDGET_BYTES
    ) -> None:
        self._db = db
        self._root = root
        self._me = me
        self._budget = budget

    def read(self) -> Reading:
        """OSError if `root` itself cannot be listed (the caller calls that offline)."""
        known = {
            row[0]: FileProgress(*row)
            for row in self._db.execute("SELECT name, offset, size, mtime_ns, head, tail FROM sync_files")
        }
        reading = Reading()
        budget = self._budget
        seen: set[str] = set()
        with os.scandir(self._root) as devices:
            folders = [e for e in devices if DEVICE_ID.fullmatch(e.name) and e.is_dir(follow_symlinks=False)]
        for folder in sorted(folders, key=lambda e: e.name):
            device, path = folder.name, Path(folder.path)
            if device != self._me:
                try:
                    manifest = read_manifest(path)
                except ValueError as problem:
                    reading.problems.append(
                        _("computer {device}: {problem}").format(device=device, problem=problem)
                    )
                else:
                    if manifest:
                        reading.manifests.append(manifest)
            try:
                with os.scandir(path) as files:
                    names = sorted(e.name for e in files if _wanted(e.name))
            except OSError as error:
                reading.problems.append(
                    _("computer {device}: cannot list its folder ({error})").format(
                        device=device, error=error.strerror
                    )
                )
                seen.update(name for name in known if name.startswith(f"{device}/"))  # keep, retry later
                continue
            for name in names:
                key = f"{device}/{name}"
                seen.add(key)
                budget -= self._read_file(path / name, key, known.get(key), budget, reading)
                if budget <= 0:
                    reading.complete = False
                    seen.update(known)  # not looked at this time: nothing is gone
                    return reading
        reading.gone = [name for name in known if name not in seen]
        if any(name.startswith(f"{self._me}/") for name in reading.gone):
            reading.own_changed = True
        return reading

    def _read_file(
        self, path: Path, key: str, before: FileProgress | None, budget: int, reading: Reading
    ) -> int:
        """Read one file into `reading`; return the bytes read."""
        try:
            fd = open_regular(path)
        except OSError as error:
            reading.problems.append(
                _("{file}: cannot be read ({error})").format(file=key, error=error.strerror or error)
            )
            return 0
        try:
            info = os.fstat(fd)
            if before and before.size == info.st_size and before.mtime_ns == info.st_mtime_ns:
                return 0
            start = 0
            fits = before is not None and before.offset <= info.st_size
            if before and fits and fingerprint(fd, before.offset) == (before.head, before.tail):
                start = before.offset
            if before and before.offset and not start:
                reading.reread += 1
                reading.own_changed |= key.startswith(f"{self._me}/")
            lines = read_lines(fd, start, budget)
            head, tail = fingerprint(fd, lines.end)
        except OSError as error:
            reading.problems.append(
                _("{file}: cannot be read ({error})").format(file=key, error=error.strerror or error)
            )
            return 0
        finally:
            os.close(fd)
        device = key.split("/", 1)[0]
        bad = 0
        for line in lines.lines:
            try:
                reading.entries.append((device, decode(line)))
            except ValueError:
                bad += 1
        if bad or lines.oversized:
            skipped = bad + lines.oversized
            reading.problems.append(
                ngettext(
                    "{file}: {count} unreadable line skipped",
                    "{file}: {count} unreadable lines skipped",
                    skipped,
                ).format(file=key, count=skipped)
            )
        used = lines.end - start
        finished = used < budget
        reading.progress.append(
            FileProgress(key, lines.end, info.st_size if finished else -1, info.st_mtime_ns, head, tail)
        )
        return used


def _wanted(name: str) -> bool:
    # Not a sync engine's temporary file (they start with "."), not a manifest.
    return not name.startswith(".") and is_journal_name(name)
