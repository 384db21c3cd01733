"""Benchmark the statistics window and the export on five years of history (~500,000 events).

    python scripts/bench_stats.py [--days 1826] [--density 8] [--keep FOLDER]

Generates the history into a temporary log, then prints:
- click → statistics window painted, and → its figures in: from `StatsController.open_window()` to
  the first paint of every chart, offscreen, and to their paint with the figures (a long history
  paints the window's frame first and computes the figures on a thread). "first open" includes
  importing the window's modules; "new window" builds it again without imports; "reopen" shows
  the existing window with fresh numbers. Target: painted ≤ 100 ms (issue 18).
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
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    waker = QTimer()  # wakes the waiting loop below now and then, to check its deadline
    waker.start(100)
    from desktop.services.stats_controller import StatsController

    settings = Settings()
    controller = StatsController(log, FixedClock(NOW), lambda: settings)

    from desktop.ui.stats_charts import DayChart

    def open_until_painted() -> tuple[float, float]:
        """(ms to the window's first full paint, ms until fresh figures are in and painted): a long
        history paints its frame (or the figures of the last open) first and gets fresh ones from a
        thread."""
        before = controller.window.snapshot if controller.window is not None else None
        start = time.perf_counter()
        controller.open_window()
        window = controller.window
        assert window is not None
        charts = window.findChildren(DayChart)
        frame = figures = fresh = None
        while figures is None:
            # Sleep until something happens, as the app's event loop does: a busy loop here would
            # take the GIL from the thread that computes the figures.
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            now = time.perf_counter()
            if fresh is None and window.snapshot is not None and window.snapshot is not before:
                fresh = now
                if frame is not None:  # painted before they came: wait for their paint
                    for chart in charts:
                        chart.painted = False
            if all(chart.painted for chart in charts):
                frame = now - start if frame is None else frame
                figures = now - start if fresh is not None else None
            if now > start + 10:
                raise SystemExit("the window never painted its figures")
        assert frame is not None
        return frame * 1000, figures * 1000

    first = open_until_painted()
    rebuilt, reopened = [], []
    for _ in range(args.runs):
        assert controller.window is not None
        controller.window.close()
        controller.window.deleteLater()
        controller.window = None
        app.processEvents()
        rebuilt.append(open_until_painted())
    for _ in range(args.runs):
        assert controller.window is not None
        controller.window.hide()
        for chart in controller.window.findChildren(DayChart):
            chart.painted = False
        reopened.append(open_until_painted())
    queries = [timed(lambda: controller.service.snapshot(controller.goals()))[0] for _ in range(args.runs)]

    def median(runs: list[tuple[float, float]], which: int) -> float:
        return statistics.median(run[which] for run in runs)

    print()
    print("click -> statistics window painted | its figures in and painted (offscreen), target <= 100 ms:")
    print(f"  first open (imports the window's modules): {first[0]:6.1f} ms | {first[1]:6.1f} ms")
    for label, runs in (("new window", rebuilt), ("reopen with fresh numbers", reopened)):
        label = f"{label}, median of {args.runs}:"
        print(f"  {label:43} {median(runs, 0):6.1f} ms | {median(runs, 1):6.1f} ms")
    print(f"  the statistics query alone, median:        {statistics.median(queries) * 1000:6.1f} ms")

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
