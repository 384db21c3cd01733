"""Where an idle Unclench's memory goes (issue 18): import-by-import deltas, the process's memory map
and, optionally, the Python heap by source line.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/memory_attribution.py [--tracemalloc N]

One process: a bare QApplication with a tray icon (the floor), then each step imported or built on
top of the one before, printing the growth of RSS and of anonymous memory (heap) per step. The last
steps build the whole app in a temporary HOME and let it idle for two seconds, then open and close
the breathing, routine and statistics windows. Finally `/proc/self/smaps_rollup` and the largest
mapped files. With `--tracemalloc N`, the N source lines holding the most Python heap at idle
(tracemalloc itself costs memory, so the RSS figures of that run are not the app's).
"""

from __future__ import annotations

import argparse
import importlib
import linecache
import os
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

# What the app imports, in the order start-up reaches it; a module already pulled in by an earlier
# step adds nothing, so each line is that step's own cost.
IMPORT_STEPS = (
    "sqlite3",
    "tzlocal",
    "importlib.metadata",
    "asyncio",
    "concurrent.futures",
    "apscheduler.triggers.cron",
    "apscheduler.triggers.date",
    "apscheduler.schedulers.base",
    "apscheduler.executors.debug",
    "PySide6.QtDBus",
    "desktop.core.policy",
    "desktop.storage.eventlog",
    "desktop.app",
)


ROLLUP_FIELDS = ("Rss", "Pss", "Pss_Anon", "Pss_File", "Shared_Clean", "Private_Clean", "Private_Dirty")


def status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


class Steps:
    """Prints each step's growth of RSS and anonymous memory."""

    def __init__(self) -> None:
        self._rss = status_kib("VmRSS")
        self._anon = status_kib("RssAnon")
        print(f"{'step':40}{'RSS MiB':>10}{'+RSS':>8}{'+anon':>8}")

    def record(self, label: str) -> None:
        rss, anon = status_kib("VmRSS"), status_kib("RssAnon")
        grew, anon_grew = (rss - self._rss) / 1024, (anon - self._anon) / 1024
        print(f"{label:40}{rss / 1024:10.1f}{grew:+8.1f}{anon_grew:+8.1f}")
        self._rss, self._anon = rss, anon


def private_home() -> None:
    root = Path(tempfile.mkdtemp(prefix="unclench-attr-"))
    for name, sub in {
        "HOME": "home",
        "XDG_CONFIG_HOME": "home/.config",
        "XDG_DATA_HOME": "home/.local/share",
        "XDG_STATE_HOME": "home/.local/state",
        "XDG_CACHE_HOME": "home/.cache",
        "XDG_RUNTIME_DIR": "runtime",
    }.items():
        (root / sub).mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(root / sub)
    (root / "runtime").chmod(0o700)
    config = root / "home/.config/unclench"
    config.mkdir(parents=True)
    (config / "settings.json").write_text('{"schema_version": 1}\n')  # not a first start (no safety page)


def smaps_summary() -> None:
    print("\n/proc/self/smaps_rollup:")
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines()[1:]:
        name, value = line.split(":", 1)
        if name in ROLLUP_FIELDS:
            print(f"  {name:16}{int(value.split()[0]) / 1024:8.1f} MiB")
    by_file: dict[str, int] = defaultdict(int)
    current = "[anon]"
    for line in Path("/proc/self/smaps").read_text().splitlines():
        head = line.split()
        if head and "-" in head[0] and len(head) >= 5 and not head[0].endswith(":"):
            current = head[5] if len(head) > 5 else "[anon]"
        elif line.startswith("Rss:"):
            by_file[current] += int(head[1])
    print("largest mappings by RSS:")
    for name, kib in sorted(by_file.items(), key=lambda item: -item[1])[:15]:
        print(f"  {kib / 1024:7.1f} MiB  {name}")


def show_heap(when: str) -> None:
    """The source lines and files holding the most Python heap, if tracemalloc is on."""
    import tracemalloc

    if not tracemalloc.is_tracing() or not TOP_LINES:
        return
    snapshot = tracemalloc.take_snapshot()
    for kind in ("filename", "lineno"):
        print(f"\ntracemalloc {when}: top {TOP_LINES[0]} by {kind}")
        for stat in snapshot.statistics(kind)[: TOP_LINES[0]]:
            print(f"  {stat.size / 1024:8.0f} KiB  {stat.traceback}")


TOP_LINES: list[int] = []


def release() -> None:
    if NEW_CODE:
        from desktop.platform.memory import release_unused_memory

        release_unused_memory()


NEW_CODE = (REPO_ROOT / "desktop" / "platform" / "memory.py").exists()


def run_app(steps: Steps, spin: Callable[[int], None], after_start: Callable[[], None]) -> object:
    from PySide6.QtWidgets import QApplication

    from desktop.app import UnclenchApp
    from desktop.core.commands import Breathe, Stretch
    from desktop.storage.paths import AppPaths

    paths = AppPaths.for_user()
    paths.ensure()
    app = UnclenchApp(QApplication.instance(), paths)  # type: ignore[arg-type]
    app.start()
    spin(100)
    after_start()
    spin(1900)
    steps.record("app built, idle 2 s")
    show_heap("at idle")
    for label, command in (("breathing", Breathe()), ("routine", Stretch(routine="neck-release"))):
        app.dispatcher.run(command)
        spin(500)
        steps.record(f"{label} window open")
        for window in list(app._windows.values()):
            window.close()
        spin(500)
        steps.record(f"{label} window closed")
    app.stats.open_window()
    spin(500)
    steps.record("statistics window open")
    if app.stats.window is not None:  # the statistics window is the controller's, not in the registry
        app.stats.window.close()
    spin(500)
    steps.record("statistics window closed")
    return app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tracemalloc", type=int, default=0, metavar="N", help="show the N top source lines")
    args = parser.parse_args()
    if args.tracemalloc:
        import tracemalloc

        TOP_LINES.append(args.tracemalloc)
        tracemalloc.start()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    private_home()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QColor, QIcon, QPixmap
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    qt_app = QApplication(sys.argv[:1])
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("#2a9d8f"))
    floor_icon = QSystemTrayIcon(QIcon(pixmap))
    floor_icon.show()

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    spin(200)
    steps = Steps()
    steps.record("floor: QApplication + tray icon")
    # As launch.py does: the source-line cache emptied between start-up's import steps, and what
    # start-up left given back; an older checkout (for a before/after table) does neither.
    between_steps: Callable[[], object] = linecache.clearcache if NEW_CODE else (lambda: None)
    for module in IMPORT_STEPS:
        importlib.import_module(module)
        between_steps()
        steps.record(f"import {module}")
    app = run_app(steps, spin, release)
    smaps_summary()
    show_heap("after the windows closed")
    del app
    qt_app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
