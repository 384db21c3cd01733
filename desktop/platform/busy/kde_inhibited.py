"""KDE Plasma's do-not-disturb: the `Inhibited` property of its notification server.

Other notification servers lack the property; the probe at start-up then fails and this source is
not used.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.platform.busy.base import BusyReason
from desktop.platform.dbus_calls import DBusCallError, MethodCaller

_TARGET = (
    "org.freedesktop.Notifications",
    "/org/freedesktop/Notifications",
    "org.freedesktop.DBus.Properties",
)


class NotificationsInhibitedSource:
    """The KDE BusySource: do-not-disturb while the notification server's `Inhibited` property is true, read
    over D-Bus; `probe` returns None where the server lacks it.
    """

    name = str(QT_TRANSLATE_NOOP("Sources", "KDE notifications do-not-disturb"))

    def __init__(self, caller: MethodCaller) -> None:
        self._caller = caller

    @classmethod
    def probe(cls, caller: MethodCaller) -> NotificationsInhibitedSource | None:
        source = cls(caller)
        try:
            source._inhibited()
        except DBusCallError:
            return None
        return source

    def is_busy(self) -> BusyReason | None:
        try:
            return BusyReason.DO_NOT_DISTURB if self._inhibited() else None
        except DBusCallError:
            return None

    def close(self) -> None:
        self._caller.close()

    def _inhibited(self) -> bool:
        reply = self._caller.call(*_TARGET, "Get", "ss", ("org.freedesktop.Notifications", "Inhibited"))
        # Properties.Get answers a variant: jeepney gives it as (signature, value).
        if not reply or not isinstance(reply[0], tuple) or len(reply[0]) != 2 or reply[0][0] != "b":
            raise DBusCallError(f"Inhibited is not a boolean: {reply!r}")
        return bool(reply[0][1])
