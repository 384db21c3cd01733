"""The app in front on a real X server (Xvfb): a real Qt window in its own process, made active by
setting _NET_ACTIVE_WINDOW as a window manager would; its _NET_WM_PID names the program, and
WM_CLASS does when the pid is missing. Then the app rules decide on the real readings."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.app_rules import AppRule, AppRuleWhen, app_rules_hold
from desktop.platform.apps import detect_front_app, running_names
from desktop.platform.apps.front import X11FrontApp
from desktop.platform.session_info import current_session
from tests.e2e.platform_env import require, xvfb_display

pytestmark = pytest.mark.e2e

PROBE = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle("unclench-front-probe")
window.show()
print(int(window.winId()), flush=True)
app.exec()
"""


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    with xvfb_display() as name:
        yield name


@pytest.fixture
def probe(display: str, tmp_path: Path) -> Iterator[tuple[int, subprocess.Popen[str]]]:
    """A Qt window from a script named front_probe.py; yields (window id, process)."""
    script = tmp_path / "front_probe.py"
    script.write_text(PROBE)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    child = subprocess.Popen([sys.executable, str(script)], env=env, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    window = int(child.stdout.readline())
    yield window, child
    child.terminate()
    child.wait(5)


def xprop(display: str, *args: str) -> None:
    subprocess.run(["xprop", *args], check=True, env={**os.environ, "DISPLAY": display}, timeout=10)


def activate(display: str, window: int) -> None:
    xprop(display, "-root", "-f", "_NET_ACTIVE_WINDOW", "32c", "-set", "_NET_ACTIVE_WINDOW", str(window))


def test_the_front_app_is_the_active_windows_program(
    display: str, probe: tuple[int, subprocess.Popen[str]]
) -> None:
    require("xprop")
    window, child = probe
    reader = X11FrontApp.open(display)
    assert isinstance(reader, X11FrontApp)
    try:
        xprop(display, "-root", "-remove", "_NET_ACTIVE_WINDOW")
        assert reader.front_app() is None  # no window manager has said which window is active
        activate(display, window)
        assert reader.front_app() == "front_probe"  # through _NET_WM_PID and /proc
        assert "front_probe" in running_names()

        rules = [AppRule("zoom", AppRuleWhen.RUNNING), AppRule("Front_Probe", AppRuleWhen.FRONT)]
        assert app_rules_hold(rules, reader.front_app(), running_names()) == "Front_Probe"

        # Without a pid (a remote client, an old toolkit) WM_CLASS names it.
        xprop(display, "-id", str(window), "-remove", "_NET_WM_PID")
        xprop(display, "-id", str(window), "-f", "WM_CLASS", "8s", "-set", "WM_CLASS", "zoom")
        assert reader.wm_class(window) == ("zoom",)
        assert reader.front_app() == "zoom"

        activate(display, 0)
        assert reader.front_app() is None
        activate(display, 12345)  # closed a moment ago: an X error, returned as a value
        assert reader.front_app() is None
        activate(display, window)
        assert reader.front_app() == "zoom"  # the connection still works after the error
    finally:
        xprop(display, "-root", "-remove", "_NET_ACTIVE_WINDOW")
        reader.close()
    assert child.poll() is None


def test_detection_on_plain_x11_reads_the_active_window(display: str) -> None:
    reader = detect_front_app(current_session({"DISPLAY": display, "XDG_SESSION_TYPE": "x11"}, "linux"))
    try:
        assert reader.state() == "reads the active window (X11)"
    finally:
        reader.close()
