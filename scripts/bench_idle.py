"""What an idle Unclench costs, beside the floor (a bare PySide6-Essentials tray icon) measured in the
same run, on a private Xvfb screen with an XEmbed tray (trayer) and a session bus of its own.

    .venv/bin/python scripts/bench_idle.py [--seconds 60] [--runs 3] [--settle 5] [--only floor|app]

For each program and run: the time from launch until its tray icon is embedded and visible, then,
after `--settle` seconds, an idle window of `--seconds`: CPU time (all threads, from schedstat) and
context switches (voluntary + involuntary, summed over all threads) per minute, and RSS, USS (memory
private to the process) and anonymous memory at its end. Prints the medians. Run it with the project's
own .venv: USS counts a Qt library page as private only while no other process maps the same file,
so other PySide6 programs running from the same venv make it look smaller. Unclench runs in one
temporary HOME for the whole benchmark: the first run is a first start, later runs find their settings
and database.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from tests.e2e.x11 import AppProcess, Desktop, find_tray_icon, missing_tools, running_desktop  # noqa: E402

MIB = 1024 * 1024
TRAY_TIMEOUT_S = 20.0
TRAY_POLL_S = 0.01  # resolution of "tray icon up"; each look costs one xwininfo run


@dataclass(frozen=True)
class Target:
    label: str
    limit: float
    unit: str


# Issue 2's targets for an idle tray (RSS is 1.3x the bare-tray floor measured on this kind of machine).
TARGETS = {
    "tray_s": Target("tray icon up after launch", 0.5, "s"),
    "rss_mib": Target("resident memory (RSS)", 65, "MiB"),
    "uss_mib": Target("private memory (USS)", float("nan"), "MiB"),
    "anon_mib": Target("anonymous memory", float("nan"), "MiB"),
    "cpu_ms_per_min": Target("CPU while idle", 10, "ms/min"),
    "ctx_per_min": Target("context switches", 60, "/min"),
}


@dataclass(frozen=True)
class Sample:
    tray_s: float
    rss_mib: float
    uss_mib: float
    anon_mib: float
    cpu_ms_per_min: float
    ctx_per_min: float


class LaunchFailed(Exception):
    pass


def context_switches(pid: int) -> int:
    """Voluntary + involuntary switches of every thread (/proc/PID/status counts the main thread only)."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            status = (task / "status").read_text()
        except OSError:  # the thread ended meanwhile
            continue
        for line in status.splitlines():
            if line.startswith(("voluntary_ctxt_switches:", "nonvoluntary_ctxt_switches:")):
                total += int(line.split()[1])
    return total


def anonymous_kib(pid: int) -> int:
    """Heap and other anonymous pages: unlike USS, this does not shrink when other processes happen to
    map the same Qt libraries (USS counts a library page as private only while no one else maps it)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("RssAnon:"):
            return int(line.split()[1])
    return 0


def cpu_seconds(process: psutil.Process) -> float:
    """CPU time of every thread in nanosecond resolution (/proc/PID/task/*/schedstat), falling back to
    psutil's user + system, which counts in 10 ms clock ticks: too coarse for a 10 ms/min target."""
    total_ns = 0
    try:
        for task in Path(f"/proc/{process.pid}/task").iterdir():
            try:
                total_ns += int((task / "schedstat").read_text().split()[0])
            except (OSError, IndexError, ValueError):  # the thread ended meanwhile
                continue
    except OSError:
        total_ns = 0
    if total_ns:
        return total_ns / 1e9
    times = process.cpu_times()
    return float(times.user + times.system)


def measure(
    argv: list[str], env: dict[str, str], desktop: Desktop, log: Path, args: argparse.Namespace
) -> Sample:
    app = AppProcess(argv, env, log)
    try:
        tray_s = _wait_for_tray(app, desktop)
        time.sleep(args.settle)  # start-up work that finishes after the icon shows is not idle cost
        process = psutil.Process(app.pid)
        cpu0, ctx0, t0 = cpu_seconds(process), context_switches(app.pid), time.monotonic()
        time.sleep(args.seconds)  # the idle window being measured
        if not app.running():
            raise LaunchFailed(f"exited during the idle window: {_last_line(app)}")
        cpu1, ctx1, t1 = cpu_seconds(process), context_switches(app.pid), time.monotonic()
        memory = process.memory_full_info()
        minutes = (t1 - t0) / 60
        return Sample(
            tray_s=tray_s,
            rss_mib=memory.rss / MIB,
            uss_mib=memory.uss / MIB,
            anon_mib=anonymous_kib(app.pid) / 1024,
            cpu_ms_per_min=(cpu1 - cpu0) * 1000 / minutes,
            ctx_per_min=(ctx1 - ctx0) / minutes,
        )
    finally:
        if app.running():
            code = app.stop(timeout=10)
            if code != 0:
                print(f"  note: {argv[-1]} exited with code {code} on SIGTERM (see {log})")
        else:
            app.kill()


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
    window = f"{args.seconds:g} s window after {args.settle:g} s settle"
    print(f"Idle on Xvfb + trayer: {window}; medians of {args.runs} runs")
    header = f"{'':28}" + "".join(f"{name:>16}" for name in names) + f"{'target':>12}"
    print(header)
    print("-" * len(header))
    for field, target in TARGETS.items():
        row = f"{target.label + ' (' + target.unit + ')':28}"
        for name in names:
            values = [getattr(s, field) for s in samples[name]]
            row += f"{_fmt(statistics.median(values), field) if values else '—':>16}"
        limit = "" if target.limit != target.limit else f"≤ {target.limit:g}"  # NaN: no target
        print(row + f"{limit:>12}")
    for name in names:
        runs = samples[name]
        if runs:
            detail = "; ".join(
                f"{s.tray_s:.2f} s, {s.rss_mib:.1f}/{s.uss_mib:.1f}/{s.anon_mib:.1f} MiB, "
                f"{s.cpu_ms_per_min:.2f} ms, {s.ctx_per_min:.0f}"
                for s in runs
            )
            print(f"  {name} runs (tray, RSS/USS/anon, CPU/min, ctx/min): {detail}")
    for name, why in failures.items():
        print(f"{name}: failed to start ({why})")


def _fmt(value: float, field: str) -> str:
    decimals = {"tray_s": 2, "cpu_ms_per_min": 2, "ctx_per_min": 0}.get(field, 1)
    return f"{value:.{decimals}f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60, help="idle window per run (default 60)")
    parser.add_argument("--runs", type=int, default=3, help="runs per program (default 3)")
    parser.add_argument("--settle", type=float, default=5, help="wait after the icon shows (default 5)")
    parser.add_argument("--only", choices=("floor", "app"), help="measure one of the two")
    args = parser.parse_args(argv)
    missing = missing_tools()
    if missing:
        print(f"bench_idle: needs {', '.join(missing)} (bash scripts/bootstrap.sh --test)", file=sys.stderr)
        return 2

    programs = {
        "floor": [sys.executable, str(REPO_ROOT / "scripts" / "bare_tray.py")],
        "unclench": [sys.executable, "-m", "desktop"],
    }
    if args.only:
        programs = {k: v for k, v in programs.items() if (k == "floor") == (args.only == "floor")}
    samples: dict[str, list[Sample]] = {name: [] for name in programs}
    failures: dict[str, str] = {}
    with (
        tempfile.TemporaryDirectory(prefix="unclench-bench-") as scratch,
        running_desktop(Path(scratch)) as desktop,
    ):
        homes = {name: desktop.client_env() | private_home(Path(scratch) / name) for name in programs}
        for run in range(1, args.runs + 1):
            for name, command in programs.items():
                if name in failures:
                    continue
                print(f"run {run}/{args.runs}: {name} ...", flush=True)
                try:
                    log = Path(scratch) / f"{name}-{run}.log"
                    samples[name].append(measure(command, homes[name], desktop, log, args))
                except LaunchFailed as failure:
                    failures[name] = str(failure)
                    print(f"{name}: failed to start ({failure})", flush=True)
    report(samples, failures, args)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
