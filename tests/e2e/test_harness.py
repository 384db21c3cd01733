"""The end-to-end harness itself: a bare PySide6 tray icon gets embedded in trayer and shows there,
an ordinary window is not mistaken for a tray icon, the app environment is private, and stopping a
process really checks for a clean exit."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.e2e.conftest import AppLauncher
from tests.e2e.x11 import (
    NOTIFICATIONS,
    REPO_ROOT,
    Desktop,
    find_tray_icon,
    find_window,
    screenshot,
    tray_host,
    wait_for,
)

BARE_TRAY = [sys.executable, str(REPO_ROOT / "scripts" / "bare_tray.py")]
ICON_COLOUR = QColor("#2a9d8f")  # scripts/bare_tray.py

PLAIN_WINDOW = """
import signal, sys
from PySide6.QtWidgets import QApplication, QLabel
signal.signal(signal.SIGTERM, signal.SIG_DFL)
app = QApplication(sys.argv)
label = QLabel("just a window")
label.setWindowTitle("harness probe")
label.resize(240, 80)
label.show()
app.exec()
"""


def test_bare_tray_icon_is_embedded_in_trayer(
    x11_desktop: Desktop, launch_app: AppLauncher, tmp_path: Path
) -> None:
    tray = launch_app(argv=BARE_TRAY)
    display = x11_desktop.display

    icon = wait_for(lambda: find_tray_icon(display, tray.pid), 15, "bare tray icon embedded in trayer")

    panel = tray_host(display)
    assert panel is not None
    assert icon.width > 1 and icon.height > 1
    assert panel.x <= icon.x and icon.x + icon.width <= panel.x + panel.width
    assert panel.y <= icon.y and icon.y + icon.height <= panel.y + panel.height
    # And a person would see it: the icon's colour is on the screen where the X tree says it is.
    picture = QImage(str(screenshot(display, tmp_path / "screen.png")))
    centre = picture.pixelColor(icon.x + icon.width // 2, icon.y + icon.height // 2)
    assert centre.name() == ICON_COLOUR.name()

    tray.stop_cleanly()
    wait_for(lambda: find_tray_icon(display, tray.pid) is None, 5, "icon gone after exit")


def test_an_ordinary_window_is_found_but_is_no_tray_icon(
    x11_desktop: Desktop, launch_app: AppLauncher
) -> None:
    probe = launch_app(argv=[sys.executable, "-c", PLAIN_WINDOW])
    display = x11_desktop.display

    window = wait_for(lambda: find_window(display, "harness probe", pid=probe.pid), 15, "probe window mapped")

    assert (window.width, window.height) == (240, 80)
    assert find_tray_icon(display, probe.pid) is None
    assert find_window(display, "harness probe", pid=probe.pid + 100_000) is None
    assert find_window(display, "harness") is None  # the whole title, not a part of it
    probe.kill()


def test_app_env_is_a_private_first_start(
    app_env: dict[str, str], x11_desktop: Desktop, tmp_path: Path
) -> None:
    assert app_env["DISPLAY"] == x11_desktop.display
    assert app_env["QT_QPA_PLATFORM"] == "xcb"
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        folder = Path(app_env[name])
        assert folder.is_dir() and tmp_path in folder.parents
        assert not any(folder.iterdir()) or name == "HOME"
    assert stat.S_IMODE(Path(app_env["XDG_RUNTIME_DIR"]).stat().st_mode) == 0o700
    # The bus is ours and has a notification daemon on it.
    ask = [
        "dbus-send",
        "--session",
        "--print-reply",
        f"--dest={NOTIFICATIONS}",
        "/org/freedesktop/Notifications",
    ]
    ask.append(f"{NOTIFICATIONS}.GetServerInformation")
    reply = subprocess.run(ask, env=app_env, capture_output=True, text=True, timeout=10, check=True)
    assert '"dunst"' in reply.stdout
    assert x11_desktop.bus_address.startswith(f"unix:path={x11_desktop.folder}")


@pytest.mark.parametrize(
    ("script", "complaint"),
    [
        ("import signal, time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)", "still running"),
        ("import time", "exited with code -15"),
    ],
    ids=["ignores-sigterm", "dies-by-signal"],
)
def test_stop_cleanly_rejects_an_unclean_exit(launch_app: AppLauncher, script: str, complaint: str) -> None:
    process = launch_app(argv=[sys.executable, "-c", f"{script}\nprint('ready', flush=True)\ntime.sleep(60)"])
    wait_for(lambda: "ready" in process.output(), 10, "child ready")  # its SIGTERM disposition is set

    with pytest.raises(AssertionError, match=complaint):
        process.stop_cleanly(timeout=1)
    assert not process.running()


def test_stop_cleanly_rejects_a_process_that_already_left(launch_app: AppLauncher) -> None:
    process = launch_app(argv=[sys.executable, "-c", "pass"])
    process.process.wait(10)

    with pytest.raises(AssertionError, match=r"exited by itself \(code 0\)"):
        process.stop_cleanly()
