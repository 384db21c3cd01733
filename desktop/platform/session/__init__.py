"""Sleep/resume, lock/unlock and clock changes: the OS sources for this session plus a heartbeat.

`detect_session_watcher()` builds the SessionWatcher with what this OS offers:
- Linux: logind PrepareForSleep (system bus), screensaver ActiveChanged (session bus);
- Windows: power broadcasts and session-change messages (needs a window id for lock/unlock);
- macOS: NSWorkspace / distributed notifications (when PyObjC is installed);
and always the heartbeat, which on Linux and macOS also measures sleep with a suspend-counting
clock. Call `start()` on the result once the QApplication exists.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from desktop.core.clock import Clock, SystemClock
from desktop.core.heartbeat import Heartbeat
from desktop.platform.session.base import SessionSignal, SessionSink, SessionSource
from desktop.platform.session.clocks import suspend_counting_clock
from desktop.platform.session.watcher import SessionWatcher
from desktop.platform.session_info import SessionInfo, current_session

__all__ = [
    "SessionSignal",
    "SessionSink",
    "SessionSource",
    "SessionWatcher",
    "detect_session_watcher",
    "session_sources",
]


def session_sources(session: SessionInfo, window_id: Callable[[], int] | None = None) -> list[SessionSource]:
    if session.system == "win32":
        from desktop.platform.session.windows import WindowsSessionSource, session_registration

        register = session_registration(window_id) if window_id is not None else (lambda: False)
        return [WindowsSessionSource(register)]
    if session.system == "darwin":
        from desktop.platform.session.macos import MacSessionSource, PyObjCCenters

        return [MacSessionSource(PyObjCCenters())]
    from desktop.platform.session.linux_dbus import LogindSleepSource, ScreenSaverLockSource

    return [LogindSleepSource(), ScreenSaverLockSource()]


def detect_session_watcher(
    session: SessionInfo | None = None,
    clock: Clock | None = None,
    window_id: Callable[[], int] | None = None,
    parent: QObject | None = None,
) -> SessionWatcher:
    session = session or current_session()
    heartbeat = Heartbeat(clock or SystemClock(), total=suspend_counting_clock())
    return SessionWatcher(heartbeat, session_sources(session, window_id), parent=parent)
