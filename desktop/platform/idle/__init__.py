"""Idle time: which source serves this session, chosen once at start-up.

Order, first that answers wins:
- X11: the screensaver extension (libXss), then the D-Bus services below;
- Wayland: GNOME's Mutter idle monitor, then the freedesktop ScreenSaver service (KDE). The X11
  extension is never used there: through XWayland it only sees XWayland clients. Other compositors
  would need ext-idle-notify-v1, a Wayland protocol object bound from a Wayland client connection of
  our own; Qt does not expose one to Python and a ctypes libwayland client is too much machinery for
  the gain, so those sessions get the Null source and the settings say away detection is unavailable.
- Windows: GetLastInputInfo; macOS: CoreGraphics event source.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.platform.dbus_calls import MethodCaller, SessionBusCaller
from desktop.platform.idle.base import IdleSource, NullIdleSource
from desktop.platform.session_info import SessionInfo, current_session

__all__ = ["IdleSource", "NullIdleSource", "detect_idle_source", "idle_candidates"]

Candidate = Callable[[], IdleSource | None]


def idle_candidates(session: SessionInfo, caller: MethodCaller | None = None) -> Sequence[Candidate]:
    """The sources worth trying on this session, best first (each returns None if unusable)."""
    if session.system == "win32":
        return (_windows,)
    if session.system == "darwin":
        return (_macos,)
    bus = caller or SessionBusCaller()
    dbus_sources: list[Candidate] = [lambda: _mutter(bus), lambda: _freedesktop(bus)]
    if session.is_wayland:
        return dbus_sources
    if session.display:
        return [lambda: _x11(session.display), *dbus_sources]
    return dbus_sources


def unavailable_name(session: SessionInfo) -> str:
    if session.is_wayland:
        return "not available on this Wayland session"
    return "not available on this session"


def detect_idle_source(
    session: SessionInfo | None = None, candidates: Sequence[Candidate] | None = None
) -> IdleSource:
    session = session or current_session()
    for candidate in candidates if candidates is not None else idle_candidates(session):
        source = candidate()
        if source is not None:
            return source
    return NullIdleSource(unavailable_name(session))


def _x11(display: str | None) -> IdleSource | None:
    from desktop.platform.idle.x11_screensaver import X11ScreenSaverIdle

    return X11ScreenSaverIdle.open(display)


def _mutter(caller: MethodCaller) -> IdleSource | None:
    from desktop.platform.idle.dbus_idle import MutterIdle

    return MutterIdle.probe(caller)


def _freedesktop(caller: MethodCaller) -> IdleSource | None:
    from desktop.platform.idle.dbus_idle import FreedesktopScreenSaverIdle

    return FreedesktopScreenSaverIdle.probe(caller)


def _windows() -> IdleSource | None:
    from desktop.platform.idle.windows import Win32TickApi, WindowsIdle

    try:
        return WindowsIdle(Win32TickApi())
    except (AttributeError, OSError):
        return None


def _macos() -> IdleSource | None:
    from desktop.platform.idle.macos import MacIdle

    return MacIdle.open()
