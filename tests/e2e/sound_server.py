"""A private PulseAudio server for the call-detection tests and benchmark (no pytest in here).

Its own HOME and XDG_RUNTIME_DIR, a null sink ("speakers") and a null source ("mic") as hardware,
and a native-protocol socket in the private runtime dir; nothing reaches a sound server of the
machine. As root, PulseAudio 16 in per-user mode only warns ("not intended to be run as root") and
runs, so no user switch is needed; as a normal user it is the ordinary case.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from desktop.platform.calls.pulse import (
    PulseCaptureDetector,
    ServerReading,
    SoundServerError,
    query_pulse_server,
)
from tests.e2e.x11 import spawn, wait_for

PROGRAMS = ("pulseaudio", "parecord")
CONFIG = """\
load-module module-null-sink sink_name=speakers
load-module module-null-source source_name=mic
load-module module-native-protocol-unix socket={socket}
set-default-sink speakers
set-default-source mic
"""


@dataclass
class SoundServer:
    process: subprocess.Popen[bytes]
    address: str  # "unix:/path/to/socket"
    env: dict[str, str]  # what a client needs to reach this server and no other

    def detector(self) -> PulseCaptureDetector:
        return PulseCaptureDetector(partial(query_pulse_server, server=self.address))

    def reading(self) -> ServerReading | None:
        try:
            return query_pulse_server(0.5, server=self.address)
        except SoundServerError:
            return None

    def stream_count(self) -> int:
        reading = self.reading()
        return len(reading.streams) if reading else -1

    def client(self, argv: list[str], log: Path) -> subprocess.Popen[bytes]:
        with open(log, "wb") as out:
            return spawn(argv, self.env, out)


@contextmanager
def running_sound_server(folder: Path) -> Iterator[SoundServer]:
    home, runtime = folder / "home", folder / "runtime"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    socket = runtime / "native"
    config = folder / "server.pa"
    config.write_text(CONFIG.format(socket=socket))
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
    env |= {
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "PULSE_SERVER": f"unix:{socket}",
    }
    argv = ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "-n", "-F", str(config)]
    argv += ["--use-pid-file=no", "--log-target=stderr"]
    log = folder / "pulseaudio.log"
    with open(log, "wb") as out:
        process = spawn(argv, env, out)
    server = SoundServer(process, f"unix:{socket}", env)
    try:
        wait_for(server.reading, 10, f"pulseaudio answering (log: {log})")
        yield server
    finally:
        process.terminate()
        process.wait(5)
