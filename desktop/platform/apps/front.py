"""Which app is in front: the active window's process (X11: _NET_ACTIVE_WINDOW, then the window's
_NET_WM_PID, else its WM_CLASS).

Wayland gives no app a way to see another app's window, GNOME and KDE included (their private
interfaces need a shell extension or a KWin script), so there `front_app()` is always None and
`state()` says why, for the settings and `unclench doctor`. "While APP is running" works everywhere
/proc exists.
"""

from __future__ import annotations

import ctypes
from pathlib import Path
from typing import Protocol

from desktop.platform.apps.processes import PROC, process_name
from desktop.platform.busy.x11_fullscreen import X11FullscreenSource
from desktop.platform.session_info import SessionInfo, current_session

_CARDINAL = 6  # predefined X atoms
_STRING = 31
_WM_CLASS = 67


class FrontAppReader(Protocol):
    """Tells the process name of the app whose window is in front; `state()` is one line for the
    settings and `unclench doctor`."""

    def front_app(self) -> str | None: ...

    def state(self) -> str: ...

    def close(self) -> None: ...


class NullFrontApp:
    """No way to tell the app in front here; `state()` says why."""

    def __init__(self, reason: str) -> None:
        self._reason = reason

    def front_app(self) -> str | None:
        return None

    def state(self) -> str:
        return self._reason

    def close(self) -> None:
        pass


class X11FrontApp(X11FullscreenSource):
    """The active X11 window's app, through the same xcb connection code as the fullscreen check
    (so one object and one connection can also answer `is_busy()`)."""

    name = "X11 active window"

    def __init__(self, xcb: ctypes.CDLL, libc: ctypes.CDLL, connection: int, root: int) -> None:
        super().__init__(xcb, libc, connection, root)
        self._wm_pid = self._atom(b"_NET_WM_PID")
        self.proc_root: Path = PROC

    def front_app(self) -> str | None:
        if self._connection is None or self._xcb.xcb_connection_has_error(self._connection):
            return None
        active = self._property(self._root, self._active, 0)
        if not active or active[0] == 0:
            return None
        window = active[0]
        pid = self._property(window, self._wm_pid, _CARDINAL)
        if pid and pid[0] > 0:
            name = process_name(pid[0], self.proc_root)
            if name:
                return name
        wm_class = self.wm_class(window)
        return wm_class[-1] if wm_class else None

    def state(self) -> str:
        return "reads the active window (X11)"

    def wm_class(self, window: int) -> tuple[str, ...]:
        """WM_CLASS: (instance, class), e.g. ("Navigator", "firefox"); () when unset."""
        error = ctypes.c_void_p()
        cookie = self._xcb.xcb_get_property(self._connection, 0, window, _WM_CLASS, _STRING, 0, 256)
        reply = self._xcb.xcb_get_property_reply(self._connection, cookie, ctypes.byref(error))
        if error.value:
            self._free(error)
        if not reply:
            return ()
        try:
            if reply.contents.format != 8:
                return ()
            length = self._xcb.xcb_get_property_value_length(reply)
            data = ctypes.string_at(self._xcb.xcb_get_property_value(reply), length)
        finally:
            self._free(reply)
        return tuple(part.decode("latin-1") for part in data.split(b"\0") if part)


def detect_front_app(session: SessionInfo | None = None) -> FrontAppReader:
    session = session or current_session()
    if session.system != "linux":
        return NullFrontApp("not available on this system")
    if session.is_wayland:
        return NullFrontApp("not available on Wayland (no app may see which window is in front)")
    if session.is_x11 and session.display:
        reader = X11FrontApp.open(session.display)
        if isinstance(reader, X11FrontApp):
            return reader
        return NullFrontApp(f"cannot connect to the X display {session.display}")
    return NullFrontApp("not available without a graphical session")
