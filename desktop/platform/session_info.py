"""What kind of desktop session we run in, read once at start-up from the environment.

Every `detect_*()` factory decides from this, so tests can describe any desktop without running it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class SessionInfo:
    """What kind of desktop session this is (OS, X11 or Wayland, the XDG desktops, the X display), read once
    from the environment; the `detect_*()` factories choose backends from it.
    """

    system: str  # "linux", "win32", "darwin" (sys.platform; BSDs count as "linux" here)
    session_type: str  # "x11", "wayland" or "" (Windows, macOS, a tty)
    desktops: tuple[str, ...]  # XDG_CURRENT_DESKTOP, upper-cased: ("UBUNTU", "GNOME"), ("KDE",)
    display: str | None  # the X display name, when one is reachable
    wayland_display: str | None = None  # WAYLAND_DISPLAY: the compositor socket our own clients connect to

    @property
    def is_wayland(self) -> bool:
        return self.session_type == "wayland"

    @property
    def is_x11(self) -> bool:
        return self.session_type == "x11"

    @property
    def is_gnome(self) -> bool:
        return any(d in ("GNOME", "GNOME-CLASSIC", "UNITY") for d in self.desktops)

    @property
    def is_kde(self) -> bool:
        return "KDE" in self.desktops


def current_session(env: Mapping[str, str] | None = None, platform: str | None = None) -> SessionInfo:
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    system = platform if platform in ("win32", "darwin") else "linux"
    desktops = tuple(d.strip().upper() for d in env.get("XDG_CURRENT_DESKTOP", "").split(":") if d.strip())
    display = env.get("DISPLAY") or None
    if system != "linux":
        return SessionInfo(system, "", desktops, None)
    session_type = env.get("XDG_SESSION_TYPE", "").lower()
    if session_type not in ("x11", "wayland"):
        # Started outside a login session (a terminal multiplexer, Xvfb in a test): go by what is there.
        session_type = "wayland" if env.get("WAYLAND_DISPLAY") else "x11" if display else ""
    return SessionInfo(system, session_type, desktops, display, env.get("WAYLAND_DISPLAY") or None)
