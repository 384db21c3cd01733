"""Benchmark the sync folder: merging a year of another computer's events, then syncing with
nothing new (what every start-up and every minute costs).

    python scripts/bench_sync.py [--events 100000] [--keep FOLDER]

Writes a remote computer's journal (monthly files, as its JournalWriter would) into a temporary
sync folder, then prints:
- the first sync of a fresh profile: reading and merging every remote event (one transaction);
- `sync_now()` with nothing new: the median of 20 calls (stat every file, open none);
- opening the statistics of that one computer (open_device_view recounts its day totals);
- start-up: EventLog.open + SyncEngine.open + sync_now(), before any remote events and after.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.storage.eventlog import EventLog
from desktop.storage.row_text import ExportRow, time_to_text
from desktop.storage.sync.device_view import open_device_view
from desktop.storage.sync.engine import SUBFOLDER, SyncEngine
from desktop.storage.sync.entries import EventEntry, encode

START = datetime(2025, 12, 1, 8, tzinfo=UTC)
REMOTE = "f" * 32


def timed(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def write_remote_journal(share: Path, count: int) -> int:
    """A year of events from one computer, ~`count` lines in monthly files; return the bytes."""
    folder = share / SUBFOLDER / REMOTE
    folder.mkdir(parents=True)
    step = timedelta(days=365) / count
    files: dict[str, list[str]] = {}
    kinds = ("hydration", "posture", "stretch")
    for seq in range(1, count + 1):
        moment = START + step * seq
        kind = kinds[seq % 3]
        details = '{"ml": 250}' if kind == "hydration" else "{}"
        row = ExportRow(
            f"{seq:032x}", moment.date().isoformat(), kind, "done", None, None, time_to_text(moment), details
        )
        files.setdefault(moment.strftime("%Y-%m"), []).append(encode(EventEntry(seq, row)))
    size = 0
    for month, lines in files.items():
        data = ("\n".join(lines) + "\n").encode()
        (folder / f"events-{month}-0001.jsonl").write_bytes(data)
        size += len(data)
    (folder / "manifest.json").write_text(
        f'{{"format": "unclench-sync", "version": 1, "device": "{REMOTE}", "name": "desktop",'
        f' "last_write": "{time_to_text(START + timedelta(days=365))}", "last_seq": {count}}}\n'
    )
    return size


def start_up(database: Path) -> tuple[float, float]:
    """Open the log, then the engine and sync once, as the app does at start; return the seconds
    of each part (the log's own part includes SQLite's quick_check, which grows with the file)."""
    began = time.perf_counter()
    log, _ = EventLog.open(database)
    opened = time.perf_counter()
    engine = SyncEngine.open(database, name="laptop")
    engine.sync_now()
    synced = time.perf_counter()
    engine.close()
    log.close()
    return opened - began, synced - opened


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build in this (new) folder and keep it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        base = args.keep or Path(scratch)
        share, database = base / "share", base / "profile" / "unclench.sqlite3"
        share.mkdir(parents=True)
        log, _ = EventLog.open(database)
        engine = SyncEngine.open(database, name="laptop")
        engine.join(share)
        engine.close()
        log.close()
        cold = start_up(database)

        size = write_remote_journal(share, args.events)
        print(f"remote journal: {args.events} events, {size / 1e6:.1f} MB in 13 monthly files")
        engine = SyncEngine.open(database, name="laptop")
        seconds, report = timed(engine.sync_now)
        print(f"first sync (read + merge all):   {seconds:7.3f} s  ({report.added} added)")  # type: ignore[attr-defined]
        idle = [timed(engine.sync_now)[0] for _ in range(20)]
        print(f"sync_now with nothing new:        {statistics.median(idle) * 1000:7.2f} ms (median of 20)")
        me = engine.device_id
        engine.close()
        seconds, view = timed(lambda: open_device_view(database, REMOTE, me))
        view.close()  # type: ignore[attr-defined]
        print(f"statistics of one computer (open_device_view, {args.events} events): {seconds * 1000:.0f} ms")
        warm = [start_up(database) for _ in range(5)]
        log_ms, sync_ms = (statistics.median(part) * 1000 for part in zip(*warm, strict=True))
        print("start-up, median of 5:            EventLog.open | SyncEngine.open + sync_now")
        print(f"  no remote events:               {cold[0] * 1000:9.1f} ms | {cold[1] * 1000:7.1f} ms")
        print(f"  {args.events} remote events merged: {log_ms:9.1f} ms | {sync_ms:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
