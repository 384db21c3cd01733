"""The event log's schema, as the list of steps that build it.

`PRAGMA user_version` counts the steps applied. Each step runs inside ONE transaction the
caller opens (SQLite DDL is transactional), together with the user_version bump, so a crash
leaves the database at the old version or the new one. Steps use `execute`, never
`executescript`: that commits whatever is open and would break the one-transaction rule.
Append new steps at the end; never edit one that has shipped.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from desktop.storage.sync.schema import v3_sync

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


# --- v2: identities for import, and per-day totals for statistics ----------------------------------
#
# uid: a random identity per row, exported with it, so importing a backup twice (or into the log it
# came from) adds nothing: an import skips uids the log already holds. Random, not a content hash:
# two genuinely identical rows (same kind, outcome, day and times) are two events and must stay two.
#
# day_totals: one row per (local_day, kind, outcome) with counts and sums, kept exact by triggers on
# every insert, delete and update (including rows edited by hand), so five years of statistics are
# read from a few thousand rows instead of half a million. The kind's quantity (see _QUANTITY_PATH)
# is summed in `amount`; breathing sessions rated both before and after add to before/after sums.
# Details that are not a JSON object, or quantities that are not numbers (true is not 1), count as
# nothing, exactly as EventLog.water_total_ml reads them.

_QUANTITY_PATH = (
    "CASE {row}.kind WHEN 'hydration' THEN '$.ml' WHEN 'breathing' THEN '$.actual_seconds'"
    " WHEN 'routine' THEN '$.duration_seconds' WHEN 'tension' THEN '$.level'"
    " WHEN 'hold' THEN '$.seconds' END"
)


def _number(row: str, path: str) -> str:
    """SQL for the number at `path` in `row`.details, or NULL. CASE evaluates lazily: invalid JSON
    never reaches json_type (which would raise), and kinds without that path parse nothing."""
    return (
        f"CASE WHEN {path} IS NOT NULL AND json_valid({row}.details)"
        f" AND json_type({row}.details, {path}) IN ('integer', 'real')"
        f" THEN json_extract({row}.details, {path}) END"
    )


def _measures(row: str, source: str = "") -> str:
    """A subquery of amount, measured, before_sum, after_sum, rated per row, each JSON value read
    once. `row` is NEW or OLD in a trigger (one row, no `source`), or the alias that
    `source` (e.g. "FROM events AS e") gives the table; then local_day, kind, outcome come along."""
    amount = _number(row, _QUANTITY_PATH.format(row=row))
    ratings = f"CASE WHEN {row}.kind = 'breathing' THEN '$.rating_before' END"
    before = _number(row, ratings)
    after = _number(row, ratings.replace("before", "after"))
    keys = "local_day, kind, outcome, " if source else ""
    carried = (
        f"{row}.local_day AS local_day, {row}.kind AS kind, {row}.outcome AS outcome, " if source else ""
    )
    return (
        f"(SELECT {keys}coalesce(amount, 0) AS amount, amount IS NOT NULL AS measured,"
        " CASE WHEN rated THEN before ELSE 0 END AS before_sum,"
        " CASE WHEN rated THEN after ELSE 0 END AS after_sum, rated"
        f" FROM (SELECT {keys}amount, before, after, before IS NOT NULL AND after IS NOT NULL AS rated"
        f" FROM (SELECT {carried}{amount} AS amount, {before} AS before, {after} AS after {source})))"
    )


_TOTALS_COLUMNS = "local_day, kind, outcome, events, amount, measured, before_sum, after_sum, rated"
_ADD = """
    INSERT INTO day_totals ({columns})
    SELECT NEW.local_day, NEW.kind, NEW.outcome, 1, m.* FROM {measures} AS m WHERE true
    ON CONFLICT (local_day, kind, outcome) DO UPDATE SET
        events = events + 1, amount = amount + excluded.amount, measured = measured + excluded.measured,
        before_sum = before_sum + excluded.before_sum, after_sum = after_sum + excluded.after_sum,
        rated = rated + excluded.rated;
"""

_REMOVE = """
    UPDATE day_totals SET
        events = day_totals.events - 1, amount = day_totals.amount - m.amount,
        measured = day_totals.measured - m.measured, before_sum = day_totals.before_sum - m.before_sum,
        after_sum = day_totals.after_sum - m.after_sum, rated = day_totals.rated - m.rated
    FROM {measures} AS m
    WHERE day_totals.local_day = OLD.local_day AND day_totals.kind = OLD.kind
        AND day_totals.outcome = OLD.outcome;
    DELETE FROM day_totals
    WHERE local_day = OLD.local_day AND kind = OLD.kind AND outcome = OLD.outcome AND events <= 0;
"""


def _v2_identities_and_day_totals(db: sqlite3.Connection) -> None:
    # SQLite cannot add a column with a non-constant default, so the table is rebuilt (ids kept).
    db.execute(
        """
        CREATE TABLE events_v2 (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            outcome TEXT NOT NULL,
            due_at TEXT,
            shown_at TEXT,
            answered_at TEXT,
            local_day TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '{}',
            uid TEXT NOT NULL DEFAULT (lower(hex(randomblob(16))))
        )
        """
    )
    db.execute(
        "INSERT INTO events_v2 (id, kind, outcome, due_at, shown_at, answered_at, local_day, details, uid)"
        " SELECT id, kind, outcome, due_at, shown_at, answered_at, local_day, details,"
        " lower(hex(randomblob(16))) FROM events"
    )
    db.execute("DROP TABLE events")
    db.execute("ALTER TABLE events_v2 RENAME TO events")
    db.execute("CREATE INDEX events_by_day ON events (local_day)")
    db.execute("CREATE INDEX events_by_kind_and_day ON events (kind, local_day)")
    db.execute("CREATE UNIQUE INDEX events_by_uid ON events (uid)")
    db.execute(
        """
        CREATE TABLE day_totals (
            local_day TEXT NOT NULL,
            kind TEXT NOT NULL,
            outcome TEXT NOT NULL,
            events INTEGER NOT NULL,
            amount REAL NOT NULL,
            measured INTEGER NOT NULL,
            before_sum REAL NOT NULL,
            after_sum REAL NOT NULL,
            rated INTEGER NOT NULL,
            PRIMARY KEY (local_day, kind, outcome)
        ) WITHOUT ROWID
        """
    )
    recount_day_totals(db)
    _create_total_triggers(db)


def _create_total_triggers(db: sqlite3.Connection) -> None:
    add, remove = (
        _ADD.format(columns=_TOTALS_COLUMNS, measures=_measures("NEW")),
        _REMOVE.format(measures=_measures("OLD")),
    )
    db.execute(f"CREATE TRIGGER events_counted AFTER INSERT ON events BEGIN {add} END")
    db.execute(f"CREATE TRIGGER events_uncounted AFTER DELETE ON events BEGIN {remove} END")
    db.execute(
        "CREATE TRIGGER events_recounted AFTER UPDATE OF local_day, kind, outcome, details ON events"
        f" BEGIN {remove} {add} END"
    )


# --- v4: a hold's length (details.seconds) is its quantity, so statistics sum "time held" a day ----


def _v4_hold_seconds(db: sqlite3.Connection) -> None:
    for name in ("events_counted", "events_uncounted", "events_recounted"):
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    _create_total_triggers(db)
    recount_day_totals(db)


MIGRATIONS: tuple[Migration, ...] = (_v1_events, _v2_identities_and_day_totals, v3_sync, _v4_hold_seconds)


def recount_day_totals(db: sqlite3.Connection, days: Iterable[str] | None = None) -> None:
    """Rebuild the day_totals rows of `days` (all days when None) from the events themselves.

    For bulk changes made with the triggers set aside (EventLog.import_events): one pass over
    the affected days instead of one trigger per row. A later schema step that changes what
    day_totals holds must change this function together with the triggers.
    """
    where, parameters = "", []
    if days is not None:
        where = " WHERE local_day IN (SELECT value FROM json_each(?))"
        parameters = [json.dumps(sorted(set(days)))]
        db.execute(f"DELETE FROM day_totals{where}", parameters)
    else:
        db.execute("DELETE FROM day_totals")
    rows = _measures("e", f"FROM events AS e{where.replace('local_day', 'e.local_day')}")
    db.execute(
        f"INSERT INTO day_totals ({_TOTALS_COLUMNS})"
        " SELECT local_day, kind, outcome, count(*), sum(amount), sum(measured), sum(before_sum),"
        f" sum(after_sum), sum(rated) FROM {rows} GROUP BY local_day, kind, outcome",
        parameters,
    )


SCHEMA_VERSION = len(MIGRATIONS)


@contextmanager
def triggers_set_aside(db: sqlite3.Connection) -> Iterator[None]:
    """Inside a transaction: drop the triggers on events, put them back as they were after, for
    bulk changes followed by `recount_day_totals`. (DDL is transactional: a rollback restores them.)"""
    triggers = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"
    ).fetchall()
    for name, _ in triggers:
        db.execute(f'DROP TRIGGER "{name}"')
    yield
    for _, sql in triggers:
        db.execute(sql)


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
