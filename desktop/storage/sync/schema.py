"""The schema step that gives the log what syncing needs (schema v3). Never edit it once shipped.

- events.device: the computer an event comes from (a device id); NULL means "this computer,
  not yet published". events.device_seq: its number in that computer's journal (NULL until
  published). Range tombstones ("everything of device D up to number N") use both.
- sync_state: small key/value facts (this computer's device id, the joined folder, the next
  journal number).
- sync_files: how far each journal file in the folder has been read, with fingerprints that
  show whether the bytes already read are still the same.
- sync_devices: every computer seen: its name and last write time (from its manifest) and the
  highest journal number merged from it.
- sync_tombstones: uids deleted anywhere (a local delete is recorded by a trigger; seq stays
  NULL until this computer has published it). sync_clears: "delete everything of `device` up
  to number `upto`", the same way.
"""

from __future__ import annotations

import sqlite3

_STATEMENTS = (
    "ALTER TABLE events ADD COLUMN device TEXT",
    "ALTER TABLE events ADD COLUMN device_seq INTEGER",
    "CREATE INDEX events_by_device ON events (device, device_seq)",
    "CREATE INDEX events_unpublished ON events (id) WHERE device_seq IS NULL",
    "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    """CREATE TABLE sync_files (
        name TEXT PRIMARY KEY,
        offset INTEGER NOT NULL,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        head TEXT NOT NULL,
        tail TEXT NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TABLE sync_devices (
        device TEXT PRIMARY KEY,
        name TEXT,
        last_write TEXT,
        max_seq INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID""",
    """CREATE TABLE sync_tombstones (
        uid TEXT PRIMARY KEY,
        author TEXT,
        seq INTEGER,
        deleted_at TEXT
    ) WITHOUT ROWID""",
    """CREATE TABLE sync_clears (
        id INTEGER PRIMARY KEY,
        device TEXT NOT NULL,
        upto INTEGER NOT NULL,
        author TEXT,
        seq INTEGER,
        cleared_at TEXT,
        UNIQUE (author, seq)
    )""",
    # The user's "undo" of one entry becomes a tombstone. EventLog.clear and the sync merge set
    # every trigger on events aside, so neither leaves tombstones behind (clear is published as
    # a range instead, see SyncEngine.record_clear).
    """CREATE TRIGGER events_tombstoned AFTER DELETE ON events BEGIN
        INSERT OR IGNORE INTO sync_tombstones (uid, deleted_at)
        VALUES (OLD.uid, strftime('%Y-%m-%dT%H:%M:%f000+00:00', 'now'));
    END""",
)


def v3_sync(db: sqlite3.Connection) -> None:
    """Add the sync columns and tables (one migration step; the caller holds the transaction)."""
    for statement in _STATEMENTS:
        db.execute(statement)
