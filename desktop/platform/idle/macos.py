"""macOS idle time: CGEventSourceSecondsSinceLastEventType(HID system state, any input event)."""

from __future__ import annotations

import ctypes
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

HID_SYSTEM_STATE = 1  # kCGEventSourceStateHIDSystemState: real hardware input, not synthetic events
ANY_INPUT_EVENT = 0xFFFFFFFF  # kCGAnyInputEventType

SecondsSinceLastEvent = Callable[[int, int], float]


class MacIdle:
    """The macOS IdleSource: CoreGraphics' seconds since the last HID input event (None for a negative or NaN
    answer).
    """

    name = str(QT_TRANSLATE_NOOP("Sources", "macOS input event source"))

    def __init__(self, seconds_since_last_event: SecondsSinceLastEvent) -> None:
        self._seconds_since = seconds_since_last_event

    @classmethod
    def open(cls) -> MacIdle | None:
        try:
            graphics = ctypes.CDLL("/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics")
        except OSError:
            return None
        function = graphics.CGEventSourceSecondsSinceLastEventType
        function.argtypes = (ctypes.c_int32, ctypes.c_uint32)
        function.restype = ctypes.c_double
        return cls(function)

    def idle_seconds(self) -> float | None:
        seconds = float(self._seconds_since(HID_SYSTEM_STATE, ANY_INPUT_EVENT))
        # A negative or NaN answer is nonsense: treat it as "no reading" rather than as an hour away.
        return seconds if seconds >= 0 else None

    def close(self) -> None:
        pass
