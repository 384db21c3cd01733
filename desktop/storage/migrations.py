"""The event log's schema, as the list of steps that build it.

`PRAGMA user_version` counts the steps applied. Each step runs inside ONE transaction the
caller opens (SQLite DDL is transactional), together with the user_version bump, so a crash
leaves the database at the old version or the new one. Steps use `execute`, never
`executescript`: that commits whatever is open and would break the one-transaction rule.
Append new steps at the end; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def _v1_events(db: sqlite3.Connection) -> None:
    # Times are ISO-8601 UTC text; local_day is the user's calendar day (YYYY-MM-DD) for daily views.
    db.execute(
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            outcome TEXT NOT NULL,
            due_at TEXT,
            shown_at TEXT,
            answered_at TEXT,
            local_day TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '{}'
        )
        """
    )
    db.execute("CREATE INDEX events_by_day ON events (local_day)")
    db.execute("CREATE INDEX events_by_kind_and_day ON events (kind, local_day)")


MIGRATIONS: tuple[Migration, ...] = (_v1_events,)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: sqlite3.Connection) -> None:
    """Bring `db` (opened with isolation_level=None) up to SCHEMA_VERSION, one transaction per step.

    The version is re-read inside each write transaction, so two processes opening the same
    new file cannot both apply a step. The caller has already refused versions newer than ours.
    """
    while True:
        db.execute("BEGIN IMMEDIATE")
        try:
            version = user_version(db)
            if version >= SCHEMA_VERSION:
                db.execute("COMMIT")
                return
            MIGRATIONS[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise


def user_version(db: sqlite3.Connection) -> int:
    version: int = db.execute("PRAGMA user_version").fetchone()[0]
    return version
