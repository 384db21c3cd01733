"""Windows: SHQueryUserNotificationState says whether the user can take a notification now."""

from __future__ import annotations

import ctypes
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.platform.busy.base import BusyReason

# QUERY_USER_NOTIFICATION_STATE values (shellapi.h)
_NOT_PRESENT = 1  # screen saver, locked, or fast user switching
_BUSY = 2  # a fullscreen application
_RUNNING_D3D_FULL_SCREEN = 3  # a fullscreen Direct3D game
_PRESENTATION_MODE = 4
_ACCEPTS_NOTIFICATIONS = 5
_QUIET_TIME = 6  # the first hour after a new install
_APP = 7  # a Windows Store app is fullscreen

_REASONS = {
    _NOT_PRESENT: BusyReason.SCREEN_LOCKED,
    _BUSY: BusyReason.FULLSCREEN,
    _RUNNING_D3D_FULL_SCREEN: BusyReason.FULLSCREEN,
    _PRESENTATION_MODE: BusyReason.PRESENTATION,
    _QUIET_TIME: BusyReason.DO_NOT_DISTURB,
    _APP: BusyReason.FULLSCREEN,
}

QueryState = Callable[[], int | None]


def reason_for_state(state: int | None) -> BusyReason | None:
    return None if state is None else _REASONS.get(state)


class WindowsNotificationStateSource:
    """The Windows BusySource: busy (fullscreen, presentation, quiet time) as SHQueryUserNotificationState
    reports it.
    """

    name = str(
        QT_TRANSLATE_NOOP("Sources", "Windows notification state (fullscreen, presentation, quiet time)")
    )

    def __init__(self, query_state: QueryState) -> None:
        self._query_state = query_state

    @classmethod
    def open(cls) -> WindowsNotificationStateSource | None:
        try:
            shell32 = ctypes.windll.shell32  # type: ignore[attr-defined]
        except (AttributeError, OSError):
            return None

        def query() -> int | None:
            state = ctypes.c_int()
            if shell32.SHQueryUserNotificationState(ctypes.byref(state)) != 0:  # an HRESULT: 0 is S_OK
                return None
            return state.value

        return cls(query)

    def is_busy(self) -> BusyReason | None:
        return reason_for_state(self._query_state())

    def close(self) -> None:
        pass
