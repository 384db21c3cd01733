"""Start at login: the Linux entry for real on disk, Windows and macOS through injected adapters."""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import stat
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from desktop.platform.autostart import (
    DESKTOP_ID,
    AutostartError,
    NullAutostart,
    autostart_for_platform,
    launch_command,
)
from desktop.platform.autostart.macos import MacLaunchAgent, disabled_labels
from desktop.platform.autostart.windows import APPROVED_KEY, RUN_KEY, WindowsRunKey
from desktop.platform.autostart.xdg import XdgAutostart, desktop_exec, read_desktop_entry

COMMAND = ["/opt/Unclench 1.0/bin/unclench"]


# --- Linux: XDG autostart -------------------------------------------------------------------------


@pytest.fixture
def xdg(tmp_path: Path) -> XdgAutostart:
    return XdgAutostart(
        COMMAND,
        config_home=tmp_path / "config",
        config_dirs=[tmp_path / "etc-xdg"],
        current_desktops=["GNOME"],
    )


def test_enable_writes_the_entry_and_disable_removes_it(xdg: XdgAutostart, tmp_path: Path) -> None:
    assert not xdg.is_enabled()
    xdg.enable()
    entry = tmp_path / "config" / "autostart" / f"{DESKTOP_ID}.desktop"
    assert entry == xdg.user_entry and entry.is_file()
    assert stat.S_IMODE(entry.stat().st_mode) == 0o644
    fields = read_desktop_entry(entry)
    assert fields is not None
    assert fields["Type"] == "Application"
    assert fields["Exec"] == '"/opt/Unclench 1.0/bin/unclench" --autostart'
    assert fields["X-KDE-autostart-after"] == "panel"
    assert fields["X-LXQt-Need-Tray"] == "true"
    assert "X-GNOME-Autostart-Phase" not in fields  # systemd's generator would skip the entry
    assert xdg.is_enabled()
    xdg.enable()  # idempotent: rewrites, stays enabled
    assert xdg.is_enabled()
    assert list(entry.parent.iterdir()) == [entry]  # no temporary files left behind
    xdg.disable()
    assert not entry.exists() and not xdg.is_enabled()
    xdg.disable()  # nothing to remove: fine


@pytest.mark.parametrize(
    ("edit", "enabled"),
    [
        (lambda text: text + "Hidden=true\n", False),
        (lambda text: text + "Hidden=false\n", True),
        (
            lambda text: text.replace("X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"),
            False,
        ),
        (lambda text: text + "OnlyShowIn=KDE;XFCE;\n", False),
        (lambda text: text + "OnlyShowIn=KDE;GNOME;\n", True),
        (lambda text: text + "NotShowIn=GNOME;\n", False),
        (lambda text: text + "TryExec=surely-not-installed-anywhere\n", False),
        (lambda text: text + "TryExec=sh\n", True),
        (lambda text: re.sub(r"Exec=.*\n", "", text), False),
        (lambda text: text.replace("Type=Application", "Type=Link"), False),
        (lambda text: text + "this line has no equals sign\n", False),
        (lambda text: text.replace("[Desktop Entry]", "[Something Else]"), False),
        (lambda text: "", False),
    ],
)
def test_the_real_state_follows_what_other_tools_write(xdg: XdgAutostart, edit, enabled: bool) -> None:  # type: ignore[no-untyped-def]
    xdg.enable()
    xdg.user_entry.write_text(edit(xdg.user_entry.read_text()))
    assert xdg.is_enabled() is enabled


def test_an_unreadable_entry_counts_as_off(xdg: XdgAutostart) -> None:
    xdg.enable()
    xdg.user_entry.write_bytes(b"[Desktop Entry]\nName=\xff\xfe\n")
    assert not xdg.is_enabled()


def test_a_system_wide_entry_is_masked_with_hidden_and_unmasked_by_enable(
    xdg: XdgAutostart, tmp_path: Path
) -> None:
    system = tmp_path / "etc-xdg" / "autostart" / f"{DESKTOP_ID}.desktop"
    system.parent.mkdir(parents=True)
    system.write_text("[Desktop Entry]\nType=Application\nName=Unclench\nExec=unclench --autostart\n")
    assert xdg.is_enabled()  # installed by a package: on, without any file of ours
    xdg.disable()
    assert system.exists()  # never touched
    assert read_desktop_entry(xdg.user_entry) == {"Type": "Application", "Name": "Unclench", "Hidden": "true"}
    assert not xdg.is_enabled()
    xdg.enable()
    assert xdg.is_enabled()


def test_the_environment_decides_the_folders(tmp_path: Path) -> None:
    environ = {
        "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
        "XDG_CONFIG_DIRS": f"{tmp_path / 'a'}:{tmp_path / 'b'}",
        "XDG_CURRENT_DESKTOP": "ubuntu:GNOME",
    }
    autostart = autostart_for_platform("linux", environ, home=tmp_path, command=["unclench"])
    assert isinstance(autostart, XdgAutostart)
    assert autostart.user_entry == tmp_path / "cfg" / "autostart" / f"{DESKTOP_ID}.desktop"
    fallback = autostart_for_platform("linux", {}, home=tmp_path, command=["unclench"])
    assert isinstance(fallback, XdgAutostart)
    assert fallback.user_entry == tmp_path / ".config" / "autostart" / f"{DESKTOP_ID}.desktop"


def test_an_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocked = tmp_path / "config"
    blocked.write_text("a file where a folder should be")
    autostart = XdgAutostart(COMMAND, config_home=blocked, config_dirs=[])
    with pytest.raises(AutostartError, match=r"cannot write .*autostart"):
        autostart.enable()
    assert not autostart.is_enabled()


def unquote_exec(value: str) -> list[str]:
    """The Desktop Entry spec read in reverse: string unescape, then split honouring quotes."""
    value = re.sub(r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(m[1], m[1]), value)
    args, current, quoted, escaped, started = [], "", False, False, False
    for char in value:
        if escaped:
            current, escaped = current + char, False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if current or started:
                args.append(current)
            current, started = "", False
        else:
            current += char
    if current or started:
        args.append(current)
    return [arg.replace("%%", "%") for arg in args]


@pytest.mark.parametrize(
    "args",
    [
        ["/usr/bin/unclench", "--autostart"],
        ["/home/me/My Apps/venv/bin/python", "-m", "desktop"],
        ['/odd/"quoted"/py', "$HOME", "`x`", "back\\slash", "100%", "a;b&c|d", "~", "#", "'", ""],
    ],
)
def test_exec_quoting_round_trips(args: list[str]) -> None:
    assert unquote_exec(desktop_exec(args)) == args


def test_exec_refuses_line_breaks() -> None:
    with pytest.raises(AutostartError):
        desktop_exec(["/tmp/evil\nHidden=true"])


# --- Windows: Run key + StartupApproved, through a fake registry --------------------------------


class FakeRegistry:
    def __init__(self) -> None:
        self.values: dict[tuple[str, str], object] = {}
        self.fail = False

    def get(self, key: str, name: str) -> object | None:
        return self.values.get((key, name))

    def set_string(self, key: str, name: str, value: str) -> None:
        self._check()
        self.values[(key, name)] = value

    def set_binary(self, key: str, name: str, value: bytes) -> None:
        self._check()
        self.values[(key, name)] = bytes(value)

    def delete(self, key: str, name: str) -> None:
        self._check()
        self.values.pop((key, name), None)

    def _check(self) -> None:
        if self.fail:
            raise PermissionError(5, "Access is denied")


def test_windows_enable_and_disable() -> None:
    registry = FakeRegistry()
    autostart = WindowsRunKey([r"C:\Program Files\Unclench\Unclench.exe"], registry)
    assert not autostart.is_enabled()
    autostart.enable()
    assert registry.values[(RUN_KEY, "Unclench")] == r'"C:\Program Files\Unclench\Unclench.exe" --autostart'
    assert registry.values[(APPROVED_KEY, "Unclench")] == bytes([2]) + bytes(11)
    assert autostart.is_enabled()
    autostart.disable()
    assert registry.values == {}
    assert not autostart.is_enabled()


@pytest.mark.parametrize(
    ("approved", "enabled"),
    [
        (None, True),  # never touched by Task Manager
        (bytes([2]) + bytes(11), True),
        (bytes([6]) + bytes(11), True),
        (bytes([3, 0, 0, 0]) + (133_000_000_000_000_000).to_bytes(8, "little"), False),  # disabled, with when
        (bytes([7]) + bytes(11), False),
        (b"", True),
    ],
)
def test_windows_honours_what_task_manager_wrote(approved: bytes | None, enabled: bool) -> None:
    registry = FakeRegistry()
    registry.values[(RUN_KEY, "Unclench")] = r"C:\U\Unclench.exe --autostart"
    if approved is not None:
        registry.values[(APPROVED_KEY, "Unclench")] = approved
    autostart = WindowsRunKey([r"C:\U\Unclench.exe"], registry)
    assert autostart.is_enabled() is enabled
    autostart.enable()  # switching it on in our settings overrules Task Manager's "disabled"
    assert autostart.is_enabled()


def test_windows_errors_are_autostart_errors() -> None:
    registry = FakeRegistry()
    registry.fail = True
    autostart = WindowsRunKey([r"C:\U\Unclench.exe"], registry)
    with pytest.raises(AutostartError, match="Access is denied"):
        autostart.enable()
    with pytest.raises(AutostartError):
        autostart.disable()


# --- macOS: LaunchAgent plist + launchctl, through injected paths and runner -----------------------


class FakeLaunchctl:
    def __init__(self, disabled: Sequence[str] = ()) -> None:
        self.disabled = set(disabled)
        self.calls: list[list[str]] = []

    def __call__(self, args: Sequence[str]) -> str | None:
        self.calls.append(list(args))
        if args[0] == "print-disabled":
            lines = [f'\t"{label}" => disabled' for label in sorted(self.disabled)]
            return "disabled services = {\n" + "\n".join(lines) + "\n}\n"
        if args[0] == "enable":
            self.disabled.discard(args[1].rsplit("/", 1)[1])
            return ""
        return None


def test_macos_enable_writes_a_launch_agent_and_disable_removes_it(tmp_path: Path) -> None:
    launchctl = FakeLaunchctl()
    agent = MacLaunchAgent(
        ["/Applications/Unclench.app/Contents/MacOS/Unclench"],
        agents_dir=tmp_path / "LaunchAgents",
        launchctl=launchctl,
        uid=501,
    )
    assert not agent.is_enabled()
    agent.enable()
    with agent.plist.open("rb") as stream:
        written = plistlib.load(stream)
    assert agent.plist == tmp_path / "LaunchAgents" / f"{DESKTOP_ID}.plist"
    assert written == {
        "Label": DESKTOP_ID,
        "ProgramArguments": ["/Applications/Unclench.app/Contents/MacOS/Unclench", "--autostart"],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }
    assert agent.is_enabled()
    assert ["print-disabled", "gui/501"] in launchctl.calls
    agent.disable()
    assert not agent.plist.exists() and not agent.is_enabled()


def test_macos_honours_launchctl_disable_and_enable_clears_it(tmp_path: Path) -> None:
    launchctl = FakeLaunchctl(disabled=[DESKTOP_ID, "com.other.app"])
    agent = MacLaunchAgent(["/x/Unclench"], agents_dir=tmp_path, launchctl=launchctl, uid=501)
    agent.enable()
    assert ["enable", f"gui/501/{DESKTOP_ID}"] in launchctl.calls
    assert agent.is_enabled()
    launchctl.disabled.add(DESKTOP_ID)  # the user switched it off in System Settings
    assert not agent.is_enabled()


@pytest.mark.parametrize(
    "content",
    [
        b"not a plist",
        plistlib.dumps({"Label": "someone.else", "ProgramArguments": ["/x"], "RunAtLoad": True}),
        plistlib.dumps({"Label": DESKTOP_ID, "ProgramArguments": ["/x"], "RunAtLoad": False}),
        plistlib.dumps({"Label": DESKTOP_ID, "ProgramArguments": [], "RunAtLoad": True}),
        plistlib.dumps(
            {"Label": DESKTOP_ID, "ProgramArguments": ["/x"], "RunAtLoad": True, "Disabled": True}
        ),
        plistlib.dumps([1, 2]),
    ],
)
def test_macos_a_plist_that_would_not_start_us_is_off(tmp_path: Path, content: bytes) -> None:
    agent = MacLaunchAgent(["/x"], agents_dir=tmp_path, launchctl=None)
    agent.plist.write_bytes(content)
    assert not agent.is_enabled()


def test_launchctl_output_formats() -> None:
    output = "\n".join(
        [
            "disabled services = {",
            '\t"a.b" => disabled',
            '\t"c.d" => enabled',
            '\t"e.f" => true',
            '\t"g.h" => false',
            "}",
        ]
    )
    assert disabled_labels(output) == {"a.b", "e.f"}


# --- choosing a backend, and what it registers ------------------------------------------------------


def test_the_factory_picks_the_platforms_backend(tmp_path: Path) -> None:
    mac = autostart_for_platform("darwin", {}, home=tmp_path, command=["/x"])
    assert isinstance(mac, MacLaunchAgent)
    assert mac.plist == tmp_path / "Library" / "LaunchAgents" / f"{DESKTOP_ID}.plist"
    flatpak = autostart_for_platform("linux", {"FLATPAK_ID": DESKTOP_ID}, home=tmp_path, command=["/x"])
    assert isinstance(flatpak, NullAutostart) and not flatpak.supported
    other = autostart_for_platform("haiku", {}, home=tmp_path, command=["/x"])
    assert isinstance(other, NullAutostart) and not other.is_enabled()
    with pytest.raises(AutostartError, match="not available"):
        other.enable()


def test_launch_command(tmp_path: Path) -> None:
    script = tmp_path / "bin" / "unclench"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    python = tmp_path / "bin" / "python3"
    assert launch_command(frozen=True, executable="/opt/U/unclench", argv0="x", windows=False) == [
        "/opt/U/unclench"
    ]
    assert launch_command(frozen=False, executable=str(python), argv0=str(script), windows=False) == [
        str(script)
    ]
    from_source = launch_command(
        frozen=False, executable=str(python), argv0=str(tmp_path / "desktop" / "__main__.py"), windows=False
    )
    assert from_source == [str(python), "-m", "desktop"]
    windows_python = tmp_path / "Scripts" / "python.exe"
    windows_python.parent.mkdir()
    windows_python.write_text("")
    (tmp_path / "Scripts" / "pythonw.exe").write_text("")
    assert launch_command(frozen=False, executable=str(windows_python), argv0="-m", windows=True)[0].endswith(
        "pythonw.exe"
    )
    assert os.path.isabs(launch_command()[0])


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils")
def test_the_entries_pass_desktop_file_validate(tmp_path: Path) -> None:
    system = tmp_path / "etc-xdg" / "autostart" / f"{DESKTOP_ID}.desktop"
    autostart = XdgAutostart(
        ["/home/me/My Apps/bin/python", "-m", "desktop"],
        config_home=tmp_path / "config",
        config_dirs=[tmp_path / "etc-xdg"],
    )
    autostart.enable()
    system.parent.mkdir(parents=True)
    system.write_text(autostart.user_entry.read_text())
    checked = [subprocess.run(["desktop-file-validate", str(system)], capture_output=True, text=True)]
    autostart.disable()  # now a Hidden=true mask
    checked.append(
        subprocess.run(["desktop-file-validate", str(autostart.user_entry)], capture_output=True, text=True)
    )
    assert [(done.returncode, done.stdout) for done in checked] == [(0, ""), (0, "")]


@pytest.mark.skipif(os.name != "posix", reason="named pipes of POSIX systems")
def test_an_autostart_entry_that_is_a_named_pipe_reads_as_none_at_once(tmp_path: Path) -> None:
    from desktop.platform.autostart.xdg import read_desktop_entry

    entry = tmp_path / "unclench.desktop"
    os.mkfifo(entry)
    started = time.monotonic()
    assert read_desktop_entry(entry) is None
    assert time.monotonic() - started < 1.0
