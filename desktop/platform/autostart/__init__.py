"""Start at login, per OS: which backend serves this system.

autostart = autostart_for_platform()
switch.setChecked(autostart.is_enabled())  # the real state, read afresh
autostart.enable() / autostart.disable()   # AutostartError with a message on failure
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from desktop.platform.autostart.base import (
    AUTOSTART_FLAG,
    DESKTOP_ID,
    Autostart,
    AutostartError,
    NullAutostart,
    launch_command,
)

__all__ = [
    "AUTOSTART_FLAG",
    "DESKTOP_ID",
    "Autostart",
    "AutostartError",
    "NullAutostart",
    "autostart_for_platform",
    "launch_command",
]


def autostart_for_platform(
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
    home: Path | None = None,
    command: Sequence[str] | None = None,
) -> Autostart:
    home = home or Path.home()
    command = list(command) if command is not None else launch_command()
    if platform == "win32":
        from desktop.platform.autostart.windows import WindowsRunKey, WinRegistry

        return WindowsRunKey(command, WinRegistry())
    if platform == "darwin":
        from desktop.platform.autostart.macos import MacLaunchAgent

        return MacLaunchAgent(command, agents_dir=home / "Library" / "LaunchAgents")
    if environ.get("FLATPAK_ID"):
        # The sandbox's ~/.config is not the host's: an entry written there would never run.
        # Flatpak apps ask the Background portal instead; that is packaging work for later.
        return NullAutostart("not available inside Flatpak yet")
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly")):
        from desktop.platform.autostart.xdg import XdgAutostart

        return XdgAutostart.from_environment(command, environ, home)
    return NullAutostart()
