"""What an idle Unclench costs, beside the floor (a bare PySide6-Essentials tray icon) measured in the
same run, on a private Xvfb screen with an XEmbed tray (trayer) and a session bus of its own.

    .venv/bin/python scripts/bench_idle.py [--seconds 10] [--soak 60] [--runs 3] [--settle 5]
        [--events 500000] [--only floor|app] [--env NAME=VALUE ...]

Three programs, interleaved run by run: the floor, Unclench with an empty log and Unclench with a
log of `--events` events (written once, ending today). For each run: the time from launch until
its tray icon is embedded and visible; after `--settle` seconds, an idle window of `--seconds`
("idle": CPU time from schedstat and context switches per minute, summed over all threads, and
RSS, PSS, USS and anonymous memory at its end); then, for Unclench, one posture reminder shown
and answered and the breathing, routine and statistics windows opened and closed (scripts/
bench_cycle.py), memory measured 5 s later ("after windows"); then a soak of `--soak` seconds
(600 is the issue's figure) with CPU and switches over it and memory at its end ("soak"; the
floor idles the same time). Prints the medians. Run it with the project's own .venv: USS counts
a Qt library page as private only while no other process maps the same file, so other PySide6
programs running from the same venv make it look smaller (anonymous memory does not). Each
program runs in one temporary HOME for the whole benchmark, with a settings file already there
(a first start would show the safety page).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path

import psutil

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from scripts.bench_cycle import cycle, write_history  # noqa: E402
from tests.e2e.x11 import AppProcess, Desktop, find_tray_icon, missing_tools, running_desktop  # noqa: E402

MIB = 1024 * 1024
TRAY_TIMEOUT_S = 20.0
TRAY_POLL_S = 0.01  # resolution of "tray icon up"; each look costs one xwininfo run
AFTER_WINDOWS_S = 5.0  # from the last window closed to the "after windows" measurement


@dataclass(frozen=True)
class Target:
    label: str
    limit: float
    unit: str


NO_LIMIT = float("nan")
# Issue 18's targets (RSS: 65 MiB and at most 1.3x the floor of the same run; 70 after the windows).
TARGETS = {
    "tray_s": Target("tray icon up after launch", 0.3, "s"),
    "rss_mib": Target("RSS", 65, "MiB"),
    "pss_mib": Target("PSS", NO_LIMIT, "MiB"),
    "uss_mib": Target("USS", NO_LIMIT, "MiB"),
    "anon_mib": Target("anonymous", NO_LIMIT, "MiB"),
    "cycle_rss_mib": Target("RSS after windows", 70, "MiB"),
    "cycle_anon_mib": Target("anonymous after windows", NO_LIMIT, "MiB"),
    "soak_rss_mib": Target("RSS after soak", 70, "MiB"),
    "soak_pss_mib": Target("PSS after soak", NO_LIMIT, "MiB"),
    "soak_uss_mib": Target("USS after soak", NO_LIMIT, "MiB"),
    "soak_anon_mib": Target("anonymous after soak", NO_LIMIT, "MiB"),
    "cpu_ms_per_min": Target("CPU idle", 5, "ms/min"),
    "ctx_per_min": Target("switches idle", 30, "/min"),
    "soak_cpu_ms_per_min": Target("CPU over soak", 5, "ms/min"),
    "soak_ctx_per_min": Target("switches over soak", 30, "/min"),
}


@dataclass(frozen=True)
class Memory:
    rss_mib: float
    pss_mib: float
    uss_mib: float
    anon_mib: float


@dataclass(frozen=True)
class Sample:
    tray_s: float
    rss_mib: float
    pss_mib: float
    uss_mib: float
    anon_mib: float
    cycle_rss_mib: float  # NaN: no window cycle (the floor)
    cycle_anon_mib: float
    soak_rss_mib: float
    soak_pss_mib: float
    soak_uss_mib: float
    soak_anon_mib: float
    cpu_ms_per_min: float
    ctx_per_min: float
    soak_cpu_ms_per_min: float
    soak_ctx_per_min: float


class LaunchFailed(Exception):
    pass


def context_switches(pid: int) -> dict[int, int]:
    """Voluntary + involuntary switches per thread (/proc/PID/status counts the main thread only)."""
    counts = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            status = (task / "status").read_text()
        except OSError:  # the thread ended meanwhile
            continue
        counts[int(task.name)] = sum(
            int(line.split()[1])
            for line in status.splitlines()
            if line.startswith(("voluntary_ctxt_switches:", "nonvoluntary_ctxt_switches:"))
        )
    return counts


def anonymous_kib(pid: int) -> int:
    """Heap and other anonymous pages: unlike USS, this does not shrink when other processes happen to
    map the same Qt libraries (USS counts a library page as private only while no one else maps it)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("RssAnon:"):
            return int(line.split()[1])
    return 0


def cpu_seconds(pid: int) -> dict[int, float]:
    """CPU time per thread in nanosecond resolution (/proc/PID/task/*/schedstat); psutil's user +
    system counts in 10 ms clock ticks, too coarse for a 5 ms/min target."""
    seconds = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            seconds[int(task.name)] = int((task / "schedstat").read_text().split()[0]) / 1e9
        except (OSError, IndexError, ValueError):  # the thread ended meanwhile
            continue
    return seconds


def grown(before: dict[int, float], now: dict[int, float]) -> float:
    """Growth summed over the threads alive now (a thread that ended takes its totals with it, so a
    plain sum could even go down); a thread that came and went in between is not counted."""
    return sum(value - before.get(tid, 0) for tid, value in now.items())


def memory(process: psutil.Process) -> Memory:
    full = process.memory_full_info()
    return Memory(full.rss / MIB, full.pss / MIB, full.uss / MIB, anonymous_kib(process.pid) / 1024)


class Meter:
    """CPU time and context switches of one process since the last `lap()`, per minute."""

    def __init__(self, process: psutil.Process) -> None:
        self._pid = process.pid
        self._last = self._now()

    def _now(self) -> tuple[dict[int, float], dict[int, int], float]:
        return cpu_seconds(self._pid), context_switches(self._pid), time.monotonic()

    def lap(self) -> tuple[float, float]:
        (cpu0, ctx0, t0), (cpu1, ctx1, t1) = self._last, self._now()
        self._last = (cpu1, ctx1, t1)
        minutes = (t1 - t0) / 60
        switches = grown({k: float(v) for k, v in ctx0.items()}, {k: float(v) for k, v in ctx1.items()})
        return grown(cpu0, cpu1) * 1000 / minutes, switches / minutes


def measure(
    argv: list[str],
    env: dict[str, str],
    desktop: Desktop,
    log: Path,
    args: argparse.Namespace,
    between: Callable[[int], None] | None,
) -> Sample:
    """One launch: idle, then `between(pid)` (the window cycle) if given, then the soak."""
    app = AppProcess(argv, env, log)
    try:
        tray_s = _wait_for_tray(app, desktop)
        time.sleep(args.settle)  # start-up work that finishes after the icon shows is not idle cost
        process = psutil.Process(app.pid)
        meter = Meter(process)
        time.sleep(args.seconds)  # the idle window being measured
        _check_running(app, "the idle window")
        cpu, ctx = meter.lap()
        idle = memory(process)
        after_windows = Memory(*(float("nan"),) * 4)
        if between is not None:
            between(app.pid)
            time.sleep(AFTER_WINDOWS_S)
            _check_running(app, "the window cycle")
            after_windows = memory(process)
        meter.lap()  # the soak's CPU leaves out the cycle's own work
        time.sleep(args.soak)
        _check_running(app, "the soak")
        soak_cpu, soak_ctx = meter.lap()
        soak = memory(process)
        return Sample(
            tray_s=tray_s,
            rss_mib=idle.rss_mib,
            pss_mib=idle.pss_mib,
            uss_mib=idle.uss_mib,
            anon_mib=idle.anon_mib,
            cycle_rss_mib=after_windows.rss_mib,
            cycle_anon_mib=after_windows.anon_mib,
            soak_rss_mib=soak.rss_mib,
            soak_pss_mib=soak.pss_mib,
            soak_uss_mib=soak.uss_mib,
            soak_anon_mib=soak.anon_mib,
            cpu_ms_per_min=cpu,
            ctx_per_min=ctx,
            soak_cpu_ms_per_min=soak_cpu,
            soak_ctx_per_min=soak_ctx,
        )
    finally:
        if app.running():
            code = app.stop(timeout=10)
            if code != 0:
                print(f"  note: {argv[-1]} exited with code {code} on SIGTERM (see {log})")
        else:
            app.kill()


def _check_running(app: AppProcess, during: str) -> None:
    if not app.running():
        raise LaunchFailed(f"exited during {during}: {_last_line(app)}")


def _wait_for_tray(app: AppProcess, desktop: Desktop) -> float:
    while True:
        if not app.running():
            raise LaunchFailed(f"exited with code {app.process.returncode}: {_last_line(app)}")
        if find_tray_icon(desktop.display, app.pid) is not None:
            return time.monotonic() - app.started_at
        if time.monotonic() - app.started_at > TRAY_TIMEOUT_S:
            raise LaunchFailed(f"no tray icon embedded within {TRAY_TIMEOUT_S:g} s: {_last_line(app)}")
        time.sleep(TRAY_POLL_S)


def _last_line(app: AppProcess) -> str:
    lines = app.output().strip().splitlines()
    return lines[-1] if lines else "(no output)"


def private_home(root: Path) -> dict[str, str]:
    home = root / "home"
    dirs = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_RUNTIME_DIR": root / "runtime",
    }
    for folder in dirs.values():
        folder.mkdir(parents=True, exist_ok=True)
    dirs["XDG_RUNTIME_DIR"].chmod(0o700)
    return {name: str(path) for name, path in dirs.items()}


def report(samples: dict[str, list[Sample]], failures: dict[str, str], args: argparse.Namespace) -> None:
    names = list(samples)
    print()
    window = f"idle {args.seconds:g} s after {args.settle:g} s settle, soak {args.soak:g} s"
    print(f"Xvfb + trayer: {window}; medians of {args.runs} runs")
    header = f"{'':30}" + "".join(f"{name:>16}" for name in names) + f"{'target':>10}"
    print(header)
    print("-" * len(header))
    medians = {name: _medians(runs) for name, runs in samples.items()}
    for field, target in TARGETS.items():
        row = f"{target.label + ' (' + target.unit + ')':30}"
        for name in names:
            value = medians[name].get(field, NO_LIMIT)
            row += f"{'—' if value != value else _fmt(value, field):>16}"
        limit = "" if target.limit != target.limit else f"≤ {target.limit:g}"
        print(row + f"{limit:>10}")
    floor = medians.get("floor", {}).get("rss_mib")
    if floor:
        for field, label in (("rss_mib", "RSS ÷ floor RSS"), ("soak_rss_mib", "soak RSS ÷ floor soak RSS")):
            row = f"{label:30}"
            for name in names:
                value = medians[name].get(field, NO_LIMIT) / medians["floor"][field]
                row += f"{value:>16.2f}"
            print(row + f"{'≤ 1.3':>10}")
    for name in names:
        for number, s in enumerate(samples[name], 1):
            print(
                f"  {name} run {number}: tray {s.tray_s:.2f} s; idle RSS/PSS/USS/anon "
                f"{s.rss_mib:.1f}/{s.pss_mib:.1f}/{s.uss_mib:.1f}/{s.anon_mib:.1f} MiB, "
                f"{s.cpu_ms_per_min:.2f} ms/min, {s.ctx_per_min:.0f} sw/min; after windows "
                f"{s.cycle_rss_mib:.1f}/{s.cycle_anon_mib:.1f}; soak "
                f"{s.soak_rss_mib:.1f}/{s.soak_pss_mib:.1f}/{s.soak_uss_mib:.1f}/{s.soak_anon_mib:.1f} MiB, "
                f"{s.soak_cpu_ms_per_min:.2f} ms/min, "
                f"{s.soak_ctx_per_min:.0f} sw/min"
            )
    for name, why in failures.items():
        print(f"{name}: failed ({why})")


def _medians(runs: list[Sample]) -> dict[str, float]:
    if not runs:
        return {}
    return {f.name: statistics.median(getattr(s, f.name) for s in runs) for f in fields(Sample)}


def _fmt(value: float, field: str) -> str:
    decimals = 0 if "ctx" in field else 2 if field in ("tray_s",) or "cpu" in field else 1
    return f"{value:.{decimals}f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10, help="idle window per run (default 10)")
    parser.add_argument(
        "--soak", type=float, default=60, help="soak after the window cycle (default 60; issue: 600)"
    )
    parser.add_argument("--runs", type=int, default=3, help="runs per program (default 3)")
    parser.add_argument("--settle", type=float, default=5, help="wait after the icon shows (default 5)")
    parser.add_argument(
        "--events", type=int, default=500_000, help="events in the big log (0: no such program)"
    )
    parser.add_argument("--only", choices=("floor", "app"), help="measure one of the two")
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="for Unclench, e.g. MALLOC_ARENA_MAX=2",
    )
    args = parser.parse_args(argv)
    missing = missing_tools()
    if missing:
        print(f"bench_idle: needs {', '.join(missing)} (bash scripts/bootstrap.sh --test)", file=sys.stderr)
        return 2

    app = [sys.executable, "-m", "desktop"]
    programs = {"floor": [sys.executable, str(REPO_ROOT / "scripts" / "bare_tray.py")], "unclench": app}
    if args.events:
        programs[f"unclench {args.events // 1000}k"] = app
    if args.only:
        programs = {k: v for k, v in programs.items() if (k == "floor") == (args.only == "floor")}
    extra_env = dict(item.split("=", 1) for item in args.env)
    samples: dict[str, list[Sample]] = {name: [] for name in programs}
    failures: dict[str, str] = {}
    with (
        tempfile.TemporaryDirectory(prefix="unclench-bench-") as scratch,
        running_desktop(Path(scratch)) as desktop,
    ):
        homes = {name: desktop.client_env() | private_home(Path(scratch) / name) for name in programs}
        for name in programs:
            if name != "floor":
                homes[name] |= extra_env
                # Not a first start (that shows the safety page): every run measures an everyday start.
                config = Path(homes[name]["XDG_CONFIG_HOME"]) / "unclench"
                config.mkdir(parents=True, exist_ok=True)
                (config / "settings.json").write_text('{"schema_version": 1}\n')
            if name.endswith("k"):
                print(f"writing a log of {args.events:,} events ...", flush=True)
                write_history(
                    Path(homes[name]["XDG_DATA_HOME"]) / "unclench" / "unclench.sqlite3", args.events
                )
        for run in range(1, args.runs + 1):
            for name, command in programs.items():
                if name in failures:
                    continue
                print(f"run {run}/{args.runs}: {name} ...", flush=True)
                env = homes[name]
                between = None if name == "floor" else (lambda pid, env=env: cycle(desktop.display, pid, env))
                try:
                    log = Path(scratch) / f"{name.replace(' ', '-')}-{run}.log"
                    samples[name].append(measure(command, env, desktop, log, args, between))
                except (LaunchFailed, TimeoutError, RuntimeError, subprocess.SubprocessError) as failure:
                    failures[name] = str(failure)
                    print(f"{name}: failed ({failure})", flush=True)
    report(samples, failures, args)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
