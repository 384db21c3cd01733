"""On a private session bus (dbus-daemon): notifications delivered to a real daemon (dunst) with the
exact text and answered through it; the full action/close protocol against a recording fake
server; idle time, do-not-disturb and sleep/lock signals from fake services over the real bus."""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Callable, Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the Qt side needs no screen here

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from desktop.core.heartbeat import Heartbeat
from desktop.platform.busy import BusyReason, detect_busy_source
from desktop.platform.dbus_calls import SessionBusCaller
from desktop.platform.idle import detect_idle_source, idle_candidates
from desktop.platform.notify import Notification
from desktop.platform.notify.freedesktop import FreedesktopNotifier
from desktop.platform.session import SessionWatcher
from desktop.platform.session.clocks import suspend_counting_clock
from desktop.platform.session.linux_dbus import LogindSleepSource, ScreenSaverLockSource
from desktop.platform.session_info import current_session
from tests.e2e.platform_env import private_session_bus, require, xvfb_display
from tests.fakes import FakeBusService, FakeClock

pytestmark = pytest.mark.e2e

TEXT = Notification(
    title="Shoulders down — «ça va?»",
    body='Don\'t clench: <unclench> & "breathe" — 肩の力を抜いて، تنفّس',
    actions=(("default", "Open"), ("done", "Done"), ("snooze", "Snooze 5 min")),
)
NOTIFICATIONS = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications")
INTERFACE = "org.freedesktop.Notifications"


def wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll a real server's state (dunstctl) until it holds: it has no signal to wait on."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@pytest.fixture
def bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with private_session_bus() as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address


# --- a real notification daemon ------------------------------------------------------------------


@pytest.fixture
def dunst(bus: str) -> Iterator[Callable[..., str]]:
    require("dunst", "dunstctl", "Xvfb")
    with xvfb_display() as display:
        env = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": bus}
        daemon = subprocess.Popen(
            ["dunst", "-config", "/dev/null"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )

        def dunstctl(*args: str) -> str:
            done = subprocess.run(["dunstctl", *args], env=env, capture_output=True, text=True, timeout=10)
            return done.stdout.strip()

        try:
            # dunst owns the name once it is ready to take notifications.
            assert wait_for(lambda: dunstctl("is-paused") in ("true", "false"))
            yield dunstctl
        finally:
            daemon.terminate()
            daemon.wait(5)


def test_real_daemon_receives_the_exact_text(qtbot: QtBot, dunst: Callable[..., str]) -> None:
    notifier = FreedesktopNotifier.open()
    assert notifier is not None
    try:
        assert notifier.name == "freedesktop notifications (dunst)"
        assert "actions" in notifier.capabilities
        assert notifier.show("posture", TEXT)
        assert wait_for(lambda: dunst("count", "displayed") == "1")
        with qtbot.waitSignal(notifier.dismissed, timeout=5000) as dismissed:
            dunst("close-all")  # as if the user closed it
        assert dismissed.args == ["posture"]
        history = json.loads(dunst("history"))["data"][0]
        assert len(history) == 1
        received = history[0]
        assert received["appname"]["data"] == "Unclench"
        assert received["summary"]["data"] == TEXT.title
        # dunst does not announce body-markup, so the text goes as typed: nothing escaped, nothing lost.
        assert "body-markup" not in notifier.capabilities
        assert received["body"]["data"] == TEXT.body
    finally:
        notifier.close()


def test_real_daemon_action_reaches_the_app(qtbot: QtBot, dunst: Callable[..., str]) -> None:
    notifier = FreedesktopNotifier.open()
    assert notifier is not None
    try:
        assert notifier.show("hydration", TEXT)
        assert wait_for(lambda: dunst("count", "displayed") == "1")
        with (
            qtbot.waitSignal(notifier.action_invoked, timeout=5000) as invoked,
            qtbot.assertNotEmitted(notifier.dismissed, wait=200),
        ):
            dunst("action", "0")  # what a click on the notification does
        assert invoked.args == ["hydration", "default"]
    finally:
        notifier.close()


# --- the full protocol, against a recording fake server --------------------------------------------


class FakeNotificationServer:
    def __init__(self, address: str, capabilities: list[str]) -> None:
        self.next_id = 41
        self.service = FakeBusService(
            address,
            [NOTIFICATIONS[0]],
            {
                (INTERFACE, "GetCapabilities"): lambda _: ("as", (capabilities,)),
                (INTERFACE, "GetServerInformation"): lambda _: (
                    "ssss",
                    ("fake-daemon", "tests", "1.0", "1.2"),
                ),
                (INTERFACE, "Notify"): self._notify,
                (INTERFACE, "CloseNotification"): self._close,
            },
        )

    def _notify(self, body: tuple[object, ...]) -> tuple[str, tuple[object, ...]]:
        replaces = int(body[1])  # type: ignore[call-overload]
        if replaces:
            return "u", (replaces,)
        self.next_id += 1
        return "u", (self.next_id,)

    def _close(self, body: tuple[object, ...]) -> tuple[str, tuple[object, ...]]:
        self.emit("NotificationClosed", "uu", (body[0], 3))
        return "", ()

    def emit(self, member: str, signature: str, body: tuple[object, ...]) -> None:
        self.service.emit(NOTIFICATIONS[1], INTERFACE, member, signature, body)

    def notify_calls(self) -> list[tuple[object, ...]]:
        return [body for _, member, body in self.service.calls if member == "Notify"]


@pytest.fixture
def fake_server(bus: str) -> Iterator[FakeNotificationServer]:
    server = FakeNotificationServer(bus, ["actions", "body", "body-markup"])
    yield server
    server.service.stop()


def test_notify_carries_exact_text_actions_and_unsigned_ids(fake_server: FakeNotificationServer) -> None:
    notifier = FreedesktopNotifier.open(app_icon="/usr/share/icons/unclench.svg")
    assert notifier is not None
    try:
        assert notifier.name == "freedesktop notifications (fake-daemon)"
        assert notifier.show("stretch", TEXT)
        assert notifier.show("stretch", TEXT)  # again: replaces the same notification
        first, second = fake_server.notify_calls()
        app_name, replaces_id, icon, summary, body, actions, hints, timeout = first
        assert (app_name, replaces_id, icon, timeout) == ("Unclench", 0, "/usr/share/icons/unclench.svg", -1)
        assert summary == TEXT.title
        # The server reads markup: < > & escaped, quotes/apostrophes/other scripts as typed.
        assert body == ('Don\'t clench: &lt;unclench&gt; &amp; "breathe" — 肩の力を抜いて، تنفّس')
        assert actions == ["default", "Open", "done", "Done", "snooze", "Snooze 5 min"]
        assert hints == {"desktop-entry": ("s", "unclench"), "urgency": ("y", 1)}
        assert second[1] == 42  # replaces_id: the id the server gave the first time
    finally:
        notifier.close()


def test_action_close_and_withdraw_round_trips(qtbot: QtBot, fake_server: FakeNotificationServer) -> None:
    notifier = FreedesktopNotifier.open()
    assert notifier is not None
    try:
        notifier.show("a", TEXT)  # id 42
        notifier.show("b", TEXT)  # id 43
        notifier.show("c", TEXT)  # id 44
        with qtbot.waitSignal(notifier.action_invoked, timeout=3000) as invoked:
            fake_server.emit("ActionInvoked", "us", (42, "snooze"))
        assert invoked.args == ["a", "snooze"]
        with qtbot.assertNotEmitted(notifier.dismissed, wait=200):
            fake_server.emit("NotificationClosed", "uu", (42, 2))  # the close that follows an action
            fake_server.emit("ActionInvoked", "us", (7, "done"))  # another app's notification
        with qtbot.waitSignal(notifier.dismissed, timeout=3000) as dismissed:
            fake_server.emit("NotificationClosed", "uu", (43, 2))
        assert dismissed.args == ["b"]
        with qtbot.assertNotEmitted(notifier.dismissed, wait=300):
            notifier.withdraw("c")  # the server answers with NotificationClosed reason 3
        assert ("org.freedesktop.Notifications", "CloseNotification", (44,)) in fake_server.service.calls
    finally:
        notifier.close()


def test_a_notification_answered_from_its_menu_is_closed_when_the_answer_is_in(
    qtbot: QtBot, fake_server: FakeNotificationServer
) -> None:
    """A server that keeps the notification after an action (a menu, a resident one): withdraw closes it."""
    notifier = FreedesktopNotifier.open()
    assert notifier is not None
    try:
        notifier.show("reminder", TEXT)  # id 42
        with qtbot.waitSignal(notifier.action_invoked, timeout=3000):
            fake_server.emit("ActionInvoked", "us", (42, "done"))
        with qtbot.assertNotEmitted(notifier.dismissed, wait=300):
            notifier.withdraw("reminder")
        assert ("org.freedesktop.Notifications", "CloseNotification", (42,)) in fake_server.service.calls
    finally:
        notifier.close()


def test_close_stops_the_reader_promptly_and_show_then_declines(fake_server: FakeNotificationServer) -> None:
    notifier = FreedesktopNotifier.open()
    assert notifier is not None
    started = time.monotonic()
    notifier.close()
    assert time.monotonic() - started < 0.5
    notifier.close()
    assert not notifier.show("late", TEXT)


def test_no_server_means_no_backend(bus: str) -> None:
    assert FreedesktopNotifier.open() is None


def test_a_server_that_goes_away_makes_show_decline(fake_server: FakeNotificationServer) -> None:
    notifier = FreedesktopNotifier.open()
    assert notifier is not None
    try:
        fake_server.service.stop()
        assert not notifier.show("gone", TEXT)
    finally:
        notifier.close()


# --- idle time and do-not-disturb over the bus -------------------------------------------------------


def test_mutter_idle_over_the_bus(bus: str) -> None:
    mutter = FakeBusService(
        bus,
        ["org.gnome.Mutter.IdleMonitor"],
        {("org.gnome.Mutter.IdleMonitor", "GetIdletime"): lambda _: ("t", (93_250,))},
    )
    try:
        gnome = current_session({"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "GNOME"}, "linux")
        caller = SessionBusCaller()
        source = detect_idle_source(gnome, idle_candidates(gnome, caller))
        assert source.name == "GNOME Mutter idle monitor"
        assert source.idle_seconds() == 93.25
        source.close()
    finally:
        mutter.stop()


def test_kde_idle_and_inhibited_over_the_bus(bus: str) -> None:
    inhibited = [False]
    kde = FakeBusService(
        bus,
        ["org.freedesktop.ScreenSaver", "org.freedesktop.Notifications"],
        {
            ("org.freedesktop.ScreenSaver", "GetSessionIdleTime"): lambda _: ("u", (4_000,)),
            ("org.freedesktop.DBus.Properties", "Get"): lambda args: ("v", (("b", inhibited[0]),)),
        },
    )
    try:
        session = current_session({"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE"}, "linux")
        idle = detect_idle_source(session)
        assert idle.name == "freedesktop screensaver service (KDE)"
        assert idle.idle_seconds() == 4.0
        busy = detect_busy_source(session)
        assert busy.name == "KDE notifications do-not-disturb"
        assert busy.is_busy() is None
        inhibited[0] = True
        assert busy.is_busy() is BusyReason.DO_NOT_DISTURB
        kde.stop()
        assert busy.is_busy() is None  # the service went away: not busy, no exception
        assert idle.idle_seconds() is None
    finally:
        kde.stop()


# --- sleep and lock signals through QtDBus -------------------------------------------------------------


def test_logind_and_screensaver_signals_reach_the_watcher(qtbot: QtBot, bus: str) -> None:
    connection = QDBusConnection.connectToBus(bus, "unclench-e2e")
    assert connection.isConnected()
    # logind lives on the system bus; here the private bus stands in for it.
    system = FakeBusService(bus, ["org.freedesktop.login1", "org.gnome.ScreenSaver"], {})
    watcher = SessionWatcher(
        Heartbeat(FakeClock(), total=suspend_counting_clock()),
        [LogindSleepSource(connection), ScreenSaverLockSource(connection)],
    )
    watcher.start()
    try:
        assert watcher.name == "logind sleep signals, screensaver lock signals, clock heartbeat"
        manager = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", "b")
        system.emit(*manager, (True,))
        with qtbot.waitSignal(watcher.resumed, timeout=3000) as resumed:
            system.emit(*manager, (False,))
        assert resumed.args[0] >= 0.0
        screensaver = ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", "b")
        with qtbot.waitSignal(watcher.locked_changed, timeout=3000) as locked:
            system.emit(*screensaver, (True,))
        assert locked.args == [True]
        with qtbot.waitSignal(watcher.locked_changed, timeout=3000) as unlocked:
            system.emit(*screensaver, (False,))
        assert unlocked.args == [False]
    finally:
        watcher.stop()
        system.stop()
        QDBusConnection.disconnectFromBus("unclench-e2e")
