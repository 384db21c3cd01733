"""Microphone and camera use on Windows: the privacy settings' record of which app uses them.

Windows keeps, per device and per app, when the app last started and stopped using it, under
HKCU and HKLM `...\\CapabilityAccessManager\\ConsentStore\\<device>`: Store apps as subkeys named by
package family, desktop programs below `NonPackaged` with their path, "\\" written as "#".
`LastUsedTimeStop` == 0 means "started and not stopped yet": in use now. These are the same records
that light up the microphone icon in the taskbar. The registry sits behind a small reader so the
logic is tested on every system.
"""

from __future__ import annotations

import sys
from pathlib import PureWindowsPath
from typing import Literal, Protocol

from desktop.platform.calls.base import (
    CallSignal,
    DetectorState,
    DetectorStatus,
    Device,
    LookingDetector,
    without_ignored,
)

Hive = Literal["HKCU", "HKLM"]
CONSENT_STORE = r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore"
STORE_KEYS: dict[Device, str] = {"microphone": "microphone", "camera": "webcam"}
NON_PACKAGED = "NonPackaged"


class RegistryReader(Protocol):
    """The registry reads the Windows detector needs (winreg, or a fake in tests)."""

    def subkeys(self, hive: Hive, path: str) -> tuple[str, ...]:
        """The names of the key's subkeys; () when the key does not exist. PermissionError if denied."""

    def qword(self, hive: Hive, path: str, name: str) -> int | None:
        """The integer value `name` of the key, or None when absent."""


def app_from_key(name: str, packaged: bool) -> str:
    """'C:#Program Files#Zoom#bin#Zoom.exe' → 'Zoom'; 'Microsoft.SkypeApp_kzf8qxf38zg5c' → 'SkypeApp'."""
    if not packaged:
        return PureWindowsPath(name.replace("#", "\\")).stem
    family = name.split("_", 1)[0]
    return family.rsplit(".", 1)[-1]


class ConsentStoreDetector(LookingDetector):
    """Reads the registry on each `active()`; owns nothing in between. Emits no signals."""

    def __init__(self, device: Device, registry: RegistryReader) -> None:
        self.device = device
        self.name = f"Windows privacy settings ({device})"
        self._registry = registry

    def active(self, ignored_apps: frozenset[str] = frozenset()) -> tuple[CallSignal, ...]:
        found: list[CallSignal] = []
        denied: list[str] = []
        for hive in ("HKCU", "HKLM"):
            try:
                found += self._in_use(hive)
            except OSError as error:  # PermissionError included
                denied.append(f"{hive}: {error}")
        if len(denied) == 2:
            self._state = DetectorState(
                DetectorStatus.NOT_PERMITTED, "; ".join(denied), "the privacy records could not be read"
            )
        else:
            self._state = DetectorState(DetectorStatus.WORKING, "; ".join(denied) or "records readable")
        return without_ignored(found, ignored_apps)

    def _in_use(self, hive: Hive) -> list[CallSignal]:
        store = f"{CONSENT_STORE}\\{STORE_KEYS[self.device]}"
        found: list[CallSignal] = []
        for name in self._registry.subkeys(hive, store):
            if name == NON_PACKAGED:
                folder = f"{store}\\{NON_PACKAGED}"
                programs = self._registry.subkeys(hive, folder)
                apps = [(f"{folder}\\{sub}", app_from_key(sub, False)) for sub in programs]
            else:
                apps = [(f"{store}\\{name}", app_from_key(name, True))]
            for key, app in apps:
                if self._registry.qword(hive, key, "LastUsedTimeStop") == 0:
                    found.append(CallSignal(self.device, app))
        return found


class WinregReader:
    """The real registry (Windows only; elsewhere every read fails with OSError)."""

    def subkeys(self, hive: Hive, path: str) -> tuple[str, ...]:
        if sys.platform != "win32":
            raise OSError("the registry exists on Windows only")
        import winreg

        root = winreg.HKEY_CURRENT_USER if hive == "HKCU" else winreg.HKEY_LOCAL_MACHINE
        try:
            key = winreg.OpenKey(root, path)
        except FileNotFoundError:
            return ()
        with key:
            return tuple(winreg.EnumKey(key, index) for index in range(winreg.QueryInfoKey(key)[0]))

    def qword(self, hive: Hive, path: str, name: str) -> int | None:
        if sys.platform != "win32":
            raise OSError("the registry exists on Windows only")
        import winreg

        root = winreg.HKEY_CURRENT_USER if hive == "HKCU" else winreg.HKEY_LOCAL_MACHINE
        try:
            with winreg.OpenKey(root, path) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return value if isinstance(value, int) else None
