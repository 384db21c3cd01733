"""How fast Unclench starts and shows its windows (issue 18), on a private Xvfb screen with trayer.

    .venv/bin/python scripts/bench_startup.py [--runs 5] [--events 2000000] [--windows-only]

Start-up, from outside, `--runs` launches: the time until the tray icon is embedded and visible
(target 0.3 s) and until the control socket answers `status` (target 0.6 s with a 2M-event log;
`--events` writes that log once, 0 for none). Windows, inside one app on the same screen and with
the same log (scripts/first_paint.py): for every window the time from the user's action (its tray
menu action, the dispatch of `unclench stretch ROUTINE`, a reminder coming) to its first paint
event, the first time (modules imported then) and a second time (target 100 ms each).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from scripts.bench_cycle import write_history  # noqa: E402
from scripts.bench_idle import LaunchFailed, private_home  # noqa: E402
from tests.e2e.x11 import AppProcess, find_tray_icon, missing_tools, running_desktop  # noqa: E402

TRAY_TARGET_S = 0.3
SOCKET_TARGET_S = 0.6
PAINT_TARGET_MS = 100.0
TIMEOUT_S = 20.0
POLL_S = 0.005


def socket_name(env: dict[str, str]) -> str:
    from desktop.ipc.paths import InstancePaths
    from desktop.storage.paths import AppPaths

    saved = dict(os.environ)
    os.environ.update(env)
    try:
        return InstancePaths.in_dir(AppPaths.for_user().runtime_dir).socket_name
    finally:
        os.environ.clear()
        os.environ.update(saved)


def tray_and_socket(app: AppProcess, display: str, name: str) -> tuple[float, float]:
    """Seconds from launch until the tray icon is embedded and until the socket answers `status`.
    From outside there is nothing to wait on but polling; the socket is polled on a thread of its
    own, because a client that connects while the app is still being built waits there for the
    answer (launch.py listens early), and the tray must not go unwatched meanwhile."""
    from desktop.core.commands import Status
    from desktop.ipc.client import ClientError, NotRunning, send_command

    answered: list[float] = []
    stop = threading.Event()

    def poll_socket() -> None:
        while not stop.is_set():
            try:
                if not isinstance(send_command(name, Status(), timeout=TIMEOUT_S), NotRunning):
                    answered.append(time.monotonic() - app.started_at)
                    return
            except (ClientError, OSError):
                pass
            stop.wait(POLL_S)  # a busy loop would take the CPU from the app it measures

    poller = threading.Thread(target=poll_socket, daemon=True)
    poller.start()
    tray_s = None
    try:
        while tray_s is None or not answered:
            elapsed = time.monotonic() - app.started_at
            if not app.running() or elapsed > TIMEOUT_S:
                socket_s = answered[0] if answered else None
                raise LaunchFailed(
                    f"tray {tray_s}, socket {socket_s} after {elapsed:.1f} s; see {app.log_path}"
                )
            if tray_s is None and find_tray_icon(display, app.pid) is not None:
                tray_s = time.monotonic() - app.started_at
            elif tray_s is not None:
                poller.join(0.01)
    finally:
        stop.set()
    return tray_s, answered[0]


def launches(args: argparse.Namespace, scratch: Path) -> None:
    scratch.mkdir()
    with running_desktop(scratch) as desktop:
        env = desktop.client_env() | private_home(scratch / "home")
        config = Path(env["XDG_CONFIG_HOME"]) / "unclench"
        config.mkdir(parents=True, exist_ok=True)
        (config / "settings.json").write_text('{"schema_version": 1}\n')  # an everyday start
        if args.events:
            print(f"writing a log of {args.events:,} events ...", flush=True)
            write_history(Path(env["XDG_DATA_HOME"]) / "unclench" / "unclench.sqlite3", args.events)
        name = socket_name(env)
        trays, sockets = [], []
        for run in range(args.runs):
            app = AppProcess([sys.executable, "-m", "desktop"], env, scratch / f"app-{run}.log")
            try:
                tray_s, socket_s = tray_and_socket(app, desktop.display, name)
                trays.append(tray_s)
                sockets.append(socket_s)
            finally:
                app.stop(timeout=10)
        print(f"\nStart-up on Xvfb + trayer, {args.events:,}-event log, {args.runs} launches (median, all):")
        for label, values, target in (
            ("tray icon up", trays, TRAY_TARGET_S),
            ("socket answers", sockets, SOCKET_TARGET_S),
        ):
            runs = ", ".join(f"{v:.2f}" for v in values)
            print(f"  {label:16}{statistics.median(values):6.2f} s  (≤ {target:g} s)   [{runs}]")


def windows(scratch: Path, events: int) -> int:
    scratch.mkdir()
    with running_desktop(scratch, notifications=False) as desktop:
        env = desktop.client_env() | private_home(scratch / "home")
        config = Path(env["XDG_CONFIG_HOME"]) / "unclench"
        config.mkdir(parents=True, exist_ok=True)
        (config / "settings.json").write_text('{"schema_version": 1}\n')
        if events:
            write_history(Path(env["XDG_DATA_HOME"]) / "unclench" / "unclench.sqlite3", events)
        script = [sys.executable, str(REPO_ROOT / "scripts" / "first_paint.py")]
        return subprocess.run(script, env=env, cwd=REPO_ROOT, timeout=300).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="launches (default 5)")
    parser.add_argument("--events", type=int, default=2_000_000, help="events in the log (default 2,000,000)")
    parser.add_argument("--windows-only", action="store_true", help="only the first paints")
    args = parser.parse_args(argv)
    missing = missing_tools()
    if missing:
        print(
            f"bench_startup: needs {', '.join(missing)} (bash scripts/bootstrap.sh --test)", file=sys.stderr
        )
        return 2
    with tempfile.TemporaryDirectory(prefix="unclench-startup-") as scratch:
        if not args.windows_only:
            launches(args, Path(scratch) / "launch")
        return windows(Path(scratch) / "windows", args.events)


if __name__ == "__main__":
    sys.exit(main())
