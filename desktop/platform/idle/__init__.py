"""Idle time: which source serves this session, chosen once at start-up.

Order, first that answers wins:
- X11: the screensaver extension (libXss), then the D-Bus services below;
- Wayland (WAYLAND_DISPLAY set): ext-idle-notify-v1 on a Wayland connection of our own (wlroots
  compositors such as Sway, Hyprland, labwc, river, niri, and KDE), then GNOME's Mutter idle monitor,
  then the freedesktop ScreenSaver service (KDE before 5.27). The X11 extension is never used there:
  through XWayland it only sees XWayland clients. pywayland is imported only when this is tried.
- Windows: GetLastInputInfo; macOS: CoreGraphics event source.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP

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
        wayland: list[Candidate] = []
        if session.wayland_display:
            wayland.append(lambda: _wayland(session.wayland_display))
        return [*wayland, *dbus_sources]
    if session.display:
        return [lambda: _x11(session.display), *dbus_sources]
    return dbus_sources


def unavailable_name(session: SessionInfo) -> str:
    if session.is_wayland:
        return str(QT_TRANSLATE_NOOP("Sources", "not available on this Wayland session"))
    return str(QT_TRANSLATE_NOOP("Sources", "not available on this session"))


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


def _wayland(display_name: str | None) -> IdleSource | None:
    try:
        from desktop.core.delivery import TYPING_PAUSE_SECONDS
        from desktop.platform.idle.wayland_idle_notify import WaylandIdleNotify
    except ImportError:  # pywayland is a Linux-only dependency
        return None
    # The shortest idle time anyone asks about: below it the source answers 0 (see the module).
    return WaylandIdleNotify.open(display_name, timeout_seconds=TYPING_PAUSE_SECONDS)


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
