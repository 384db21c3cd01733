"""System notifications: the backends that work on this desktop, tried in order.

`detect_notifier()` builds a NotifierChain:
- Linux/BSD: freedesktop notifications (jeepney, with action buttons), then the tray balloon;
- Windows, macOS: the tray balloon;
- then plyer (off the GUI thread), then the in-app popup when one is given, which always works.
The chain's `name` is the backend in use, for the settings.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSystemTrayIcon

from desktop.platform.notify.base import Notifier
from desktop.platform.notify.chain import NotifierChain
from desktop.platform.notify.payload import DEFAULT_ACTION, Notification, escape_markup
from desktop.platform.notify.popup import PopupNotifier
from desktop.platform.session_info import SessionInfo, current_session

__all__ = [
    "DEFAULT_ACTION",
    "Notification",
    "Notifier",
    "NotifierChain",
    "PopupNotifier",
    "detect_notifier",
    "escape_markup",
]


def detect_notifier(
    session: SessionInfo | None = None,
    tray: QSystemTrayIcon | None = None,
    popup: PopupNotifier | None = None,
    use_plyer: bool = True,
    app_icon: str = "",
) -> NotifierChain:
    session = session or current_session()
    notifiers: list[Notifier] = []
    if session.system == "linux":
        from desktop.platform.notify.freedesktop import FreedesktopNotifier

        freedesktop = FreedesktopNotifier.open(app_icon=app_icon)
        if freedesktop is not None:
            notifiers.append(freedesktop)
    if tray is not None:
        from desktop.platform.notify.tray import TrayNotifier

        notifiers.append(TrayNotifier(tray))
    if use_plyer:
        from desktop.platform.notify.plyer_notifier import PlyerNotifier

        notifiers.append(PlyerNotifier())
    if popup is not None:
        notifiers.append(popup)
    return NotifierChain(notifiers)
