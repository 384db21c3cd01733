"""SyncEngine: the one object the app talks to for syncing through a shared folder.

Layout of the folder the user picks:  FOLDER/unclench-sync/<device id>/manifest.json
                                      FOLDER/unclench-sync/<device id>/events-YYYY-MM-NNNN.jsonl
Each computer writes only inside its own <device id> folder, so a file-sync engine never sees two
computers change one file. The SQLite log never goes into the folder; it stays the only thing the
app queries. A missing folder (unmounted share, offline) is reported, never created: the app keeps
logging locally and the next `sync_now` catches up.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from desktop.core.i18n import _, ngettext
from desktop.storage.errors import StorageError
from desktop.storage.migrations import migrate
from desktop.storage.row_text import time_from_text, time_to_text
from desktop.storage.sync import state
from desktop.storage.sync.compaction import Compacted, compact
from desktop.storage.sync.manifest import Manifest, read_manifest
from desktop.storage.sync.merge import merge
from desktop.storage.sync.reader import DEFAULT_BUDGET_BYTES, JournalReader, Reading
from desktop.storage.sync.writer import JournalWriter

SUBFOLDER = "unclench-sync"
_T = TypeVar("_T")
_MAX_ROUNDS = 256  # reads per sync_now: 1 GiB of journals at the default budget; the rest next time


class SyncError(Exception):
    """A folder cannot be joined; str() is a sentence for the user."""


@dataclass(frozen=True)
class DeviceStatus:
    """One computer joined to the sync folder, as this one sees it: name, last write, events here."""

    device: str
    name: str
    last_write: datetime | None  # by that computer's own clock, from its manifest
    events: int | None  # its events in the local log; None unless counting was asked for (count_events)
    this_computer: bool


@dataclass(frozen=True)
class SyncReport:
    """What one `sync_now()` did and found: the folder and whether it was there, lines written and
    read, events added and removed, the computers seen, and problems to tell the user."""

    folder: Path | None  # None: not joined
    online: bool  # the folder was there and readable
    written: int  # journal lines this computer appended
    read: int  # journal entries of other computers read
    added: int  # events new to the local log
    removed: int  # local events deleted by other computers' tombstones
    devices: tuple[DeviceStatus, ...]
    problems: tuple[str, ...]

    @property
    def changed(self) -> bool:
        """The local log changed: statistics and today's totals should be read again."""
        return bool(self.added or self.removed)


@dataclass
class Tally:
    """The counts of one sync_now, added up over its rounds."""

    written: int = 0
    read: int = 0
    added: int = 0
    removed: int = 0


class SyncEngine:
    """Owns its own connection to the log and this computer's journal folder. Emits nothing:
    call `sync_now` from one thread (a timer every minute and after local writes); it blocks on
    file I/O, so on a network share call it off the GUI thread."""

    def __init__(
        self,
        db: sqlite3.Connection,
        database: Path | None,
        *,
        name: str,
        now: Callable[[], datetime],
        budget: int = DEFAULT_BUDGET_BYTES,
        count_events: bool = False,
    ) -> None:
        self._db = db
        self._count_events = count_events  # a count(*) per computer in every report: the CLI's, not the app's
        self._database = database
        self._name = name
        self._now = now
        self._budget = budget
        self._db.execute("BEGIN IMMEDIATE")
        self._me = state.device_id(db)
        self._db.execute("COMMIT")

    @classmethod
    def open(
        cls,
        database: Path,
        *,
        name: str,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        busy_timeout_seconds: float = 5.0,
        budget: int = DEFAULT_BUDGET_BYTES,
        count_events: bool = False,
    ) -> SyncEngine:
        """An engine on the log at `database` (opened and migrated by EventLog.open first);
        `count_events`: its reports say how many events each computer has in the log."""
        db = sqlite3.connect(database, isolation_level=None, timeout=busy_timeout_seconds)
        db.execute("PRAGMA synchronous = FULL")
        migrate(db)
        return cls(db, database, name=name, now=now, budget=budget, count_events=count_events)

    @property
    def device_id(self) -> str:
        return self._me

    @property
    def folder(self) -> Path | None:
        return state.folder(self._db)

    def join(self, folder: Path) -> SyncReport:
        """Sync through `folder` from now on, and sync once. SyncError if it cannot be used."""
        folder = folder.expanduser().absolute()
        if not folder.is_dir():
            raise SyncError(_("{folder} is not a folder Unclench can use for syncing.").format(folder=folder))
        if self._database is not None and self._database.resolve().is_relative_to(folder.resolve()):
            raise SyncError(
                _("{folder} holds Unclench's own log; pick a folder outside {outside}.").format(
                    folder=folder, outside=self._database.parent
                )
            )
        try:
            (folder / SUBFOLDER).mkdir(exist_ok=True)
        except OSError as error:
            raise SyncError(
                _("Unclench cannot write in {folder} ({error}).").format(
                    folder=folder, error=error.strerror or error
                )
            ) from error
        self._write(lambda: state.set_folder(self._db, folder))
        return self.sync_now()

    def leave(self) -> None:
        """Stop syncing. Events already merged stay; this computer's journal stays in the folder for
        the others. Rejoining reads everything again (without duplicates)."""

        def forget() -> None:
            state.set_folder(self._db, None)
            self._db.execute("DELETE FROM sync_files")

        self._write(forget)

    def record_clear(self) -> None:
        """Call right after EventLog.clear() ("delete my data"): every event this computer has seen,
        from every computer, is deleted everywhere (published as one clear per computer). Events
        another computer logs later, or that had not reached this one yet, stay."""
        at = time_to_text(self._now())

        def clears() -> None:
            mine = state.next_seq(self._db) - 1
            rows = self._db.execute("SELECT device, max_seq FROM sync_devices WHERE device != ?", (self._me,))
            ranges = [(self._me, mine), *rows.fetchall()]
            self._db.executemany(
                "INSERT INTO sync_clears (device, upto, cleared_at) VALUES (?, ?, ?)",
                [(device, upto, at) for device, upto in ranges if upto > 0],
            )

        self._write(clears)

    def sync_now(self) -> SyncReport:
        """Publish local changes, read and merge the others'. Never raises for folder trouble:
        that is in the report (offline, problems) and the next call catches up. StorageError if
        the local log cannot be used (locked longer than the timeout, disk full)."""
        try:
            return self._sync()
        except sqlite3.Error as error:
            raise StorageError(f"Unclench could not sync its log {self._database}: {error}.") from error

    def _sync(self) -> SyncReport:
        folder = state.folder(self._db)
        if folder is None:
            return self._report(None, False, Tally())
        root = folder / SUBFOLDER
        if not folder.is_dir():
            return self._report(
                folder, False, Tally(), _("{folder} is not there (offline?)").format(folder=folder)
            )
        problems: list[str] = []
        written = 0
        try:
            root.mkdir(exist_ok=True)
            published = JournalWriter(self._db, root / self._me, self._me, self._name, self._now).publish()
            written = published.written
            if published.republished:
                problems.append(
                    ngettext(
                        "{count} entry the folder had lost was written again",
                        "{count} entries the folder had lost were written again",
                        published.republished,
                    ).format(count=published.republished)
                )
        except OSError as error:
            problems.append(
                _("cannot write this computer's journal ({error})").format(error=error.strerror or error)
            )
        tally = Tally(written=written)
        reread = 0
        for _round in range(_MAX_ROUNDS):  # one bounded read and one short transaction per round
            try:
                reading = JournalReader(self._db, root, self._me, self._budget).read()
            except OSError as error:
                problems.append(
                    _("cannot read {folder} ({error})").format(folder=root, error=error.strerror or error)
                )
                return self._report(folder, False, tally, *problems)
            added, removed = self._merge(reading, root)
            tally.read += sum(device != self._me for device, _ in reading.entries)
            tally.added += added
            tally.removed += removed
            problems += reading.problems
            reread += reading.reread
            if reading.complete:
                break
        if reread:
            problems.append(
                ngettext(
                    "{count} changed journal file was read again from the start",
                    "{count} changed journal files were read again from the start",
                    reread,
                ).format(count=reread)
            )
        return self._report(folder, True, tally, *problems)

    def compact(self) -> Compacted | None:
        """Rewrite this computer's closed journal files without deleted events (see compaction.py);
        None when not joined or the folder is missing. OSError if it cannot be written."""
        folder = state.folder(self._db)
        own = folder / SUBFOLDER / self._me if folder else None
        if own is None or not own.is_dir():
            return None
        return compact(self._db, own, self._me)

    def status(self) -> SyncReport:
        """What is known now, without touching the folder beyond checking it is there (all counts 0)."""
        folder = state.folder(self._db)
        online = folder is not None and (folder / SUBFOLDER).is_dir()
        return self._report(folder, online, Tally())

    def devices(self, count_events: bool = True) -> tuple[DeviceStatus, ...]:
        """Every computer known here, this one first (with their event counts if `count_events`)."""
        rows = self._db.execute(
            "SELECT device, coalesce(name, ''), last_write FROM sync_devices ORDER BY device != ?, name",
            (self._me,),
        ).fetchall()
        if not any(device == self._me for device, _, _ in rows):
            rows.insert(0, (self._me, self._name, None))
        return tuple(
            DeviceStatus(
                device=device,
                name=name,
                last_write=time_from_text(last_write),
                events=self._count(device) if count_events else None,
                this_computer=device == self._me,
            )
            for device, name, last_write in rows
        )

    def close(self) -> None:
        self._db.close()

    # ---- inside ----------------------------------------------------------------------------

    def _merge(self, reading: Reading, root: Path) -> tuple[int, int]:
        own = _own_manifest(root / self._me)
        known = {
            row[0]: row[1:] for row in self._db.execute("SELECT device, name, last_write FROM sync_devices")
        }
        manifests = [
            (m.device, m.name, time_to_text(m.last_write))
            for m in (*reading.manifests, *([own] if own else []))
            if known.get(m.device) != (m.name, time_to_text(m.last_write))
        ]
        if not (reading.entries or reading.progress or reading.gone or manifests):
            return 0, 0  # nothing new: no write transaction, no fsync

        def apply() -> tuple[int, int]:
            merged = merge(self._db, reading.entries)
            if reading.own_changed:
                state.request_republish(self._db)
            self._db.executemany(
                "INSERT INTO sync_files (name, offset, size, mtime_ns, head, tail) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (name) DO UPDATE SET offset = excluded.offset, size = excluded.size,"
                " mtime_ns = excluded.mtime_ns, head = excluded.head, tail = excluded.tail",
                [(p.name, p.offset, p.size, p.mtime_ns, p.head, p.tail) for p in reading.progress],
            )
            self._db.executemany("DELETE FROM sync_files WHERE name = ?", [(name,) for name in reading.gone])
            self._db.executemany(
                "INSERT INTO sync_devices (device, name, last_write) VALUES (?, ?, ?)"
                " ON CONFLICT (device) DO UPDATE SET name = excluded.name, last_write = excluded.last_write",
                manifests,
            )
            return merged.added, merged.removed

        return self._write(apply)

    def _write(self, work: Callable[[], _T]) -> _T:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            result = work()
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")
        return result

    def _count(self, device: str) -> int:
        if device == self._me:
            query, parameters = "SELECT count(*) FROM events WHERE device IS NULL OR device = ?", (device,)
        else:
            query, parameters = "SELECT count(*) FROM events WHERE device = ?", (device,)
        count: int = self._db.execute(query, parameters).fetchone()[0]
        return count

    def _report(self, folder: Path | None, online: bool, tally: Tally, *problems: str) -> SyncReport:
        return SyncReport(
            folder=folder,
            online=online,
            written=tally.written,
            read=tally.read,
            added=tally.added,
            removed=tally.removed,
            devices=self.devices(self._count_events),
            problems=problems,
        )


def _own_manifest(folder: Path) -> Manifest | None:
    try:
        return read_manifest(folder)
    except ValueError:
        return None
