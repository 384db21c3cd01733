"""Camera use on Linux: this user's processes holding a /dev/video* device open.

One look lists the video devices, then reads the fd links of this user's processes under /proc
(other users' fds are unreadable anyway). PipeWire and WirePlumber keep cameras open for the whole
session to offer them to apps; their hold alone is not a call. When one of them holds a camera, the
running PipeWire video streams are asked for as well (pipewire_camera.py): apps that film through
PipeWire are seen there. Both roots are injectable so tests can build a /proc tree.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.platform.apps.processes import own_pids, process_name
from desktop.platform.calls.base import (
    CallSignal,
    DetectorState,
    DetectorStatus,
    LookingDetector,
    without_ignored,
)
from desktop.platform.calls.pipewire_camera import PipeWireCameraStreams, PipeWireUnanswered

# Services that hold cameras on every PipeWire session, whether or not anyone is on a call.
DEVICE_BROKERS = frozenset({"pipewire", "wireplumber", "pipewire-media-session"})


class ProcCameraDetector(LookingDetector):
    """Owns nothing between looks; each `active()` scans /proc afresh. Emits no signals."""

    name = "processes with a camera device open"

    def __init__(
        self,
        proc_root: Path = Path("/proc"),
        dev_root: Path = Path("/dev"),
        uid: int | None = None,
        own_pid: int | None = None,
        pipewire: PipeWireCameraStreams | None = None,
    ) -> None:
        self._proc = proc_root
        self._dev = dev_root
        self._uid = os.getuid() if uid is None else uid
        self._own_pid = os.getpid() if own_pid is None else own_pid
        self._pipewire = pipewire or PipeWireCameraStreams(self._own_pid)
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
        detail, hint = f"{len(devices)} camera device(s) watched", ""
        if self.broker_holds_camera:
            try:
                found += self._pipewire.running()
                detail += ", and PipeWire's video streams"
            except PipeWireUnanswered as error:
                detail += f"; PipeWire holds a camera but could not be asked ({error})"
                hint = "install PipeWire's tools (Debian: pipewire-bin) to see apps filming through PipeWire"
        self._state = DetectorState(DetectorStatus.WORKING, detail, hint)
        return without_ignored(found, ignored_apps)

    def _holders(self, devices: set[str]) -> list[CallSignal]:
        found: list[CallSignal] = []
        if not os.access(self._proc, os.R_OK | os.X_OK):  # own_pids would just find none
            raise PermissionError(f"{self._proc} cannot be listed")
        for pid in own_pids(self._proc, self._uid):
            if pid == self._own_pid:
                continue
            try:
                if not _holds_any(f"{self._proc}/{pid}", devices):
                    continue
            except OSError:
                continue  # the process ended while we looked, or hides its fds
            command = process_name(pid, self._proc)  # the name app rules use (not comm's 15 chars)
            if command is None:
                continue  # ended meanwhile
            if command in DEVICE_BROKERS:
                self.broker_holds_camera = True
            else:
                found.append(CallSignal("camera", command))
        return found


def _holds_any(process: str, devices: set[str]) -> bool:
    # Look-ups relative to the opened fd folder: cheaper than resolving a full path per link.
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
