"""Backends tried in order: the first that takes a notification shows it; one that fails later
hands it to the next. Results from every backend come out of the chain's own signals."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from desktop.platform.notify.base import Notifier
from desktop.platform.notify.payload import Notification


class NotifierChain(Notifier):
    """A Notifier over several backends tried in order: remembers which backend shows each key and hands a
    notification to the next backend when one fails later.

    Signals: those of Notifier, re-emitted from whichever backend shows the notification.
    """

    def __init__(self, notifiers: Sequence[Notifier], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notifiers = tuple(notifiers)
        self._shown_by: dict[str, int] = {}
        self._pending: dict[str, Notification] = {}
        for index, notifier in enumerate(self.notifiers):
            notifier.action_invoked.connect(self._on_action)
            notifier.dismissed.connect(self._on_dismissed)
            notifier.failed.connect(lambda key, index=index: self._on_failed(key, index))

    @property
    def name(self) -> str:  # type: ignore[override]
        """The backend in use (the first one), for the settings."""
        return self.notifiers[0].name if self.notifiers else "none"

    def show(self, key: str, notification: Notification) -> bool:
        self._pending[key] = notification
        return self._show_from(key, 0)

    def withdraw(self, key: str) -> None:
        index = self._shown_by.pop(key, None)
        self._pending.pop(key, None)
        if index is not None:
            self.notifiers[index].withdraw(key)

    def close(self) -> None:
        for notifier in self.notifiers:
            notifier.close()

    def _show_from(self, key: str, start: int) -> bool:
        notification = self._pending.get(key)
        if notification is None:
            return False
        for index in range(start, len(self.notifiers)):
            if self.notifiers[index].show(key, notification):
                self._shown_by[key] = index
                return True
        self._forget(key)
        return False

    def _on_failed(self, key: str, index: int) -> None:
        if self._shown_by.get(key) == index and not self._show_from(key, index + 1):
            self.failed.emit(key)

    def _on_action(self, key: str, action_id: str) -> None:
        # Still shown by that backend until withdrawn: the answer takes it off the screen there.
        self._pending.pop(key, None)
        self.action_invoked.emit(key, action_id)

    def _on_dismissed(self, key: str) -> None:
        self._forget(key)
        self.dismissed.emit(key)

    def _forget(self, key: str) -> None:
        self._shown_by.pop(key, None)
        self._pending.pop(key, None)
