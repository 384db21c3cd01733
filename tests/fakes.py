"""Test doubles shared by the whole suite (one module, so every test fakes the world the same way)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo


class FakeClock:
    """A Clock that only moves when told to. Wall time and monotonic time move together unless a
    test says otherwise (sleep: the monotonic clock stands still while wall time jumps)."""

    def __init__(self, start: datetime | None = None, zone: str = "Europe/Berlin") -> None:
        self._now = start or datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
        self._mono = 1000.0
        self._slept = 0.0
        self.zone: tzinfo = ZoneInfo(zone)

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def local_zone(self) -> tzinfo:
        return self.zone

    def advance(self, seconds: float = 0, minutes: float = 0) -> None:
        step = seconds + minutes * 60
        self._now += timedelta(seconds=step)
        self._mono += step

    def sleep_machine(self, seconds: float) -> None:
        """Suspend: the wall clock jumps, CLOCK_MONOTONIC does not (CLOCK_BOOTTIME does)."""
        self._now += timedelta(seconds=seconds)
        self._slept += seconds

    def boottime(self) -> float:
        """CLOCK_BOOTTIME: like monotonic, but it keeps counting while the machine sleeps."""
        return self._mono + self._slept

    def set_wall_clock(self, seconds: float) -> None:
        """Someone (NTP, the user) moved the wall clock; no time passed."""
        self._now += timedelta(seconds=seconds)


class FakeMethodCaller:
    """A session bus that answers from a table: {(service, method): reply tuple or an Exception}.

    Records every call as (service, path, interface, method, signature, args)."""

    def __init__(self, replies: dict[tuple[str, str], object] | None = None) -> None:
        self.replies = dict(replies or {})
        self.calls: list[tuple[object, ...]] = []
        self.closed = False

    def call(
        self,
        service: str,
        path: str,
        interface: str,
        method: str,
        signature: str = "",
        args: tuple[object, ...] = (),
    ) -> tuple[object, ...]:
        from desktop.platform.dbus_calls import DBusCallError

        self.calls.append((service, path, interface, method, signature, args))
        reply = self.replies.get((service, method))
        if reply is None:
            raise DBusCallError(f"org.freedesktop.DBus.Error.ServiceUnknown: {service}")
        if isinstance(reply, Exception):
            raise reply
        assert isinstance(reply, tuple)
        return reply

    def close(self) -> None:
        self.closed = True


class FakeChime:
    """A sound backend that records tones instead of playing them (desktop.platform.sound.Chime)."""

    def __init__(self, problem: object = None) -> None:
        self.played: list[float] = []
        self.checks = 0
        self._problem = problem

    def problem(self) -> object:
        return self._problem

    def play(self, frequency: float) -> None:
        self.played.append(frequency)

    def check(self) -> None:
        self.checks += 1

    def close(self) -> None:
        pass


class FakeSpeaker:
    """A speech backend that records what it was asked to say (desktop.platform.speech.Speaker)."""

    def __init__(self, problem: object = None) -> None:
        self.said: list[str] = []
        self._problem = problem

    def problem(self) -> object:
        return self._problem

    def say(self, text: str) -> None:
        self.said.append(text)

    def close(self) -> None:
        pass


class FakeBusService:
    """A tiny D-Bus service of our own on a (private) bus, written with jeepney: owns `names`, answers
    method calls from `handlers` {(interface, member): body -> (signature, reply body)}, records every
    call it receives, and emits signals on demand. Runs its reader on a daemon thread."""

    def __init__(self, address: str, names: list[str], handlers: dict[tuple[str, str], object]) -> None:
        import threading

        from jeepney import message_bus
        from jeepney.io.blocking import Proxy, open_dbus_connection

        self._connection = open_dbus_connection(bus=address)
        bus = Proxy(message_bus, self._connection, timeout=2)
        for name in names:
            (result,) = bus.RequestName(name, 4)  # DBUS_NAME_FLAG_DO_NOT_QUEUE
            assert result == 1, f"could not own {name}"
        self.handlers = handlers
        self.calls: list[tuple[str, str, tuple[object, ...]]] = []
        self._thread = threading.Thread(target=self._serve, daemon=True, name="fake-bus-service")
        self._thread.start()

    def emit(self, path: str, interface: str, member: str, signature: str, body: tuple[object, ...]) -> None:
        from jeepney import DBusAddress, new_signal

        self._connection.send(new_signal(DBusAddress(path, interface=interface), member, signature, body))

    def stop(self) -> None:
        import contextlib
        import socket

        with contextlib.suppress(OSError):
            self._connection.sock.shutdown(socket.SHUT_RDWR)
        self._thread.join(2)
        self._connection.close()

    def _serve(self) -> None:
        from jeepney import HeaderFields, MessageType, new_error, new_method_return

        while True:
            try:
                message = self._connection.receive()
            except (OSError, ValueError):
                return
            if message.header.message_type != MessageType.method_call:
                continue
            interface = str(message.header.fields.get(HeaderFields.interface, ""))
            member = str(message.header.fields.get(HeaderFields.member, ""))
            self.calls.append((interface, member, tuple(message.body)))
            handler = self.handlers.get((interface, member))
            if handler is None:
                reply = new_error(message, "org.freedesktop.DBus.Error.UnknownMethod", "s", (member,))
            else:
                signature, body = handler(tuple(message.body))  # type: ignore[operator]
                reply = new_method_return(message, signature, body)
            try:
                self._connection.send(reply)
            except OSError:
                return


class FakeStatsDialogs:
    """Answers the statistics window's file choosers and its delete question from a script.

    `save_paths` / `open_paths` are handed out in order (None: the user cancelled); `confirm_answers`
    likewise. Every question asked is kept in `asked` as (kind, title, text)."""

    def __init__(
        self,
        save_paths: list[object] | None = None,
        open_paths: list[object] | None = None,
        confirm_answers: list[bool] | None = None,
    ) -> None:
        self.save_paths = list(save_paths or [])
        self.open_paths = list(open_paths or [])
        self.confirm_answers = list(confirm_answers or [])
        self.asked: list[tuple[str, str, str]] = []

    def save_path(self, title: str, suggested: object, file_filter: str) -> object:
        self.asked.append(("save", title, f"{suggested} | {file_filter}"))
        return self.save_paths.pop(0) if self.save_paths else None

    def open_path(self, title: str, file_filter: str) -> object:
        self.asked.append(("open", title, file_filter))
        return self.open_paths.pop(0) if self.open_paths else None

    def confirm(self, title: str, question: str, yes: str, no: str) -> bool:
        self.asked.append(("confirm", title, question))
        return self.confirm_answers.pop(0) if self.confirm_answers else False


class CalendarServer:
    """A local web server on 127.0.0.1 (never another address) serving `pages` {path: (status, body,
    extra headers)}; counts every request it receives, so a test can assert that none was made."""

    def __init__(self, pages: dict[str, tuple[int, bytes, dict[str, str]]] | None = None) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.pages = dict(pages or {})
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(self.path)
                status, body, headers = server.pages.get(self.path, (404, b"not here", {}))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.05,), daemon=True, name="calendar-server"
        )
        self._thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)


class FailingConnection:
    """A sqlite3 connection that fails its writes on demand, as a full disk or a read-only file
    would (`fail_with = fault_error("full")`), and passes everything else to the real one."""

    _WRITES = ("INSERT", "UPDATE", "DELETE", "BEGIN")

    def __init__(self, real: Any) -> None:
        self._real = real
        self.fail_with: Exception | None = None
        self.failed = 0

    def execute(self, sql: str, *args: Any) -> Any:
        self._maybe_fail(sql)
        return self._real.execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:
        self._maybe_fail(sql)
        return self._real.executemany(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def _maybe_fail(self, sql: str) -> None:
        if self.fail_with is not None and sql.lstrip().upper().startswith(self._WRITES):
            self.failed += 1
            raise self.fail_with


def fault_error(kind: str) -> Exception:
    """The sqlite3 error SQLite raises for `kind`: "full" (SQLITE_FULL), "readonly" (SQLITE_READONLY)."""
    import sqlite3

    message, code = {
        "full": ("database or disk is full", 13),
        "readonly": ("attempt to write a readonly database", 8),
    }[kind]
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


class FakeRegistry:
    """A Windows registry from a table: {(hive, key path): {value name: int}}; subkeys are derived
    from the paths. Keys listed in `denied` raise PermissionError, as the real one does."""

    def __init__(self, values: dict[tuple[str, str], dict[str, int]], denied: set[str] | None = None) -> None:
        self.values = values
        self.denied = denied or set()

    def subkeys(self, hive: str, path: str) -> tuple[str, ...]:
        if hive in self.denied:
            raise PermissionError(5, "Access is denied")
        prefix = path + "\\"
        below = (key[len(prefix) :] for h, key in self.values if h == hive and key.startswith(prefix))
        return tuple(sorted({rest.split("\\")[0] for rest in below}))

    def qword(self, hive: str, path: str, name: str) -> int | None:
        if hive in self.denied:
            raise PermissionError(5, "Access is denied")
        return self.values.get((hive, path), {}).get(name)


class FakeDeviceApi:
    """CoreAudio or CoreMediaIO: device id → running somewhere; `failure` makes every call fail."""

    def __init__(self, running: dict[int, bool], failure: OSError | None = None) -> None:
        self.running = running
        self.failure = failure

    def devices(self) -> tuple[int, ...]:
        if self.failure:
            raise self.failure
        return tuple(self.running)

    def running_somewhere(self, device: int) -> bool:
        if self.failure:
            raise self.failure
        return self.running[device]
