"""What one look for a call costs: CPU and wall time of `active()` for each Linux detector.

    .venv/bin/python scripts/bench_calls.py [--looks 200] [--servers pulseaudio pipewire]

Microphone: a private PulseAudio and a private PipeWire-pulse server (tests/e2e/sound_server.py),
each with no stream, with a recorder, and with a recorder plus a level meter; a look at a stopped
(hung) server; and the parts of one look (connecting alone, the queries on a kept connection) to
decide whether keeping the connection would pay. On PipeWire, one run of `pw-dump` (what a camera
look adds when PipeWire holds a camera). Camera: this machine's /proc, and a made-up /proc of 400
processes with 40 open files each. Prints medians and maxima per look; "sleeps/look" counts the
times the process waited (voluntary context switches), the wake-ups a look costs.
"""

from __future__ import annotations

import argparse
import os
import resource
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from desktop.platform.calls.pipewire_camera import PipeWireCameraStreams, run_program  # noqa: E402
from desktop.platform.calls.proc_camera import ProcCameraDetector  # noqa: E402
from tests.e2e.sound_server import Kind, running_sound_server  # noqa: E402
from tests.e2e.x11 import wait_for  # noqa: E402


def measure(label: str, look: Callable[[], object], looks: int) -> None:
    cpu: list[float] = []
    wall: list[float] = []
    switches_before = resource.getrusage(resource.RUSAGE_SELF).ru_nvcsw
    for _ in range(looks):
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        look()
        cpu.append(time.process_time() - cpu_start)
        wall.append(time.perf_counter() - wall_start)
    waits = (resource.getrusage(resource.RUSAGE_SELF).ru_nvcsw - switches_before) / looks
    print(
        f"{label:<48} CPU median {statistics.median(cpu) * 1000:6.2f} ms  max {max(cpu) * 1000:6.2f} ms"
        f"   wall median {statistics.median(wall) * 1000:6.2f} ms  max {max(wall) * 1000:6.2f} ms"
        f"   sleeps/look {waits:4.1f}"
    )


def import_cost() -> None:
    wall_start, cpu_start = time.perf_counter(), time.process_time()
    import pulsectl  # noqa: F401

    cpu, wall = time.process_time() - cpu_start, time.perf_counter() - wall_start
    label = "import pulsectl + load libpulse, once"
    print(f"{label:<48} CPU {cpu * 1000:6.2f} ms  wall {wall * 1000:6.2f} ms")


def microphone(looks: int, folder: Path, kind: Kind) -> None:
    import pulsectl

    with running_sound_server(folder, kind) as server:
        detector = server.detector()
        measure(f"{kind}: no stream", detector.active, looks)
        recorder = server.client(["parecord", "/dev/null"], folder / "recorder.log")
        meter_code = "import pulsectl; pulsectl.Pulse('meter').get_peak_sample('mic', 600)"
        meter = None
        try:
            wait_for(detector.active, 5, "recorder seen")
            measure(f"{kind}: one recorder", detector.active, looks)
            meter = server.client([sys.executable, "-c", meter_code], folder / "meter.log")
            wait_for(lambda: server.stream_count() == 2, 5, "meter running")
            measure(f"{kind}: one recorder + one level meter", detector.active, looks)

            def connect_only() -> None:
                with pulsectl.Pulse("bench", server=server.address, connect=False) as pulse:
                    pulse.connect(autospawn=False)

            measure(f"{kind} part: connect + disconnect only", connect_only, looks)
            with pulsectl.Pulse("bench", server=server.address) as kept:

                def queries_only() -> None:
                    kept.server_info()
                    kept.source_list()
                    kept.source_output_list()

                measure(f"{kind} part: the 3 queries, kept connection", queries_only, looks)
            if kind == "pipewire":
                streams = PipeWireCameraStreams(os.getpid(), partial(run_program, env=server.env))
                children = resource.getrusage(resource.RUSAGE_CHILDREN)
                measure("pipewire: one pw-dump look (our side)", streams.running, 20)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                spent = (after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime) / 20
                print(f"{'':<48} pw-dump itself: CPU {spent * 1000:6.2f} ms a run")
            os.kill(server.process.pid, signal.SIGSTOP)
            try:
                measure(f"{kind}: hung server (SIGSTOP), one look", detector.active, 1)
                print(f"{'':<48} state: {detector.state().detail}")
            finally:
                os.kill(server.process.pid, signal.SIGCONT)
        finally:
            for process in (recorder, meter):
                if process is not None:
                    process.terminate()
                    process.wait(5)


def camera(looks: int, folder: Path) -> None:
    uid = os.getuid()
    processes = [p for p in Path("/proc").iterdir() if p.name.isdigit() and p.stat().st_uid == uid]
    fds = sum(len(os.listdir(p / "fd")) for p in processes if os.access(p / "fd", os.R_OK))
    fake_dev = folder / "dev"
    fake_dev.mkdir()
    (fake_dev / "video0").touch()  # this machine may have no camera: pretend it has one
    real = ProcCameraDetector(dev_root=fake_dev)
    measure(f"camera: this /proc ({len(processes)} processes, {fds} fds)", real.active, looks)
    proc = folder / "proc"
    for pid in range(1000, 1400):
        (proc / str(pid) / "fd").mkdir(parents=True)
        (proc / str(pid) / "comm").write_text(f"app{pid}\n")
        for fd in range(40):
            (proc / str(pid) / "fd" / str(fd)).symlink_to("/dev/null")
    made_up = ProcCameraDetector(proc, fake_dev)
    measure("camera: made-up /proc (400 processes, 16000 fds)", made_up.active, looks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--looks", type=int, default=200)
    parser.add_argument(
        "--servers", nargs="+", choices=["pulseaudio", "pipewire"], default=["pulseaudio", "pipewire"]
    )
    args = parser.parse_args()
    import_cost()
    with tempfile.TemporaryDirectory(prefix="unclench-bench-calls-") as folder:
        for kind in args.servers:
            (Path(folder) / kind).mkdir()
            microphone(args.looks, Path(folder) / kind, kind)
        camera(args.looks, Path(folder))


if __name__ == "__main__":
    main()
