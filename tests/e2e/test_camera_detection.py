"""The camera detector on the real /proc: real processes holding a stand-in camera device open.

A camera node cannot be made without privileges, so the "device" is a file in a folder passed as
the device root; the processes, their fd links and their names are the real thing.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.platform.calls import CallSignal
from desktop.platform.calls.pipewire_camera import PipeWireCameraStreams
from desktop.platform.calls.proc_camera import ProcCameraDetector
from tests.e2e.x11 import spawn, wait_for

PW_DUMP_FILMING = (
    '[{"id": 80, "type": "PipeWire:Interface:Node", "info": {"state": "running", "props":'
    ' {"media.class": "Stream/Input/Video", "application.name": "Firefox"}}}]'
)


class Holders:
    """Programs that open the stand-in camera and wait; stopped after the test."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.dev = folder / "dev"
        self.dev.mkdir()
        (self.dev / "video0").touch()
        self.started: list[subprocess.Popen[bytes]] = []

    def hold(self, name: str) -> subprocess.Popen[bytes]:
        """Run a program called `name` (a copy of sleep) with the camera open on fd 3."""
        program = self.folder / name
        shutil.copy(shutil.which("sleep") or "/bin/sleep", program)
        with open(self.dev / "video0", "rb") as camera, open(self.folder / f"{name}.log", "wb") as log:
            process = spawn([str(program), "60"], {}, log, pass_fds=(camera.fileno(),))
        self.started.append(process)
        return process

    def stop(self, process: subprocess.Popen[bytes]) -> None:
        process.terminate()
        process.wait(5)


@pytest.fixture
def holders(tmp_path: Path) -> Iterator[Holders]:
    started = Holders(tmp_path)
    try:
        yield started
    finally:
        for process in started.started:
            if process.poll() is None:
                started.stop(process)


def test_a_real_process_holding_the_camera_is_seen_until_it_ends(holders: Holders) -> None:
    detector = ProcCameraDetector(dev_root=holders.dev, pipewire=PipeWireCameraStreams(0, lambda *_: "[]"))
    assert detector.active() == ()
    zoom = holders.hold("zoom")
    assert wait_for(detector.active, 5, "zoom seen") == (CallSignal("camera", "zoom"),)
    assert detector.active(frozenset({"Zoom"})) == ()
    holders.stop(zoom)
    assert detector.active() == ()


def test_pipewire_holding_the_camera_leads_to_its_streams(holders: Holders) -> None:
    runs: list[str] = []

    def pw_dump(argv: object, timeout: float) -> str:
        runs.append("pw-dump")
        return PW_DUMP_FILMING

    detector = ProcCameraDetector(dev_root=holders.dev, pipewire=PipeWireCameraStreams(0, pw_dump))
    holders.hold("wireplumber")
    assert wait_for(detector.active, 5, "PipeWire's stream seen") == (CallSignal("camera", "Firefox"),)
    assert detector.broker_holds_camera
    assert runs
