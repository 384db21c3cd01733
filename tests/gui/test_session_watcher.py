"""SessionWatcher with a fake clock and fake OS sources; Windows and macOS decoding through adapters."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from desktop.core.heartbeat import Heartbeat
from desktop.platform.session import SessionSignal, SessionSink, SessionWatcher, session_sources
from desktop.platform.session.clocks import suspend_counting_clock
from desktop.platform.session.macos import (
    DID_WAKE,
    SCREEN_LOCKED,
    SCREEN_UNLOCKED,
    WILL_SLEEP,
    MacSessionSource,
    translate_notification,
)
from desktop.platform.session.windows import (
    PBT_APMRESUMEAUTOMATIC,
    PBT_APMRESUMESUSPEND,
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    WTS_SESSION_UNLOCK,
    WindowsSessionSource,
    translate_message,
)
from desktop.platform.session_info import current_session
from tests.fakes import FakeClock


class FakeSource:
    def __init__(self, name: str, works: bool = True) -> None:
        self.name, self.works = name, works
        self.sink: SessionSink | None = None
        self.closed = False

    def start(self, sink: SessionSink) -> bool:
        self.sink = sink
        return self.works

    def close(self) -> None:
        self.closed = True

    def send(self, signal: SessionSignal) -> None:
        assert self.sink is not None
        self.sink.deliver(signal)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_watcher(clock: FakeClock, *sources: FakeSource) -> SessionWatcher:
    watcher = SessionWatcher(Heartbeat(clock, total=clock.boottime), sources, interval_ms=60_000)
    watcher.start()
    return watcher


def test_os_resume_is_reported_once_even_when_the_heartbeat_sees_it_too(
    qtbot: QtBot, clock: FakeClock
) -> None:
    logind = FakeSource("logind")
    watcher = make_watcher(clock, logind)
    resumed: list[float] = []
    watcher.resumed.connect(resumed.append)
    logind.send(SessionSignal.SLEEP)
    clock.sleep_machine(2 * 3600)
    logind.send(SessionSignal.WAKE)
    clock.advance(seconds=30)
    watcher.beat()
    assert resumed == [pytest.approx(7200)]
    watcher.stop()


def test_heartbeat_alone_finds_a_missed_sleep(qtbot: QtBot, clock: FakeClock) -> None:
    watcher = make_watcher(clock)
    clock.sleep_machine(900)
    with qtbot.waitSignal(watcher.resumed, timeout=1000) as blocker:
        watcher.beat()
    assert blocker.args == [pytest.approx(900)]
    watcher.stop()


def test_clock_and_zone_changes_emit_clock_changed(qtbot: QtBot, clock: FakeClock) -> None:
    from zoneinfo import ZoneInfo

    watcher = make_watcher(clock)
    clock.advance(minutes=1)
    clock.zone = ZoneInfo("Asia/Kolkata")
    with qtbot.waitSignal(watcher.clock_changed, timeout=1000):
        watcher.beat()
    with qtbot.assertNotEmitted(watcher.clock_changed):
        clock.advance(minutes=1)
        watcher.beat()
    watcher.stop()


def test_lock_signals_are_deduplicated(qtbot: QtBot, clock: FakeClock) -> None:
    freedesktop, gnome = FakeSource("fdo"), FakeSource("gnome")
    watcher = make_watcher(clock, freedesktop, gnome)
    changes: list[bool] = []
    watcher.locked_changed.connect(changes.append)
    freedesktop.send(SessionSignal.LOCK)
    gnome.send(SessionSignal.LOCK)
    assert watcher.locked
    gnome.send(SessionSignal.UNLOCK)
    freedesktop.send(SessionSignal.UNLOCK)
    assert changes == [True, False]
    watcher.stop()


def test_sources_that_cannot_start_are_dropped_and_named(qtbot: QtBot, clock: FakeClock) -> None:
    works, broken = FakeSource("logind sleep signals"), FakeSource("nope", works=False)
    watcher = make_watcher(clock, works, broken)
    assert watcher.name == "logind sleep signals, clock heartbeat"
    watcher.stop()
    assert works.closed and not broken.closed


def test_heartbeat_timer_runs_coarsely(qtbot: QtBot, clock: FakeClock) -> None:
    watcher = SessionWatcher(Heartbeat(clock), interval_ms=20)
    watcher.start()
    clock.sleep_machine(600)
    with qtbot.waitSignal(watcher.resumed, timeout=3000):
        pass
    watcher.stop()


def test_each_os_gets_its_sources() -> None:
    linux = session_sources(current_session({"XDG_SESSION_TYPE": "x11"}, "linux"))
    assert [source.name for source in linux] == ["logind sleep signals", "screensaver lock signals"]
    assert [source.name for source in session_sources(current_session({}, "win32"))] == [
        "Windows power and session messages"
    ]
    assert [source.name for source in session_sources(current_session({}, "darwin"))] == [
        "macOS workspace notifications"
    ]


def test_suspend_counting_clocks_per_os() -> None:
    linux = suspend_counting_clock("linux")
    assert linux is not None and linux() > 0
    assert suspend_counting_clock("win32") is None


# --- Windows ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "wparam", "signal"),
    [
        (WM_POWERBROADCAST, PBT_APMSUSPEND, SessionSignal.SLEEP),
        (WM_POWERBROADCAST, PBT_APMRESUMESUSPEND, SessionSignal.WAKE),
        (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, SessionSignal.WAKE),
        (WM_POWERBROADCAST, 0x000A, None),  # PBT_APMPOWERSTATUSCHANGE: battery, not sleep
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, SessionSignal.LOCK),
        (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, SessionSignal.UNLOCK),
        (WM_WTSSESSION_CHANGE, 0x0005, None),  # WTS_SESSION_LOGON
        (0x0010, 0, None),  # WM_CLOSE
    ],
)
def test_windows_messages(message: int, wparam: int, signal: SessionSignal | None) -> None:
    assert translate_message(message, wparam) is signal


def test_windows_native_filter_delivers_and_never_swallows(qtbot: QtBot, clock: FakeClock) -> None:
    messages = {1: (WM_POWERBROADCAST, PBT_APMSUSPEND), 2: (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC)}
    registered: list[bool] = []
    source = WindowsSessionSource(lambda: registered.append(True) or True, read=messages.__getitem__)
    watcher = SessionWatcher(Heartbeat(clock, total=clock.boottime), [source])
    watcher.start()
    assert registered == [True]
    resumed: list[float] = []
    watcher.resumed.connect(resumed.append)
    assert source.nativeEventFilter(QByteArray(b"windows_generic_MSG"), 1) == (False, 0)
    clock.sleep_machine(300)
    assert source.nativeEventFilter(b"windows_generic_MSG", 2) == (False, 0)
    assert source.nativeEventFilter(b"xcb_generic_event_t", 2) == (False, 0)  # not a Windows message
    assert resumed == [pytest.approx(300)]
    watcher.stop()


# --- macOS --------------------------------------------------------------------------------------


def test_macos_notification_names() -> None:
    assert translate_notification(WILL_SLEEP) is SessionSignal.SLEEP
    assert translate_notification(DID_WAKE) is SessionSignal.WAKE
    assert translate_notification(SCREEN_LOCKED) is SessionSignal.LOCK
    assert translate_notification(SCREEN_UNLOCKED) is SessionSignal.UNLOCK
    assert translate_notification("NSWorkspaceDidLaunchApplicationNotification") is None


class FakeCenters:
    def __init__(self, available: bool = True) -> None:
        self.available = available
        self.callback: object = None
        self.unsubscribed = False

    def subscribe(self, callback: object) -> bool:
        self.callback = callback
        return self.available

    def unsubscribe(self) -> None:
        self.unsubscribed = True


def test_macos_source_through_its_adapter(qtbot: QtBot, clock: FakeClock) -> None:
    centers = FakeCenters()
    watcher = SessionWatcher(Heartbeat(clock, total=clock.boottime), [MacSessionSource(centers)])
    watcher.start()
    locks: list[bool] = []
    watcher.locked_changed.connect(locks.append)
    assert callable(centers.callback)
    centers.callback(SCREEN_LOCKED)
    centers.callback("com.apple.something.else")
    centers.callback(SCREEN_UNLOCKED)
    assert locks == [True, False]
    watcher.stop()
    assert centers.unsubscribed


def test_macos_without_pyobjc_cannot_start(clock: FakeClock) -> None:
    source = MacSessionSource(FakeCenters(available=False))
    watcher = SessionWatcher(Heartbeat(clock), [source])
    watcher.start()
    assert watcher.name == "clock heartbeat"
    watcher.stop()
