"""Private sound servers for the call-detection tests and benchmark (no pytest in here).

Two kinds, each reached through the PulseAudio protocol the detector speaks:
- "pulseaudio": PulseAudio itself with a null sink ("speakers") and a null source ("mic").
- "pipewire": PipeWire, WirePlumber (which links streams; it needs a session bus, so a private
  dbus-daemon runs too) and pipewire-pulse, with the same two null devices made through pactl.
Each has its own HOME and XDG_RUNTIME_DIR; nothing reaches a sound server or bus of the machine.
As root, PulseAudio 16 in per-user mode only warns ("not intended to be run as root") and runs, and
PipeWire does not mind, so no user switch is needed; as a normal user it is the ordinary case.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Literal

from desktop.platform.calls.pulse import (
    PulseCaptureDetector,
    ServerReading,
    SoundServerError,
    query_pulse_server,
)
from tests.e2e.x11 import spawn, wait_for

Kind = Literal["pulseaudio", "pipewire"]
PROGRAMS: dict[Kind, tuple[str, ...]] = {
    "pulseaudio": ("pulseaudio", "parecord", "pactl"),
    "pipewire": ("pipewire", "wireplumber", "pipewire-pulse", "dbus-daemon", "parecord", "pactl", "pw-dump"),
}
# WirePlumber would otherwise open the machine's sound cards, cameras and Bluetooth: the tests only
# want their own null devices. 0.4 reads Lua snippets (named to run after its 50-*-config defaults and
# before its 90-enable-all), 0.5 reads SPA-JSON; both are written.
WIREPLUMBER_04 = """\
alsa_monitor.enabled = false
v4l2_monitor.enabled = false
libcamera_monitor.enabled = false
"""
WIREPLUMBER_05 = """\
wireplumber.profiles = {
  main = { monitor.alsa = disabled, monitor.v4l2 = disabled, monitor.libcamera = disabled,
           monitor.bluez = disabled, monitor.alsa-midi = disabled }
}
"""
PULSEAUDIO_CONFIG = """\
load-module module-null-sink sink_name=speakers
load-module module-null-source source_name=mic
load-module module-native-protocol-unix socket={socket}
set-default-sink speakers
set-default-source mic
"""


@dataclass
class SoundServer:
    process: subprocess.Popen[bytes]  # the process that speaks the PulseAudio protocol
    address: str  # "unix:/path/to/socket"
    env: dict[str, str]  # what a client needs to reach this server and no other
    kind: Kind

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

    def run(self, *argv: str) -> str:
        return subprocess.run(
            argv, env=self.env, check=True, capture_output=True, text=True, timeout=10
        ).stdout


@contextmanager
def running_sound_server(folder: Path, kind: Kind = "pulseaudio") -> Iterator[SoundServer]:
    home, runtime = folder / "home", folder / "runtime"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
    env |= {"HOME": str(home), "XDG_RUNTIME_DIR": str(runtime), "XDG_CONFIG_HOME": str(home / ".config")}
    with ExitStack() as stack:

        def start(name: str, *argv: str) -> subprocess.Popen[bytes]:
            with open(folder / f"{name}.log", "wb") as out:
                process = spawn(argv, env, out)
            stack.callback(_stop, process)
            return process

        if kind == "pulseaudio":
            socket = runtime / "native"
            (folder / "server.pa").write_text(PULSEAUDIO_CONFIG.format(socket=socket))
            env["PULSE_SERVER"] = f"unix:{socket}"
            options = ("--daemonize=no", "--exit-idle-time=-1", "-n", "-F", str(folder / "server.pa"))
            speaker = start("pulseaudio", "pulseaudio", *options, "--use-pid-file=no", "--log-target=stderr")
        else:
            bus = runtime / "bus"
            env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={bus}"
            start("dbus", "dbus-daemon", "--session", "--nofork", f"--address=unix:path={bus}")
            wait_for(bus.exists, 10, "the private session bus")
            start("pipewire", "pipewire")
            wait_for((runtime / "pipewire-0").exists, 10, "pipewire's socket")
            plumber = home / ".config" / "wireplumber"
            _write(plumber / "main.lua.d" / "60-no-devices.lua", WIREPLUMBER_04)
            _write(plumber / "bluetooth.lua.d" / "60-no-devices.lua", "bluez_monitor.enabled = false\n")
            _write(plumber / "wireplumber.conf.d" / "60-no-devices.conf", WIREPLUMBER_05)
            start("wireplumber", "wireplumber")
            speaker = start("pipewire-pulse", "pipewire-pulse")
            env["PULSE_SERVER"] = f"unix:{runtime / 'pulse' / 'native'}"
        server = SoundServer(speaker, env["PULSE_SERVER"], env, kind)
        wait_for(server.reading, 10, f"{kind} answering (logs in {folder})")
        if kind == "pipewire":
            server.run("pactl", "load-module", "module-null-sink", "sink_name=speakers")
            server.run(
                "pactl",
                "load-module",
                "module-null-sink",
                "sink_name=mic",
                "media.class=Audio/Source/Virtual",
            )
            server.run("pactl", "set-default-sink", "speakers")
            server.run("pactl", "set-default-source", "mic")
        yield server


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
