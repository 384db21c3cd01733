"""An Unclench profile for the sync tests: its own log file, its own SyncEngine and clock."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop.core.events import Event, Kind, Outcome
from desktop.storage.eventlog import EventLog
from desktop.storage.row_text import ExportRow
from desktop.storage.sync.engine import SUBFOLDER, SyncEngine
from desktop.storage.sync.entries import EventEntry, encode
from tests.fakes import FakeClock

DAY = "2026-12-06"
REMOTE = "c" * 32  # a computer the tests write journals for by hand


class SyncProfile:
    """One computer: `log` is what the app writes to, `engine` syncs it."""

    def __init__(self, home: Path, name: str, clock: FakeClock | None = None) -> None:
        self.clock = clock or FakeClock(datetime.fromisoformat("2026-12-06T09:00:00+00:00"))
        self.database = home / name / "unclench.sqlite3"
        self.log, _ = EventLog.open(self.database)
        self.engine = SyncEngine.open(self.database, name=name, now=self.clock.now, count_events=True)

    @property
    def own_folder(self) -> Path:
        folder = self.engine.folder
        assert folder is not None
        return folder / SUBFOLDER / self.engine.device_id

    def water(self, ml: int = 250, day: str = DAY) -> int:
        """Log a glass of water answered now; return its row id."""
        self.clock.advance(minutes=1)
        return self.log.record(
            Event(Kind.HYDRATION, Outcome.DONE, day, answered_at=self.clock.now(), details={"ml": ml})
        )

    def uids(self) -> set[str]:
        return {row.uid for row in self.log.export_rows()}

    def rows(self) -> set[tuple[str | None, ...]]:
        return set(self.log.export_rows())

    def close(self) -> None:
        self.engine.close()
        self.log.close()


def remote_line(seq: int, uid: str, ml: int = 100) -> bytes:
    """One journal line (with its newline) of a glass of `ml` by REMOTE."""
    row = ExportRow(uid, DAY, "hydration", "done", None, None, None, f'{{"ml": {ml}}}')
    return (encode(EventEntry(seq, row)) + "\n").encode()


def remote_file(share: Path, name: str = "events-2026-12-0001.jsonl") -> Path:
    """A journal file of REMOTE in `share` (its folder created)."""
    folder = share / SUBFOLDER / REMOTE
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name


def own_lines(profile: SyncProfile) -> list[bytes]:
    """Every line of `profile`'s own journal files, in file-name order."""
    lines: list[bytes] = []
    for path in sorted(profile.own_folder.glob("events-*.jsonl")):
        lines += path.read_bytes().splitlines()
    return lines
