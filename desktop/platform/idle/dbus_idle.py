"""Idle time over the session bus: GNOME's Mutter IdleMonitor and the freedesktop ScreenSaver (KDE).

Both answer in milliseconds. Each is probed once at start-up: GNOME also owns a
org.freedesktop.ScreenSaver name whose GetSessionIdleTime says "not supported".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.platform.dbus_calls import DBusCallError, MethodCaller


class _DBusIdle:
    name = ""
    _target: tuple[str, str, str, str] = ("", "", "", "")

    def __init__(self, caller: MethodCaller) -> None:
        self._caller = caller

    @classmethod
    def probe(cls, caller: MethodCaller) -> _DBusIdle | None:
        """This source if it answers now, else None."""
        source = cls(caller)
        try:
            source._read()
        except DBusCallError:
            return None
        return source

    def idle_seconds(self) -> float | None:
        try:
            return self._read()
        except DBusCallError:
            return None

    def close(self) -> None:
        self._caller.close()

    def _read(self) -> float:
        reply = self._caller.call(*self._target)
        if not reply or isinstance(reply[0], bool) or not isinstance(reply[0], int):
            raise DBusCallError(f"unexpected reply {reply!r} from {self._target[3]}")
        return float(reply[0]) / 1000.0


class MutterIdle(_DBusIdle):
    """The GNOME IdleSource: org.gnome.Mutter.IdleMonitor GetIdletime over the session bus."""

    name = str(QT_TRANSLATE_NOOP("Sources", "GNOME Mutter idle monitor"))
    _target = (
        "org.gnome.Mutter.IdleMonitor",
        "/org/gnome/Mutter/IdleMonitor/Core",
        "org.gnome.Mutter.IdleMonitor",
        "GetIdletime",
    )


class FreedesktopScreenSaverIdle(_DBusIdle):
    """The KDE IdleSource: org.freedesktop.ScreenSaver GetSessionIdleTime over the session bus."""

    name = str(QT_TRANSLATE_NOOP("Sources", "freedesktop screensaver service (KDE)"))
    _target = (
        "org.freedesktop.ScreenSaver",
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "GetSessionIdleTime",
    )
