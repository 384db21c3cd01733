"""Windows sleep and lock: WM_POWERBROADCAST and WM_WTSSESSION_CHANGE from the native event loop.

Power broadcasts reach every top-level window; session-change messages only after
WTSRegisterSessionNotification for one of our windows. Both arrive through a Qt native event filter.
The message decoding is a pure function, tested on every OS; the Win32 calls sit behind adapters.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractNativeEventFilter, QByteArray, QCoreApplication

from desktop.platform.session.base import SessionSignal, SessionSink

WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
PBT_APMRESUMESUSPEND = 0x0007  # resumed by the user
PBT_APMRESUMEAUTOMATIC = 0x0012  # resumed, for any reason (always sent)
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x0007
WTS_SESSION_UNLOCK = 0x0008
NOTIFY_FOR_THIS_SESSION = 0

_SIGNALS = {
    (WM_POWERBROADCAST, PBT_APMSUSPEND): SessionSignal.SLEEP,
    (WM_POWERBROADCAST, PBT_APMRESUMESUSPEND): SessionSignal.WAKE,
    (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC): SessionSignal.WAKE,
    (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK): SessionSignal.LOCK,
    (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK): SessionSignal.UNLOCK,
}


def translate_message(message: int, wparam: int) -> SessionSignal | None:
    """What one window message means to us. (Both resume messages may come: the heartbeat reports
    the sleep once.)"""
    return _SIGNALS.get((message, wparam))


MessageReader = Callable[[int], tuple[int, int]]  # MSG* address -> (message, wParam)
RegisterSession = Callable[[], bool]  # WTSRegisterSessionNotification for one of our windows


def read_msg(address: int) -> tuple[int, int]:
    from ctypes import wintypes

    msg = wintypes.MSG.from_address(address)
    return int(msg.message), int(msg.wParam)


class WindowsSessionSource(QAbstractNativeEventFilter):
    """The Windows SessionSource: a native event filter that turns WM_POWERBROADCAST and WM_WTSSESSION_CHANGE
    into sleep, wake, lock and unlock.
    """

    name = str(QT_TRANSLATE_NOOP("Sources", "Windows power and session messages"))

    def __init__(self, register_session: RegisterSession, read: MessageReader = read_msg) -> None:
        super().__init__()
        self._register_session = register_session
        self._read = read
        self._sink: SessionSink | None = None

    def start(self, sink: SessionSink) -> bool:
        app = QCoreApplication.instance()
        if app is None:
            return False
        self._sink = sink
        app.installNativeEventFilter(self)
        # Without the registration lock/unlock never arrive; sleep/resume still do.
        self._register_session()
        return True

    def close(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._sink is not None:
            app.removeNativeEventFilter(self)
        self._sink = None

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        if self._sink is not None and kind == b"windows_generic_MSG":
            signal = translate_message(*self._read(int(message)))
            if signal is not None:
                self._sink.deliver(signal)
        return False, 0  # never swallow: Qt and Windows still need these messages


def session_registration(window_id: Callable[[], int]) -> RegisterSession:
    """The real WTSRegisterSessionNotification for the window whose id `window_id` returns."""

    def register() -> bool:
        wtsapi32 = ctypes.windll.wtsapi32  # type: ignore[attr-defined]
        return bool(wtsapi32.WTSRegisterSessionNotification(window_id(), NOTIFY_FOR_THIS_SESSION))

    return register
