"""The microphone detector against real sound servers, PulseAudio and PipeWire-pulse (see
sound_server.py), with real recording clients: parecord, and pulsectl's peak reader as a volume
control's level meter. Every test runs once against each server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from desktop.platform.calls import CallSignal, DetectorStatus
from desktop.platform.calls.pipewire_camera import running_stream_apps, running_video_captures
from desktop.platform.calls.pulse import PulseCaptureDetector, ServerReading, query_pulse_server
from tests.e2e.platform_env import require
from tests.e2e.sound_server import PROGRAMS, SoundServer, running_sound_server
from tests.e2e.x11 import wait_for
from tests.fakes import FakeClock

PARECORD = CallSignal("microphone", "parecord")


@pytest.fixture(scope="module", params=["pulseaudio", "pipewire"])
def sound_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SoundServer]:
    kind = request.param
    require(*PROGRAMS[kind])
    with running_sound_server(tmp_path_factory.mktemp(kind), kind) as server:
        yield server


class Clients:
    """Recording programs started by one test, stopped after it."""

    def __init__(self, server: SoundServer, folder: Path) -> None:
        self.server, self.folder = server, folder
        self.started: list[subprocess.Popen[bytes]] = []

    def start(self, *argv: str) -> subprocess.Popen[bytes]:
        process = self.server.client(list(argv), self.folder / f"client-{len(self.started)}.log")
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
        wait_for(lambda: sound_server.stream_count() == 0, 5, "every stream gone")


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


def running_streams(server: SoundServer, count: int) -> ServerReading | None:
    """The server's reading once it has `count` capture streams, all linked and running."""
    reading = server.reading()
    if reading is None or len(reading.streams) != count or any(s.corked for s in reading.streams):
        return None
    return reading


def test_level_meters_and_monitor_recordings_are_not_calls(
    sound_server: SoundServer, clients: Clients
) -> None:
    # pulsectl's peak reader is pavucontrol's level meter: PA_STREAM_PEAK_DETECT on the microphone.
    meter = "import pulsectl; pulsectl.Pulse('Volume meter').get_peak_sample('mic', 60)"
    clients.start(sys.executable, "-c", meter)
    clients.start("parecord", "--property=media.role=peak", "/dev/null")
    clients.start("parecord", "--device=speakers.monitor", "/dev/null")  # what the speakers play
    reading = wait_for(lambda: running_streams(sound_server, 3), 10, "three running capture streams")
    # The server itself marks the meter: PulseAudio by its resampler, PipeWire by a property.
    marks = {(s.resample_method, s.properties.get("stream.monitor")) for s in reading.streams}
    assert ("peaks", None) in marks or ("PipeWire", "true") in marks
    detector = sound_server.detector()
    assert detector.active() == ()
    clients.start("parecord", "/dev/null")  # and a real recording among them still counts
    assert wait_for(detector.active, 5, "the real recording seen") == (PARECORD,)


def test_a_look_keeps_nothing_open(sound_server: SoundServer, clients: Clients) -> None:
    clients.start("parecord", "/dev/null")
    detector = sound_server.detector()
    wait_for(detector.active, 5, "parecord seen")
    before = (sorted(os.listdir("/proc/self/fd")), sorted(os.listdir("/proc/self/task")))
    for _ in range(50):
        assert detector.active() == (PARECORD,)
    assert (sorted(os.listdir("/proc/self/fd")), sorted(os.listdir("/proc/self/task"))) == before


def hang_for_one_look(server: SoundServer, detector: PulseCaptureDetector) -> float:
    """Stop the server (SIGSTOP), take one look, let it go on; the look's wall time."""
    os.kill(server.process.pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        assert detector.active() == ()
        return time.monotonic() - started
    finally:
        os.kill(server.process.pid, signal.SIGCONT)


def test_a_server_hung_before_it_accepts_us_costs_half_a_second(
    sound_server: SoundServer, clients: Clients
) -> None:
    clients.start("parecord", "/dev/null")
    clock = FakeClock()
    query = partial(query_pulse_server, server=sound_server.address)
    detector = PulseCaptureDetector(query, monotonic=clock.monotonic)
    wait_for(detector.active, 5, "parecord seen")
    elapsed = hang_for_one_look(sound_server, detector)
    assert elapsed < 0.6, f"a look at a hung server took {elapsed:.2f} s"
    assert detector.state().status is DetectorStatus.UNAVAILABLE
    assert "did not answer" in detector.state().detail
    assert detector.active() == ()  # left alone for a while: no second wait
    clock.advance(minutes=1)
    assert wait_for(detector.active, 5, "the server answering again") == (PARECORD,)
    assert detector.state().status is DetectorStatus.WORKING


def test_a_server_hung_in_the_middle_of_a_look_costs_half_a_second(
    sound_server: SoundServer, clients: Clients, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pulsectl

    clients.start("parecord", "/dev/null")
    detector = sound_server.detector()
    wait_for(detector.active, 5, "parecord seen")
    real_source_list = pulsectl.Pulse.source_list

    def stop_server_first(pulse: pulsectl.Pulse) -> object:
        os.kill(sound_server.process.pid, signal.SIGSTOP)  # connected and asked once: now it hangs
        return real_source_list(pulse)

    monkeypatch.setattr(pulsectl.Pulse, "source_list", stop_server_first)
    try:
        started = time.monotonic()
        assert detector.active() == ()
        elapsed = time.monotonic() - started
    finally:
        os.kill(sound_server.process.pid, signal.SIGCONT)
    assert elapsed < 0.6, f"a look at a hung server took {elapsed:.2f} s"
    assert "did not answer" in detector.state().detail


@pytest.mark.parametrize("sound_server", ["pipewire"], indirect=True)
def test_pw_dump_is_read_as_pipewire_prints_it(sound_server: SoundServer, clients: Clients) -> None:
    """The camera detector reads PipeWire's streams from `pw-dump`; no video stream can be made
    here, so the same reader is pointed at the audio capture streams of the real graph."""
    assert sound_server.kind == "pipewire"
    clients.start("parecord", "/dev/null")
    wait_for(sound_server.detector().active, 5, "parecord linked and running")
    objects = json.loads(sound_server.run("pw-dump"))
    assert running_stream_apps(objects, "Stream/Input/Audio", os.getpid()) == ("parecord",)
    assert running_video_captures(objects, os.getpid()) == ()


def test_no_server_is_unavailable_at_once(tmp_path: Path) -> None:
    require("pulseaudio")
    detector = PulseCaptureDetector(partial(query_pulse_server, server=f"unix:{tmp_path / 'none'}"))
    started = time.monotonic()
    assert detector.active() == ()
    assert time.monotonic() - started < 0.5
    assert detector.state().status is DetectorStatus.UNAVAILABLE
    assert "no PulseAudio" in detector.state().detail
