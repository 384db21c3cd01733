"""Linux and the BSDs: an XDG autostart entry, $XDG_CONFIG_HOME/autostart/<id>.desktop.

Which keys the entry carries, and why (checked against the session managers' sources):
- No X-GNOME-Autostart-Phase. systemd's xdg-autostart-generator, which starts autostart entries
  in GNOME (3.34+) and Plasma (5.25+) sessions, skips every entry that names a phase, even
  "Applications" ("startup phases are not supported"): with it the app would never start there.
  Those units are ordered After=graphical-session.target anyway.
- X-GNOME-Autostart-Delay / X-MATE-Autostart-Delay: a few seconds' head start for the panel on
  gnome-session without systemd, Cinnamon and MATE. The app still copes with a late tray.
- X-KDE-autostart-phase=2 (after the desktop is up) and the older X-KDE-autostart-after=panel
  for Plasma sessions started without systemd.
- X-LXQt-Need-Tray=true: lxqt-session then waits for the system tray before starting us.
Disabled means: no entry, or Hidden=true (the spec's way, which also hides a system-wide entry of
the same name), or X-GNOME-Autostart-enabled=false (what GNOME's tools write).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from desktop import APP_NAME
from desktop.core.bounded_file import KIB, read_bounded_text
from desktop.platform.autostart.base import DESKTOP_ID, AutostartError, with_flag

MAX_ENTRY_BYTES = 64 * KIB  # a desktop entry is a few hundred bytes
_GROUP = "Desktop Entry"
# The Desktop Entry spec's reserved characters: an argument holding one must be quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class XdgAutostart:
    """The Linux/BSD Autostart: owns the user's XDG autostart .desktop entry and honours system entries and
    the current desktops' rules when saying whether it would start.
    """

    name = "XDG autostart entry"
    supported = True

    def __init__(
        self,
        command: Sequence[str],
        *,
        config_home: Path,
        config_dirs: Sequence[Path] = (Path("/etc/xdg"),),
        current_desktops: Sequence[str] = (),
        which: Callable[[str], str | None] = shutil.which,
        desktop_id: str = DESKTOP_ID,
    ) -> None:
        self._command = list(command)
        self._file_name = f"{desktop_id}.desktop"
        self.user_entry = config_home / "autostart" / self._file_name
        self._system_entries = [folder / "autostart" / self._file_name for folder in config_dirs]
        self._desktops = {name.lower() for name in current_desktops}
        self._which = which
        self._desktop_id = desktop_id

    @classmethod
    def from_environment(cls, command: Sequence[str], environ: Mapping[str, str], home: Path) -> XdgAutostart:
        config_home = Path(environ.get("XDG_CONFIG_HOME") or home / ".config")
        dirs = [Path(p) for p in (environ.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(":") if p]
        desktops = [d for d in environ.get("XDG_CURRENT_DESKTOP", "").split(":") if d]
        return cls(command, config_home=config_home, config_dirs=dirs, current_desktops=desktops)

    def is_enabled(self) -> bool:
        # The user's file, when there is one, overrides any system-wide file of the same name.
        for entry in [self.user_entry, *self._system_entries]:
            if entry.exists():
                fields = read_desktop_entry(entry)
                return fields is not None and self._would_start(fields)
        return False

    def enable(self) -> None:
        _write_atomically(self.user_entry, self.entry_text())

    def disable(self) -> None:
        if any(entry.exists() for entry in self._system_entries):
            # A system-wide entry (from a distribution package) can only be masked, not removed.
            _write_atomically(
                self.user_entry, f"[{_GROUP}]\nType=Application\nName={APP_NAME}\nHidden=true\n"
            )
            return
        try:
            self.user_entry.unlink(missing_ok=True)
        except OSError as problem:
            raise AutostartError(f"cannot remove {self.user_entry}: {problem.strerror or problem}") from None

    def entry_text(self) -> str:
        return "\n".join(
            [
                "# Written by Unclench's 'Start at login' setting; switch it off there to remove it.",
                f"[{_GROUP}]",
                "Type=Application",
                f"Name={APP_NAME}",
                "Comment=Posture, water and stretch reminders and breathing exercises",
                f"Exec={desktop_exec(with_flag(self._command))}",
                f"Icon={self._desktop_id}",
                "Terminal=false",
                "StartupNotify=false",
                "X-GNOME-Autostart-enabled=true",
                "X-GNOME-Autostart-Delay=3",
                "X-MATE-Autostart-Delay=3",
                "X-KDE-autostart-phase=2",
                "X-KDE-autostart-after=panel",
                "X-LXQt-Need-Tray=true",
                "",
            ]
        )

    def _would_start(self, fields: Mapping[str, str]) -> bool:
        if fields.get("Type") != "Application" or not fields.get("Exec", "").strip():
            return False
        if _true(fields.get("Hidden")) or fields.get("X-GNOME-Autostart-enabled", "").lower() == "false":
            return False
        only = _list(fields.get("OnlyShowIn"))
        if only and not only & self._desktops:
            return False
        if _list(fields.get("NotShowIn")) & self._desktops:
            return False
        try_exec = fields.get("TryExec")
        return not try_exec or self._which(try_exec) is not None


def desktop_exec(args: Sequence[str]) -> str:
    """The Exec= value for `args`, quoted and escaped as the Desktop Entry spec requires."""
    words = []
    for arg in args:
        if "\n" in arg or "\r" in arg:
            raise AutostartError(f"cannot put a line break into a desktop entry: {arg!r}")
        word = arg.replace("%", "%%")  # field codes
        if not word or _RESERVED & set(word):
            word = '"' + "".join("\\" + c if c in '"`$\\' else c for c in word) + '"'
        words.append(word)
    # The string escape rule applies on top of the quoting: a backslash is written as \\.
    return " ".join(words).replace("\\", "\\\\")


def read_desktop_entry(path: Path) -> dict[str, str] | None:
    """The [Desktop Entry] keys of a file, or None if it cannot be read or is not an entry."""
    try:
        text = read_bounded_text(path, MAX_ENTRY_BYTES)
    except (OSError, UnicodeDecodeError):
        return None
    fields: dict[str, str] = {}
    group = None
    seen_group = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
            seen_group = seen_group or group == _GROUP
            continue
        if "=" not in line or group is None:
            return None  # systemd treats such a file as hidden; so do we
        if group == _GROUP:
            key, value = line.split("=", 1)
            fields[key.strip()] = value.strip()
    return fields if seen_group else None


def _true(value: str | None) -> bool:
    return (value or "").strip().lower() in ("true", "1")


def _list(value: str | None) -> set[str]:
    return {item.strip().lower() for item in (value or "").split(";") if item.strip()}


def _write_atomically(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
            os.chmod(temporary, 0o644)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError as problem:
        raise AutostartError(f"cannot write {path}: {problem.strerror or problem}") from None
