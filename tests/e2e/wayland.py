"""A real Wayland compositor for the tests: KWin's virtual (headless) backend on a private runtime dir
and session bus, and a second client that makes the compositor count user activity.

Why KWin: of the compositors Debian 12 ships, it alone offers ext_idle_notifier_v1 (KWin 5.27, v1;
Sway 1.7 and Weston 10 predate the protocol, labwc is not packaged). Its virtual backend has no input
devices, so "input" comes from KDE's own idle protocol (org_kde_kwin_idle_timeout.simulate_user_activity),
which KWin routes through the same activity path as a key press: every idle notification, ext ones
included, sees `resumed`. That protocol's XML comes from Debian's plasma-wayland-protocols; pywayland's
scanner turns it into a module at test time (pywayland ships only the freedesktop protocols).

/usr/bin/kwin_wayland carries a file capability (cap_sys_resource) that a container without it in
its bounding set refuses to exec ("Operation not permitted"); a copy of the binary carries none and
runs the same code (it is a small launcher around libkwin).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.e2e.platform_env import private_session_bus
from tests.e2e.x11 import spawn, wait_for

KWIN = "kwin_wayland"
KDE_IDLE_XML = Path("/usr/share/plasma-wayland-protocols/idle.xml")
SOCKET_NAME = "wayland-unclench-test"
START_TIMEOUT_S = 30.0


def missing_compositor() -> str | None:
    """Why the compositor tests cannot run here, or None (they can)."""
    if shutil.which(KWIN) is None:
        return "kwin_wayland (Debian package kwin-wayland)"
    if not KDE_IDLE_XML.exists():
        return "plasma-wayland-protocols"
    return None


def require_compositor() -> None:
    missing = missing_compositor()
    if missing is None:
        return
    reason = f"needs {missing}: install with `bash scripts/bootstrap.sh --test` (as root)"
    if os.environ.get("CI"):  # bootstrap installs it there, so a skip would hide a broken set-up
        pytest.fail(reason)
    pytest.skip(reason)


@dataclass(frozen=True)
class Compositor:
    socket: Path  # absolute: libwayland connects to it without our XDG_RUNTIME_DIR
    log: Path

    def log_tail(self, characters: int = 3000) -> str:
        return self.log.read_text(errors="replace")[-characters:]


@contextmanager
def running_kwin(folder: Path) -> Iterator[Compositor]:
    """KWin, virtual backend, on a runtime dir and session bus of its own; stopped on exit."""
    require_compositor()
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    launcher = folder / KWIN
    shutil.copy(shutil.which(KWIN) or KWIN, launcher)  # shutil.copy drops the file capability
    log = folder / "kwin.log"
    with ExitStack() as stack, open(log, "wb") as log_file:
        bus = stack.enter_context(private_session_bus())
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("WAYLAND_DISPLAY", "DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")
        }
        env |= {"XDG_RUNTIME_DIR": str(runtime), "DBUS_SESSION_BUS_ADDRESS": bus, "HOME": str(folder)}
        argv = [str(launcher), "--virtual", "--socket", SOCKET_NAME, "--no-lockscreen"]
        argv += ["--no-global-shortcuts", "--no-kactivities", "--width", "640", "--height", "480"]
        process = spawn(argv, env, log_file, start_new_session=True)
        try:
            socket = runtime / SOCKET_NAME
            wait_for(lambda: socket.is_socket() or process.poll() is not None, START_TIMEOUT_S, "KWin socket")
            if process.poll() is not None:
                raise RuntimeError(
                    f"KWin exited with {process.returncode}:\n{log.read_text(errors='replace')}"
                )
            yield Compositor(socket, log)
        finally:
            _stop_group(process)


def _stop_group(process: subprocess.Popen[bytes]) -> None:
    """KWin may start helpers (Xwayland, kded): stop its whole process group, then reap it."""
    if process.poll() is None:
        os.killpg(process.pid, 15)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.wait()


def kde_idle_protocol(folder: Path) -> ModuleType:
    """The org_kde_kwin_idle client module, generated from Debian's XML with pywayland's scanner."""
    from pywayland.scanner import Protocol

    protocol = Protocol.parse_file(str(KDE_IDLE_XML))
    names = {interface.name: protocol.name for interface in protocol.interface}
    protocol.output(str(folder), {"wl_seat": "wayland", **names})
    path = folder / f"{protocol.name}.py"
    # The scanner writes a relative import for the core protocol, meant for pywayland's own package.
    source = path.read_text().replace("from .wayland import", "from pywayland.protocol.wayland import")
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("unclench_test_kde_idle", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


class ActivityPoker:
    """A second Wayland client that tells the compositor "the user did something" on demand."""

    def __init__(self, socket: Path, kde_idle: ModuleType) -> None:
        from pywayland.client import Display
        from pywayland.protocol.wayland import WlSeat

        self._display = Display(str(socket))
        self._display.connect()
        registry = self._display.get_registry()
        offered: dict[str, int] = {}

        def announce(_registry: Any, name: int, interface: str, _version: int) -> None:
            offered.setdefault(interface, name)

        registry.dispatcher["global"] = announce
        self._display.roundtrip()
        seat = registry.bind(offered["wl_seat"], WlSeat, 1)
        idle = registry.bind(offered["org_kde_kwin_idle"], kde_idle.OrgKdeKwinIdle, 1)
        self._timeout = idle.get_idle_timeout(seat, 3_600_000)  # only for its simulate request
        self._display.roundtrip()

    def poke(self) -> None:
        self._timeout.simulate_user_activity()
        self._display.roundtrip()  # KWin has handled it when this returns

    def close(self) -> None:
        self._timeout.release()
        self._display.roundtrip()
        self._display.disconnect()
