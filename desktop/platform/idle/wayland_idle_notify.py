"""Idle time on Wayland compositors that offer ext-idle-notify-v1 (Sway, Hyprland, labwc, river, niri, KDE).

The protocol never answers "how long idle?"; it sends `idled` once the seat has had no input for a
timeout we choose, and `resumed` at the next input. We keep a Wayland connection of our own (pywayland,
whose wheel ships the generated ext_idle_notify_v1 module and libwayland-client), register one
notification, and turn the two events into the IdleSource answer:

    idle_seconds = (now - moment of `idled`) + timeout     after `idled`
                 = 0                                       before it and after `resumed`

so the answer is exact from `timeout` seconds of idleness on, and 0 below it. The timeout is the
shortest idle time a caller asks about (a pause in typing), so every caller's question ("paused
typing?", "away?") still gets the right answer; only the exact value below the timeout is lost.

Version 2 of the global adds get_input_idle_notification, which ignores idle inhibitors (a video
player keeping the screen on): that is what a break app wants, so we use it when offered. With
version 1 (KWin 5.27, older wlroots) a playing video that inhibits idle keeps the user "present".

Event loop: a QSocketNotifier on the connection's fd, on the GUI thread. The compositor writes only
when the idle state flips (two short messages per pause longer than the timeout, none while the user
stays away or keeps typing), each handled in microseconds, so there is nothing to gain from a thread
and a lot to lose: a dispatch thread would need a lock around the state, a way to wake it from a
blocking read at close (wl_display_cancel_read), and care to keep pywayland callbacks off Qt objects.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSocketNotifier, Signal, Slot
from pywayland.client import Display
from pywayland.protocol.ext_idle_notify_v1 import ExtIdleNotifierV1
from pywayland.protocol.wayland import WlSeat

from desktop.platform.idle.notify_state import IdleNotifyState, bind_plan

NOTIFIER_INTERFACE = "ext_idle_notifier_v1"
IDLE_NAME = str(QT_TRANSLATE_NOOP("Sources", "Wayland idle notification (ext-idle-notify-v1)"))
INPUT_IDLE_NAME = str(
    QT_TRANSLATE_NOOP("Sources", "Wayland idle notification (ext-idle-notify-v1, input idle)")
)


class WaylandIdleNotify(QObject):
    """Owns a Wayland client connection, its ext_idle_notification_v1 and a socket notifier on its fd.

    Emits `input_stopped` (InputStopped) when the compositor says `idled` and `input_resumed`
    (InputResumed) on `resumed`, on the GUI thread. After the compositor goes away (or a protocol
    error) the readings are None and nothing more is emitted.
    """

    input_stopped = Signal(object)  # InputStopped
    input_resumed = Signal(object)  # InputResumed

    def __init__(
        self,
        display: Display,
        notifier: Any,
        seat: Any,
        input_idle: bool,
        state: IdleNotifyState,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = INPUT_IDLE_NAME if input_idle else IDLE_NAME
        self.input_idle = input_idle
        self._display: Display | None = display
        self._notifier = notifier
        self._seat = seat
        self._state = state
        timeout_ms = max(1, round(state.timeout_seconds * 1000))
        if input_idle:
            self._notification = notifier.get_input_idle_notification(timeout_ms, seat)
        else:
            self._notification = notifier.get_idle_notification(timeout_ms, seat)
        self._notification.dispatcher["idled"] = self._on_idled
        self._notification.dispatcher["resumed"] = self._on_resumed
        display.flush()
        self._socket = QSocketNotifier(display.get_fd(), QSocketNotifier.Type.Read, self)
        self._socket.activated.connect(self._read)

    @classmethod
    def open(
        cls,
        display_name: str | None,
        timeout_seconds: float,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> WaylandIdleNotify | None:
        """Connect and register, or None if there is no compositor or it lacks the global or a seat."""
        display = Display(display_name)
        try:
            display.connect()
        except ValueError:
            return None
        try:
            registry = display.get_registry()
            offered: dict[str, tuple[int, int]] = {}

            def announce(_registry: Any, name: int, interface: str, version: int) -> None:
                offered.setdefault(interface, (name, version))

            registry.dispatcher["global"] = announce
            if display.roundtrip() < 0 or NOTIFIER_INTERFACE not in offered or "wl_seat" not in offered:
                display.disconnect()
                return None
            name, offered_version = offered[NOTIFIER_INTERFACE]
            version, input_idle = bind_plan(offered_version, ExtIdleNotifierV1.version)
            notifier = registry.bind(name, ExtIdleNotifierV1, version)
            seat = registry.bind(offered["wl_seat"][0], WlSeat, 1)
            source = cls(display, notifier, seat, input_idle, IdleNotifyState(timeout_seconds, monotonic))
            if display.roundtrip() < 0:  # the compositor refused the request (a protocol error)
                source.close()
                return None
            return source
        except RuntimeError:
            display.disconnect()
            return None

    def idle_seconds(self) -> float | None:
        if self._display is None:
            return None
        return self._state.idle_seconds()

    def close(self) -> None:
        display, self._display = self._display, None
        self._socket.setEnabled(False)
        if display is None:
            return
        for proxy in (self._notification, self._notifier):
            proxy.destroy()
        display.flush()
        display.disconnect()

    @Slot()
    def _read(self) -> None:
        display = self._display
        if display is None:
            return
        try:
            display.read()  # non-blocking: the fd is readable; EOF or an error raises
            display.dispatch(block=False)
            display.flush()
        except RuntimeError:
            self._lost()

    def _lost(self) -> None:
        """The compositor went away or refused us: stop watching (a readable dead fd would spin)."""
        self._socket.setEnabled(False)
        display, self._display = self._display, None
        if display is not None:
            display.disconnect()

    def _on_idled(self, _notification: Any) -> None:
        self.input_stopped.emit(self._state.idled())

    def _on_resumed(self, _notification: Any) -> None:
        self.input_resumed.emit(self._state.resumed())
