"""A private X11 desktop for end-to-end tests and benchmarks, and ways to look at it from outside.

`running_desktop()` starts an Xvfb screen, a session bus of its own, an XEmbed tray host (Debian's
`trayer`) and a notification daemon (`dunst`) on that bus, and stops them again. The look-ups use only
the X tools a person would (`xwininfo`, `xprop`, `xdotool`), so they see what a real panel sees.

How a tray icon is recognised (checked against a bare QSystemTrayIcon): Qt 6's xcb tray icon is a
small window of the app's own, carrying `_NET_WM_PID` = the app's pid and an `_XEMBED_INFO`
property. Once embedded, trayer has reparented it into a socket inside its "panel" window, so in
`xwininfo -root -tree` it sits below trayer's top-level (panel → socket → icon) instead of under the
root; and it is viewable there with a real size. Before the tray took it, it is not in trayer's tree.

No pytest in here: scripts/bench_idle.py uses the same helpers.
"""

from __future__ import annotations

import ctypes
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TypeVar

REPO_ROOT = Path(__file__).resolve().parents[2]
SCREEN = "1280x800x24"  # 24 bits: 16-bit colour would quantise pixels read back from the screen
DESKTOP_TOOLS = ("Xvfb", "trayer", "xdotool", "xwininfo", "xprop", "dbus-daemon", "dbus-send", "dunst")
NOTIFICATIONS = "org.freedesktop.Notifications"

# Variables that would point a client at the real session (or a real desktop's plugins) instead of ours.
_FOREIGN_SESSION = (
    "WAYLAND_DISPLAY",
    "XAUTHORITY",
    "SESSION_MANAGER",
    "AT_SPI_BUS_ADDRESS",
    "XDG_CURRENT_DESKTOP",
    "XDG_SESSION_DESKTOP",
    "DESKTOP_SESSION",
    "QT_QPA_PLATFORMTHEME",
    "GNOME_DESKTOP_SESSION_ID",
    "KDE_FULL_SESSION",
)

# Our own bus without service activation: nothing installed on the machine starts behind a test's back.
_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

T = TypeVar("T")


def missing_tools(tools: Sequence[str] = DESKTOP_TOOLS) -> list[str]:
    return [tool for tool in tools if shutil.which(tool) is None]


def wait_for(condition: Callable[[], T | None], timeout: float, what: str, interval: float = 0.05) -> T:
    """Poll `condition` until it returns something truthy, and return that; TimeoutError naming `what`
    after `timeout` seconds. For state outside our process there is no signal to wait on."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise TimeoutError(f"{what}: not within {timeout:g} s")
        time.sleep(interval)


# ---- child processes ---------------------------------------------------------------------------

_prctl: Callable[..., int] | None
try:
    _prctl = ctypes.CDLL(None, use_errno=True).prctl  # resolved now: no dlopen in a forked child
except (OSError, AttributeError):  # not Linux
    _prctl = None


def _die_with_parent() -> None:
    """Runs in the child before exec: if the test run dies, its servers and apps die with it."""
    if _prctl is not None:
        _prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def spawn(
    argv: Sequence[str], env: Mapping[str, str], log: IO[bytes], **options: object
) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        list(argv),
        env=dict(env),
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        preexec_fn=_die_with_parent,
        **options,  # type: ignore[call-overload]
    )


def _first_line(fd: int, timeout: float, what: str) -> str:
    """The first line a starting server writes on `fd` (it writes it once it accepts clients)."""
    ready, _, _ = select.select([fd], [], [], timeout)
    if not ready:
        raise TimeoutError(f"{what} printed nothing within {timeout:g} s")
    with os.fdopen(fd, closefd=False) as pipe:
        return pipe.readline().strip()


def _stop(process: subprocess.Popen[bytes], timeout: float = 5.0) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class Desktop:
    """A running private desktop. `client_env()` is what a program needs to live on it."""

    display: str
    bus_address: str
    folder: Path

    def client_env(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        env = {k: v for k, v in (os.environ if base is None else base).items() if k not in _FOREIGN_SESSION}
        env.update(
            DISPLAY=self.display,
            DBUS_SESSION_BUS_ADDRESS=self.bus_address,
            QT_QPA_PLATFORM="xcb",
            XDG_SESSION_TYPE="x11",
        )
        return env


@contextmanager
def running_desktop(
    folder: Path | None = None, *, screen: str = SCREEN, tray: bool = True, notifications: bool = True
) -> Iterator[Desktop]:
    """Xvfb + private session bus (+ trayer, + dunst), all stopped on exit. Logs go to `folder`."""
    with ExitStack() as stack:
        if folder is None:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="unclench-desktop-")))
        log = stack.enter_context(open(folder / "desktop.log", "ab"))
        display = _start_xvfb(stack, log, screen)
        bus = _start_bus(stack, log, folder)
        desktop = Desktop(display, bus, folder)
        env = desktop.client_env()
        if tray:
            stack.callback(_stop, spawn(_TRAYER, env, log))
            wait_for(lambda: tray_host(display), 10, "trayer's panel mapped")
        if notifications:
            config_home = folder / "notifier-config"  # an empty one: the user's dunstrc stays out
            config_home.mkdir(exist_ok=True)
            stack.callback(_stop, spawn(["dunst"], {**env, "XDG_CONFIG_HOME": str(config_home)}, log))
            wait_for(lambda: bus_name_has_owner(env, NOTIFICATIONS), 10, "dunst on the session bus")
        yield desktop


_TRAYER = [
    "trayer",
    *("--edge", "bottom", "--align", "right", "--widthtype", "request", "--height", "24"),
    *("--SetDockType", "true", "--transparent", "false", "--expand", "true"),
]


def _start_xvfb(stack: ExitStack, log: IO[bytes], screen: str) -> str:
    read, write = os.pipe()
    stack.callback(os.close, read)
    try:
        argv = ["Xvfb", "-displayfd", str(write), "-screen", "0", screen, "-nolisten", "tcp", "-noreset"]
        stack.callback(_stop, spawn(argv, os.environ, log, pass_fds=(write,)))
    finally:
        os.close(write)  # Xvfb holds the only write end now: its exit means end of file here
    number = _first_line(read, 15, "Xvfb")
    if not number:
        raise RuntimeError("Xvfb exited before it took a display (see desktop.log)")
    return f":{number}"


def _start_bus(stack: ExitStack, log: IO[bytes], folder: Path) -> str:
    config = folder / "bus.conf"
    config.write_text(_BUS_CONFIG.format(folder=folder))
    read, write = os.pipe()
    stack.callback(os.close, read)
    try:
        argv = ["dbus-daemon", f"--config-file={config}", "--nofork", f"--print-address={write}"]
        stack.callback(_stop, spawn(argv, os.environ, log, pass_fds=(write,)))
    finally:
        os.close(write)
    address = _first_line(read, 15, "dbus-daemon")
    if not address:
        raise RuntimeError("dbus-daemon exited before it listened (see desktop.log)")
    return address


def bus_name_has_owner(env: Mapping[str, str], name: str) -> bool:
    result = subprocess.run(
        ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/",
         "org.freedesktop.DBus.NameHasOwner", f"string:{name}"],
        env=dict(env), capture_output=True, text=True, timeout=10,
    )  # fmt: skip
    return result.returncode == 0 and "boolean true" in result.stdout


# ---- looking at the screen ---------------------------------------------------------------------


@dataclass(frozen=True)
class Window:
    wid: int
    parent: int
    name: str
    wm_class: tuple[str, ...]  # (instance, class), empty when unset
    width: int
    height: int
    x: int  # absolute, on the screen
    y: int


_TREE_LINE = re.compile(
    r'^(?P<indent>\s+)(?P<wid>0x[0-9a-f]+) (?:"(?P<name>.*)"|\(has no name\)): \((?P<cls>.*)\)'
    r"\s+(?P<w>\d+)x(?P<h>\d+)\+-?\d+\+-?\d+\s+\+(?P<x>-?\d+)\+(?P<y>-?\d+)\s*$"
)
_ROOT_LINE = re.compile(r"Root window id: (0x[0-9a-f]+)")


def x_tool(display: str, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, env={**os.environ, "DISPLAY": display}, capture_output=True, text=True, timeout=10
    )


def window_tree(display: str) -> list[Window]:
    """Every window on the screen with its parent, from `xwininfo -root -tree` (indentation = depth)."""
    out = x_tool(display, "xwininfo", "-root", "-tree").stdout
    root_match = _ROOT_LINE.search(out)
    root = int(root_match.group(1), 16) if root_match else 0
    windows: list[Window] = []
    stack: list[tuple[int, int]] = []  # (indent, wid) of the open ancestors
    for line in out.splitlines():
        m = _TREE_LINE.match(line)
        if m is None:
            continue
        indent = len(m["indent"])
        while stack and stack[-1][0] >= indent:
            stack.pop()
        wid = int(m["wid"], 16)
        windows.append(
            Window(
                wid=wid,
                parent=stack[-1][1] if stack else root,
                name=m["name"] or "",
                wm_class=tuple(re.findall(r'"([^"]*)"', m["cls"])),
                width=int(m["w"]),
                height=int(m["h"]),
                x=int(m["x"]),
                y=int(m["y"]),
            )
        )
        stack.append((indent, wid))
    return windows


def window_properties(display: str, wid: int, *names: str) -> dict[str, str]:
    """`xprop` values by property name (raw text after '='); absent properties are left out."""
    out = x_tool(display, "xprop", "-id", hex(wid), *names).stdout
    found = {}
    for line in out.splitlines():
        name, sep, value = line.partition(" = ")
        if sep:
            found[name.split("(", 1)[0]] = value.strip()
    return found


def is_viewable(display: str, wid: int) -> bool:
    """Mapped, and every ancestor mapped: what a person could see."""
    return "Map State: IsViewable" in x_tool(display, "xwininfo", "-id", hex(wid)).stdout


def tray_host(display: str, host_class: str = "trayer") -> Window | None:
    """trayer's panel (the top-level that holds the icons), once it is on the screen."""
    for window in window_tree(display):
        if window.wm_class[-1:] == (host_class,) and window.name == "panel":
            return window if is_viewable(display, window.wid) else None
    return None


def find_tray_icon(display: str, pid: int, host_class: str = "trayer") -> Window | None:
    """The tray icon of process `pid` if a tray host has embedded it and it is visible, else None."""
    windows = window_tree(display)
    by_id = {w.wid: w for w in windows}
    hosts = {w.wid for w in windows if host_class.lower() in (c.lower() for c in w.wm_class)}

    def inside_host(window: Window) -> bool:
        ancestor = by_id.get(window.parent)
        while ancestor is not None:
            if ancestor.wid in hosts:
                return True
            ancestor = by_id.get(ancestor.parent)
        return False

    for window in windows:
        if window.width <= 1 or window.height <= 1 or not inside_host(window):
            continue
        props = window_properties(display, window.wid, "_NET_WM_PID", "_XEMBED_INFO")
        ours = props.get("_NET_WM_PID") == str(pid) and "_XEMBED_INFO" in props
        if ours and is_viewable(display, window.wid):
            return window
    return None


_ERE_SPECIAL = frozenset(".[]{}()\\*+?^$|")


def find_window(display: str, name: str, pid: int | None = None) -> Window | None:
    """A mapped (viewable) window whose title is exactly `name` (and of process `pid`, if given)."""
    exact = "".join("\\" + c if c in _ERE_SPECIAL else c for c in name)  # re.escape's "\\ " is not POSIX
    argv = ["xdotool", "search", "--all", "--onlyvisible", "--name"]
    if pid is not None:
        argv += ["--pid", str(pid)]
    argv.append(f"^{exact}$")  # the pattern comes last; a POSIX extended regex
    found = {int(line) for line in x_tool(display, *argv).stdout.split()}
    if not found:
        return None
    for window in window_tree(display):
        if window.wid in found:
            return window
    return None


def click(display: str, x: int, y: int, button: int = 1) -> None:
    """A real pointer click at absolute screen coordinates."""
    x_tool(display, "xdotool", "mousemove", "--sync", str(x), str(y), "click", str(button)).check_returncode()


def screenshot(display: str, path: Path) -> Path:
    """A PNG of the whole screen (scripts/screenshot.py), to look at what a person would see."""
    script = REPO_ROOT / "scripts" / "screenshot.py"
    argv = [sys.executable, str(script), "--display", display, str(path)]
    subprocess.run(argv, check=True, timeout=30, capture_output=True)
    return path


# ---- the app under test ------------------------------------------------------------------------


class AppProcess:
    """A program started on the private desktop, its output kept in `log_path`."""

    def __init__(
        self, argv: Sequence[str], env: Mapping[str, str], log_path: Path, cwd: Path = REPO_ROOT
    ) -> None:
        self.argv = list(argv)
        self.log_path = log_path
        self._log = open(log_path, "wb")  # noqa: SIM115 - closed in stop()/kill()
        self.started_at = time.monotonic()
        self.process = spawn(self.argv, env, self._log, cwd=cwd)

    @property
    def pid(self) -> int:
        return self.process.pid

    def running(self) -> bool:
        return self.process.poll() is None

    def output(self, last: int = 4000) -> str:
        if not self._log.closed:
            self._log.flush()
        return self.log_path.read_text(errors="replace")[-last:]

    def stop(self, timeout: float = 10.0) -> int:
        """SIGTERM, and the exit code; AssertionError if it is still running after `timeout` s."""
        if self.running():
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(
                f"{self.argv} still running {timeout:g} s after SIGTERM (killed); output:\n{self.output()}"
            ) from None
        finally:
            self._log.close()

    def stop_cleanly(self, timeout: float = 10.0) -> None:
        """It must still be running, then leave on SIGTERM with exit code 0 within `timeout` s."""
        code = self.process.poll()
        assert code is None, f"{self.argv} exited by itself (code {code}) before SIGTERM:\n{self.output()}"
        code = self.stop(timeout)
        assert code == 0, f"{self.argv} exited with code {code} after SIGTERM; output:\n{self.output()}"

    def kill(self) -> None:
        if self.running():
            self.process.kill()
            self.process.wait()
        self._log.close()
