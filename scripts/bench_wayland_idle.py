"""What the Wayland idle source (ext-idle-notify-v1) costs, on a private headless KWin.

    .venv/bin/python scripts/bench_wayland_idle.py [--seconds 60] [--settle 5] [--pause-every 0]

Starts two child processes on the compositor and measures each over the same window: CPU time (all
threads, from schedstat) and context switches per minute.
- floor: a bare QCoreApplication event loop;
- wayland: the same plus the real source (WaylandIdleNotify, timeout TYPING_PAUSE_SECONDS) read by an
  AwayMonitor on the app's plan (away after 60 s).
The user is idle throughout by default (one `idled` comes during the settle time, then nothing);
`--pause-every N` makes "user activity" every N seconds through KDE's idle protocol, so a typist who
pauses longer than the timeout costs an idled/resumed pair each time.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "scripts"))

from bench_idle import Meter  # noqa: E402

from tests.e2e.wayland import ActivityPoker, kde_idle_protocol, missing_compositor, running_kwin  # noqa: E402

CHILD = """
import sys, time
from PySide6.QtCore import QCoreApplication
app = QCoreApplication(sys.argv)
if sys.argv[1] == "wayland":
    from desktop.core.away import AwayTracker
    from desktop.core.delivery import TYPING_PAUSE_SECONDS
    from desktop.platform.away_monitor import AwayMonitor
    from desktop.platform.idle.wayland_idle_notify import WaylandIdleNotify
    source = WaylandIdleNotify.open(sys.argv[2], TYPING_PAUSE_SECONDS)
    if source is None:
        sys.exit("no ext_idle_notifier_v1 on " + sys.argv[2])
    monitor = AwayMonitor(source, AwayTracker(time.monotonic, away_after=60.0))
    monitor.start()
print("ready", flush=True)
app.exec()
"""


def measure(
    argv: list[str], seconds: float, settle: float, poke: ActivityPoker | None, every: float
) -> tuple[float, float]:
    child = subprocess.Popen(argv, cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        if child.stdout.readline().strip() != "ready":
            raise RuntimeError(f"{argv[-2]}: the child did not start (exit {child.wait()})")
        time.sleep(settle)  # start-up work is not idle cost
        process = psutil.Process(child.pid)
        meter, t0 = Meter(process), time.monotonic()
        next_poke = t0 + every
        while (now := time.monotonic()) < t0 + seconds:
            if poke is not None and every > 0 and now >= next_poke:
                poke.poke()
                next_poke += every
            time.sleep(min(0.1, max(0.0, t0 + seconds - now)))  # the window being measured
        if child.poll() is not None:
            raise RuntimeError(f"{argv[-2]} exited during the window")
        return meter.lap()
    finally:
        child.terminate()
        child.wait(10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60, help="measured window (default 60)")
    parser.add_argument("--settle", type=float, default=5, help="wait after start (default 5)")
    parser.add_argument(
        "--pause-every", type=float, default=0, help="user activity every N s (default: none)"
    )
    args = parser.parse_args(argv)
    missing = missing_compositor()
    if missing:
        print(f"bench_wayland_idle: needs {missing} (bash scripts/bootstrap.sh --test)", file=sys.stderr)
        return 2
    with (
        tempfile.TemporaryDirectory(prefix="unclench-wl-bench-") as scratch,
        running_kwin(Path(scratch)) as kwin,
    ):
        poker = ActivityPoker(kwin.socket, kde_idle_protocol(Path(scratch)))
        try:
            results = {
                name: measure(
                    [sys.executable, "-c", CHILD, name, str(kwin.socket)],
                    args.seconds,
                    args.settle,
                    poker,
                    args.pause_every,
                )
                for name in ("floor", "wayland")
            }
        finally:
            poker.close()
    activity = f"activity every {args.pause_every:g} s" if args.pause_every else "no user activity"
    print(f"{args.seconds:g} s window after {args.settle:g} s settle, {activity}, headless KWin")
    for name, (cpu, ctx) in results.items():
        print(f"  {name:8} CPU {cpu:7.2f} ms/min   context switches {ctx:6.0f} /min")
    cpu_cost = results["wayland"][0] - results["floor"][0]
    print(f"  the source costs {cpu_cost:.2f} ms CPU per minute over the floor (budget: 10 ms/min idle)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
