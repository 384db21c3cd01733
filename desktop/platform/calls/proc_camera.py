"""Camera use on Linux: this user's processes holding a /dev/video* device open.

One look lists the video devices, then reads the fd links of this user's processes under /proc
(other users' fds are unreadable anyway). PipeWire and WirePlumber keep cameras open for the whole
session to offer them to apps; their hold is not a call (apps that take the camera through PipeWire
are not seen here: see the report). Both roots are injectable so tests can build a /proc tree.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.platform.calls.base import CallSignal, DetectorState, DetectorStatus, without_ignored

# Services that hold cameras on every PipeWire session, whether or not anyone is on a call.
DEVICE_BROKERS = frozenset({"pipewire", "wireplumber", "pipewire-media-session"})


class ProcCameraDetector:
    """Owns nothing between looks; each `active()` scans /proc afresh. Emits no signals."""

    name = "processes with a camera device open"

    def __init__(
        self,
        proc_root: Path = Path("/proc"),
        dev_root: Path = Path("/dev"),
        uid: int | None = None,
        own_pid: int | None = None,
    ) -> None:
        self._proc = proc_root
        self._dev = dev_root
        self._uid = os.getuid() if uid is None else uid
        self._own_pid = str(os.getpid() if own_pid is None else own_pid)
        self._state = DetectorState(DetectorStatus.WORKING, "not asked yet")
        self.broker_holds_camera = False  # the last look saw PipeWire/WirePlumber holding a camera

    def active(self, ignored_apps: frozenset[str] = frozenset()) -> tuple[CallSignal, ...]:
        self.broker_holds_camera = False
        try:
            devices = {entry.path for entry in os.scandir(self._dev) if entry.name.startswith("video")}
        except OSError as error:
            self._state = DetectorState(DetectorStatus.UNAVAILABLE, f"cannot list {self._dev}: {error}")
            return ()
        if not devices:
            self._state = DetectorState(DetectorStatus.WORKING, "no camera device (no /dev/video*)")
            return ()
        try:
            found = self._holders(devices)
        except OSError as error:
            self._state = DetectorState(
                DetectorStatus.NOT_PERMITTED,
                f"cannot read {self._proc}: {error}",
                "in a sandbox (Flatpak, Snap) other apps' processes are hidden",
            )
            return ()
        self._state = DetectorState(DetectorStatus.WORKING, f"{len(devices)} camera device(s) watched")
        return without_ignored(found, ignored_apps)

    def state(self) -> DetectorState:
        return self._state

    def close(self) -> None:
        pass

    def _holders(self, devices: set[str]) -> list[CallSignal]:
        found: list[CallSignal] = []
        with os.scandir(self._proc) as entries:
            for entry in entries:
                if not entry.name.isdigit() or entry.name == self._own_pid:
                    continue
                try:
                    if entry.stat(follow_symlinks=False).st_uid != self._uid:
                        continue
                    if not _holds_any(entry.path, devices):
                        continue
                    command = _command_name(entry.path)
                except OSError:
                    continue  # the process ended while we looked, or hides its fds
                if command in DEVICE_BROKERS:
                    self.broker_holds_camera = True
                else:
                    found.append(CallSignal("camera", command))
        return found


def _holds_any(process: str, devices: set[str]) -> bool:
    # Relative look-ups in the opened fd folder: about half the cost of a full path per link.
    folder = os.open(f"{process}/fd", os.O_RDONLY | os.O_DIRECTORY)
    try:
        for fd in os.listdir(folder):
            try:
                if os.readlink(fd, dir_fd=folder) in devices:
                    return True
            except OSError:
                continue  # closed in the meantime
    finally:
        os.close(folder)
    return False


def _command_name(process: str) -> str:
    with open(f"{process}/comm", encoding="utf-8", errors="replace") as comm:
        return comm.read().strip()
