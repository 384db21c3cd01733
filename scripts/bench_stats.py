"""Benchmark the statistics window and the export on five years of history (~500,000 events).

    python scripts/bench_stats.py [--days 1826] [--density 8] [--keep FOLDER]

Generates the history into a temporary log, then prints:
- click → statistics window ready: from `StatsController.open_window()` to the first paint of
  every chart, offscreen (per-day sums queried, snapshot computed, window built, painted).
  "first open" includes importing the window's modules; "new window" builds it again without
  imports; "reopen" shows the existing window with fresh numbers. Target: ≤ 200 ms.
- export of everything to CSV and to JSON. Target: < 5 s each.
and, for information, restoring the JSON into an empty log and deleting everything.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TODAY = date(2026, 3, 18)
NOW = datetime(2026, 3, 18, 15, 40, tzinfo=UTC)


def timed(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=1826, help="days of history (default: five years)")
    parser.add_argument("--density", type=int, default=8, help="reminder density (8: ~500,000 events)")
    parser.add_argument("--runs", type=int, default=7, help="repetitions of the warm measurements")
    parser.add_argument("--keep", type=Path, help="write the log and exports here instead of a temp folder")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from desktop.core.settings import Settings
    from desktop.storage.eventlog import EventLog
    from desktop.storage.export import export_to_file, import_backup
    from scripts.sample_history import FixedClock, history

    folder = args.keep or Path(tempfile.mkdtemp(prefix="unclench-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "unclench.sqlite3"
    if database.exists():
        sys.exit(f"{database} exists already; pass an empty --keep folder")

    log, _ = EventLog.open(database)
    events = history(TODAY, args.days, seed=11, density=args.density)
    start = time.perf_counter()
    total = 0
    while chunk := list(islice(events, 50_000)):
        total += log.record_many(chunk)
    took = time.perf_counter() - start
    print(f"history: {total:,} events over {args.days} days, generated and stored in {took:.1f} s")
    print(f"log file: {database.stat().st_size / 1e6:.0f} MB ({database})")
    log.close()
    log, _ = EventLog.open(database)  # a fresh connection, as after starting the app

    # ---- click → window ready -------------------------------------------------------------------
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from desktop.services.stats_controller import StatsController

    settings = Settings()
    controller = StatsController(log, FixedClock(NOW), lambda: settings)

    def open_until_painted() -> None:
        from desktop.ui.stats_charts import DayChart

        controller.open_window()
        window = controller.window
        assert window is not None
        charts = window.findChildren(DayChart)
        deadline = time.perf_counter() + 10
        while not all(chart.painted for chart in charts):
            app.processEvents()
            if time.perf_counter() > deadline:
                raise SystemExit("the window never painted")

    first, _ = timed(open_until_painted)
    rebuilt, reopened = [], []
    for _ in range(args.runs):
        assert controller.window is not None
        controller.window.close()
        controller.window.deleteLater()
        controller.window = None
        app.processEvents()
        rebuilt.append(timed(open_until_painted)[0])
    for _ in range(args.runs):
        assert controller.window is not None
        controller.window.hide()
        from desktop.ui.stats_charts import DayChart

        for chart in controller.window.findChildren(DayChart):
            chart.painted = False
        reopened.append(timed(open_until_painted)[0])
    queries = [timed(lambda: controller.service.snapshot(controller.goals()))[0] for _ in range(args.runs)]

    ms = 1000
    print()
    print("click -> statistics window ready (query + build + first paint, offscreen), target <= 200 ms:")
    print(f"  first open (imports the window's modules): {first * ms:6.1f} ms")
    print(f"  new window, median of {args.runs}:               {statistics.median(rebuilt) * ms:6.1f} ms")
    print(
        f"  reopen with fresh numbers, median of {args.runs}:     {statistics.median(reopened) * ms:6.1f} ms"
    )
    print(f"  of which the statistics query, median:     {statistics.median(queries) * ms:6.1f} ms")

    # ---- export ----------------------------------------------------------------------------------
    print()
    print("export of everything, target < 5 s:")
    for fmt in ("csv", "json"):
        path = folder / f"export.{fmt}"
        seconds, count = timed(lambda fmt=fmt, path=path: export_to_file(log, path, fmt, exported_at=NOW))
        print(f"  {fmt.upper():4} {seconds:5.2f} s  {count:,} events, {path.stat().st_size / 1e6:.0f} MB")

    # ---- for information ---------------------------------------------------------------------------
    print()
    print("for information:")
    restored, _ = EventLog.open(folder / "restored.sqlite3")
    seconds, summary = timed(lambda: import_backup(restored, folder / "export.json"))
    print(f"  import of the JSON into an empty log: {seconds:5.2f} s ({summary.added:,} added)")  # type: ignore[attr-defined]
    seconds, summary = timed(lambda: import_backup(restored, folder / "export.json"))
    print(f"  the same import again:                {seconds:5.2f} s ({summary.added:,} added)")  # type: ignore[attr-defined]
    seconds, count = timed(restored.clear)
    print(f"  delete my data ({count:,} events):       {seconds:5.2f} s")
    restored.close()
    log.close()
    if args.keep is None:
        for leftover in sorted(folder.iterdir()):
            leftover.unlink()
        folder.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
