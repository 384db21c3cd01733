"""Call detection: which detectors serve this system, chosen once at start-up (lazy imports).

- Linux: the PulseAudio / PipeWire-pulse capture streams (microphone) and this user's processes
  holding /dev/video* (camera).
- Windows: the privacy settings' ConsentStore records, for the microphone and the camera.
- macOS: CoreAudio input devices and CoreMediaIO cameras "running somewhere".
A system without a way gets a Null detector whose state() says why. Detectors are asked only when a
reminder is about to be shown and while one is held (see base.py).
"""

from __future__ import annotations

from desktop.platform.calls.base import (
    ANSWER_TIMEOUT_S,
    CallDetector,
    CallSignal,
    DetectorState,
    DetectorStatus,
    NullCallDetector,
    active_calls,
)
from desktop.platform.session_info import SessionInfo, current_session

__all__ = [
    "ANSWER_TIMEOUT_S",
    "CallDetector",
    "CallSignal",
    "DetectorState",
    "DetectorStatus",
    "NullCallDetector",
    "active_calls",
    "detect_call_detectors",
]


def detect_call_detectors(session: SessionInfo | None = None) -> tuple[CallDetector, ...]:
    """Every detector that applies here: one for the microphone, one for the camera."""
    session = session or current_session()
    if session.system == "win32":
        return _windows()
    if session.system == "darwin":
        return _macos()
    return (_pulse(), _proc_camera())


def _pulse() -> CallDetector:
    from desktop.platform.calls.pulse import PulseCaptureDetector

    return PulseCaptureDetector()


def _proc_camera() -> CallDetector:
    from desktop.platform.calls.proc_camera import ProcCameraDetector

    return ProcCameraDetector()


def _windows() -> tuple[CallDetector, ...]:
    from desktop.platform.calls.windows import ConsentStoreDetector, WinregReader

    reader = WinregReader()
    return (ConsentStoreDetector("microphone", reader), ConsentStoreDetector("camera", reader))


def _macos() -> tuple[CallDetector, ...]:
    from desktop.platform.calls.macos import open_mac_detector

    microphone = open_mac_detector("microphone") or NullCallDetector(
        "CoreAudio input devices in use", "CoreAudio could not be loaded"
    )
    camera = open_mac_detector("camera") or NullCallDetector(
        "CoreMediaIO cameras in use", "CoreMediaIO could not be loaded"
    )
    return (microphone, camera)
