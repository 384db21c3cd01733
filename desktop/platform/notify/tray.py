"""Qt's tray balloon (Windows, macOS): no buttons, so a click on it reports DEFAULT_ACTION and the
app can open its popup with the real choices. On Linux Qt sends such messages without actions,
so `messageClicked` never fires there: it is only a fallback behind freedesktop notifications."""

from __future__ import annotations

from PySide6.QtWidgets import QSystemTrayIcon

from desktop.platform.notify.base import Notifier
from desktop.platform.notify.payload import DEFAULT_ACTION, Notification


class TrayNotifier(Notifier):
    """The Notifier through Qt's tray balloon: no buttons, so a click on the balloon of the current key
    reports DEFAULT_ACTION.

    Signals: those of Notifier (`action_invoked` only).
    """

    name = "system tray messages"

    def __init__(self, tray: QSystemTrayIcon, timeout_ms: int = 15_000) -> None:
        super().__init__(tray)
        self._tray = tray
        self._timeout_ms = timeout_ms
        self._current: str | None = None
        tray.messageClicked.connect(self._clicked)

    def show(self, key: str, notification: Notification) -> bool:
        if not (QSystemTrayIcon.supportsMessages() and self._tray.isVisible()):
            return False
        self._current = key
        self._tray.showMessage(
            notification.title,
            notification.body,
            QSystemTrayIcon.MessageIcon.Information,
            self._timeout_ms,
        )
        return True

    def withdraw(self, key: str) -> None:
        if key == self._current:
            self._current = None  # a balloon cannot be taken back; at least a click on it is ignored

    def _clicked(self) -> None:
        if self._current is not None:
            key, self._current = self._current, None
            self.action_invoked.emit(key, DEFAULT_ACTION)
