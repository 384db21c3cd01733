"""X11 idle time from the MIT-SCREEN-SAVER extension (libXss), through ctypes.

The display connection is opened once and kept; each reading is one round trip to the X server
(tens of microseconds). On Wayland this would only see XWayland clients, so it is used on X11 only.
"""

from __future__ import annotations

import ctypes
import ctypes.util

from PySide6.QtCore import QT_TRANSLATE_NOOP


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = (
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds since the last input
        ("event_mask", ctypes.c_ulong),
    )


def _load(soname: str, short: str) -> ctypes.CDLL | None:
    for name in (soname, ctypes.util.find_library(short)):
        if not name:
            continue
        try:
            return ctypes.CDLL(name)
        except OSError:
            continue
    return None


class X11ScreenSaverIdle:
    """The X11 IdleSource: owns an open X display connection and an XScreenSaverInfo, and reads the idle time
    from the MIT-SCREEN-SAVER extension.
    """

    name = str(QT_TRANSLATE_NOOP("Sources", "X11 screensaver extension"))

    def __init__(self, xlib: ctypes.CDLL, xss: ctypes.CDLL, display: int) -> None:
        self._xlib = xlib
        self._xss = xss
        self._display: int | None = display
        self._root = xlib.XDefaultRootWindow(display)
        self._info = xss.XScreenSaverAllocInfo()
        if not self._info:
            raise OSError("XScreenSaverAllocInfo failed")

    @classmethod
    def open(cls, display_name: str | None) -> X11ScreenSaverIdle | None:
        """Connect to the X display, or None when there is no X server or no extension."""
        xlib, xss = _load("libX11.so.6", "X11"), _load("libXss.so.1", "Xss")
        if xlib is None or xss is None:
            return None
        xlib.XOpenDisplay.argtypes = (ctypes.c_char_p,)
        xlib.XOpenDisplay.restype = ctypes.c_void_p
        xlib.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
        xlib.XDefaultRootWindow.restype = ctypes.c_ulong
        xlib.XCloseDisplay.argtypes = (ctypes.c_void_p,)
        xlib.XFree.argtypes = (ctypes.c_void_p,)
        xss.XScreenSaverQueryExtension.argtypes = (
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        )
        xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
        xss.XScreenSaverQueryInfo.argtypes = (
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_XScreenSaverInfo),
        )
        xss.XScreenSaverQueryInfo.restype = ctypes.c_int
        display = xlib.XOpenDisplay(display_name.encode() if display_name else None)
        if not display:
            return None
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(display, ctypes.byref(event_base), ctypes.byref(error_base)):
            xlib.XCloseDisplay(display)
            return None
        return cls(xlib, xss, display)

    def idle_seconds(self) -> float | None:
        if self._display is None:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        idle_ms: int = self._info.contents.idle
        return idle_ms / 1000.0

    def close(self) -> None:
        if self._display is not None:
            display, self._display = self._display, None
            self._xlib.XFree(self._info)
            self._xlib.XCloseDisplay(display)
