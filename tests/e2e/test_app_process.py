"""The real `unclench` process on a private X desktop with a real tray host: a reminder comes on
the schedule from its settings file, a click on the card's Done button is logged, the command line
talks to it, and SIGTERM ends it cleanly."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.cli.launch import TEST_MINUTE_VARIABLE
from tests.e2e.conftest import AppLauncher
from tests.e2e.x11 import (
    REPO_ROOT,
    Desktop,
    Window,
    click,
    find_tray_icon,
    find_window,
    screenshot,
    wait_for,
    x_tool,
)

CARD_TITLE = "Unclench reminder"


class User:
    """Someone at the desk: moves the mouse now and then, so the app sees a person at work (with
    no input at all for a minute it rightly treats the desk as empty and holds reminders back)."""

    def __init__(self, display: str) -> None:
        self.display = display
        self._last = 0.0
        self._x = 300

    def nudge(self) -> None:
        if time.monotonic() - self._last >= 10:
            self._x = 300 if self._x != 300 else 340
            x_tool(self.display, "xdotool", "mousemove", str(self._x), "300")
            self._last = time.monotonic()


def rows(database: Path) -> list[tuple[str, str, str]]:
    if not database.exists():
        return []
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        return list(db.execute("SELECT kind, outcome, details FROM events ORDER BY id"))


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )


@pytest.mark.timeout(120)
def test_posture_reminder_is_shown_answered_and_logged(
    x11_desktop: Desktop, launch_app: AppLauncher, app_env: dict[str, str], tmp_path: Path
) -> None:
    display = x11_desktop.display
    config = Path(app_env["XDG_CONFIG_HOME"]) / "unclench"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(
        json.dumps({"schema_version": 1, "posture": {"interval_minutes": 1}, "popup_timeout_seconds": 300})
    )
    database = Path(app_env["XDG_DATA_HOME"]) / "unclench" / "unclench.sqlite3"
    user = User(display)
    app_env[TEST_MINUTE_VARIABLE] = "5"  # the minute until the card comes lasts 5 s
    app = launch_app()

    wait_for(lambda: find_tray_icon(display, app.pid), 20, "the tray icon embedded in trayer")

    status = cli(app_env, "status", "--json")
    assert status.returncode == 0, status.stderr
    report = json.loads(status.stdout)
    assert report["running"] and report["state"] == "active"
    assert report["next"][0]["kind"] == "posture"

    def card_shown() -> object:
        user.nudge()
        return find_window(display, CARD_TITLE, app.pid)

    card = wait_for(card_shown, 60, "the posture card")
    screenshot(display, tmp_path / "card.png")
    assert card.x + card.width <= 1280 and card.y + card.height <= 800  # on screen, in the tray corner
    assert card.x > 640 and card.y > 400

    press_done(display, card)
    logged = wait_for(lambda: [r for r in rows(database) if r[0] == "posture"], 15, "the posture row")
    assert [(kind, outcome) for kind, outcome, _ in logged] == [("posture", "done")]
    wait_for(lambda: find_window(display, CARD_TITLE, app.pid) is None or None, 10, "the card to close")

    assert cli(app_env, "water", "300").returncode == 0
    assert ("hydration", "done", '{"ml": 300}') in rows(database)
    app.stop_cleanly()
    assert cli(app_env, "status").returncode == 3  # not running


def press_done(display: str, card: Window) -> None:
    """As a person would: a click on the card's title turns to it (it takes the keyboard), then Alt+D."""
    click(display, card.x + card.width // 2, card.y + 24)
    x_tool(display, "xdotool", "key", "--clearmodifiers", "alt+d").check_returncode()


PLAIN_WINDOW = """
import signal, sys
from PySide6.QtWidgets import QApplication, QLabel
signal.signal(signal.SIGTERM, signal.SIG_DFL)
app = QApplication(sys.argv)
label = QLabel("a video call")
label.setWindowTitle("video call")
label.resize(400, 300)
label.show()
app.exec()
"""


@pytest.mark.timeout(180)
def test_a_fullscreen_window_defers_the_reminder_until_it_goes(
    x11_desktop: Desktop, launch_app: AppLauncher, app_env: dict[str, str]
) -> None:
    display = x11_desktop.display
    config = Path(app_env["XDG_CONFIG_HOME"]) / "unclench"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(
        json.dumps({"schema_version": 1, "posture": {"interval_minutes": 1}})
    )
    user = User(display)
    call = launch_app(argv=[sys.executable, "-c", PLAIN_WINDOW])
    window = wait_for(lambda: find_window(display, "video call", call.pid), 15, "the video call window")
    # No window manager runs here, so set what one sets for a fullscreen window in front.
    x_tool(
        display,
        "xprop",
        "-root",
        "-f",
        "_NET_ACTIVE_WINDOW",
        "32c",
        "-set",
        "_NET_ACTIVE_WINDOW",
        str(window.wid),
    )
    state = ("xprop", "-id", str(window.wid), "-f", "_NET_WM_STATE", "32a", "-set", "_NET_WM_STATE")
    x_tool(display, *state, "_NET_WM_STATE_FULLSCREEN")
    try:
        app_env[TEST_MINUTE_VARIABLE] = "3"  # due after 3 s of work; the busy re-check every 3 s
        app = launch_app()
        wait_for(lambda: find_tray_icon(display, app.pid), 20, "the tray icon")

        def held() -> object:
            user.nudge()
            assert find_window(display, CARD_TITLE, app.pid) is None, (
                "the card interrupted a fullscreen window"
            )
            status = json.loads(cli(app_env, "status", "--json").stdout)
            return status if status["state"] == "held" else None

        status = wait_for(held, 60, "the reminder held back by the fullscreen window")
        assert status["held_reason"] == "fullscreen" and status["paused_until"] is not None
        watch_until = time.monotonic() + 10  # three re-checks later it still waits, and was not dropped
        while time.monotonic() < watch_until:
            user.nudge()
            assert find_window(display, CARD_TITLE, app.pid) is None, (
                "the card interrupted a fullscreen window"
            )
            time.sleep(0.5)  # pacing the watch over a stretch of time, not synchronising
        assert json.loads(cli(app_env, "status", "--json").stdout)["state"] == "held"
        x_tool(display, *state, "_NET_WM_STATE_ABOVE")  # the call leaves fullscreen

        def card_shown() -> object:
            user.nudge()
            return find_window(display, CARD_TITLE, app.pid)

        wait_for(card_shown, 30, "the posture card after the fullscreen window went")
        app.stop_cleanly()
    finally:
        x_tool(display, "xprop", "-root", "-remove", "_NET_ACTIVE_WINDOW")


@pytest.mark.timeout(120)
def test_reminder_as_a_desktop_notification_reaches_the_app_back(
    x11_desktop: Desktop, launch_app: AppLauncher, app_env: dict[str, str]
) -> None:
    display = x11_desktop.display
    config = Path(app_env["XDG_CONFIG_HOME"]) / "unclench"
    config.mkdir(parents=True)
    settings = {"schema_version": 1, "posture": {"interval_minutes": 1}, "reminder_style": "notification"}
    (config / "settings.json").write_text(json.dumps(settings))
    database = Path(app_env["XDG_DATA_HOME"]) / "unclench" / "unclench.sqlite3"

    def dunstctl(*args: str) -> str:
        done = subprocess.run(["dunstctl", *args], env=app_env, capture_output=True, text=True, timeout=10)
        return done.stdout.strip()

    dunstctl("close-all")
    dunstctl("history-clear")
    user = User(display)
    # A minute lasts 10 s: long enough that the next reminder does not come before the checks end.
    app_env[TEST_MINUTE_VARIABLE] = "10"
    app = launch_app()
    wait_for(lambda: find_tray_icon(display, app.pid), 20, "the tray icon")

    def notified() -> bool:
        user.nudge()
        return dunstctl("count", "displayed") == "1"

    wait_for(notified, 60, "the posture notification in dunst")
    assert find_window(display, CARD_TITLE, app.pid) is None  # a notification instead of the card
    dunstctl("action", "0")  # a click on the notification opens the card
    card = wait_for(
        lambda: find_window(display, CARD_TITLE, app.pid), 15, "the card opened from the notification"
    )
    press_done(display, card)
    wait_for(lambda: [r for r in rows(database) if r[:2] == ("posture", "done")], 15, "the posture row")
    # Answered on the card, so the notification is taken away (the exact text through dunst is checked in
    # test_platform_dbus.py).
    wait_for(lambda: dunstctl("count", "displayed") == "0" or None, 10, "the notification withdrawn")
    app.stop_cleanly()


@pytest.mark.timeout(120)
def test_water_with_no_app_running_starts_it_in_the_background_and_returns(
    x11_desktop: Desktop, app_env: dict[str, str]
) -> None:
    database = Path(app_env["XDG_DATA_HOME"]) / "unclench" / "unclench.sqlite3"
    started = time.monotonic()
    try:
        water = cli(app_env, "water", "250")  # returns once the app it started has answered
        assert water.returncode == 0, water.stderr
        assert water.stdout.strip() == "Logged 250 ml of water."
        assert time.monotonic() - started < 30
        status = cli(app_env, "status", "--json")
        assert status.returncode == 0 and json.loads(status.stdout)["running"], status.stderr
        assert rows(database) == [("hydration", "done", '{"ml": 250}')]
    finally:
        cli(app_env, "quit")
    wait_for(lambda: cli(app_env, "status").returncode == 3, 20, "the background app to quit")
