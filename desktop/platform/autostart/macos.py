"""macOS: a LaunchAgent, ~/Library/LaunchAgents/<id>.plist, loaded by launchd at login.

`launchctl disable gui/<uid>/<label>` (and the Login Items switch in System Settings, which works
through it for agents like this one) overrides the file without touching it, so the real state
asks launchctl too. launchctl is reached through an injected runner (tests fake it).
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.core.bounded_file import KIB, read_bounded
from desktop.platform.autostart.base import DESKTOP_ID, AutostartError, with_flag

# Runs `launchctl ARGS...`; returns its standard output, or None if it failed or is missing.
Launchctl = Callable[[Sequence[str]], str | None]
MAX_PLIST_BYTES = 64 * KIB  # our launch agent is a few hundred bytes


def run_launchctl(args: Sequence[str]) -> str | None:
    try:
        done = subprocess.run(["launchctl", *args], capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


class MacLaunchAgent:
    """The macOS Autostart: owns the LaunchAgent plist in `agents_dir` and asks launchctl whether the user
    disabled the label.
    """

    name = "macOS login item (LaunchAgent)"
    supported = True

    def __init__(
        self,
        command: Sequence[str],
        *,
        agents_dir: Path,
        launchctl: Launchctl | None = run_launchctl,
        uid: int | None = None,
        label: str = DESKTOP_ID,
    ) -> None:
        self._command = list(command)
        self.plist = agents_dir / f"{label}.plist"
        self._launchctl = launchctl
        self._domain = f"gui/{os.getuid() if uid is None else uid}"
        self._label = label

    def is_enabled(self) -> bool:
        try:
            agent = plistlib.loads(read_bounded(self.plist, MAX_PLIST_BYTES))
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        if not isinstance(agent, dict) or agent.get("Label") != self._label:
            return False
        arguments = agent.get("ProgramArguments")
        if not isinstance(arguments, list) or not arguments or not all(isinstance(a, str) for a in arguments):
            return False
        if agent.get("RunAtLoad") is not True or agent.get("Disabled") is True:
            return False
        return self._label not in self._disabled_labels()

    def enable(self) -> None:
        agent = {
            "Label": self._label,
            "ProgramArguments": with_flag(self._command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",  # a user-facing app: no background throttling
            "LimitLoadToSessionType": "Aqua",  # only in a graphical login, never over ssh
        }
        try:
            self.plist.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.plist.parent, prefix=f".{self.plist.name}.")
            try:
                with os.fdopen(handle, "wb") as stream:
                    plistlib.dump(agent, stream)
                os.chmod(temporary, 0o644)
                os.replace(temporary, self.plist)
            except BaseException:
                os.unlink(temporary)
                raise
        except OSError as problem:
            raise AutostartError(f"cannot write {self.plist}: {problem.strerror or problem}") from None
        if self._launchctl is not None and self._label in self._disabled_labels():
            self._launchctl(["enable", f"{self._domain}/{self._label}"])  # the user asked for it here

    def disable(self) -> None:
        try:
            self.plist.unlink(missing_ok=True)
        except OSError as problem:
            raise AutostartError(f"cannot remove {self.plist}: {problem.strerror or problem}") from None

    def _disabled_labels(self) -> set[str]:
        if self._launchctl is None:
            return set()
        output = self._launchctl(["print-disabled", self._domain])
        return disabled_labels(output or "")


def disabled_labels(output: str) -> set[str]:
    """Labels `launchctl print-disabled` marks disabled: `"label" => disabled` (or `=> true`, older)."""
    labels = set()
    for line in output.splitlines():
        left, arrow, right = line.partition("=>")
        if arrow and right.strip().lower() in ("disabled", "true"):
            labels.add(left.strip().strip('"'))
    return labels
