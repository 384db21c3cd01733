"""The in-app popup as a notifier: always works. The app connects `show_requested` to its popup
window and reports the user's answer back through `report_action` / `report_dismissed`."""

from __future__ import annotations

from PySide6.QtCore import Signal

from desktop.platform.notify.base import Notifier
from desktop.platform.notify.payload import Notification


class PopupNotifier(Notifier):
    """The Notifier that always works: asks the app to show or withdraw its in-app popup and passes the user's
    answer on through `report_action` / `report_dismissed`.

    Signals: `show_requested(str, Notification)` show the popup for this key; `withdraw_requested(str)` take
    the popup for this key away; and those of Notifier.
    """

    name = "in-app popup"

    show_requested = Signal(str, object)  # key, Notification
    withdraw_requested = Signal(str)  # key

    def show(self, key: str, notification: Notification) -> bool:
        self.show_requested.emit(key, notification)
        return True

    def withdraw(self, key: str) -> None:
        self.withdraw_requested.emit(key)

    def report_action(self, key: str, action_id: str) -> None:
        self.action_invoked.emit(key, action_id)

    def report_dismissed(self, key: str) -> None:
        self.dismissed.emit(key)
