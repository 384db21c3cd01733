"""Merges journal entries into the local log, idempotently and in any order.

The result depends only on the SET of entries ever merged, never on their order or repeats:
an event is present iff its uid was never deleted (sync_tombstones) and its number is above every
clear of its computer (sync_clears). Tombstones are kept for good, so an event arriving after its
deletion (files out of order, a copy read again) stays deleted. Event times are never compared:
clock skew between computers cannot drop or reorder anything.

Runs inside the caller's transaction, with the triggers on events set aside (the local deletions
made here are not new tombstones to publish, and day_totals is recounted once per affected day).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.storage.migrations import recount_day_totals, triggers_set_aside
from desktop.storage.sync.entries import ClearEntry, DeleteEntry, Entry, EventEntry

_INSERT = (
    "INSERT INTO events (uid, local_day, kind, outcome, due_at, shown_at, answered_at, details,"
    " device, device_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING"
)


@dataclass(frozen=True)
class Merged:
    """What merging journal entries into the local log did: events added and removed."""

    added: int  # events new to the local log
    removed: int  # local events deleted by tombstones or clears


def merge(db: sqlite3.Connection, entries: Sequence[tuple[str, Entry]]) -> Merged:
    """Apply `entries` (device, entry) to the log; the caller holds a write transaction."""
    if not entries:
        return Merged(0, 0)
    days: set[str] = set()
    with triggers_set_aside(db):
        removed = _apply_deletions(db, entries, days)
        deleted = {uid for (uid,) in db.execute("SELECT uid FROM sync_tombstones")}
        cutoff = dict(db.execute("SELECT device, max(upto) FROM sync_clears GROUP BY device").fetchall())
        rows = [
            (*entry.row, device, entry.seq)
            for device, entry in entries
            if isinstance(entry, EventEntry)
            and entry.row.uid not in deleted
            and entry.seq > cutoff.get(device, 0)
        ]
        before = db.total_changes
        db.executemany(_INSERT, rows)
        added = db.total_changes - before
        if added:
            days.update(row[1] for row in rows)
        if days:
            recount_day_totals(db, days)
    _note_devices(db, entries)
    return Merged(added, removed)


def _apply_deletions(db: sqlite3.Connection, entries: Sequence[tuple[str, Entry]], days: set[str]) -> int:
    removed = 0
    for device, entry in entries:
        if isinstance(entry, DeleteEntry):
            db.execute(
                "INSERT OR IGNORE INTO sync_tombstones (uid, author, seq, deleted_at) VALUES (?, ?, ?, ?)",
                (entry.uid, device, entry.seq, entry.at),
            )
            gone = db.execute("DELETE FROM events WHERE uid = ? RETURNING local_day", (entry.uid,)).fetchall()
        elif isinstance(entry, ClearEntry):
            db.execute(
                "INSERT OR IGNORE INTO sync_clears (device, upto, author, seq, cleared_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (entry.device, entry.upto, device, entry.seq, entry.at),
            )
            gone = db.execute(
                "DELETE FROM events WHERE device = ? AND device_seq <= ? RETURNING local_day",
                (entry.device, entry.upto),
            ).fetchall()
        else:
            continue
        removed += len(gone)
        days.update(day for (day,) in gone)
    return removed


def _note_devices(db: sqlite3.Connection, entries: Sequence[tuple[str, Entry]]) -> None:
    highest: dict[str, int] = {}
    for device, entry in entries:
        highest[device] = max(highest.get(device, 0), entry.seq)
    db.executemany(
        "INSERT INTO sync_devices (device, max_seq) VALUES (?, ?)"
        " ON CONFLICT (device) DO UPDATE SET max_seq = max(max_seq, excluded.max_seq)",
        highest.items(),
    )
