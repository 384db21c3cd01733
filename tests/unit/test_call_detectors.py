"""Call detectors without a real server: stream classification, the PulseAudio detector's states,
/proc trees built on disk, a fake Windows registry and fake CoreAudio/CoreMediaIO adapters."""

from __future__ import annotations

import ctypes
import json
import os
import select
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from desktop.platform.calls import (
    CallSignal,
    DetectorStatus,
    NullCallDetector,
    active_calls,
    detect_call_detectors,
)
from desktop.platform.calls.base import without_ignored
from desktop.platform.calls.macos import CoreAudioApi, MacDeviceDetector, fourcc
from desktop.platform.calls.pipewire_camera import PipeWireCameraStreams, PipeWireUnanswered, run_program
from desktop.platform.calls.proc_camera import ProcCameraDetector
from desktop.platform.calls.pulse import (
    DeadlinePoll,
    PulseCaptureDetector,
    ServerReading,
    SoundServerError,
)
from desktop.platform.calls.pulse_streams import CaptureStream, app_name, call_signals, is_level_meter
from desktop.platform.calls.windows import CONSENT_STORE, ConsentStoreDetector, app_from_key
from desktop.platform.session_info import SessionInfo
from tests.fakes import FakeClock, FakeDeviceApi, FakeRegistry

OWN_PID = 4242


def stream(monitor: bool = False, corked: bool = False, resample: str = "", **props: str) -> CaptureStream:
    properties = {"application.name": "Firefox", "application.process.id": "100"}
    properties.update({key.replace("_", "."): value for key, value in props.items()})
    return CaptureStream(monitor, corked, resample, properties)


# --- which capture streams are calls --------------------------------------------------------------


def test_a_running_capture_of_an_input_is_a_call() -> None:
    assert call_signals([stream()], OWN_PID) == (CallSignal("microphone", "Firefox"),)


@pytest.mark.parametrize(
    "meter",
    [
        stream(resample="peaks"),  # PulseAudio's PA_STREAM_PEAK_DETECT
        stream(stream_monitor="true"),  # PipeWire-pulse's mark for the same
        stream(resample_peaks="1"),
        stream(application_id="org.PulseAudio.pavucontrol"),
        stream(application_id="org.gnome.VolumeControl"),
        stream(media_name="Peak detect"),
        stream(media_role="peak"),
    ],
)
def test_level_meters_are_not_calls(meter: CaptureStream) -> None:
    assert is_level_meter(meter)
    assert call_signals([meter], OWN_PID) == ()


def test_monitors_paused_streams_and_our_own_are_not_calls() -> None:
    streams = [
        stream(monitor=True),  # a screen recorder taking what the speakers play
        stream(stream_capture_sink="true"),  # PipeWire's way of saying the same
        stream(corked=True),
        stream(application_process_id=str(OWN_PID)),
    ]
    assert call_signals(streams, OWN_PID) == ()


def test_one_signal_per_app_and_the_program_name_as_fallback() -> None:
    nameless = CaptureStream(False, False, "", {"application.process.binary": "zoom"})
    anonymous = CaptureStream(False, False, "", {})
    assert call_signals([stream(), stream(), nameless, anonymous], OWN_PID) == (
        CallSignal("microphone", "Firefox"),
        CallSignal("microphone", "zoom"),
        CallSignal("microphone", ""),
    )
    assert app_name({"application.name": "  ", "application.process.binary": "pacat"}) == "pacat"


def test_ignored_apps_match_in_any_case_and_unknown_apps_always_count() -> None:
    signals = [CallSignal("microphone", "Firefox"), CallSignal("camera", "zoom"), CallSignal("camera", "")]
    assert without_ignored(signals, frozenset({"FIREFOX", "Zoom"})) == (CallSignal("camera", ""),)


# --- the PulseAudio detector's answers and states ---------------------------------------------------


def test_pulse_detector_reports_calls_and_a_working_state() -> None:
    seen: list[float] = []

    def query(timeout: float) -> ServerReading:
        seen.append(timeout)
        return ServerReading("pulseaudio 16.1", (stream(), stream(resample="peaks")))

    detector = PulseCaptureDetector(query, own_pid=OWN_PID)
    assert detector.active() == (CallSignal("microphone", "Firefox"),)
    assert detector.active(frozenset({"firefox"})) == ()
    assert seen == [0.5, 0.5]  # every look is bounded
    assert detector.state().status is DetectorStatus.WORKING
    assert "pulseaudio 16.1" in detector.state().detail


@pytest.mark.parametrize("status", [DetectorStatus.UNAVAILABLE, DetectorStatus.NOT_PERMITTED])
def test_pulse_detector_without_an_answer_sees_nothing_and_says_why(status: DetectorStatus) -> None:
    def query(timeout: float) -> ServerReading:
        raise SoundServerError(status, "the sound server did not answer within 0.5 s", "restart it")

    detector = PulseCaptureDetector(query, own_pid=OWN_PID)
    assert detector.active() == ()
    assert detector.state().status is status
    assert detector.state().hint == "restart it"


def test_pulse_detector_leaves_a_hung_server_alone_for_a_minute() -> None:
    clock = FakeClock()
    calls: list[float] = []
    hung = True

    def query(timeout: float) -> ServerReading:
        calls.append(clock.monotonic())
        if hung:
            raise SoundServerError(DetectorStatus.UNAVAILABLE, "did not answer", hung=True)
        return ServerReading("pulseaudio 16.1", (stream(),))

    detector = PulseCaptureDetector(query, own_pid=OWN_PID, monotonic=clock.monotonic)
    assert detector.active() == ()
    clock.advance(seconds=59)
    assert detector.active() == ()
    assert len(calls) == 1  # not asked again within the pause
    assert detector.state().detail == "did not answer"
    hung = False
    clock.advance(seconds=1)
    assert detector.active() == (CallSignal("microphone", "Firefox"),)
    assert len(calls) == 2


def test_state_before_any_look_takes_one() -> None:
    calls: list[float] = []

    def query(timeout: float) -> ServerReading:
        calls.append(timeout)
        return ServerReading("pulseaudio 16.1", ())

    detector = PulseCaptureDetector(query, own_pid=OWN_PID)
    assert detector.state().status is DetectorStatus.WORKING
    assert calls == [0.5]
    detector.state()
    assert calls == [0.5]  # later calls report the last look


class FakePulse:
    connected: bool | None = True


class PollFd:
    def __init__(self, fd: int, events: int) -> None:
        self.fd, self.events, self.revents = fd, events, 0


def test_deadline_poll_reports_ready_fds_then_gives_up_at_the_deadline() -> None:
    read, write = os.pipe()
    try:
        pulse = FakePulse()
        poll = DeadlinePoll(pulse, time.monotonic() + 60)
        fds = [PollFd(read, select.POLLIN)]
        os.write(write, b"x")
        assert poll(fds, -0.001) == 1  # libpulse's "no timeout" is negative
        assert fds[0].revents == select.POLLIN
        assert pulse.connected and not poll.expired
        late = DeadlinePoll(pulse, time.monotonic() - 1)
        assert late(fds, -0.001) == 0
        assert late.expired
        assert pulse.connected is False  # ends pulsectl's wait for an answer
    finally:
        os.close(read)
        os.close(write)


# --- camera holders under /proc -----------------------------------------------------------------------


class ProcTree:
    """A /proc and a /dev on disk: processes with a comm file and fd links."""

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


# --- Windows ---------------------------------------------------------------------------------------


MIC = CONSENT_STORE + "\\microphone"
CAM = CONSENT_STORE + "\\webcam"


def test_windows_in_use_means_started_and_not_stopped() -> None:
    registry = FakeRegistry(
        {
            ("HKCU", MIC + "\\NonPackaged\\C:#Program Files#Zoom#bin#Zoom.exe"): {
                "LastUsedTimeStart": 133_000_000_000_000_000,
                "LastUsedTimeStop": 0,
            },
            ("HKCU", MIC + "\\NonPackaged\\C:#Windows#notepad.exe"): {
                "LastUsedTimeStart": 133_000_000_000_000_000,
                "LastUsedTimeStop": 133_000_000_100_000_000,
            },
            ("HKCU", MIC + "\\Microsoft.SkypeApp_kzf8qxf38zg5c"): {"LastUsedTimeStop": 0},
            ("HKCU", MIC + "\\NeverUsed_8wekyb3d8bbwe"): {},
            ("HKLM", MIC + "\\MSTeams_8wekyb3d8bbwe"): {"LastUsedTimeStop": 0},
            ("HKCU", CAM + "\\NonPackaged\\C:#Apps#obs64.exe"): {"LastUsedTimeStop": 0},
        }
    )
    microphone = ConsentStoreDetector("microphone", registry)
    assert set(microphone.active()) == {
        CallSignal("microphone", "Zoom"),
        CallSignal("microphone", "SkypeApp"),
        CallSignal("microphone", "MSTeams"),
    }
    assert microphone.state().status is DetectorStatus.WORKING
    assert ConsentStoreDetector("camera", registry).active(frozenset({"OBS64"})) == ()
    assert ConsentStoreDetector("camera", registry).active() == (CallSignal("camera", "obs64"),)


def test_windows_registry_denied_in_one_hive_still_reads_the_other() -> None:
    values = {("HKCU", MIC + "\\NonPackaged\\C:#Zoom.exe"): {"LastUsedTimeStop": 0}}
    detector = ConsentStoreDetector("microphone", FakeRegistry(values, denied={"HKLM"}))
    assert detector.active() == (CallSignal("microphone", "Zoom"),)
    assert detector.state().status is DetectorStatus.WORKING
    blind = ConsentStoreDetector("microphone", FakeRegistry(values, denied={"HKLM", "HKCU"}))
    assert blind.active() == ()
    assert blind.state().status is DetectorStatus.NOT_PERMITTED


def test_windows_app_names_from_keys() -> None:
    assert app_from_key("C:#Program Files (x86)#Microsoft#Teams#current#Teams.exe", packaged=False) == "Teams"
    assert app_from_key("Microsoft.WindowsCamera_8wekyb3d8bbwe", packaged=True) == "WindowsCamera"


# --- macOS --------------------------------------------------------------------------------------------


def test_macos_a_running_input_device_is_a_call_of_an_unknown_app() -> None:
    detector = MacDeviceDetector("microphone", FakeDeviceApi({71: False, 88: True}), "CoreAudio")
    assert detector.active() == (CallSignal("microphone", ""),)
    assert detector.active(frozenset({"zoom"})) == (CallSignal("microphone", ""),)
    assert MacDeviceDetector("camera", FakeDeviceApi({5: False}), "CMIO").active() == ()


def test_macos_failure_reads_as_no_signal_and_says_so() -> None:
    failing = FakeDeviceApi({1: True}, failure=OSError("AudioObjectGetPropertyData failed (OSStatus -50)"))
    detector = MacDeviceDetector("microphone", failing, "CoreAudio")
    assert detector.active() == ()
    assert detector.state().status is DetectorStatus.UNAVAILABLE
    assert "OSStatus -50" in detector.state().detail


def test_fourcc_matches_the_sdk_constants() -> None:
    assert fourcc("gone") == 0x676F6E65  # kAudioDevicePropertyDeviceIsRunningSomewhere
    assert fourcc("dev#") == 0x64657623  # kAudioHardwarePropertyDevices


class TableCoreAudio(CoreAudioApi):
    """CoreAudio's property reads answered from a table {(object, selector, scope): [uint32, ...]}."""

    def __init__(self, table: dict[tuple[int, int, int], list[int]]) -> None:  # no framework to load
        self.table = table

    def _data_size(self, obj: int, selector: int, scope: int) -> int:
        return 4 * len(self.table.get((obj, selector, scope), []))

    def _read(self, obj: int, selector: int, scope: int, buffer: ctypes.Array[ctypes.c_uint32]) -> None:
        for index, value in enumerate(self.table[(obj, selector, scope)]):
            buffer[index] = value


def test_coreaudio_asks_only_input_devices_and_reads_running_somewhere() -> None:
    devices, streams, running = fourcc("dev#"), fourcc("stm#"), fourcc("gone")
    glob, inpt = fourcc("glob"), fourcc("inpt")
    api = TableCoreAudio(
        {
            (1, devices, glob): [40, 41, 42],
            (40, streams, inpt): [400],  # the built-in microphone
            (42, streams, inpt): [420, 421],  # a headset
            (40, running, glob): [0],
            (42, running, glob): [1],
        }
    )
    assert api.devices() == (40, 42)  # 41 has no input streams: the speakers
    detector = MacDeviceDetector("microphone", api, "CoreAudio")
    assert detector.active() == (CallSignal("microphone", ""),)


# --- choosing detectors ---------------------------------------------------------------------------------


def test_each_system_gets_a_microphone_and_a_camera_detector() -> None:
    linux = detect_call_detectors(SessionInfo("linux", "x11", (), ":0"))
    assert [d.name for d in linux] == ["PulseAudio capture streams", "processes with a camera device open"]
    windows = detect_call_detectors(SessionInfo("win32", "", (), None))
    assert [d.name for d in windows] == [
        "Windows privacy settings (microphone)",
        "Windows privacy settings (camera)",
    ]
    mac = detect_call_detectors(SessionInfo("darwin", "", (), None))
    assert len(mac) == 2  # here: Null detectors, the frameworks are not on this system
    for detector in mac:
        assert detector.active() == ()
        assert detector.state().status is DetectorStatus.UNAVAILABLE
        detector.close()


def test_active_calls_joins_detectors_and_null_says_why() -> None:
    null = NullCallDetector("nothing", "not on this system", "nothing to do")
    mac = MacDeviceDetector("camera", FakeDeviceApi({1: True}), "CMIO")
    assert active_calls([null, mac, mac]) == (CallSignal("camera", ""),)
    assert null.state().detail == "not on this system"
