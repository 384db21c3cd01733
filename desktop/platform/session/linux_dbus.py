"""Linux sleep and lock signals through QtDBus (receiving signals is what QtDBus does well).

- logind `PrepareForSleep(bool)` on the system bus: true before suspend, false after resume.
- `ActiveChanged(bool)` of org.freedesktop.ScreenSaver (KDE, Xfce, ...) and org.gnome.ScreenSaver:
  the screen shield/lock came up or went away.
The bus is injected so tests can use a private bus.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection

from desktop.platform.session.base import SessionSignal, SessionSink

LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


def _slot(signature: str) -> Any:
    # The type stubs ask for bytes, but PySide6 6.12 accepts only the str that SLOT() returns.
    return SLOT(signature)


def _listen(
    bus: QDBusConnection, target: tuple[str, str, str], member: str, receiver: QObject, slot: str
) -> bool:
    service, path, interface = target
    return bool(bus.connect(service, path, interface, member, receiver, _slot(slot)))


def _stop_listening(
    bus: QDBusConnection, target: tuple[str, str, str], member: str, receiver: QObject, slot: str
) -> None:
    service, path, interface = target
    bus.disconnect(service, path, interface, member, receiver, _slot(slot))


class LogindSleepSource(QObject):
    """The SessionSource for logind's PrepareForSleep on the system bus: SLEEP before suspend, WAKE after
    resume.
    """

    name = str(QT_TRANSLATE_NOOP("Sources", "logind sleep signals"))

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.systemBus()
        self._sink: SessionSink | None = None

    def start(self, sink: SessionSink) -> bool:
        if not self._bus.isConnected():
            return False
        self._sink = sink
        return _listen(self._bus, LOGIND, "PrepareForSleep", self, "_prepare_for_sleep(bool)")

    def close(self) -> None:
        if self._sink is not None and self._bus.isConnected():
            _stop_listening(self._bus, LOGIND, "PrepareForSleep", self, "_prepare_for_sleep(bool)")
        self._sink = None

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if self._sink is not None:
            self._sink.deliver(SessionSignal.SLEEP if going_to_sleep else SessionSignal.WAKE)


class ScreenSaverLockSource(QObject):
    """The SessionSource for the screensavers' ActiveChanged on the session bus: LOCK and UNLOCK."""

    name = str(QT_TRANSLATE_NOOP("Sources", "screensaver lock signals"))

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._sink: SessionSink | None = None

    def start(self, sink: SessionSink) -> bool:
        if not self._bus.isConnected():
            return False
        self._sink = sink
        connected = [
            _listen(self._bus, target, "ActiveChanged", self, "_active_changed(bool)")
            for target in SCREENSAVERS
        ]
        return any(connected)

    def close(self) -> None:
        if self._sink is not None and self._bus.isConnected():
            for target in SCREENSAVERS:
                _stop_listening(self._bus, target, "ActiveChanged", self, "_active_changed(bool)")
        self._sink = None

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if self._sink is not None:
            self._sink.deliver(SessionSignal.LOCK if active else SessionSignal.UNLOCK)
