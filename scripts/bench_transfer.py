"""Benchmark export and import of a large log: time, and the memory the import needs.

    python scripts/bench_transfer.py LOG.sqlite3 [--folder FOLDER]

(`scripts/bench_open.py --keep FOLDER` leaves logs of 500,000 and 2,000,000 events to use.)
Prints the time of a CSV and a JSON export, then imports the JSON into an empty log in a child
process and prints its time and the child's peak resident memory; the peak must not grow with
the file (the import streams).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CHILD = """
import resource, sys, time
from datetime import date
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from desktop.storage.backup_import import import_backup
from desktop.storage.eventlog import EventLog
log, _ = EventLog.open(Path(sys.argv[1]))
start = time.perf_counter()
summary = import_backup(log, Path(sys.argv[2]), latest_day=date(2100, 1, 1))
took = time.perf_counter() - start
log.close()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{summary.added} {summary.invalid} {took:.2f} {peak:.0f}")
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log", type=Path)
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args(argv)

    from desktop.storage.eventlog import EventLog
    from desktop.storage.export import export_to_file

    folder = args.folder or Path(tempfile.mkdtemp(prefix="unclench-bench-transfer-"))
    log, _ = EventLog.open(args.log)
    print(f"log: {log.span().events:,} events")
    for fmt in ("csv", "json"):
        target = folder / f"export.{fmt}"
        start = time.perf_counter()
        count = export_to_file(log, target, fmt, exported_at=datetime.now(UTC), progress=lambda *_: None)
        took = time.perf_counter() - start
        print(f"export {fmt.upper():4} {took:6.2f} s  {count:,} events, {target.stat().st_size / 1e6:.0f} MB")
    log.close()
    restored = folder / "restored.sqlite3"
    restored.unlink(missing_ok=True)
    repo = str(Path(__file__).resolve().parents[1])
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(restored), str(folder / "export.json"), repo],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    added, invalid, took, peak = int(out[0]), int(out[1]), float(out[2]), float(out[3])
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"import JSON {took:6.2f} s  {added:,} added, {invalid:,} refused; peak memory {peak:.0f} MB")
    print(f"(this process, for comparison: {own:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
