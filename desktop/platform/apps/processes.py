"""This user's running programs, read from /proc (Linux; elsewhere there is no /proc and the list is
empty). A program is named by its executable's file name, which is what app rules match.

Interpreters are named by their script instead (`python3 -m notes` is not "python3"), as far as the
command line tells it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")
_PLAUSIBLE = re.compile(r"^[^\s/]{1,64}$")  # a file name: no spaces, no slashes, not a whole script
_INTERPRETER = re.compile(r"^(python|perl|ruby|node|nodejs|java|bash|sh|dash|zsh|lua|php|wish|tclsh)[\d.]*$")


@dataclass(frozen=True)
class AppInfo:
    """One running program, for the settings' app chooser: `name` goes into the rule, `display_name`
    is what the user reads (the desktop entry's Name when one matches), `listed` says whether a
    desktop entry (a menu item) matches, so real apps can be shown before background helpers."""

    name: str
    display_name: str
    listed: bool


def process_name(pid: int, proc_root: Path = PROC) -> str | None:
    """The name app rules use for process `pid`, or None when it is gone, not readable, or a
    kernel thread (those have an empty command line)."""
    folder = proc_root / str(pid)
    try:
        argv = [arg.decode(errors="replace") for arg in (folder / "cmdline").read_bytes().split(b"\0")]
        comm = (folder / "comm").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None
    if not any(argv):
        return None
    try:
        exe = os.path.basename(os.readlink(folder / "exe")).removesuffix(" (deleted)")
    except OSError:
        exe = ""
    name = exe or comm
    if _INTERPRETER.match(name):
        name = _script_name(argv[1:]) or comm or name
    return name if _PLAUSIBLE.match(name) and not name.startswith("memfd:") else (comm or None)


def _script_name(args: list[str]) -> str | None:
    """`python3 -m notes` → notes, `python3 /opt/notes/notes.py` → notes; `-c CODE` → None."""
    skip_next = False
    for index, arg in enumerate(args):
        if skip_next or not arg:
            skip_next = False
            continue
        if arg == "-m":
            return args[index + 1].split(".")[0] if index + 1 < len(args) else None
        if arg == "-c":
            return None
        if arg in ("-W", "-X", "-cp", "-classpath", "--require"):
            skip_next = True
            continue
        if arg.startswith("-"):
            continue
        return os.path.basename(arg).removesuffix(".py").removesuffix(".js") or None
    return None


def own_pids(proc_root: Path = PROC, uid: int | None = None) -> Iterator[int]:
    """The ids of this user's processes (owner of /proc/PID)."""
    uid = os.getuid() if uid is None else uid
    try:
        entries = list(os.scandir(proc_root))
    except OSError:
        return
    for entry in entries:
        if not entry.name.isdigit():
            continue
        try:
            if entry.stat().st_uid != uid:
                continue
        except OSError:
            continue
        yield int(entry.name)


def running_names(proc_root: Path = PROC, uid: int | None = None) -> frozenset[str]:
    """The names of this user's running programs: what "hold while APP is running" matches against."""
    names = (process_name(pid, proc_root) for pid in own_pids(proc_root, uid))
    return frozenset(name for name in names if name)


def running_apps(
    proc_root: Path = PROC, uid: int | None = None, entries: Mapping[str, str] | None = None
) -> tuple[AppInfo, ...]:
    """This user's running programs, each once: menu apps first, then by display name.
    `entries` maps a program name (any case) to its desktop entry's Name."""
    by_name = {key.casefold(): value for key, value in (entries or {}).items()}
    apps: dict[str, AppInfo] = {}
    for name in running_names(proc_root, uid):
        display = by_name.get(name.casefold())
        apps.setdefault(name.casefold(), AppInfo(name, display or name, display is not None))
    return tuple(sorted(apps.values(), key=lambda app: (not app.listed, app.display_name.casefold())))
