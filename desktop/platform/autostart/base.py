"""Start at login: the interface every OS backend implements, and the command they register.

`is_enabled()` reads the real state from the OS each time (a user may switch it off in Task
Manager, GNOME Tweaks or System Settings), so the settings switch never shows a stale value.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

# Reverse-DNS id shared with packaging/ (desktop entry, AppStream metainfo) and used as the
# autostart entry's file name and the LaunchAgent label, so every tool sees one app.
DESKTOP_ID = "io.github.unclench.Unclench"
AUTOSTART_FLAG = "--autostart"


class AutostartError(OSError):
    """Switching start at login on or off failed; the text says where and why."""


class Autostart(Protocol):
    """Start at login on one OS. An implementation must give a `name` and `supported` flag for the settings,
    read the real state from the OS on each `is_enabled()`, and register or remove the launch command in
    `enable()`/`disable()`, raising AutostartError on failure.
    """

    name: str  # what it is, for the settings: "XDG autostart entry"
    supported: bool  # False: the settings show the switch disabled, with `name` as the reason

    def is_enabled(self) -> bool:
        """Whether the OS will start Unclench at the next login, read afresh."""

    def enable(self) -> None:
        """Register the launch command; raises AutostartError."""

    def disable(self) -> None:
        """Unregister; raises AutostartError."""


class NullAutostart:
    """The Autostart where none is available: never enabled, `enable()` raises AutostartError with the reason,
    `disable()` does nothing.
    """

    supported = False

    def __init__(self, name: str = "not available on this system") -> None:
        self.name = name

    def is_enabled(self) -> bool:
        return False

    def enable(self) -> None:
        raise AutostartError(f"Start at login is {self.name}")

    def disable(self) -> None:
        pass


def launch_command(
    *,
    frozen: bool | None = None,
    executable: str | None = None,
    argv0: str | None = None,
    windows: bool | None = None,
) -> list[str]:
    """How to start this installation of Unclench again, without the autostart flag.

    A PyInstaller bundle is its own executable; an installed `unclench` script is used as is;
    anything else (a source checkout) runs `python -m desktop` with this interpreter. On Windows
    pythonw.exe is preferred so no console window opens at login.
    """
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = executable if executable is not None else sys.executable
    argv0 = argv0 if argv0 is not None else (sys.argv[0] if sys.argv else "")
    windows = sys.platform == "win32" if windows is None else windows
    if frozen:
        return [os.path.abspath(executable)]
    script = Path(argv0)
    if script.stem == "unclench":
        for candidate in (script, script.with_suffix(".exe")):
            if candidate.is_file():
                return [os.path.abspath(candidate)]
    interpreter = Path(executable)
    if windows and interpreter.name.lower() == "python.exe":
        quiet = interpreter.with_name("pythonw.exe")
        if quiet.is_file():
            interpreter = quiet
    return [os.path.abspath(interpreter), "-m", "desktop"]


def with_flag(command: Sequence[str]) -> list[str]:
    return [*command, AUTOSTART_FLAG]
