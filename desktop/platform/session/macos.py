"""macOS sleep and lock: NSWorkspace and distributed notifications, behind an adapter.

The translation from notification names is pure and tested everywhere. Listening needs the
Objective-C runtime; the adapter uses PyObjC when it is installed (pyobjc-framework-Cocoa, not a
dependency today), otherwise this source reports that it cannot start and the heartbeat still
catches sleep (macOS has a suspend-counting clock).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.platform.session.base import SessionSignal, SessionSink

WILL_SLEEP = "NSWorkspaceWillSleepNotification"
DID_WAKE = "NSWorkspaceDidWakeNotification"
SCREEN_LOCKED = "com.apple.screenIsLocked"
SCREEN_UNLOCKED = "com.apple.screenIsUnlocked"

_SIGNALS = {
    WILL_SLEEP: SessionSignal.SLEEP,
    DID_WAKE: SessionSignal.WAKE,
    SCREEN_LOCKED: SessionSignal.LOCK,
    SCREEN_UNLOCKED: SessionSignal.UNLOCK,
}
WORKSPACE_NAMES = (WILL_SLEEP, DID_WAKE)
DISTRIBUTED_NAMES = (SCREEN_LOCKED, SCREEN_UNLOCKED)


def translate_notification(name: str) -> SessionSignal | None:
    return _SIGNALS.get(name)


class NotificationCenters(Protocol):
    """Subscribes a callback (taking a notification name) to both notification centres."""

    def subscribe(self, callback: Callable[[str], None]) -> bool: ...

    def unsubscribe(self) -> None: ...


class MacSessionSource:
    """The macOS SessionSource: subscribes to the workspace and distributed notification centres and delivers
    their sleep, wake, lock and unlock notifications.
    """

    name = str(QT_TRANSLATE_NOOP("Sources", "macOS workspace notifications"))

    def __init__(self, centers: NotificationCenters) -> None:
        self._centers = centers
        self._sink: SessionSink | None = None

    def start(self, sink: SessionSink) -> bool:
        self._sink = sink
        if not self._centers.subscribe(self._on_notification):
            self._sink = None
            return False
        return True

    def close(self) -> None:
        self._centers.unsubscribe()
        self._sink = None

    def _on_notification(self, name: str) -> None:
        signal = translate_notification(name)
        if signal is not None and self._sink is not None:
            self._sink.deliver(signal)


class PyObjCCenters:
    """The real centres, through PyObjC's block-based observer API. Notifications are delivered on
    the main thread's run loop, which Qt's Cocoa event dispatcher runs."""

    def __init__(self) -> None:
        self._tokens: list[tuple[Any, Any]] = []

    def subscribe(self, callback: Callable[[str], None]) -> bool:
        try:
            from AppKit import NSWorkspace
            from Foundation import (
                NSDistributedNotificationCenter,
                NSOperationQueue,
            )
        except ImportError:
            return False
        workspace = NSWorkspace.sharedWorkspace().notificationCenter()
        distributed = NSDistributedNotificationCenter.defaultCenter()
        queue = NSOperationQueue.mainQueue()
        for center, names in ((workspace, WORKSPACE_NAMES), (distributed, DISTRIBUTED_NAMES)):
            for name in names:
                token = center.addObserverForName_object_queue_usingBlock_(
                    name, None, queue, lambda note: callback(str(note.name()))
                )
                self._tokens.append((center, token))
        return True

    def unsubscribe(self) -> None:
        for center, token in self._tokens:
            center.removeObserver_(token)
        self._tokens = []
