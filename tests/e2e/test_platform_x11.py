"""On a real X server (Xvfb): idle time through the ctypes XScreenSaver backend, reset by xdotool
input; the active window's fullscreen state through the xcb backend — with the EWMH properties set
by hand as a window manager would (no WM needed), and with a real window manager (openbox) and a
real Qt window calling showFullScreen(), when openbox is installed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.core.away import AwayTracker, Left, Returned
from desktop.platform.busy import BusyReason, detect_busy_source
from desktop.platform.busy.x11_fullscreen import X11FullscreenSource
from desktop.platform.idle import detect_idle_source
from desktop.platform.idle.x11_screensaver import X11ScreenSaverIdle
from desktop.platform.session_info import current_session
from tests.e2e.platform_env import require, xvfb_display

pytestmark = pytest.mark.e2e

WINDOW_SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle("unclench-probe")
window.resize(300, 200)
window.showFullScreen() if sys.argv[1] == "fullscreen" else window.show()
print(int(window.winId()), flush=True)
app.exec()
"""


def wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll a condition on the real servers until it holds (there is no signal to wait on)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    with xvfb_display() as name:
        yield name


def run(display: str, *command: str) -> None:
    subprocess.run(command, check=True, env={**os.environ, "DISPLAY": display}, timeout=10)


def test_xdotool_input_resets_the_idle_time(display: str) -> None:
    require("xdotool")
    source = X11ScreenSaverIdle.open(display)
    assert source is not None
    try:
        run(display, "xdotool", "mousemove", "10", "10")
        assert wait_for(lambda: (source.idle_seconds() or 0) >= 0.5)
        run(display, "xdotool", "mousemove", "200", "150")
        assert wait_for(lambda: (source.idle_seconds() or 99) < 0.5, timeout=2)
        assert wait_for(lambda: (source.idle_seconds() or 0) >= 0.5)
        run(display, "xdotool", "key", "shift")
        assert wait_for(lambda: (source.idle_seconds() or 99) < 0.5, timeout=2)
    finally:
        source.close()
    assert source.idle_seconds() is None  # closed


def test_detection_picks_the_extension_on_x11(display: str) -> None:
    source = detect_idle_source(current_session({"DISPLAY": display, "XDG_SESSION_TYPE": "x11"}, "linux"))
    try:
        assert source.name == "X11 screensaver extension"
        reading = source.idle_seconds()
        assert reading is not None and reading >= 0
    finally:
        source.close()


def test_away_tracker_on_real_idle_readings(display: str) -> None:
    require("xdotool")
    source = X11ScreenSaverIdle.open(display)
    assert source is not None
    tracker = AwayTracker(time.monotonic, away_after=0.4, away_poll=0.05, min_poll=0.05)
    try:
        run(display, "xdotool", "mousemove", "20", "20")
        assert wait_for(lambda: isinstance(tracker.observe_idle(source.idle_seconds()), Left))
        run(display, "xdotool", "mousemove", "40", "40")
        changes: list[object] = []
        assert wait_for(
            lambda: bool(changes.append(tracker.observe_idle(source.idle_seconds())) or changes[-1])
        )
        back = changes[-1]
        assert isinstance(back, Returned)
        assert back.away_seconds >= 0.4
    finally:
        source.close()


@pytest.fixture
def probe_window(display: str, tmp_path: Path) -> Iterator[Callable[[str, str], int]]:
    """Starts a real Qt window (xcb) on `display`, in its own process; yields a starter."""
    script = tmp_path / "window.py"
    script.write_text(WINDOW_SCRIPT)
    children: list[subprocess.Popen[str]] = []

    def start(on_display: str, mode: str) -> int:
        env = {**os.environ, "DISPLAY": on_display, "QT_QPA_PLATFORM": "xcb"}
        child = subprocess.Popen(
            [sys.executable, str(script), mode], env=env, stdout=subprocess.PIPE, text=True
        )
        children.append(child)
        assert child.stdout is not None
        return int(child.stdout.readline())

    yield start
    for child in children:
        child.terminate()
        child.wait(5)


def test_fullscreen_state_set_as_a_window_manager_would(
    display: str, probe_window: Callable[[str, str], int]
) -> None:
    """Without a window manager nobody sets _NET_ACTIVE_WINDOW / _NET_WM_STATE; set them as one does."""
    require("xprop")
    window = probe_window(display, "normal")
    source = X11FullscreenSource.open(display)
    assert source is not None
    try:
        assert source.is_busy() is None
        run(
            display,
            "xprop",
            "-root",
            "-f",
            "_NET_ACTIVE_WINDOW",
            "32c",
            "-set",
            "_NET_ACTIVE_WINDOW",
            str(window),
        )
        assert source.is_busy() is None  # active, not fullscreen
        state = ("-f", "_NET_WM_STATE", "32a", "-set", "_NET_WM_STATE")
        run(display, "xprop", "-id", str(window), *state, "_NET_WM_STATE_FULLSCREEN")
        assert source.is_busy() is BusyReason.FULLSCREEN
        run(display, "xprop", "-id", str(window), *state, "_NET_WM_STATE_ABOVE")
        assert source.is_busy() is None
        run(display, "xprop", "-id", str(window), *state, "_NET_WM_STATE_FULLSCREEN")
        run(display, "xprop", "-root", "-f", "_NET_ACTIVE_WINDOW", "32c", "-set", "_NET_ACTIVE_WINDOW", "0")
        assert source.is_busy() is None  # the fullscreen window is no longer in front
        # An active window id that does not exist (closed a moment ago): an X error, returned as a value.
        run(
            display,
            "xprop",
            "-root",
            "-f",
            "_NET_ACTIVE_WINDOW",
            "32c",
            "-set",
            "_NET_ACTIVE_WINDOW",
            "12345",
        )
        assert source.is_busy() is None
        assert source.is_busy() is None  # and the connection still works after the error
    finally:
        run(display, "xprop", "-root", "-remove", "_NET_ACTIVE_WINDOW")
        source.close()


def test_detect_busy_source_on_plain_x11(display: str) -> None:
    source = detect_busy_source(current_session({"DISPLAY": display, "XDG_SESSION_TYPE": "x11"}, "linux"))
    try:
        assert source.name.startswith("X11 fullscreen window")
    finally:
        source.close()


def test_real_window_manager_and_qt_fullscreen_window(probe_window: Callable[[str, str], int]) -> None:
    require("openbox", "xdotool")
    with xvfb_display() as own_display:
        wm = subprocess.Popen(
            ["openbox", "--sm-disable"],
            env={**os.environ, "DISPLAY": own_display},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        source = X11FullscreenSource.open(own_display)
        assert source is not None
        try:
            normal = probe_window(own_display, "normal")
            run(own_display, "xdotool", "windowactivate", "--sync", str(normal))
            assert wait_for(lambda: source.is_busy() is None)
            fullscreen = probe_window(own_display, "fullscreen")
            run(own_display, "xdotool", "windowactivate", "--sync", str(fullscreen))
            assert wait_for(lambda: source.is_busy() is BusyReason.FULLSCREEN)
            # The user switches back to the ordinary window: the fullscreen one is no longer in front.
            run(own_display, "xdotool", "windowactivate", "--sync", str(normal))
            assert wait_for(lambda: source.is_busy() is None)
        finally:
            source.close()
            wm.terminate()
            wm.wait(5)
