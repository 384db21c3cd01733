"""The OS inputs that make reminder timing smart.

Idle time tells when the user left and came back (natural breaks), the session watcher tells
sleep, lock and clock changes, and the busy source tells fullscreen windows and do-not-disturb.
Each comes from the backend that fits this session, with a Null fallback; `names()` says which,
for the settings dialog. Built before the engine, which asks `conditions()` when a reminder is due
and only `in_call()` when the user goes idle.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.core.away import AwayTracker, Left, Returned
from desktop.core.clock import Clock
from desktop.core.holds import Conditions
from desktop.services.quiet_sources import QuietSources

# Input this long ago makes the user "away": short enough that a coffee or a chat is not counted
# as work, long enough that reading without touching anything is not an absence.
AWAY_AFTER_SECONDS = 60.0


class TimingSources(QObject):
    """Owns the idle source, the busy source, the session watcher and the quiet sources (calls,
    calendars, app rules).

    Signals: `user_left(float)` idle seconds when the user counted as away; `user_returned(float)`
    seconds away; `system_resumed(float)` seconds slept (only when no idle source can tell the
    return); `clock_changed()` the wall clock or the time zone jumped.
    """

    user_left = Signal(float)
    user_returned = Signal(float)
    system_resumed = Signal(float)
    clock_changed = Signal()

    def __init__(self, clock: Clock, quiet: QuietSources | None = None) -> None:
        super().__init__()
        from desktop.platform.away_monitor import AwayMonitor
        from desktop.platform.busy import detect_busy_source
        from desktop.platform.idle import detect_idle_source
        from desktop.platform.session import detect_session_watcher

        self._clock = clock
        self.idle = detect_idle_source()
        self.busy = detect_busy_source()
        self.quiet = quiet or QuietSources(clock, parent=self)
        self.watcher = detect_session_watcher(clock=clock, parent=self)
        self.away = AwayMonitor(self.idle, AwayTracker(clock.monotonic, away_after=AWAY_AFTER_SECONDS), self)
        self.watcher.locked_changed.connect(self.away.on_locked_changed)
        if self.away.available:
            self.watcher.resumed.connect(self.away.on_resumed)  # the return after waking tells the rest
        else:
            self.watcher.resumed.connect(self.system_resumed)
        self.watcher.clock_changed.connect(self.clock_changed)
        # A source that is told of input as it happens (Wayland) makes a return count at once.
        resumed = getattr(self.idle, "input_resumed", None)
        if resumed is not None:
            resumed.connect(self.away.sample)
        self.away.left.connect(self._left)
        self.away.returned.connect(self._returned)

    def start(self) -> None:
        self.watcher.start()
        self.away.start()

    def stop(self) -> None:
        self.away.stop()
        self.watcher.stop()
        self.idle.close()
        self.quiet.close()

    def conditions(self) -> Conditions:
        """What the desktop says now; read only when a reminder is due and at each re-check while
        one is held (it costs a few calls: see quiet_sources.py for the call detectors' bound)."""
        quiet = self.quiet
        return Conditions(
            busy=self.busy.is_busy(),
            idle_seconds=self.idle.idle_seconds(),
            call=quiet.call(),
            calendar=quiet.calendar_event(),
            app=quiet.app(),
        )

    def in_call(self) -> bool:
        """A call is live now: only the call detectors are asked (see `QuietSources.call`)."""
        return self.quiet.call() is not None

    def names(self) -> list[tuple[str, str]]:
        """(what, which source) for the settings dialog, in the user's language."""
        from desktop.platform.busy import name_parts

        busy = ", ".join(source_name(part) for part in name_parts(self.busy))
        return [
            (self.tr("Away detection"), source_name(self.idle.name)),
            (self.tr("Do not disturb"), busy),
        ]

    def _left(self, left: Left) -> None:
        self.user_left.emit(max(0.0, self._clock.monotonic() - left.since))

    def _returned(self, returned: Returned) -> None:
        self.user_returned.emit(returned.away_seconds)


def source_name(name: str) -> str:
    """A source's `name` (marked QT_TRANSLATE_NOOP("Sources", ...) in platform/) in the user's language."""
    return QCoreApplication.translate("Sources", name)
