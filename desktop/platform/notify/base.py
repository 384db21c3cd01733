"""The notifier interface every backend implements (a QObject, for its result signals)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.platform.notify.payload import Notification


class Notifier(QObject):
    """Shows notifications and reports what the user did with them, on the GUI thread.

    `key` is the caller's name for one notification (e.g. the reminder it is about); showing the
    same key again replaces it where the backend can.

    Signals: `action_invoked(key, action_id)` the user chose an action (DEFAULT_ACTION: clicked the
    body); `dismissed(key)` it was closed or expired without an action; `failed(key)` the backend
    learned later that it could not show it.
    """

    action_invoked = Signal(str, str)  # key, action id (DEFAULT_ACTION for a click on the body)
    dismissed = Signal(str)  # key: closed or expired without an action
    failed = Signal(str)  # key: the backend learned later that it could not show it

    name = "notifier"

    def show(self, key: str, notification: Notification) -> bool:
        """Show it; False if this backend cannot (the caller then tries the next one)."""
        raise NotImplementedError

    def withdraw(self, key: str) -> None:
        """Take it away (it was answered elsewhere). Reports nothing."""

    def close(self) -> None:
        """Release OS resources and threads; safe to call twice."""
