"""Windows: a value under HKCU\\...\\CurrentVersion\\Run, honouring StartupApproved.

Task Manager's Startup tab (and Settings > Apps > Startup) does not delete a Run value when the
user disables it: it writes a 12-byte REG_BINARY of the same name under
Explorer\\StartupApproved\\Run. An odd first byte (0x03, 0x07) means disabled (the other bytes are
when); an even one (0x02, 0x06) or no value means enabled. So the real state needs both keys.
The registry is reached through an injected adapter; `winreg` is imported only on Windows.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from contextlib import suppress
from typing import Any, Protocol

from desktop import APP_NAME
from desktop.platform.autostart.base import AutostartError, with_flag

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
APPROVED_ENABLED = bytes([0x02]) + bytes(11)


class Registry(Protocol):
    """HKEY_CURRENT_USER, as much of it as start-at-login needs. Errors raise OSError."""

    def get(self, key: str, name: str) -> object | None:
        """The value (str for REG_SZ, bytes for REG_BINARY), or None if the key or value is missing."""

    def set_string(self, key: str, name: str, value: str) -> None: ...

    def set_binary(self, key: str, name: str, value: bytes) -> None: ...

    def delete(self, key: str, name: str) -> None:
        """Remove a value; a missing key or value is fine."""


class WindowsRunKey:
    """The Windows Autostart: owns the value under HKCU Run and reads StartupApproved, where Task Manager
    records a disabled entry.
    """

    name = "Windows startup entry (Run key)"
    supported = True

    def __init__(self, command: Sequence[str], registry: Registry, value_name: str = APP_NAME) -> None:
        self._command = list(command)
        self._registry = registry
        self._value_name = value_name

    def is_enabled(self) -> bool:
        try:
            command = self._registry.get(RUN_KEY, self._value_name)
            approved = self._registry.get(APPROVED_KEY, self._value_name)
        except OSError:
            return False
        if not isinstance(command, str) or not command.strip():
            return False
        return not (isinstance(approved, bytes) and approved and approved[0] & 1)

    def enable(self) -> None:
        try:
            self._registry.set_string(RUN_KEY, self._value_name, self.command_line())
            # The user asked for it here, so an earlier "disabled" from Task Manager is overruled.
            self._registry.set_binary(APPROVED_KEY, self._value_name, APPROVED_ENABLED)
        except OSError as problem:
            raise AutostartError(f"cannot write HKCU\\{RUN_KEY}\\{self._value_name}: {problem}") from None

    def disable(self) -> None:
        try:
            self._registry.delete(RUN_KEY, self._value_name)
            self._registry.delete(APPROVED_KEY, self._value_name)
        except OSError as problem:
            raise AutostartError(f"cannot remove HKCU\\{RUN_KEY}\\{self._value_name}: {problem}") from None

    def command_line(self) -> str:
        # CreateProcess rules, which is how Explorer starts Run entries.
        return subprocess.list2cmdline(with_flag(self._command))


class WinRegistry:
    """The real HKEY_CURRENT_USER."""

    def __init__(self) -> None:
        import winreg  # only exists on Windows

        self._winreg: Any = winreg  # Any: the stubs hide winreg when checking for another OS

    def get(self, key: str, name: str) -> object | None:
        winreg = self._winreg
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                value, _kind = winreg.QueryValueEx(handle, name)
        except FileNotFoundError:
            return None
        return value

    def set_string(self, key: str, name: str, value: str) -> None:
        self._set(key, name, self._winreg.REG_SZ, value)

    def set_binary(self, key: str, name: str, value: bytes) -> None:
        self._set(key, name, self._winreg.REG_BINARY, value)

    def delete(self, key: str, name: str) -> None:
        winreg = self._winreg
        with (
            suppress(FileNotFoundError),
            winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle,
        ):
            winreg.DeleteValue(handle, name)

    def _set(self, key: str, name: str, kind: int, value: object) -> None:
        winreg = self._winreg
        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
            winreg.SetValueEx(handle, name, 0, kind, value)
