"""Short synchronous D-Bus method calls on the session bus, in-process, through jeepney.

Used on the GUI thread for cheap questions (idle time, a property) that answer in well under a
millisecond; a timeout keeps a hung service from freezing the app. Signals are not read here
(QtDBus does that), so no incoming message piles up: jeepney drops anything that is not our reply.
jeepney is imported on the first call: an app that never asks (X11 idle time comes from libXss)
does not carry it.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from jeepney.io.blocking import DBusConnection

CALL_TIMEOUT_SECONDS = 0.5


class DBusCallError(Exception):
    """The call failed: no bus, no such service or method, an error reply, or a timeout."""


class MethodCaller(Protocol):
    """The one thing the D-Bus backends need; tests pass a fake."""

    def call(
        self,
        service: str,
        path: str,
        interface: str,
        method: str,
        signature: str = "",
        args: tuple[Any, ...] = (),
    ) -> tuple[Any, ...]: ...

    def close(self) -> None: ...


class SessionBusCaller:
    """Owns one jeepney connection to the session bus (opened on first call) and makes short synchronous
    method calls with a timeout, raising DBusCallError on any failure.
    """

    def __init__(self, bus: str = "SESSION", timeout: float = CALL_TIMEOUT_SECONDS) -> None:
        self._bus = bus
        self._timeout = timeout
        self._connection: DBusConnection | None = None

    def call(
        self,
        service: str,
        path: str,
        interface: str,
        method: str,
        signature: str = "",
        args: tuple[Any, ...] = (),
    ) -> tuple[Any, ...]:
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import DBusErrorResponse, unwrap_msg

        message = new_method_call(
            DBusAddress(path, bus_name=service, interface=interface), method, signature, args
        )
        try:
            reply = self._open().send_and_get_reply(message, timeout=self._timeout)
            body: tuple[Any, ...] = unwrap_msg(reply)
            return body
        except DBusErrorResponse as error:
            raise DBusCallError(f"{interface}.{method}: {error.name}") from error
        except (OSError, TimeoutError, ValueError) as error:
            # The bus went away or the reply was garbage: start afresh next time.
            self.close()
            raise DBusCallError(f"{interface}.{method}: {error!r}") from error

    def close(self) -> None:
        if self._connection is not None:
            connection, self._connection = self._connection, None
            with contextlib.suppress(OSError):
                connection.close()

    def _open(self) -> DBusConnection:
        if self._connection is None:
            from jeepney.io.blocking import open_dbus_connection

            try:
                self._connection = open_dbus_connection(bus=self._bus)
            except (OSError, KeyError, ValueError) as error:  # KeyError: no DBUS_SESSION_BUS_ADDRESS
                raise DBusCallError(f"cannot reach the {self._bus.lower()} bus: {error!r}") from error
        return self._connection
