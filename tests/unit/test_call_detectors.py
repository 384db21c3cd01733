"""Call detectors on Windows and macOS through a fake registry and fake CoreAudio/CoreMediaIO, and
which detectors each system gets."""

from __future__ import annotations

import ctypes

from desktop.platform.calls import (
    CallSignal,
    DetectorStatus,
    NullCallDetector,
    active_calls,
    detect_call_detectors,
)
from desktop.platform.calls.macos import CoreAudioApi, MacDeviceDetector, fourcc
from desktop.platform.calls.windows import CONSENT_STORE, ConsentStoreDetector, app_from_key
from desktop.platform.session_info import SessionInfo
from tests.fakes import FakeDeviceApi, FakeRegistry

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
