"""Benchmark the breathing window: time from "click" to a painted window, and CPU while animating.

    python scripts/bench_breathing.py [--runs 5] [--seconds 20]

"Click" to visible is measured in fresh processes. The app already has QtWidgets imported, a
QApplication running and its settings, clock and resource modules loaded when the tray is clicked,
so each child does that first, untimed, then times: importing the breathing modules (and the Qt
classes and enums they touch first), reading the pattern files, building the window, show() and
the event loop up to the pacer's first paint. The untimed part is printed too, for context.

CPU is the process's own CPU time (user + system) over a window of real time while a session
animates, as a percentage of one core, with the number of frames painted.

Runs on the Qt platform in QT_QPA_PLATFORM (offscreen if unset; it is printed). Offscreen renders
with the raster engine into memory, as on a desktop without GL compositing, but skips the copy to
the screen, so a real display adds a little.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child_open() -> dict[str, float | str]:
    started = time.perf_counter()
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    # What the running app has loaded before any click (desktop/app.py imports these at start).
    from desktop.core.clock import SystemClock
    from desktop.core.settings import BreathingSettings
    from desktop.resources import resource_path

    ready = time.perf_counter()

    click = time.perf_counter()
    from desktop.core.breathing_files import load_patterns
    from desktop.ui.breathing_window import BreathingWindow

    imported = time.perf_counter()
    loaded = load_patterns(resource_path("breathing"))
    window = BreathingWindow(loaded.patterns, BreathingSettings(), SystemClock())
    built = time.perf_counter()

    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    spy = FirstPaint()
    window.session_page.pacer.installEventFilter(spy)
    window.show_and_start()
    while not painted:
        app.processEvents()
    visible = painted[0]
    window.close()
    return {
        "platform": app.platformName(),
        "qt_startup_ms": (ready - started) * 1000,
        "import_ms": (imported - click) * 1000,
        "build_ms": (built - imported) * 1000,
        "click_to_visible_ms": (visible - click) * 1000,
    }


def child_cpu(seconds: float, reduced_motion: bool) -> dict[str, float | str]:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.core.breathing_files import load_patterns
    from desktop.core.clock import SystemClock
    from desktop.core.settings import BreathingSettings
    from desktop.resources import resource_path
    from desktop.ui.breathing_window import BreathingWindow

    app = QApplication([])
    settings = BreathingSettings(minutes=10, reduced_motion=reduced_motion)
    window = BreathingWindow(load_patterns(resource_path("breathing")).patterns, settings, SystemClock())
    frames = [0]

    class Counter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                frames[0] += 1
            return False

    counter = Counter()
    window.session_page.pacer.installEventFilter(counter)
    window.show_and_start()
    QTimer.singleShot(1000, lambda: None)  # let the first layout and paint settle outside the window
    settle = time.monotonic() + 1.0
    while time.monotonic() < settle:
        app.processEvents()
    frames[0] = 0
    cpu_before, wall_before = time.process_time(), time.monotonic()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    cpu, wall = time.process_time() - cpu_before, time.monotonic() - wall_before
    window.close()
    return {
        "platform": app.platformName(),
        "reduced_motion": reduced_motion,
        "seconds": wall,
        "cpu_percent_of_one_core": cpu / wall * 100,
        "frames_per_second": frames[0] / wall,
    }


def none_refcount_leaks() -> bool:
    """PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a method that
    returns nothing; after a few thousand calls Python aborts ("deallocating None"). Python 3.12+
    makes None immortal, and 6.11 does not have the bug. An animating window hits it within a minute.
    """
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 50


def run_child(*args: str) -> dict[str, float | str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run(
        [sys.executable, __file__, *args], env=env, capture_output=True, text=True, check=True, timeout=300
    )
    result: dict[str, float | str] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--child", choices=["open", "cpu", "cpu-still"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "open":
        print(json.dumps(child_open()))
        return
    if args.child:
        print(json.dumps(child_cpu(args.seconds, reduced_motion=args.child == "cpu-still")))
        return

    import PySide6

    print(f"Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}")
    if none_refcount_leaks():
        print("This PySide6 leaks references to None on every void call (6.12.0 with Python < 3.12):")
        print("the CPU run would abort with 'deallocating None'. Use PySide6 < 6.12 or Python >= 3.12.")
        args.seconds = 0
    opens = [run_child("--child", "open") for _ in range(args.runs)]
    print(f"platform: {opens[0]['platform']}")
    for key in ("qt_startup_ms", "import_ms", "build_ms", "click_to_visible_ms"):
        values = [float(run[key]) for run in opens]
        print(
            f"{key:>22}: median {statistics.median(values):6.1f}  max {max(values):6.1f}  (n={len(values)})"
        )
    print(
        "  (qt_startup_ms: QtWidgets import, QApplication, settings/clock modules; paid by the running app)"
    )
    for mode in ("cpu", "cpu-still") if args.seconds > 0 else ():
        cpu = run_child("--child", mode, "--seconds", str(args.seconds))
        label = "reduced motion" if cpu["reduced_motion"] else "animating"
        print(
            f"CPU while {label} for {float(cpu['seconds']):.1f} s: "
            f"{float(cpu['cpu_percent_of_one_core']):.2f} % of one core, "
            f"{float(cpu['frames_per_second']):.1f} pacer frames/s"
        )


if __name__ == "__main__":
    main()
