"""Windows idle time: GetLastInputInfo against GetTickCount, wrap-safe.

Both are 32-bit millisecond tick counts that wrap every 49.7 days; subtracting modulo 2**32 gives
the right answer across the wrap. The Win32 calls sit behind a small adapter so the arithmetic is
tested on every OS.
"""

from __future__ import annotations

import ctypes
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP


class TickApi(Protocol):
    """The two Windows tick counts WindowsIdle needs. An implementation must return GetTickCount and the tick
    of the last input (None when GetLastInputInfo fails).
    """

    def tick_count(self) -> int: ...

    def last_input_tick(self) -> int | None: ...


def idle_milliseconds(tick_now: int, last_input: int) -> int:
    return (tick_now - last_input) & 0xFFFFFFFF


class WindowsIdle:
    """The Windows IdleSource: the wrap-safe difference between the tick count and the last input tick, in
    seconds.
    """

    name = str(QT_TRANSLATE_NOOP("Sources", "Windows last-input time"))

    def __init__(self, api: TickApi) -> None:
        self._api = api

    def idle_seconds(self) -> float | None:
        last_input = self._api.last_input_tick()
        if last_input is None:
            return None
        return idle_milliseconds(self._api.tick_count(), last_input) / 1000.0

    def close(self) -> None:
        pass


class _LastInputInfo(ctypes.Structure):
    _fields_ = (("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint))


class Win32TickApi:
    """The real calls (Windows only)."""

    def __init__(self) -> None:
        windll = ctypes.windll  # type: ignore[attr-defined]
        self._user32 = windll.user32
        self._kernel32 = windll.kernel32
        self._kernel32.GetTickCount.restype = ctypes.c_uint
        self._info = _LastInputInfo(cbSize=ctypes.sizeof(_LastInputInfo))

    def tick_count(self) -> int:
        return int(self._kernel32.GetTickCount())

    def last_input_tick(self) -> int | None:
        if not self._user32.GetLastInputInfo(ctypes.byref(self._info)):
            return None
        return int(self._info.dwTime)
