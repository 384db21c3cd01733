"""Do-not-disturb: which sources tell this desktop that now is a bad moment, chosen at start-up.

- X11: the active window's fullscreen state (any desktop), plus the desktop's own switch:
  GNOME's notification banners setting, or KDE's notification server `Inhibited`.
- Wayland: only the desktop's switch; no protocol tells an app another app is fullscreen.
- Windows: SHQueryUserNotificationState (fullscreen, presentation, quiet time, locked).
- macOS: no public API tells Focus mode or another app's fullscreen state, so nothing is detected
  and the settings say so.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.platform.busy.base import AnyBusySource, BusyReason, BusySource, NullBusySource, name_parts
from desktop.platform.dbus_calls import MethodCaller, SessionBusCaller
from desktop.platform.session_info import SessionInfo, current_session

__all__ = ["AnyBusySource", "BusyReason", "BusySource", "NullBusySource", "detect_busy_source", "name_parts"]


def detect_busy_source(session: SessionInfo | None = None, caller: MethodCaller | None = None) -> BusySource:
    session = session or current_session()
    if session.system == "win32":
        from desktop.platform.busy.windows import WindowsNotificationStateSource

        return WindowsNotificationStateSource.open() or NullBusySource(
            str(QT_TRANSLATE_NOOP("Sources", "not available on this Windows"))
        )
    if session.system == "darwin":
        return NullBusySource(
            str(
                QT_TRANSLATE_NOOP(
                    "Sources", "not detected on macOS (no public interface for Focus or fullscreen apps)"
                )
            )
        )
    sources: list[BusySource] = []
    if session.is_x11 and session.display:
        from desktop.platform.busy.x11_fullscreen import X11FullscreenSource

        fullscreen = X11FullscreenSource.open(session.display)
        if fullscreen is not None:
            sources.append(fullscreen)
    if session.is_gnome:
        from desktop.platform.busy.gnome_banners import GnomeBannersSource, user_dconf_database

        sources.append(GnomeBannersSource(user_dconf_database()))
    else:
        from desktop.platform.busy.kde_inhibited import NotificationsInhibitedSource

        inhibited = NotificationsInhibitedSource.probe(caller or SessionBusCaller())
        if inhibited is not None:
            sources.append(inhibited)
    if not sources:
        return NullBusySource(str(QT_TRANSLATE_NOOP("Sources", "not available on this session")))
    return sources[0] if len(sources) == 1 else AnyBusySource(sources)
