"""Names of installed apps from their desktop entries (the menu's .desktop files), by program name.

Only the [Desktop Entry] group's Name, Exec, TryExec and StartupWMClass are used (read by
autostart/xdg.read_desktop_entry: bounded, regular files only); files that do not parse are passed
over. Reading a few hundred small files takes some milliseconds: do it when the settings open, not
on every check.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from desktop.platform.autostart.xdg import read_desktop_entry


def application_dirs(env: Mapping[str, str] | None = None) -> list[Path]:
    """$XDG_DATA_HOME/applications, then each of $XDG_DATA_DIRS (the XDG base directory defaults)."""
    env = os.environ if env is None else env
    home = env.get("XDG_DATA_HOME") or str(Path(env.get("HOME", "~")).expanduser() / ".local" / "share")
    dirs = env.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    return [Path(folder) / "applications" for folder in [home, *dirs.split(":")] if folder]


def desktop_entry_names(dirs: Iterable[Path]) -> dict[str, str]:
    """{program name: the app's Name} for the entries in `dirs`; the first directory wins."""
    names: dict[str, str] = {}
    for folder in dirs:
        try:
            files = sorted(folder.rglob("*.desktop"))
        except OSError:
            continue
        for path in files:
            fields = read_desktop_entry(path) or {}  # bounded, regular files only (no FIFO)
            title = fields.get("Name")
            if not title or fields.get("Type", "Application") != "Application":
                continue
            for program in _programs(fields):
                names.setdefault(program, title)
    return names


def _programs(fields: Mapping[str, str]) -> list[str]:
    programs = []
    for command in (fields.get("TryExec", ""), fields.get("Exec", "")):
        words = [word for word in command.split() if "=" not in word or word.startswith("/")]
        if words and os.path.basename(words[0]) == "env":
            words = words[1:]
        if words and os.path.basename(words[0]) not in ("flatpak", "snap", "sh", "bash"):
            programs.append(os.path.basename(words[0].strip("\"'")))
    if fields.get("StartupWMClass"):
        programs.append(fields["StartupWMClass"])
    return [program for program in programs if program]
