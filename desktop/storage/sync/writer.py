"""This computer's journal: publishes what the local log holds and the folder does not yet.

Local events, single deletions and clears are numbered (1, 2, 3, ... per computer), appended as
lines to events-YYYY-MM-NNNN.jsonl in this computer's own folder (a new file each month and past
MAX_JOURNAL_BYTES) and fsynced, then marked published in the log, then the manifest records the
last number. A crash between the steps publishes the same entries again later: readers merge by
uid, so a repeat changes nothing.

If the folder lacks part of what this computer published (its folder was deleted, or restored
from an old backup: the manifest's last number is behind the log's), the missing entries are
published again from the log; all of them when the reader saw someone else change or remove one
of this computer's files.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.storage.row_text import ExportRow
from desktop.storage.sync import state
from desktop.storage.sync.entries import ClearEntry, DeleteEntry, Entry, EventEntry, encode
from desktop.storage.sync.files import OWN_JOURNAL, append_synced
from desktop.storage.sync.manifest import Manifest, read_manifest, write_manifest

MAX_JOURNAL_BYTES = 4 << 20

# Details that are not a JSON object (edited by hand) are published as {"unreadable_details": text},
# as EventLog.export_rows reads them.
_EVENT_COLUMNS = (
    "uid, local_day, kind, outcome, due_at, shown_at, answered_at,"
    " CASE WHEN json_valid(details) AND json_type(details) = 'object' THEN details"
    " ELSE json_object('unreadable_details', details) END"
)


@dataclass(frozen=True)
class Published:
    """What publishing this computer's new entries wrote, and how many the folder had lost."""

    written: int  # lines appended (new entries plus any published again)
    republished: int  # of those, entries the folder had lost


class JournalWriter:
    """Owns this computer's folder inside the sync folder (no other computer writes there)."""

    def __init__(
        self, db: sqlite3.Connection, own_folder: Path, device: str, name: str, now: Callable[[], datetime]
    ) -> None:
        self._db = db
        self._folder = own_folder
        self._device = device
        self._name = name
        self._now = now

    def publish(self) -> Published:
        """Append what is unpublished; OSError if the folder cannot be written (nothing is marked)."""
        self._folder.mkdir(exist_ok=True)
        try:
            manifest = read_manifest(self._folder)
        except ValueError:
            manifest = None  # ours, but damaged: rewritten below
        next_seq = state.next_seq(self._db)
        in_folder = manifest.last_seq if manifest and self._journal_files() else 0
        everything = state.republish_requested(self._db)
        if everything:
            in_folder = 0
        if in_folder >= next_seq:  # our log is older than our journal (restored): never reuse a number
            next_seq = in_folder + 1
        again = self._published_after(in_folder) if in_folder < next_seq - 1 else []
        new, marks = self._unpublished(next_seq)
        entries = again + new
        last_seq = max(next_seq - 1, *(entry.seq for entry in entries)) if entries else next_seq - 1
        if entries:
            self._append("".join(encode(entry) + "\n" for entry in entries).encode("utf-8"))
        if entries or everything:
            self._mark(marks, last_seq + 1)
        if entries or manifest is None or manifest.name != self._name:
            write_manifest(self._folder, Manifest(self._device, self._name, self._now(), last_seq))
        return Published(len(entries), len(again))

    # ---- what to write ----------------------------------------------------------------------

    def _unpublished(self, seq: int) -> tuple[list[Entry], list[tuple[str, int, str | int]]]:
        entries: list[Entry] = []
        marks: list[tuple[str, int, str | int]] = []  # (table, seq, key)
        rows = self._db.execute(
            f"SELECT id, {_EVENT_COLUMNS} FROM events"
            " WHERE device_seq IS NULL AND (device IS NULL OR device = ?) ORDER BY id",
            (self._device,),
        )
        for row_id, *fields in rows:
            entries.append(EventEntry(seq, ExportRow(*fields)))
            marks.append(("events", seq, row_id))
            seq += 1
        for uid, at in self._db.execute(
            "SELECT uid, deleted_at FROM sync_tombstones WHERE seq IS NULL ORDER BY deleted_at, uid"
        ):
            entries.append(DeleteEntry(seq, uid, at))
            marks.append(("sync_tombstones", seq, uid))
            seq += 1
        for clear_id, device, upto, at in self._db.execute(
            "SELECT id, device, upto, cleared_at FROM sync_clears WHERE seq IS NULL ORDER BY id"
        ):
            entries.append(ClearEntry(seq, device, upto, at))
            marks.append(("sync_clears", seq, clear_id))
            seq += 1
        return entries, marks

    def _published_after(self, seq: int) -> list[Entry]:
        me = self._device
        entries: list[Entry] = [
            EventEntry(row_seq, ExportRow(*fields))
            for row_seq, *fields in self._db.execute(
                f"SELECT device_seq, {_EVENT_COLUMNS} FROM events WHERE device = ? AND device_seq > ?",
                (me, seq),
            )
        ]
        entries += [
            DeleteEntry(row_seq, uid, at)
            for uid, row_seq, at in self._db.execute(
                "SELECT uid, seq, deleted_at FROM sync_tombstones WHERE author = ? AND seq > ?", (me, seq)
            )
        ]
        entries += [
            ClearEntry(row_seq, device, upto, at)
            for device, upto, row_seq, at in self._db.execute(
                "SELECT device, upto, seq, cleared_at FROM sync_clears WHERE author = ? AND seq > ?",
                (me, seq),
            )
        ]
        return sorted(entries, key=lambda entry: entry.seq)

    def _mark(self, marks: list[tuple[str, int, str | int]], next_seq: int) -> None:
        me = self._device
        self._db.execute("BEGIN IMMEDIATE")
        try:
            for table, seq, key in marks:
                if table == "events":
                    self._db.execute(
                        "UPDATE events SET device = ?, device_seq = ? WHERE id = ?", (me, seq, key)
                    )
                elif table == "sync_tombstones":
                    self._db.execute(
                        "UPDATE sync_tombstones SET author = ?, seq = ? WHERE uid = ?", (me, seq, key)
                    )
                else:
                    self._db.execute(
                        "UPDATE sync_clears SET author = ?, seq = ? WHERE id = ?", (me, seq, key)
                    )
            state.set_next_seq(self._db, next_seq)
            state.request_republish(self._db, False)
            self._db.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    # ---- where to write ---------------------------------------------------------------------

    def _journal_files(self) -> list[Path]:
        return sorted(p for p in self._folder.iterdir() if OWN_JOURNAL.fullmatch(p.name))

    def _append(self, data: bytes) -> None:
        month = self._now().astimezone(UTC).strftime("%Y-%m")
        counters = [
            int(match[3])
            for path in self._journal_files()
            if (match := OWN_JOURNAL.fullmatch(path.name)) and f"{match[1]}-{match[2]}" == month
        ]
        counter = max(counters, default=1)
        path = self._folder / f"events-{month}-{counter:04d}.jsonl"
        size = path.stat().st_size if path.exists() else 0
        if size >= MAX_JOURNAL_BYTES:
            path = self._folder / f"events-{month}-{counter + 1:04d}.jsonl"
        elif size and not _ends_with_newline(path):
            data = b"\n" + data  # a line cut short by a crash stays alone on its line
        append_synced(path, data)


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(-1, 2)
        return handle.read(1) == b"\n"
