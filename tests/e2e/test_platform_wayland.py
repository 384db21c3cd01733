"""On a real Wayland compositor (KWin, virtual backend): idle time through ext-idle-notify-v1 — idle
after the timeout, back to 0 on user activity, chosen first by detection on a Wayland session, and
readings of None (not a spinning socket) once the compositor is gone."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.away import AwayTracker, Left, Returned
from desktop.platform.away_monitor import AwayMonitor
from desktop.platform.idle import detect_idle_source, idle_candidates
from desktop.platform.idle.notify_state import InputResumed, InputStopped
from desktop.platform.idle.wayland_idle_notify import WaylandIdleNotify
from desktop.platform.session_info import current_session
from tests.e2e.wayland import ActivityPoker, Compositor, kde_idle_protocol, running_kwin
from tests.fakes import FakeMethodCaller

pytestmark = pytest.mark.e2e

REPO_ROOT = Path(__file__).resolve().parents[2]

TIMEOUT_S = 1.0  # the notification's timeout: short, so the test waits about a second for `idled`
WAIT_MS = 10_000  # a loaded machine (2 cores, many developers) can be slow to schedule KWin


@pytest.fixture(scope="module")
def kwin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Compositor]:
    with running_kwin(tmp_path_factory.mktemp("kwin")) as compositor:
        yield compositor


@pytest.fixture(scope="module")
def kde_idle(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return kde_idle_protocol(tmp_path_factory.mktemp("protocols"))


@pytest.fixture
def source(kwin: Compositor, qtbot: QtBot) -> Iterator[WaylandIdleNotify]:
    opened = WaylandIdleNotify.open(str(kwin.socket), TIMEOUT_S)
    assert opened is not None, kwin.log_tail()
    yield opened
    opened.close()


@pytest.fixture
def poker(kwin: Compositor, kde_idle: ModuleType) -> Iterator[ActivityPoker]:
    activity = ActivityPoker(kwin.socket, kde_idle)
    yield activity
    activity.close()


def test_idle_after_the_timeout_and_zero_after_activity(
    source: WaylandIdleNotify, poker: ActivityPoker, qtbot: QtBot
) -> None:
    assert source.name.startswith("Wayland idle notification (ext-idle-notify-v1")
    assert source.input_idle is False  # KWin 5.27 offers version 1 of the global
    with qtbot.waitSignal(source.input_stopped, timeout=WAIT_MS) as stopped:
        pass
    assert isinstance(stopped.args[0], InputStopped)
    reading = source.idle_seconds()
    assert reading is not None and TIMEOUT_S <= reading < TIMEOUT_S + 5
    with qtbot.waitSignal(source.input_resumed, timeout=WAIT_MS) as resumed:
        poker.poke()
    assert isinstance(resumed.args[0], InputResumed)
    assert source.idle_seconds() == 0.0
    # And the compositor keeps counting: idle again one timeout after that activity.
    with qtbot.waitSignal(source.input_stopped, timeout=WAIT_MS):
        pass
    assert (source.idle_seconds() or 0.0) >= TIMEOUT_S


def test_away_monitor_sees_the_user_leave_and_come_back(
    source: WaylandIdleNotify, poker: ActivityPoker, qtbot: QtBot
) -> None:
    monitor = AwayMonitor(source, AwayTracker(time.monotonic, away_after=2.0, away_poll=0.2, min_poll=0.1))
    with qtbot.waitSignal(monitor.left, timeout=WAIT_MS) as left:
        monitor.start()
    assert isinstance(left.args[0], Left)
    # The last input was one timeout before `idled`: the tracker dates the absence from there.
    assert left.args[0].since <= time.monotonic() - 2.0
    with qtbot.waitSignal(monitor.returned, timeout=WAIT_MS) as back:
        poker.poke()
    assert isinstance(back.args[0], Returned) and back.args[0].away_seconds >= 2.0
    monitor.stop()


def test_resumed_wakes_the_away_monitor_at_once(
    source: WaylandIdleNotify, poker: ActivityPoker, qtbot: QtBot
) -> None:
    # The wiring proposed for the app: with `input_resumed` connected to `sample`, the return is seen
    # when it happens, not at the next away poll (30 s here, longer than this test waits).
    monitor = AwayMonitor(source, AwayTracker(time.monotonic, away_after=1.0, away_poll=30.0, min_poll=0.1))
    source.input_resumed.connect(monitor.sample)
    with qtbot.waitSignal(monitor.left, timeout=WAIT_MS):
        monitor.start()
    with qtbot.waitSignal(monitor.returned, timeout=WAIT_MS) as back:
        poked_at = time.monotonic()
        poker.poke()
    assert isinstance(back.args[0], Returned)
    assert poked_at <= back.args[0].back_at < poked_at + 5.0
    monitor.stop()


def test_detection_prefers_the_wayland_protocol_over_dbus(kwin: Compositor, qtbot: QtBot) -> None:
    session = current_session(
        {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE", "WAYLAND_DISPLAY": str(kwin.socket)}
    )
    # The KDE D-Bus service would answer too; the Wayland global comes first and no D-Bus call is made.
    caller = FakeMethodCaller({("org.freedesktop.ScreenSaver", "GetSessionIdleTime"): (5000,)})
    chosen = detect_idle_source(session, idle_candidates(session, caller))
    try:
        assert isinstance(chosen, WaylandIdleNotify)
        assert caller.calls == []
    finally:
        chosen.close()


def test_a_vanished_compositor_gives_no_reading_and_no_busy_loop(tmp_path: Path, qtbot: QtBot) -> None:
    with running_kwin(tmp_path) as compositor:
        source = WaylandIdleNotify.open(str(compositor.socket), 60.0)
        assert source is not None
        assert source.idle_seconds() == 0.0
    # KWin is gone: the socket turns readable with end-of-file; the source reads it, gives up and
    # stops watching the fd (left enabled, Qt would wake up for it on every loop iteration).
    qtbot.waitUntil(lambda: source.idle_seconds() is None, timeout=WAIT_MS)
    source.close()  # still safe


APP_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from desktop.platform.idle import detect_idle_source
app = QGuiApplication(sys.argv)
print(app.platformName(), flush=True)
source = detect_idle_source()
print(source.name, flush=True)
def stopped(_change):
    print(f"idle {source.idle_seconds():.1f}", flush=True)
    source.close()
    app.quit()
source.input_stopped.connect(stopped)
QTimer.singleShot(20_000, app.quit)  # the test fails on the missing line, not on a hang
app.exec()
"""


def test_inside_a_qt_wayland_app_detection_picks_the_protocol(kwin: Compositor, tmp_path: Path) -> None:
    # Qt's own Wayland connection (the system libwayland) and ours (pywayland's bundled copy) live
    # side by side in one process; detection runs from the environment, as in the app.
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env |= {
        "QT_QPA_PLATFORM": "wayland",
        "WAYLAND_DISPLAY": kwin.socket.name,
        "XDG_RUNTIME_DIR": str(kwin.socket.parent),
        "XDG_SESSION_TYPE": "wayland",
        "XDG_CURRENT_DESKTOP": "sway",  # no D-Bus idle service to fall back on: only the protocol answers
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=" + str(tmp_path / "no-bus"),
    }
    result = subprocess.run(
        [sys.executable, "-c", APP_SCRIPT], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    lines = result.stdout.splitlines()
    assert lines[:2] == ["wayland", "Wayland idle notification (ext-idle-notify-v1)"], result.stderr
    assert len(lines) == 3 and lines[2].startswith("idle "), result.stderr
    assert float(lines[2].split()[1]) >= 3.0  # the app's timeout: a pause in typing
