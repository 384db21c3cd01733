"""Compaction of this computer's own journal (never anyone else's).

Every closed journal file (all but the one being appended to) is rewritten into one file,
events-<month of the newest>-0000.jsonl, leaving out events that a tombstone or a clear deleted;
tombstones and clears themselves stay (a computer that still holds the event needs them). The new
file is written atomically before the old ones are removed, so a crash in between leaves repeats,
which readers ignore. Other computers read the new file once from the start (merging is
idempotent) and forget the removed ones: compact rarely (e.g. once a month), not every minute.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.storage.sync.entries import EventEntry, decode
from desktop.storage.sync.files import OWN_JOURNAL, open_regular, read_lines, write_atomically

_UNBOUNDED = 1 << 62


@dataclass(frozen=True)
class Compacted:
    """What compacting this computer's closed journal files did: files and lines before, lines after."""

    files_before: int
    lines_before: int
    lines_after: int


def compact(db: sqlite3.Connection, own_folder: Path, device: str) -> Compacted:
    """Rewrite the closed journal files of `own_folder`; OSError if the folder cannot be written."""
    files = sorted(p for p in own_folder.iterdir() if OWN_JOURNAL.fullmatch(p.name))
    closed = files[:-1]
    if len(closed) < 2:
        return Compacted(len(closed), 0, 0)
    deleted = {uid for (uid,) in db.execute("SELECT uid FROM sync_tombstones")}
    (cutoff,) = db.execute(
        "SELECT coalesce(max(upto), 0) FROM sync_clears WHERE device = ?", (device,)
    ).fetchone()
    kept: dict[bytes, None] = {}  # the lines to keep, in order, each once
    total = 0
    for path in closed:
        fd = open_regular(path)
        try:
            lines = read_lines(fd, 0, _UNBOUNDED).lines
        finally:
            os.close(fd)
        total += len(lines)
        for line in lines:
            try:
                entry = decode(line)
            except ValueError:
                continue  # unreadable for every reader too
            if isinstance(entry, EventEntry) and (entry.row.uid in deleted or entry.seq <= cutoff):
                continue
            kept[line] = None
    match = OWN_JOURNAL.fullmatch(closed[-1].name)
    assert match is not None
    target = own_folder / f"events-{match[1]}-{match[2]}-0000.jsonl"
    # The reader must not take these changes for someone else's (that would publish everything again).
    db.executemany(
        "DELETE FROM sync_files WHERE name = ?", [(f"{device}/{p.name}",) for p in (*closed, target)]
    )
    write_atomically(target, b"".join(line + b"\n" for line in kept))
    for path in closed:
        if path != target:
            path.unlink()
    return Compacted(len(closed), total, len(kept))
