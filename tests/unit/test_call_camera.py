"""The camera detector on /proc trees built on disk, and PipeWire's video streams through a fake
`pw-dump` (and the real runner on stand-in programs)."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from desktop.platform.calls import CallSignal, DetectorStatus
from desktop.platform.calls.pipewire_camera import PipeWireCameraStreams, PipeWireUnanswered, run_program
from desktop.platform.calls.proc_camera import ProcCameraDetector

OWN_PID = 4242


# --- camera holders under /proc -----------------------------------------------------------------------


class ProcTree:
    """A /proc and a /dev on disk: processes with a command line, a comm file and fd links."""

    def __init__(self, root: Path, cameras: int = 1) -> None:
        self.proc, self.dev = root / "proc", root / "dev"
        self.proc.mkdir()
        self.dev.mkdir()
        for number in range(cameras):
            (self.dev / f"video{number}").touch()
        (self.dev / "null").touch()

    def process(self, pid: int, comm: str, *targets: str) -> None:
        folder = self.proc / str(pid)
        (folder / "fd").mkdir(parents=True)
        (folder / "comm").write_text(comm + "\n")
        (folder / "cmdline").write_bytes(comm.encode() + b"\0")
        for fd, target in enumerate(targets):
            (folder / "fd" / str(fd)).symlink_to(target if target.startswith("/") else self.dev / target)

    def detector(self, pipewire: FakePwDump | None = None, **options: int) -> ProcCameraDetector:
        streams = PipeWireCameraStreams(OWN_PID, pipewire or FakePwDump([]))
        return ProcCameraDetector(self.proc, self.dev, pipewire=streams, **options)


def pw_node(media_class: str, state: str, **props: str) -> dict[str, object]:
    """A node as `pw-dump` prints it (trimmed to what matters)."""
    properties = {"media.class": media_class, **{k.replace("_", "."): v for k, v in props.items()}}
    return {"id": 57, "type": "PipeWire:Interface:Node", "info": {"state": state, "props": properties}}


class FakePwDump:
    """`pw-dump` answering with the given objects (or an error); records each run."""

    def __init__(self, objects: list[dict[str, object]], error: OSError | None = None) -> None:
        self.output = json.dumps(objects)
        self.error = error
        self.runs: list[tuple[list[str], float]] = []

    def __call__(self, argv: Sequence[str], timeout: float) -> str:
        self.runs.append((list(argv), timeout))
        if self.error:
            raise self.error
        return self.output


def test_a_process_holding_a_camera_is_a_call(tmp_path: Path) -> None:
    tree = ProcTree(tmp_path, cameras=2)
    tree.process(100, "zoom", "null", "socket:[123]", "video1")
    tree.process(101, "bash", "null", "/dev/pts/1")
    (tree.proc / "self").mkdir()  # not a process number: skipped
    (tree.proc / "meminfo").write_text("")
    detector = tree.detector(own_pid=1)
    assert detector.active() == (CallSignal("camera", "zoom"),)
    assert detector.state().status is DetectorStatus.WORKING
    assert detector.active(frozenset({"ZOOM"})) == ()


def test_pipewire_holding_the_camera_is_not_a_call_but_its_streams_are(tmp_path: Path) -> None:
    tree = ProcTree(tmp_path)
    tree.process(200, "pipewire", "video0")
    tree.process(201, "wireplumber", "video0")
    idle = FakePwDump([pw_node("Video/Source", "running", node_name="v4l2_input.usb-cam")])
    detector = tree.detector(idle, own_pid=1)
    assert detector.active() == ()
    assert detector.broker_holds_camera
    assert idle.runs == [(["pw-dump"], 0.5)]
    filming = FakePwDump(
        [
            pw_node("Video/Source", "running"),
            pw_node("Stream/Input/Video", "running", application_name="Firefox"),
            pw_node("Stream/Input/Video", "running", application_process_binary="obs"),
            pw_node("Stream/Input/Video", "idle", application_name="Cheese"),  # opened, not filming
            pw_node("Stream/Input/Video", "running", application_name="Us", application_process_id="4242"),
            pw_node("Stream/Input/Audio", "running", application_name="Firefox"),
        ]
    )
    assert tree.detector(filming, own_pid=1).active() == (
        CallSignal("camera", "Firefox"),
        CallSignal("camera", "obs"),
    )


def test_pipewire_is_asked_only_when_it_holds_a_camera(tmp_path: Path) -> None:
    tree = ProcTree(tmp_path)
    tree.process(100, "zoom", "video0")
    pw_dump = FakePwDump([pw_node("Stream/Input/Video", "running", application_name="Firefox")])
    assert tree.detector(pw_dump, own_pid=1).active() == (CallSignal("camera", "zoom"),)
    assert pw_dump.runs == []


def test_pipewire_without_its_tools_still_reports_the_scan(tmp_path: Path) -> None:
    tree = ProcTree(tmp_path)
    tree.process(100, "zoom", "video0")
    tree.process(200, "pipewire", "video0")
    missing = FakePwDump([], error=PipeWireUnanswered("pw-dump is not installed"))
    detector = tree.detector(missing, own_pid=1)
    assert detector.active() == (CallSignal("camera", "zoom"),)
    assert detector.state().status is DetectorStatus.WORKING
    assert "pw-dump is not installed" in detector.state().detail
    assert "pipewire-bin" in detector.state().hint


def stand_in(folder: Path, script: str) -> str:
    program = folder / "pw-dump"
    program.write_text("#!/bin/sh\n" + script + "\n")
    program.chmod(0o755)
    return str(program)


def test_the_real_runner_reads_output_and_bounds_a_hung_program(tmp_path: Path) -> None:
    printing = stand_in(tmp_path, "echo '[]'")
    assert run_program([printing], 0.5).strip() == "[]"
    hung = stand_in(tmp_path, "exec sleep 30")
    started = time.monotonic()
    with pytest.raises(PipeWireUnanswered, match=r"did not answer within 0\.5 s"):
        run_program([hung], 0.5)
    assert time.monotonic() - started < 2
    failing = stand_in(tmp_path, "echo 'no pipewire' >&2; exit 1")
    with pytest.raises(PipeWireUnanswered, match="no pipewire"):
        run_program([failing], 0.5)
    with pytest.raises(PipeWireUnanswered, match="not installed"):
        run_program([str(tmp_path / "absent")], 0.5)
    garbled = PipeWireCameraStreams(1, lambda argv, timeout: "Error: connect failed")
    with pytest.raises(PipeWireUnanswered, match="no JSON"):
        garbled.running()


def test_other_users_and_our_own_process_do_not_count(tmp_path: Path) -> None:
    tree = ProcTree(tmp_path)
    tree.process(300, "cheese", "video0")
    assert tree.detector(own_pid=1, uid=os.getuid() + 1).active() == ()
    assert tree.detector(own_pid=300).active() == ()


def test_no_camera_device_means_nothing_to_look_for(tmp_path: Path) -> None:
    tree = ProcTree(tmp_path, cameras=0)
    tree.process(100, "zoom", "/dev/video0")
    detector = tree.detector(own_pid=1)
    assert detector.active() == ()
    assert detector.state().status is DetectorStatus.WORKING
    assert "no camera device" in detector.state().detail


def test_an_unreadable_proc_is_reported_as_not_permitted(tmp_path: Path) -> None:
    tree = ProcTree(tmp_path)
    detector = ProcCameraDetector(tmp_path / "missing", tree.dev, own_pid=1)
    assert detector.active() == ()
    assert detector.state().status is DetectorStatus.NOT_PERMITTED


def test_one_scan_of_many_processes_finds_the_one_holder(tmp_path: Path) -> None:
    tree = ProcTree(tmp_path)
    for pid in range(1000, 1150):  # 150 processes with 20 open files each, one of them on a call
        tree.process(pid, f"app{pid}", *(["null"] * 19), "video0" if pid == 1149 else "null")
    detector = tree.detector(own_pid=1)
    started = time.process_time()
    assert detector.active() == (CallSignal("camera", "app1149"),)
    cpu = time.process_time() - started
    # bench_calls.py measures the real figure (about 1 µs a link); this only catches a blow-up.
    assert cpu < 0.25, f"one scan of 3000 fds took {cpu * 1000:.0f} ms of CPU"
