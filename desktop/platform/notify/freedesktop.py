"""freedesktop.org notifications over the session bus, with action buttons, through jeepney.

Why jeepney: Notify takes unsigned integers, which QtDBus cannot send from Python.
Threads: the GUI thread only *sends*. One small daemon thread blocks in `receive()` (no polling,
no wake-ups while nothing happens) and
- hands replies to the GUI thread waiting in `show()` (a short wait: servers answer in milliseconds),
- queues ActionInvoked / NotificationClosed to the GUI thread through a Qt signal.
`close()` shuts the socket down, which wakes the reader with end-of-stream, and joins it.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from typing import Any

from jeepney import DBusAddress, HeaderFields, MatchRule, Message, MessageType, message_bus, new_method_call
from jeepney.io.blocking import DBusConnection, Proxy, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse, unwrap_msg
from PySide6.QtCore import QObject, Qt, Signal

from desktop.platform.notify.base import Notifier
from desktop.platform.notify.payload import Notification, escape_markup

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
REPLY_TIMEOUT_S = 1.0
PROBE_TIMEOUT_S = 2.0

# NotificationClosed reasons (spec 1.2): 1 expired, 2 dismissed by the user, 3 CloseNotification, 4 other
_CLOSED_BY_US = 3


class _Reply:
    def __init__(self) -> None:
        self.done = threading.Event()
        self.message: Message | None = None


class FreedesktopNotifier(Notifier):
    """The freedesktop.org Notifier with action buttons: owns a jeepney session-bus connection, the
    key-to-server-id map and a reader thread that queues ActionInvoked and NotificationClosed to the GUI
    thread.

    Signals: those of Notifier.
    """

    _signal_received = Signal(str, object)  # member name, body; reader thread -> GUI thread

    def __init__(
        self,
        connection: DBusConnection,
        app_name: str = "Unclench",
        app_icon: str = "",
        desktop_entry: str = "unclench",
        parent: QObject | None = None,
    ) -> None:
        """Takes an open connection to the bus where the server runs (see `open()`)."""
        super().__init__(parent)
        self._connection = connection
        self._app_name = app_name
        self._app_icon = app_icon
        self._desktop_entry = desktop_entry
        self._address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        self._ids: dict[str, int] = {}  # key -> server id; GUI thread only
        self._keys: dict[int, str] = {}
        self._acted: set[str] = set()  # keys whose notification the user acted on: its close is no dismissal
        self._waiting: dict[int, _Reply] = {}  # serial -> reply slot; shared with the reader
        self._lock = threading.Lock()
        self._closed = False

        bus = Proxy(message_bus, connection, timeout=PROBE_TIMEOUT_S)
        bus.AddMatch(MatchRule(type="signal", interface=INTERFACE, path=PATH))
        self.capabilities: frozenset[str] = frozenset(self._call_now("GetCapabilities")[0])
        server, vendor, version, _spec = self._call_now("GetServerInformation")
        self.server = f"{server} {version}".strip() or vendor
        self.name = f"freedesktop notifications ({server})" if server else "freedesktop notifications"

        self._signal_received.connect(self._on_signal, Qt.ConnectionType.QueuedConnection)
        self._reader = threading.Thread(target=self._read_loop, name="notifications-reader", daemon=True)
        self._reader.start()

    @classmethod
    def open(cls, bus_address: str = "SESSION", **kwargs: Any) -> FreedesktopNotifier | None:
        """Connect and probe the server; None when there is no bus or no notification server."""
        try:
            connection = open_dbus_connection(bus=bus_address)
        except (OSError, KeyError, ValueError):
            return None
        try:
            return cls(connection, **kwargs)
        except (OSError, TimeoutError, ValueError, DBusErrorResponse):
            connection.close()
            return None

    # --- GUI thread ---------------------------------------------------------------------------

    def show(self, key: str, notification: Notification) -> bool:
        if self._closed:
            return False
        body = escape_markup(notification.body) if "body-markup" in self.capabilities else notification.body
        actions = [part for action in notification.actions for part in action]
        hints = {"desktop-entry": ("s", self._desktop_entry), "urgency": ("y", 1)}
        message = new_method_call(
            self._address,
            "Notify",
            "susssasa{sv}i",
            (
                self._app_name,
                self._ids.get(key, 0),
                self._app_icon,
                notification.title,
                body,
                actions,
                hints,
                -1,
            ),
        )
        reply = self._send_and_wait(message)
        if reply is None or reply.header.message_type != MessageType.method_return:
            return False
        server_id = int(reply.body[0])
        old = self._ids.get(key)
        if old is not None and old != server_id:
            self._keys.pop(old, None)
        self._ids[key] = server_id
        self._keys[server_id] = key
        self._acted.discard(key)
        return True

    def withdraw(self, key: str) -> None:
        """Close it on screen, also after the user acted on it: some servers keep a notification (or
        its entry in a menu) after an action, with stale text and buttons that would do nothing."""
        self._acted.discard(key)
        server_id = self._ids.pop(key, None)
        if server_id is None or self._closed:
            return
        self._keys.pop(server_id, None)
        with contextlib.suppress(OSError):
            self._connection.send(new_method_call(self._address, "CloseNotification", "u", (server_id,)))

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(OSError):
            self._connection.sock.shutdown(socket.SHUT_RDWR)  # wakes the reader's recv()
        self._reader.join(timeout=2.0)
        self._connection.close()

    def _call_now(self, method: str) -> tuple[Any, ...]:
        """A call made before the reader starts (during construction)."""
        message = new_method_call(self._address, method)
        reply = self._connection.send_and_get_reply(message, timeout=PROBE_TIMEOUT_S)
        body: tuple[Any, ...] = unwrap_msg(reply)
        return body

    def _send_and_wait(self, message: Message) -> Message | None:
        serial = next(self._connection.outgoing_serial)
        slot = _Reply()
        with self._lock:
            self._waiting[serial] = slot
        try:
            self._connection.send(message, serial=serial)
            slot.done.wait(REPLY_TIMEOUT_S)
        except OSError:
            pass
        finally:
            with self._lock:
                self._waiting.pop(serial, None)
        return slot.message

    def _on_signal(self, member: str, body: tuple[Any, ...]) -> None:
        if member == "ActionInvoked" and len(body) == 2:
            key = self._keys.get(int(body[0]))
            if key is not None:
                # Known until it is closed, so that `withdraw` can still close it; the server may close
                # it next (reason 2 or 3), which is not a dismissal.
                self._acted.add(key)
                self.action_invoked.emit(key, str(body[1]))
        elif member == "NotificationClosed" and len(body) == 2:
            key = self._keys.get(int(body[0]))
            if key is not None:
                self._forget(key)
                acted = key in self._acted
                self._acted.discard(key)
                if int(body[1]) != _CLOSED_BY_US and not acted:
                    self.dismissed.emit(key)

    def _forget(self, key: str) -> None:
        server_id = self._ids.pop(key, None)
        if server_id is not None:
            self._keys.pop(server_id, None)

    # --- reader thread ------------------------------------------------------------------------

    def _read_loop(self) -> None:
        while True:
            try:
                message = self._connection.receive()
            except (OSError, ValueError):
                return  # shut down, or the bus went away
            header = message.header
            if header.message_type in (MessageType.method_return, MessageType.error):
                with self._lock:
                    slot = self._waiting.get(header.fields.get(HeaderFields.reply_serial, -1))
                if slot is not None:
                    slot.message = message
                    slot.done.set()
            elif (
                header.message_type == MessageType.signal
                and header.fields.get(HeaderFields.interface) == INTERFACE
            ):
                self._signal_received.emit(str(header.fields.get(HeaderFields.member)), tuple(message.body))
