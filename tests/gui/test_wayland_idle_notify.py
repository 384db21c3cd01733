"""The Wayland idle source's Qt side without a compositor: the request it makes (input idle when the
global is version 2), events delivered through the QSocketNotifier on the connection's fd, and what
happens when reading fails. A socket pair stands in for the compositor's socket; KWin runs the real
protocol in tests/e2e/test_platform_wayland.py (it offers version 1 only)."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.platform.idle.notify_state import IdleNotifyState, InputResumed, InputStopped
from desktop.platform.idle.wayland_idle_notify import WaylandIdleNotify
from tests.fakes import FakeClock


@dataclass
class FakeNotification:
    dispatcher: dict[str, Callable[[Any], None]] = field(default_factory=dict)
    destroyed: bool = False

    def destroy(self) -> None:
        self.destroyed = True


@dataclass
class FakeNotifier:
    requests: list[tuple[str, int, object]] = field(default_factory=list)
    notification: FakeNotification = field(default_factory=FakeNotification)
    destroyed: bool = False

    def get_idle_notification(self, timeout_ms: int, seat: object) -> FakeNotification:
        self.requests.append(("idle", timeout_ms, seat))
        return self.notification

    def get_input_idle_notification(self, timeout_ms: int, seat: object) -> FakeNotification:
        self.requests.append(("input idle", timeout_ms, seat))
        return self.notification

    def destroy(self) -> None:
        self.destroyed = True


class FakeDisplay:
    """A connection whose fd is one end of a socket pair: each byte the "compositor" writes on the
    other end is one event, read and dispatched the way libwayland would."""

    def __init__(self, notification: FakeNotification) -> None:
        self.ours, self.compositor = socket.socketpair()
        self.ours.setblocking(False)
        self._notification = notification
        self._queued: list[str] = []
        self.fail_reads = False
        self.reads = 0
        self.disconnected = False

    def send(self, event: str) -> None:
        self.compositor.send({"idled": b"i", "resumed": b"r"}[event])

    def get_fd(self) -> int:
        return self.ours.fileno()

    def read(self) -> None:
        self.reads += 1
        if self.fail_reads:
            raise RuntimeError("Failed to read events")
        data = self.ours.recv(64)
        self._queued += ["idled" if byte == ord("i") else "resumed" for byte in data]

    def dispatch(self, *, block: bool = False) -> int:
        queued, self._queued = self._queued, []
        for event in queued:
            self._notification.dispatcher[event](self._notification)
        return len(queued)

    def flush(self) -> int:
        return 0

    def disconnect(self) -> None:
        self.disconnected = True

    def close_sockets(self) -> None:
        self.ours.close()
        self.compositor.close()


@dataclass
class Rig:
    source: WaylandIdleNotify
    display: FakeDisplay
    notifier: FakeNotifier
    clock: FakeClock


def make_rig(input_idle: bool) -> Rig:
    clock = FakeClock()
    notifier = FakeNotifier()
    display = FakeDisplay(notifier.notification)
    state = IdleNotifyState(3.0, clock.monotonic)
    source = WaylandIdleNotify(display, notifier, "seat0", input_idle, state)  # type: ignore[arg-type]
    return Rig(source, display, notifier, clock)


@pytest.fixture
def rig(qtbot: QtBot) -> Iterator[Rig]:
    made = make_rig(input_idle=True)
    yield made
    made.source.close()
    made.display.close_sockets()


def test_version_two_asks_for_input_idle_in_milliseconds(rig: Rig) -> None:
    assert rig.notifier.requests == [("input idle", 3000, "seat0")]
    assert rig.source.name == "Wayland idle notification (ext-idle-notify-v1, input idle)"


def test_version_one_asks_for_the_plain_idle_notification(qtbot: QtBot) -> None:
    made = make_rig(input_idle=False)
    try:
        assert made.notifier.requests == [("idle", 3000, "seat0")]
        assert made.source.name == "Wayland idle notification (ext-idle-notify-v1)"
    finally:
        made.source.close()
        made.display.close_sockets()


def test_events_on_the_fd_reach_the_reading_and_the_signals(rig: Rig, qtbot: QtBot) -> None:
    assert rig.source.idle_seconds() == 0.0
    with qtbot.waitSignal(rig.source.input_stopped, timeout=5000) as stopped:
        rig.display.send("idled")
    assert stopped.args == [InputStopped(since=rig.clock.monotonic() - 3.0)]
    rig.clock.advance(20)
    assert rig.source.idle_seconds() == 23.0
    with qtbot.waitSignal(rig.source.input_resumed, timeout=5000) as resumed:
        rig.display.send("resumed")
    assert resumed.args == [InputResumed(at=rig.clock.monotonic())]
    assert rig.source.idle_seconds() == 0.0


def test_a_failed_read_stops_watching_and_answers_none(rig: Rig, qtbot: QtBot) -> None:
    rig.display.fail_reads = True
    rig.display.send("idled")  # the fd turns readable; reading it fails (the compositor is gone)
    qtbot.waitUntil(lambda: rig.display.disconnected, timeout=5000)
    assert rig.source.idle_seconds() is None
    # The byte is still unread: a notifier left enabled would fire again on every loop iteration.
    reads = rig.display.reads
    qtbot.wait(50)
    assert rig.display.reads == reads == 1


def test_close_destroys_the_objects_and_disconnects(rig: Rig) -> None:
    rig.source.close()
    assert rig.notifier.notification.destroyed and rig.notifier.destroyed and rig.display.disconnected
    assert rig.source.idle_seconds() is None
    rig.source.close()  # twice is harmless
