"""The microphone detector against a real PulseAudio server with real recording clients.

The server is private to this module: its own HOME and XDG_RUNTIME_DIR, a null sink ("speakers")
and a null source ("mic") as hardware, and a native-protocol socket in the private runtime dir;
nothing reaches a sound server of the machine. As root, PulseAudio 16 in per-user mode only warns
("not intended to be run as root") and runs, so no user switch is needed; as a normal user it is
the ordinary case.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest

from desktop.platform.calls import CallSignal, DetectorStatus
from desktop.platform.calls.pulse import (
    PulseCaptureDetector,
    ServerReading,
    SoundServerError,
    query_pulse_server,
)
from tests.e2e.platform_env import require
from tests.e2e.x11 import spawn, wait_for

CONFIG = """\
load-module module-null-sink sink_name=speakers
load-module module-null-source source_name=mic
load-module module-native-protocol-unix socket={socket}
set-default-sink speakers
set-default-source mic
"""
PARECORD = CallSignal("microphone", "parecord")


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


@pytest.fixture(scope="module")
def sound_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SoundServer]:
    require("pulseaudio", "parecord")
    folder = tmp_path_factory.mktemp("pulse")
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
    log_path = folder / "pulseaudio.log"
    with open(log_path, "wb") as log:
        process = spawn(argv, env, log)
    server = SoundServer(process, f"unix:{socket}", env)
    try:
        wait_for(server.reading, 10, f"pulseaudio answering (log: {log_path})")
        yield server
    finally:
        process.terminate()
        process.wait(5)


class Clients:
    """Recording programs started by one test, stopped after it."""

    def __init__(self, server: SoundServer, folder: Path) -> None:
        self.server, self.folder = server, folder
        self.started: list[subprocess.Popen[bytes]] = []

    def start(self, *argv: str) -> subprocess.Popen[bytes]:
        with open(self.folder / f"client-{len(self.started)}.log", "wb") as log:
            process = spawn(argv, self.server.env, log)
        self.started.append(process)
        return process

    def stop(self, process: subprocess.Popen[bytes]) -> None:
        process.terminate()
        process.wait(5)

    def stop_all(self) -> None:
        for process in self.started:
            if process.poll() is None:
                self.stop(process)


@pytest.fixture
def clients(sound_server: SoundServer, tmp_path: Path) -> Iterator[Clients]:
    started = Clients(sound_server, tmp_path)
    try:
        yield started
    finally:
        started.stop_all()
        wait_for(lambda: stream_count(sound_server) == 0, 5, "every stream gone")


def stream_count(server: SoundServer) -> int:
    reading = server.reading()
    return len(reading.streams) if reading else -1


def test_a_recording_client_is_seen_while_it_records(sound_server: SoundServer, clients: Clients) -> None:
    detector = sound_server.detector()
    assert detector.active() == ()
    assert detector.state().status is DetectorStatus.WORKING
    recorder = clients.start("parecord", "/dev/null")
    assert wait_for(detector.active, 5, "parecord seen") == (PARECORD,)
    assert detector.active(frozenset({"PaRecord"})) == ()  # the user's "not a call" list
    clients.stop(recorder)
    wait_for(lambda: detector.active() == (), 5, "parecord forgotten")
    assert detector.state().status is DetectorStatus.WORKING


def test_level_meters_and_monitor_recordings_are_not_calls(
    sound_server: SoundServer, clients: Clients
) -> None:
    # pulsectl's peak reader is pavucontrol's level meter: PA_STREAM_PEAK_DETECT on the microphone.
    meter = "import pulsectl; pulsectl.Pulse('Volume meter').get_peak_sample('mic', 60)"
    clients.start(sys.executable, "-c", meter)
    clients.start("parecord", "--property=media.role=peak", "/dev/null")
    clients.start("parecord", "--device=speakers.monitor", "/dev/null")  # what the speakers play
    wait_for(lambda: stream_count(sound_server) == 3, 10, "three capture streams")
    reading = sound_server.reading()
    assert reading is not None
    assert "peaks" in {stream.resample_method for stream in reading.streams}
    detector = sound_server.detector()
    assert detector.active() == ()
    clients.start("parecord", "/dev/null")  # and a real recording among them still counts
    assert wait_for(detector.active, 5, "the real recording seen") == (PARECORD,)


def test_a_hung_server_costs_half_a_second_and_says_so(sound_server: SoundServer, clients: Clients) -> None:
    clients.start("parecord", "/dev/null")
    detector = sound_server.detector()
    wait_for(detector.active, 5, "parecord seen")
    os.kill(sound_server.process.pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        assert detector.active() == ()
        elapsed = time.monotonic() - started
    finally:
        os.kill(sound_server.process.pid, signal.SIGCONT)
    assert elapsed < 0.75, f"a look at a hung server took {elapsed:.2f} s"
    assert detector.state().status is DetectorStatus.UNAVAILABLE
    assert "did not answer" in detector.state().detail
    assert wait_for(detector.active, 5, "the server answering again") == (PARECORD,)


def test_no_server_is_unavailable_at_once(tmp_path: Path) -> None:
    require("pulseaudio")
    detector = PulseCaptureDetector(partial(query_pulse_server, server=f"unix:{tmp_path / 'none'}"))
    started = time.monotonic()
    assert detector.active() == ()
    assert time.monotonic() - started < 0.5
    assert detector.state().status is DetectorStatus.UNAVAILABLE
    assert "no PulseAudio" in detector.state().detail
