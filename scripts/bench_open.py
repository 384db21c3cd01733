"""Benchmark opening the event log at start-up, and today's totals, for growing history.

    python scripts/bench_open.py [--sizes 0,500000,2000000] [--runs 5] [--keep FOLDER]

For each size, fills a log with synthetic events (SQL, a few seconds per million), then prints the
median time of `EventLog.open` on the closed file (what start-up waits for before it can answer
its socket), of reading today's water total and per-day totals (what `status` asks), and, for
information, of the full `integrity_problem` check the app may run later off the GUI thread.
Target: opening does not grow with the log.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

_FILL = """
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
INSERT INTO events (kind, outcome, due_at, shown_at, answered_at, local_day, details)
SELECT CASE i % 3 WHEN 0 THEN 'posture' WHEN 1 THEN 'hydration' ELSE 'stretch' END,
       CASE i % 5 WHEN 0 THEN 'skipped' ELSE 'done' END,
       '2024-05-01T09:00:00.000000+00:00', '2024-05-01T09:00:01.000000+00:00',
       '2024-05-01T09:00:20.000000+00:00',
       date('2026-03-18', '-' || (i / 300) || ' days'),
       CASE i % 3 WHEN 1 THEN '{"ml": 250}' ELSE '{}' END
FROM n
"""


def median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0,500000,2000000", help="event counts, comma-separated")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="write the logs here instead of a temp folder")
    args = parser.parse_args(argv)

    from desktop.storage.database_file import integrity_problem
    from desktop.storage.eventlog import EventLog

    folder = args.keep or Path(tempfile.mkdtemp(prefix="unclench-bench-open-"))
    folder.mkdir(parents=True, exist_ok=True)
    ms = 1000
    print(f"{'events':>10} {'file MB':>8} {'open ms':>8} {'today ms':>9} {'check ms':>9}")
    for size in (int(text) for text in args.sizes.split(",")):
        database = folder / f"log-{size}.sqlite3"
        if not database.exists():
            log, _ = EventLog.open(database)
            if size:
                log._db.execute("BEGIN")
                log._db.execute(_FILL, (size,))
                log._db.execute("COMMIT")
            log.close()

        def open_and_close(database: Path = database) -> None:
            log, _ = EventLog.open(database)
            log.close()

        opened = median_seconds(open_and_close, args.runs)
        log, _ = EventLog.open(database)
        today = median_seconds(partial(log.water_total_ml, "2026-03-18"), args.runs)
        log.close()
        check = median_seconds(partial(integrity_problem, database), 1)
        megabytes = database.stat().st_size / 1e6
        print(f"{size:>10,} {megabytes:>8.0f} {opened * ms:>8.1f} {today * ms:>9.2f} {check * ms:>9.0f}")
    if args.keep is None:
        for leftover in sorted(folder.iterdir()):
            leftover.unlink()
        folder.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
